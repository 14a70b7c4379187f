import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceRange } from '../model/types.js';

/**
 * Maps between bc-lint's coordinates and the editor's. bc-lint reads a document's text without its BOM, counts
 * lines by `\n` only and columns in UTF-16 code units, 1-based; LSP is 0-based and also breaks lines at a lone
 * `\r`. Going through offsets into the text keeps both views exact.
 */
export class LintPositions {
  /** 1 when the document starts with a BOM, which the linter sets aside (its offsets start after it). */
  readonly bomLength: number;
  private readonly lineStarts: number[] = [0];

  constructor(readonly document: TextDocument) {
    const text = document.getText();
    this.bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let i = text.indexOf('\n', this.bomLength); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1 - this.bomLength);
  }

  /** The linter's text: the document without its BOM. */
  get lintText(): string {
    return this.document.getText().slice(this.bomLength);
  }

  /** The editor position of an offset into the linter's text. */
  positionAt(offset: number): Position {
    return this.document.positionAt(offset + this.bomLength);
  }

  /** The offset into the linter's text of a 1-based line and column. */
  offsetOf(line: number, column: number): number {
    return (this.lineStarts[line - 1] ?? this.lineStarts[this.lineStarts.length - 1]!) + column - 1;
  }

  /** The offset into the linter's text where a 1-based line starts. */
  lineStart(line: number): number {
    return this.offsetOf(line, 1);
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const text = this.lintText;
    const start = this.lineStart(line);
    const end = text.indexOf('\n', start);
    return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
  }

  range(range: SourceRange): Range {
    return {
      start: this.positionAt(this.offsetOf(range.line, range.column)),
      end: this.positionAt(this.offsetOf(range.endLine, range.endColumn)),
    };
  }

  offsetRange([start, end]: readonly [number, number]): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** True when an editor position lies within a range (both ends included, as editors hover a word's last character). */
export function rangeContains(range: Range, position: Position): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
}

/** True when two ranges share at least one position. */
export function rangesTouch(a: Range, b: Range): boolean {
  return rangeContains(a, b.start) || rangeContains(a, b.end) || rangeContains(b, a.start);
}
