/**
 * Characters a terminal or log viewer acts on: C0 (tab and newline included), DEL, C1 (8-bit CSI, OSC...),
 * the Unicode line and paragraph separators, and bidirectional controls that reorder what a reader sees.
 */
export const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const namedEscapes: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function visibleEscape(character: string): string {
  const named = namedEscapes[character];
  if (named) return named;
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Control characters as visible escapes (`\x1b`, `\n`, `\u202e`); everything else unchanged. */
export function showControlCharacters(text: string): string {
  return text.replace(controlCharacters, visibleEscape);
}

/** Longest name a message quotes in full; a longer key is cut (a hostile file may hold a multi-megabyte key). */
const maxShownLength = 40;

/**
 * A key name as a message quotes it: a Markdown code span, backticks replaced, cut to 40 characters. Control
 * characters stay as they are: each output escapes them for its medium (formatters/escape.ts). Only for names
 * (keys, paths): values are never quoted.
 */
export function codeName(name: string): string {
  const cut = name.length > maxShownLength ? `${name.slice(0, maxShownLength)}...` : name;
  return `\`${showControlCharacters(cut).replace(/`/g, "'")}\``;
}
