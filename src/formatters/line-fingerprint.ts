import { createHash } from 'node:crypto';
import type { FileReport, Finding } from '../model/types.js';

/**
 * A stable, secret-free fingerprint for each finding of a file, shared by SARIF's primaryLocationLineHash and
 * GitLab's fingerprint, in the spirit of GitHub's own: a hash of the rule ID and the finding's line with white
 * space removed, plus the count of earlier identical hashes in the file (`<16 hex>:<occurrence>`). Lines come from
 * the report's secret-free source (secrets starred out by the pipeline), never from the file again, so a short
 * secret (a PIN) cannot be recovered by brute force; a run of stars counts as one, so not even its length shows.
 * A line the pipeline could not clean for certain (after a secret key in a document that failed to parse), or a
 * report without source, is hashed by line number only. Findings must be passed in report order.
 */
export function lineFingerprints(report: FileReport): (finding: Finding) => string {
  const lines = report.source?.split('\n');
  const unredactable = report.unredactableLines ?? [];
  const seen = new Map<string, number>();
  return (finding) => {
    const line = lines?.[finding.line - 1];
    const content =
      line === undefined || isWithin(finding.line, unredactable) ? `line ${finding.line}` : `text ${line.replace(/\s+/g, '').replace(/\*+/g, '*')}`;
    const digest = createHash('sha256').update(`${finding.ruleId}\0${content}`).digest('hex').slice(0, 16);
    const occurrence = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, occurrence);
    return `${digest}:${occurrence}`;
  };
}

/** Whether line lies in one of the ranges (sorted by start, as the pipeline lists them). */
function isWithin(line: number, ranges: readonly [number, number][]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [start, end] = ranges[mid]!;
    if (line < start) high = mid - 1;
    else if (line > end) low = mid + 1;
    else return true;
  }
  return false;
}
