/** A line of the pull request's version of a file (the diff's RIGHT side) that a patch shows. */
export interface RightSideLine {
  /** The line's text in the pull request's head. */
  content: string;
  /** Added or changed by the pull request; false for a context line around a change. */
  added: boolean;
  /** Which hunk shows it (0-based): a multi-line review comment must stay within one hunk. */
  hunk: number;
}

const hunkHeader = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * The RIGHT-side lines of a unified diff's hunks (the files endpoint's `patch`), by 1-based line number. Hunk
 * headers give the line counts, so a line is read as content only within its hunk; anything unreadable stops
 * the parse (the lines read so far stay).
 */
export function rightSideLines(patch: string): Map<number, RightSideLine> {
  const lines = new Map<number, RightSideLine>();
  const rows = patch.split('\n');
  let hunk = -1;
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  for (const row of rows) {
    if (oldLeft === 0 && newLeft === 0) {
      const header = hunkHeader.exec(row);
      if (!header) {
        if (row === '' || row.startsWith('\\')) continue; // the patch's end, "\ No newline at end of file"
        break;
      }
      hunk++;
      oldLeft = header[1] === undefined ? 1 : Number(header[1]);
      newLine = Number(header[2]);
      newLeft = header[3] === undefined ? 1 : Number(header[3]);
      continue;
    }
    const kind = row[0];
    const content = row.slice(1).replace(/\r$/, '');
    if (kind === '+' && newLeft > 0) {
      lines.set(newLine++, { content, added: true, hunk });
      newLeft--;
    } else if (kind === '-' && oldLeft > 0) {
      oldLeft--;
    } else if ((kind === ' ' || row === '') && oldLeft > 0 && newLeft > 0) {
      lines.set(newLine++, { content, added: false, hunk });
      oldLeft--;
      newLeft--;
    } else if (kind !== '\\') {
      break;
    }
  }
  return lines;
}
