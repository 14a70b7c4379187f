import { isAlias, isScalar, Scalar } from 'yaml';
import type { Fix } from '../model/types.js';
import type { ConnectionDocument, Path } from '../parse/connection-document.js';

/** A fix, or why there is none, to append to the finding's message. */
export type StringFix = { fix: Fix; notFixable?: undefined } | { fix?: undefined; notFixable: string };

/**
 * A plain scalar that is this string under both YAML 1.2 and YAML 1.1 (a `%YAML 1.1` document): a lowercase
 * word, and not one of 1.1's booleans or null. Anything else (digits first, `0b1010`, `12:30`, `1_000`, dates,
 * `~`) is quoted.
 */
const safePlain = /^[a-z][a-z0-9-]*$/;
const yaml11Words = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);

/**
 * A fix that replaces the scalar at path with a new string, keeping its quoting style so that every other byte of
 * the file stays as it was. None for block scalars, nor for a value shared through an anchor: changing an
 * anchored value changes each alias of it too, and an alias is only a reference to a value defined elsewhere.
 */
export function replaceStringFix(document: ConnectionDocument, path: Path, replacement: string): StringFix {
  for (let depth = path.length; depth >= 0; depth--) {
    const shared = document.node(path.slice(0, depth));
    const inside = depth === path.length ? 'the value' : 'the value is inside a value that';
    if (isAlias(shared)) {
      return { notFixable: `Not fixed automatically: ${inside} comes through the alias *${shared.source}; change it where &${shared.source} is defined.` };
    }
    if (shared?.anchor !== undefined) {
      const what = depth === path.length ? 'the value is the anchor' : 'the value is inside the anchor';
      return { notFixable: `Not fixed automatically: ${what} &${shared.anchor}, shared with its aliases, which a fix would change too.` };
    }
  }
  const node = document.node(path);
  if (!isScalar(node) || !node.range) return { notFixable: 'Not fixed automatically: the value is not a plain or quoted string.' };
  let text: string;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      text = JSON.stringify(replacement);
      break;
    case Scalar.QUOTE_SINGLE:
      text = singleQuoted(replacement);
      break;
    case Scalar.PLAIN:
      text = safePlain.test(replacement) && !yaml11Words.has(replacement) ? replacement : singleQuoted(replacement);
      break;
    default:
      return { notFixable: 'Not fixed automatically: block scalars are left as written.' };
  }
  return { fix: { range: [node.range[0], node.range[1]], text } };
}

function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
