import type { LintTarget } from './files/discover.js';
import { readWorkspaceFile } from './files/read-file.js';
import { lintSource, type LintOptions } from './lint.js';
import { summarize } from './lint-report.js';
import { runConnectionsOf, type RunConnection } from './model/run-connections.js';
import type { FileReport, Finding, FixedFinding } from './model/types.js';
import { decodeSource, encodeText } from './parse/decode.js';
import type { LintWorkers } from './parallel/lint-in-workers.js';
import { workerCountFor } from './parallel/worker-count.js';
import { capYoungGeneration } from './parallel/young-generation.js';

/** --fix writes fixed files; --fix-dry-run computes the fixed state without writing. */
export type FixMode = 'write' | 'dry-run' | undefined;

/** A file's report, and its connections as the rest of the run sees them (the file's final state). */
export interface LintedFile {
  report: FileReport;
  connections: readonly RunConnection[];
}

/**
 * Lints many files; one that cannot be read, or whose fix cannot be written, gets a finding in its own report and
 * the rest go on. Shared by the CLI and the Action. Reports come back in target order, each already redacted with
 * its own file's secrets (attached with attachSecrets), whether linted here or in worker threads. Each file sees the
 * connections of the files before it (targets are sorted, so "earlier" is deterministic), for client-id-reuse.
 */
export async function lintFiles(targets: readonly LintTarget[], options: LintOptions, fixMode?: FixMode, startedWorkers?: LintWorkers): Promise<FileReport[]> {
  // Worker threads only lint (a fix is written where it is computed, one file after another).
  const workers = fixMode ? 0 : workerCountFor(targets.length);
  // Which path ran, for tests and for timing one's own machine (BC_LINT_WORKERS in the README).
  if (process.env.BC_LINT_DEBUG) {
    const threads = workers > 0 ? `main thread and ${workers} worker thread${workers === 1 ? '' : 's'}` : 'main thread only';
    process.stderr.write(`bc-lint: ${targets.length} files, ${threads}\n`);
  }
  if (workers > 0) {
    const pool = startedWorkers ?? (await import('./parallel/lint-in-workers.js')).startLintWorkers(workers);
    return withEarlierConnections(targets, await pool.lint(targets, options), options);
  }
  startedWorkers?.close();
  const fixer = fixMode ? await loadFixer() : undefined;
  const reports: FileReport[] = [];
  const earlierConnections: RunConnection[] = [...(options.earlierConnections ?? [])];
  for (const target of targets) {
    const { report, connections } = lintFile(target, { ...options, earlierConnections }, fixMode, fixer);
    reports.push(report);
    earlierConnections.push(...connections);
    if (reports.length % 64 === 0) capYoungGeneration();
  }
  return reports;
}

/**
 * Workers lint each file without the files before it. A file whose client ID an earlier file also has is linted
 * again here with those files' connections, so client-id-reuse reports exactly what one thread would; such files
 * are rare, so this costs little.
 */
function withEarlierConnections(targets: readonly LintTarget[], linted: readonly LintedFile[], options: LintOptions): FileReport[] {
  const earlierConnections: RunConnection[] = [...(options.earlierConnections ?? [])];
  const seenClientIds = new Set(earlierConnections.map((connection) => connection.clientId));
  return linted.map((file, index) => {
    const result = file.connections.some((connection) => seenClientIds.has(connection.clientId))
      ? lintFile(targets[index]!, { ...options, earlierConnections: [...earlierConnections] }, undefined, undefined)
      : file;
    earlierConnections.push(...result.connections);
    for (const connection of result.connections) seenClientIds.add(connection.clientId);
    return result.report;
  });
}

/** What --fix needs beyond linting; loaded only with --fix or --fix-dry-run (it brings node:crypto along). */
export type Fixer = Awaited<ReturnType<typeof loadFixer>>;

async function loadFixer() {
  const [{ fixSource }, { writeFixedFile }] = await Promise.all([import('./fix/apply-fixes.js'), import('./files/write-file.js')]);
  return { fixSource, writeFixedFile };
}

/** A finding about the file as a whole (it could not be read or written), shown at 1:1 with no rule. */
function fileFinding(message: string, fatal: boolean): Finding {
  return { ruleId: null, severity: 'error', ...(fatal ? { fatal: true } : {}), message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** One file: read, lint and, with a fix mode, fix. Also what each worker thread runs. */
export function lintFile({ file, boundary, linkFree }: LintTarget, options: LintOptions, fixMode: FixMode, fixer: Fixer | undefined): LintedFile {
  const linted = (report: FileReport, state: FileReport = report) => ({ report, connections: runConnectionsOf(state) });
  const read = readWorkspaceFile(file, boundary, { linkFree });
  if (!read.ok) return linted(summarize(file, [fileFinding(read.message, true)]));
  if (!fixMode || !fixer) return linted(lintSource(file, read.bytes, options));
  const decoded = decodeSource(read.bytes);
  if (!decoded.ok) return linted(lintSource(file, read.bytes, options));
  const { output, changed, report, initialReport } = fixer.fixSource(file, decoded.text, options);
  if (!changed) return linted(report);
  const done = { ...report, fixed: fixedFindings(initialReport, report) };
  if (fixMode === 'dry-run') return linted({ ...done, output: (decoded.hasBom ? '\uFEFF' : '') + output }, report);
  // Written back in the file's own encoding and BOM, so that only the fixed values change.
  const problem = fixer.writeFixedFile(file, read, encodeText(output, decoded.encoding, decoded.hasBom));
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
