import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fixSource } from './fix/apply-fixes.js';
import { lintSource, summarize, type LintOptions } from './lint.js';
import type { FileReport } from './model/types.js';
import { decodeSource } from './parse/decode.js';

/** --fix writes fixed files; --fix-dry-run computes the fixed state without writing. */
export type FixMode = 'write' | 'dry-run' | undefined;

export interface WorkerRequest {
  bcLintWorker: true;
  files: string[];
  options: LintOptions;
  fixMode: FixMode;
}

/** Below this many files, starting workers costs more than it saves. */
const filesPerWorkerMinimum = 100;
let workerScript: string | undefined;

/** Lets lintFiles spread large runs over worker threads that run this script (a bundle entry). */
export function enableWorkers(script: string): void {
  workerScript = script;
}

/**
 * Lints many files; one that cannot be read becomes a fatal finding in its own report and the rest go on.
 * Shared by the CLI and the Action. Large runs are split across cores when an entry enabled workers.
 */
export async function lintFiles(files: readonly string[], options: LintOptions, fixMode?: FixMode): Promise<FileReport[]> {
  const workers = Math.min(availableParallelism(), 4, Math.floor(files.length / filesPerWorkerMinimum));
  if (!workerScript || workers < 2) return lintFilesHere(files, options, fixMode);
  if (process.env.BC_LINT_DEBUG) process.stderr.write(`bc-lint: linting ${files.length} files in ${workers} worker threads\n`);
  const chunks: string[][] = Array.from({ length: workers }, () => []);
  files.forEach((file, index) => chunks[index % workers]!.push(file));
  const results = await Promise.all(chunks.map((chunk) => lintInWorker(workerScript!, { bcLintWorker: true, files: chunk, options, fixMode })));
  return files.map((_, index) => results[index % workers]![Math.floor(index / workers)]!);
}

/** Marks a worker's argv, so an entry can tell it is a worker without loading worker_threads at every start. */
export const workerArgument = '--bc-lint-worker';

async function lintInWorker(script: string, request: WorkerRequest): Promise<FileReport[]> {
  const { Worker } = await import('node:worker_threads');
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: request, argv: [workerArgument] });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`a lint worker stopped with exit code ${code}`)));
  });
}

/** Lints in this thread; files are read synchronously, since the work is CPU-bound and each file is small. */
export async function lintFilesHere(files: readonly string[], options: LintOptions, fixMode: FixMode): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await lintFile(file, options, fixMode));
  return reports;
}

/**
 * Files larger than this are not read. A connection file is a few kilobytes, parsing stops after a million YAML
 * tokens anyway, and reading a file whole costs its size in memory (twice, as bytes and as text).
 */
export const maxFileBytes = 32 * 1024 * 1024;

async function lintFile(file: string, options: LintOptions, fixMode: FixMode): Promise<FileReport> {
  const unreadable = (message: string) =>
    summarize(file, [{ ruleId: null, severity: 'error', fatal: true, message, line: 1, column: 1, endLine: 1, endColumn: 1 }]);
  let bytes: Uint8Array;
  try {
    const fd = openSync(file, 'r');
    try {
      const { size } = fstatSync(fd);
      if (size > maxFileBytes) {
        return unreadable(`the file is ${megabytes(size)}, too large for a connection file (the limit is ${megabytes(maxFileBytes)}); it was not read`);
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return unreadable(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (!fixMode) return lintSource(file, bytes, options);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return lintSource(file, bytes, options);
  const { output, changed, report } = fixSource(file, decoded.text, options);
  if (changed && fixMode === 'write') await writeAtomically(file, (decoded.hasBom ? '\uFEFF' : '') + output);
  return report;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
}

/** Write to a temporary file beside the target, then rename: a reader never sees half a file. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const target = await realpath(file);
  const { mode } = await stat(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.bc-lint-fix.tmp`);
  try {
    await writeFile(temporary, content, { mode });
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
