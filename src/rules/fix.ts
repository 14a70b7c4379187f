import { isScalar, parse, Scalar } from 'yaml';
import type { Fix } from '../model/types.js';
import type { ConnectionDocument, Path } from '../parse/connection-document.js';

/**
 * A fix that replaces the scalar at path with a new string, keeping its quoting style so that every other
 * byte of the file stays as it was. No fix for block scalars or values reached through an alias.
 */
export function replaceStringFix(document: ConnectionDocument, path: Path, replacement: string): Fix | undefined {
  const node = document.node(path);
  if (!isScalar(node) || !node.range) return undefined;
  let text: string;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      text = JSON.stringify(replacement);
      break;
    case Scalar.QUOTE_SINGLE:
      text = `'${replacement.replace(/'/g, "''")}'`;
      break;
    case Scalar.PLAIN:
      // A plain all-digit hash would read back as a number: quote it then.
      text = parse(replacement) === replacement ? replacement : `'${replacement}'`;
      break;
    default:
      return undefined;
  }
  return { range: [node.range[0], node.range[1]], text };
}
