/** Longest name a message quotes in full; a longer key is cut (a hostile file may hold a multi-megabyte key). */
const maxShownLength = 40;

/**
 * A key name as a message quotes it: a Markdown code span, backticks replaced, cut to 40 characters. Control
 * characters stay as they are: each output escapes them for its medium (formatters/escape.ts). Only for names
 * (keys, paths): values are never quoted.
 */
export function codeName(name: string): string {
  const cut = name.length > maxShownLength ? `${name.slice(0, maxShownLength)}...` : name;
  return `\`${cut.replace(/`/g, "'")}\``;
}
