/**
 * The layers of src/ (CONTRIBUTING.md draws the picture), the one table that both the lint rule
 * (eslint.config.js, no-restricted-imports) and test/layers.test.ts read. Imports only point down: entry points
 * (cli, action, api) -> lsp -> run -> config -> pipeline -> rules -> parse -> model. Formatters are used by the
 * entry points and see only model: results and rule metadata reach them as data. files (disk access) sits beside
 * model, for run and the entry points. The entry points do not import each other.
 *
 * @typedef {{ name: string, members: string[], mayImport: string[] }} Layer
 * members are folders (ending in /) and files under src/.
 */

const foundation = ['model', 'files', 'parse', 'startup'];
const below = (...names) => [...names, ...foundation];
const entryPointImports = below('format-context', 'formatters', 'run', 'config', 'credentials', 'pipeline', 'rules');

/** @type {Layer[]} */
export const layers = [
  { name: 'model', members: ['model/', 'generated/'], mayImport: [] },
  // What an entry point or a worker thread does first (Node's compile cache): imports nothing of bc-lint.
  { name: 'startup', members: ['startup/'], mayImport: [] },
  { name: 'files', members: ['files/'], mayImport: ['model'] },
  { name: 'parse', members: ['parse/'], mayImport: ['model'] },
  { name: 'rules', members: ['rules/'], mayImport: ['parse', 'model'] },
  { name: 'pipeline', members: ['lint.ts', 'lint-report.ts', 'directives/', 'fix/'], mayImport: ['rules', 'parse', 'model'] },
  // The credential-file pipeline (no-committed-credentials): reads and asks git, so it sits on files too.
  { name: 'credentials', members: ['credentials/'], mayImport: below('pipeline', 'rules') },
  { name: 'config', members: ['config/'], mayImport: below('pipeline', 'rules') },
  // parallel/: lintFiles across worker threads; each worker runs lintFile of lint-files.ts.
  { name: 'run', members: ['run.ts', 'lint-files.ts', 'parallel/'], mayImport: below('config', 'credentials', 'pipeline', 'rules') },
  { name: 'formatters', members: ['formatters/'], mayImport: ['model'] },
  // Builds the formatters' context from the rule registry, once per run, for the entry points.
  { name: 'format-context', members: ['format-context.ts'], mayImport: ['formatters', 'rules', 'model'] },
  // The language server: an entry point of its own that `bc-lint lsp` starts, so the CLI may load it.
  { name: 'lsp', members: ['lsp/'], mayImport: entryPointImports },
  { name: 'cli', members: ['cli/'], mayImport: ['lsp', ...entryPointImports] },
  { name: 'action', members: ['action/'], mayImport: entryPointImports },
  { name: 'api', members: ['api/'], mayImport: entryPointImports },
];

/**
 * The layer of a path under src/ (forward slashes), or undefined.
 * @param {string} file
 * @returns {Layer | undefined}
 */
export function layerOf(file) {
  return layers.find((layer) => layer.members.some((member) => (member.endsWith('/') ? file.startsWith(member) : file === member)));
}
