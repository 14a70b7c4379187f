import type { LintTarget } from './files/discover.js';
import { readWorkspaceFile } from './files/read-file.js';
import { writeFixedFile } from './files/write-file.js';
import { fixSource } from './fix/apply-fixes.js';
import { lintSource, summarize, type LintOptions } from './lint.js';
import type { FileReport, Finding } from './model/types.js';
import { decodeSource } from './parse/decode.js';

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
  for (const target of targets) reports.push(lintFile(target, options, fixMode));
  return reports;
}

/** A finding about the file as a whole (it could not be read or written), shown at 1:1 with no rule. */
function fileFinding(message: string, fatal: boolean): Finding {
  return { ruleId: null, severity: 'error', ...(fatal ? { fatal: true } : {}), message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function lintFile({ file, boundary }: LintTarget, options: LintOptions, fixMode: FixMode): FileReport {
  const read = readWorkspaceFile(file, boundary);
  if (!read.ok) return summarize(file, [fileFinding(read.message, true)]);
  if (!fixMode) return lintSource(file, read.bytes, options);
  const decoded = decodeSource(read.bytes);
  if (!decoded.ok) return lintSource(file, read.bytes, options);
  const { output, changed, report, initialReport } = fixSource(file, decoded.text, options);
  const fixed = (decoded.hasBom ? '\uFEFF' : '') + output;
  if (changed && fixMode === 'dry-run') return { ...report, output: fixed };
  if (!changed || fixMode !== 'write') return report;
  const problem = writeFixedFile(file, read, fixed);
  if (problem === undefined) return report;
  // Not written: the file still has every finding it was read with, and one more saying why.
  return summarize(file, [fileFinding(problem, false), ...initialReport.findings], initialReport.suppressed);
}
