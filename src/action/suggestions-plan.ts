import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { repoRelativePath } from '../formatters/relative-path.js';
import type { Redactor } from '../model/redaction.js';
import type { FileReport, Finding, Fix } from '../model/types.js';
import { decodeSource } from '../parse/decode.js';
import type { RightSideLine } from './diff-hunks.js';
import { commentBody } from './suggestion-comments.js';

/** A fix as a GitHub suggested change: whole lines of the pull request's version replaced by the fixed lines. */
export interface Suggestion {
  /** Repository-relative, with forward slashes, as the files endpoint names it. */
  path: string;
  ruleId: string;
  marker: string;
  /** The lines the suggestion replaces, 1-based and inclusive. */
  startLine: number;
  endLine: number;
  /** The lines as they are now; they hold no secret (checked against the report's masked source). */
  original: string[];
  /** The replacement lines. */
  fixed: string[];
  body: string;
}

/** What the run knows about fixable findings: the suggestions it could make, and every current marker by file. */
export interface SuggestionPlan {
  suggestions: Suggestion[];
  /** Markers of every fixable finding in each file whose findings are fully known (its masked source is there). */
  markersByPath: Map<string, Set<string>>;
  /** Fixable findings left without a suggestion, and why (for the log). */
  skipped: { secret: number; other: number };
}

/**
 * Suggestions for the fixable findings of the reports, from each file as it is in the workspace. A suggestion is
 * made only where it is safe to show: the affected lines and the fixed lines hold no secret (the report's masked
 * `source` equals the file's text there, and the redactor finds no secret in the fixed lines).
 */
export function planSuggestions(reports: readonly FileReport[], redactor: Redactor, workspace: string): SuggestionPlan {
  const plan: SuggestionPlan = { suggestions: [], markersByPath: new Map(), skipped: { secret: 0, other: 0 } };
  for (const report of reports) {
    const fixable = report.findings.filter(
      (finding): finding is Finding & { ruleId: string; fix: Fix } => finding.fix !== undefined && finding.ruleId !== null,
    );
    const path = repoRelativePath(report.filePath, workspace);
    // The masked source keeps every line and column; without it the file's findings are not all known.
    if (report.source === undefined || path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
      plan.skipped.other += fixable.length;
      continue;
    }
    const source = new LineIndex(report.source);
    const markers = new Set<string>();
    plan.markersByPath.set(path, markers);
    const text = readText(report.filePath);
    const seen = new Map<string, number>();
    for (const finding of fixable) {
      const [startLine, endLine] = source.linesOf(finding.fix.range);
      const maskedLines = source.slice(startLine, endLine);
      // The fingerprint comes from the masked lines, so it never depends on a secret; the count tells apart the
      // same finding on identical lines of one file (two documents with the same pasted URL).
      const key = `${finding.ruleId}\0${path}\0${maskedLines}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const marker = `${finding.ruleId}:${createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 16)}`;
      markers.add(marker);

      if (text === undefined || text.text.length !== report.source.length || (text.hasBom && startLine === 1)) {
        plan.skipped.other++;
        continue;
      }
      const original = text.lines.slice(startLine, endLine);
      const unredactable = (report.unredactableLines ?? []).some(([from, to]) => from <= endLine && to >= startLine);
      const lineStart = text.lines.start(startLine);
      const fixed = text.text.slice(lineStart, finding.fix.range[0]) + finding.fix.text + text.text.slice(finding.fix.range[1], text.lines.end(endLine));
      if (original !== maskedLines || unredactable || redactor.contains(fixed)) {
        plan.skipped.secret++;
        continue;
      }
      plan.suggestions.push({
        path,
        ruleId: finding.ruleId,
        marker,
        startLine,
        endLine,
        original: splitLines(original),
        fixed: splitLines(fixed),
        body: commentBody(marker, finding, splitLines(fixed)),
      });
    }
  }
  return plan;
}

/**
 * Whether the pull request's diff shows the suggestion's lines as they are in the workspace: each of them on the
 * RIGHT side within one hunk (GitHub takes a comment only there), at least one added or changed by the pull
 * request, and each with the same text (so a checkout that is not the head, such as a merge commit that moved
 * lines, gets no suggestion at the wrong place).
 */
export function inDiff(suggestion: Suggestion, diff: ReadonlyMap<number, RightSideLine>): boolean {
  let added = false;
  let hunk: number | undefined;
  for (let line = suggestion.startLine; line <= suggestion.endLine; line++) {
    const shown = diff.get(line);
    if (!shown || shown.content !== suggestion.original[line - suggestion.startLine] || (hunk !== undefined && shown.hunk !== hunk)) return false;
    hunk = shown.hunk;
    added ||= shown.added;
  }
  return added;
}

/** The fixed or original text of whole lines, as suggestion lines: a CRLF file's `\r` is not part of a line. */
function splitLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r$/, ''));
}

/** The file's text as the pipeline read it (no BOM), or undefined when it can no longer be read as UTF-8. */
function readText(file: string): { text: string; hasBom: boolean; lines: LineIndex } | undefined {
  try {
    const decoded = decodeSource(readFileSync(file));
    return decoded.ok ? { text: decoded.text, hasBom: decoded.hasBom, lines: new LineIndex(decoded.text) } : undefined;
  } catch {
    return undefined;
  }
}

/** Line numbers (1-based) of offsets in a text, and the text of whole lines. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** The first and last line a fix touches; a range that ends just after a line break ends on that line. */
  linesOf([start, end]: [number, number]): [number, number] {
    const last = end > start && this.text[end - 1] === '\n' ? end - 1 : end;
    return [this.lineOf(start), this.lineOf(last)];
  }

  start(line: number): number {
    return this.starts[line - 1]!;
  }

  /** Offset of the line's end, before its line break. */
  end(line: number): number {
    return line < this.starts.length ? this.starts[line]! - 1 : this.text.length;
  }

  /** Lines first..last, joined by their line breaks. */
  slice(first: number, last: number): string {
    return this.text.slice(this.start(first), this.end(last));
  }
}
