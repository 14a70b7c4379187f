import type { LintTarget } from './files/discover.js';
import { readWorkspaceFile } from './files/read-file.js';
import { lintSource, summarize, type LintOptions } from './lint.js';
import type { FileReport, Finding } from './model/types.js';
import { decodeSource } from './parse/decode.js';
import { workerCountFor } from './parallel/worker-count.js';

/** --fix writes fixed files; --fix-dry-run computes the fixed state without writing. */
export type FixMode = 'write' | 'dry-run' | undefined;

/**
 * Lints many files; one that cannot be read, or whose fix cannot be written, gets a finding in its own report and
 * the rest go on. Shared by the CLI and the Action. Reports come back in target order, each already redacted with
 * its own file's secrets (attached with attachSecrets), whether linted here or in worker threads; checks across
 * files run after this, in run.ts. Files are read synchronously: the work is CPU-bound and each file is small.
 */
export async function lintFiles(targets: readonly LintTarget[], options: LintOptions, fixMode?: FixMode): Promise<FileReport[]> {
  const workers = workerCountFor(targets.length);
  // Which path ran, for tests and for timing one's own machine (BC_LINT_WORKERS in the README).
  if (process.env.BC_LINT_DEBUG) process.stderr.write(`bc-lint: ${targets.length} files, ${workers > 0 ? `${workers} worker threads` : 'main thread only'}\n`);
  if (workers > 1) return (await import('./parallel/lint-in-workers.js')).lintInWorkers(targets, options, fixMode, workers);
  const fixer = fixMode ? await loadFixer() : undefined;
  const reports: FileReport[] = [];
  for (const target of targets) reports.push(lintFile(target, options, fixMode, fixer));
  return reports;
}

/** What --fix needs beyond linting; loaded only with --fix or --fix-dry-run (it brings node:crypto along). */
export type Fixer = Awaited<ReturnType<typeof loadFixer>>;

export async function loadFixer() {
  const [{ fixSource }, { writeFixedFile }] = await Promise.all([import('./fix/apply-fixes.js'), import('./files/write-file.js')]);
  return { fixSource, writeFixedFile };
}

/** A finding about the file as a whole (it could not be read or written), shown at 1:1 with no rule. */
function fileFinding(message: string, fatal: boolean): Finding {
  return { ruleId: null, severity: 'error', ...(fatal ? { fatal: true } : {}), message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** One file: read, lint and, with a fix mode, fix. Also what each worker thread runs. */
export function lintFile({ file, boundary }: LintTarget, options: LintOptions, fixMode: FixMode, fixer: Fixer | undefined): FileReport {
  const read = readWorkspaceFile(file, boundary);
  if (!read.ok) return summarize(file, [fileFinding(read.message, true)]);
  if (!fixMode || !fixer) return lintSource(file, read.bytes, options);
  const decoded = decodeSource(read.bytes);
  if (!decoded.ok) return lintSource(file, read.bytes, options);
  const { output, changed, report, initialReport } = fixer.fixSource(file, decoded.text, options);
  const fixed = (decoded.hasBom ? '\uFEFF' : '') + output;
  if (changed && fixMode === 'dry-run') return { ...report, output: fixed };
  if (!changed || fixMode !== 'write') return report;
  const problem = fixer.writeFixedFile(file, read, fixed);
  if (problem === undefined) return report;
  // Not written: the file still has every finding it was read with, and one more saying why.
  return summarize(file, [fileFinding(problem, false), ...initialReport.findings], initialReport.suppressed);
}
