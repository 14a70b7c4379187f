/**
 * Imports only point down the layers of src/ (CONTRIBUTING.md draws the picture): entry points (cli, action, api)
 * -> run -> config -> pipeline -> rules -> parse -> model. Formatters are used by the entry points and see only
 * model: results and rule metadata reach them as data. files (disk access) sits beside model, for run and the
 * entry points. The entry points do not import each other.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './helpers.js';

interface Layer {
  name: string;
  /** Folders (ending in /) and files under src/. */
  members: string[];
  mayImport: string[];
}

const foundation = ['model', 'files', 'parse'];
const below = (...names: string[]) => [...names, ...foundation];
const layers: Layer[] = [
  { name: 'model', members: ['model/', 'generated/'], mayImport: [] },
  { name: 'files', members: ['files/'], mayImport: ['model'] },
  { name: 'parse', members: ['parse/'], mayImport: ['model'] },
  { name: 'rules', members: ['rules/'], mayImport: ['parse', 'model'] },
  { name: 'pipeline', members: ['lint.ts', 'lint-report.ts', 'directives/', 'fix/'], mayImport: ['rules', 'parse', 'model'] },
  // The credential-file pipeline (no-committed-credentials): reads and asks git, so it sits on files too.
  { name: 'credentials', members: ['credentials/'], mayImport: below('pipeline', 'rules') },
  { name: 'config', members: ['config/'], mayImport: below('pipeline', 'rules') },
  { name: 'run', members: ['run.ts', 'lint-files.ts'], mayImport: below('config', 'credentials', 'pipeline', 'rules') },
  { name: 'formatters', members: ['formatters/'], mayImport: ['model'] },
  // Builds the formatters' context from the rule registry, once per run, for the entry points.
  { name: 'format-context', members: ['format-context.ts'], mayImport: ['formatters', 'rules', 'model'] },
  ...['action', 'api', 'lsp'].map((name) => ({
    name,
    members: [`${name}/`],
    mayImport: below('format-context', 'formatters', 'run', 'config', 'credentials', 'pipeline', 'rules'),
  })),
  // The CLI starts the language server (`bc-lint lsp`), loaded lazily by that command only.
  { name: 'cli', members: ['cli/'], mayImport: below('lsp', 'format-context', 'formatters', 'run', 'config', 'credentials', 'pipeline', 'rules') },
];

/** Imports that run up today and are still to be removed. An entry that no longer occurs fails the test, so the list only shrinks. */
const pending = new Set<string>();

const srcDir = path.join(repoRoot, 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [path.relative(srcDir, full).split(path.sep).join('/')] : [];
  });
}

function layerOf(file: string): Layer | undefined {
  return layers.find((layer) => layer.members.some((member) => (member.endsWith('/') ? file.startsWith(member) : file === member)));
}

/** Relative imports (static, dynamic, type-only and re-exports) of a file, as paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(srcDir, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)].map((match) => match[1]!);
  return specifiers.map((specifier) => path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts'));
}

const files = sourceFiles(srcDir);

test('every source file belongs to a layer', () => {
  assert.deepEqual(files.filter((file) => !layerOf(file)), [], 'add the new folder to a layer in test/layers.test.ts');
});

test('no import runs up the layers or across entry points', () => {
  const wrong: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    for (const target of importsOf(file)) {
      const to = layerOf(target);
      if (!from || !to || to === from || from.mayImport.includes(to.name)) continue;
      wrong.push(`${file} -> ${target}`);
    }
  }
  assert.deepEqual(wrong.filter((edge) => !pending.has(edge)), [], 'move the shared fact down into the lower layer');
  const gone = [...pending].filter((edge) => !wrong.includes(edge));
  assert.deepEqual(gone, [], 'these imports are gone: delete them from `pending`');
});

test('the import reader sees every kind of import', () => {
  const imports = importsOf('cli/command-table.ts');
  assert.ok(imports.includes('cli/option-specs.ts'), 'static import');
  assert.ok(imports.includes('cli/commands/lint.ts'), 'dynamic import');
  assert.ok(importsOf('parse/connection-document.ts').includes('parse/json-pointer.ts'), 're-export');
});
