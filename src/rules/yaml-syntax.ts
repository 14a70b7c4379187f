import type { RuleMeta } from './rule.js';

/** Reported by the parser (src/parse), which stops a document with syntax errors from being linted further. */
export const yamlSyntaxMeta: RuleMeta = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'The file must be valid UTF-8 YAML without duplicate keys.',
  docs:
    'A connection file is YAML, one connection per document (documents are separated by ---). Text that is not ' +
    'valid YAML, a key written twice in one mapping, and bytes that are not UTF-8 are reported here; a document ' +
    'with such an error is not checked further, the other documents of the file are.',
  fixable: false,
};
