/**
 * Escaping for every place bc-lint prints text it did not write itself (file names, quoted keys and values):
 * terminals, GitHub Actions logs and workflow commands, and the HTML of the job summary. Output stays inert:
 * such text can never move the cursor, recolour the screen, start a workflow command or break a table.
 */
import { controlCharacters, showControlCharacters, visibleEscape } from '../model/display.js';

export { showControlCharacters };

/** The same without C0, which JSON.stringify escapes inside strings and uses as layout outside them. */
const controlCharactersJsonLeavesRaw = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name for an annotation's `file` property: line breaks kept, since the property escaping makes them
 * inert and the runner restores them, so the annotation still lands on the file; other control characters
 * visible, as no escaping the runner undoes can carry them.
 */
export function annotationFileName(name: string): string {
  return name.replace(controlCharacters, (character) => (character === '\n' || character === '\r' ? character : visibleEscape(character)));
}

/**
 * Text inside a terminal or Actions log line: control characters visible, and no `##[`, which the runner
 * reads as a legacy workflow command anywhere in a line (`##[stop-commands]` would silence every later one).
 */
export function escapeLogText(text: string): string {
  return showControlCharacters(text).replace(/##\[/g, '#\\x23[');
}

/** Text that starts a log line: also never `::`, which the runner reads as a workflow command. */
export function escapeLogLine(text: string): string {
  return escapeLogText(text).replace(/^(\s*):/, '$1\\x3a');
}

// The runner's own escaping (as @actions/core's command.ts), for the data and properties of a workflow
// command: reversible, so an annotation's file property still names the exact file.
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Serialized JSON with the control characters JSON.stringify leaves raw (DEL, C1, bidi, line separators) as
 * `\uXXXX` escapes: the same JSON value, but inert when printed to a terminal. They only occur inside strings.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(controlCharactersJsonLeavesRaw, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Text inside the job summary's HTML: markup characters as entities, and control characters visible, so a
 * blank line in a name cannot end the HTML block and turn the rest into Markdown.
 */
export function escapeHtml(text: string): string {
  return showControlCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
