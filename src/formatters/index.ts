import type { Formatter } from './formatter.js';

/** Formatters by name, loaded on demand so start-up pays only for the one in use. */
export const formatterLoaders: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  'json-with-metadata': async () => (await import('./json-with-metadata.js')).formatJsonWithMetadata,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  gitlab: async () => (await import('./gitlab.js')).formatGitlab,
};

export const formatterNames = Object.keys(formatterLoaders);

/** Formats that never print a report's `source` (nor derive anything from it): the run may leave it out. */
export const formatsWithoutSource: ReadonlySet<string> = new Set(['stylish', 'github']);
