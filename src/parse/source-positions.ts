import type { SourceRange } from '../model/types.js';

/** Offsets -> 1-based line/column for one file's text. */
export class SourcePositions {
  /** Offset of each line's first character. A typed array: a file of 20 million short lines needs 80 MB, not 300+. */
  private readonly lineStarts: Uint32Array;

  constructor(readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    this.lineStarts = new Uint32Array(lines);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts[line++] = i + 1;
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    // A \r that ends a line is part of its line break (CRLF): a position on the \n after it, or at the end of text
    // after it, is the end of the line as editors show it, not one column further.
    const lineEnd = low + 1 < this.lineStarts.length ? this.lineStarts[low + 1]! - 1 : this.text.length;
    const visibleEnd = this.text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return { line: low + 1, column: Math.min(clamped, visibleEnd) - this.lineStarts[low]! + 1 };
  }

  /** Range for text[start, end), with trailing white space and line breaks left out so it ends on the last character. */
  range(start: number, end: number): SourceRange {
    let trimmedEnd = Math.min(end, this.text.length);
    while (trimmedEnd > start && /\s/.test(this.text[trimmedEnd - 1]!)) trimmedEnd--;
    const from = this.position(start);
    const to = this.position(Math.max(trimmedEnd, start));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}
