import type { LintTarget } from './files/discover.js';
import { readWorkspaceFile } from './files/read-file.js';
import { writeFixedFile } from './files/write-file.js';
import { fixSource } from './fix/apply-fixes.js';
import { lintSource, summarize, type LintOptions } from './lint.js';
import { runConnectionsOf, type RunConnection } from './model/run-connections.js';
import type { FileReport, Finding, FixedFinding } from './model/types.js';
import { decodeSource, encodeText } from './parse/decode.js';

/** --fix writes fixed files; --fix-dry-run computes the fixed state without writing. */
export type FixMode = 'write' | 'dry-run' | undefined;

/**
 * Lints many files, one after another; one that cannot be read, or whose fix cannot be written, gets a finding in
 * its own report and the rest go on. Shared by the CLI and the Action. Files are read synchronously: the work is
 * CPU-bound and each file is small. (Worker threads were tried: on two cores they made 2,000 files slower, since
 * yaml's parsing keeps V8's background GC and compiler threads busy; see bench/results.md.)
 */
export async function lintFiles(targets: readonly LintTarget[], options: LintOptions, fixMode?: FixMode): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  // Each file sees the connections of the files before it (targets are sorted, so "earlier" is deterministic).
  const earlierConnections: RunConnection[] = [...(options.earlierConnections ?? [])];
  for (const target of targets) {
    const { report, connections } = lintFile(target, { ...options, earlierConnections }, fixMode);
    reports.push(report);
    earlierConnections.push(...connections);
  }
  return reports;
}

/** A finding about the file as a whole (it could not be read or written), shown at 1:1 with no rule. */
function fileFinding(message: string, fatal: boolean): Finding {
  return { ruleId: null, severity: 'error', ...(fatal ? { fatal: true } : {}), message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** A file's report, and its connections as the rest of the run sees them (the file's final state). */
function lintFile({ file, boundary }: LintTarget, options: LintOptions, fixMode: FixMode): { report: FileReport; connections: readonly RunConnection[] } {
  const linted = (report: FileReport, state: FileReport = report) => ({ report, connections: runConnectionsOf(state) });
  const read = readWorkspaceFile(file, boundary);
  if (!read.ok) return linted(summarize(file, [fileFinding(read.message, true)]));
  if (!fixMode) return linted(lintSource(file, read.bytes, options));
  const decoded = decodeSource(read.bytes);
  if (!decoded.ok) return linted(lintSource(file, read.bytes, options));
  const { output, changed, report, initialReport } = fixSource(file, decoded.text, options);
  if (!changed) return linted(report);
  const done = { ...report, fixed: fixedFindings(initialReport, report) };
  if (fixMode === 'dry-run') return linted({ ...done, output: (decoded.hasBom ? '\uFEFF' : '') + output }, report);
  // Written back in the file's own encoding and BOM, so that only the fixed values change.
  const problem = writeFixedFile(file, read, encodeText(output, decoded.encoding, decoded.hasBom));
  if (problem === undefined) return linted(done, report);
  // Not written: the file still has every finding it was read with, and one more saying why.
  return linted(summarize(file, [fileFinding(problem, false), ...initialReport.findings], initialReport.suppressed), initialReport);
}

/**
 * What --fix changed (or --fix-dry-run would change), for the CLI to list: the findings with a fix that the fixed
 * text no longer has, at their place in the file as it was read.
 */
function fixedFindings(before: FileReport, after: FileReport): FixedFinding[] {
  const remaining = new Set(after.findings.map((f) => `${f.ruleId} ${f.message}`));
  return before.findings.flatMap((f) =>
    f.fix && f.ruleId !== null && !remaining.has(`${f.ruleId} ${f.message}`) ? [{ ruleId: f.ruleId, line: f.line, column: f.column }] : [],
  );
}
