import { availableParallelism } from 'node:os';

/**
 * Below this many files a run stays on the main thread. On the loaded 2-core machine of bench/results.md two workers
 * made 2,000 files 1.4x slower (each worker loads, compiles and warms up the linter again, and V8's own background
 * threads already use the second core) and 20,000 files 5 to 40% faster, for about 50 MB more memory.
 */
export const minFilesForWorkers = 10_000;

/**
 * How many worker threads lint the given number of files; 0 means the main thread does it alone, as it always does
 * on one core (availableParallelism follows the process's CPU affinity, so `taskset -c 0` is one core).
 * BC_LINT_WORKERS=<n> asks for n workers whatever the file count (for tests, and machines where it pays);
 * BC_LINT_WORKERS=0 keeps a single thread.
 */
export function workerCountFor(fileCount: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism): number {
  const forced = env.BC_LINT_WORKERS;
  const wanted = forced !== undefined && /^\d+$/.test(forced) ? Number(forced) : undefined;
  if (wanted === undefined && fileCount < minFilesForWorkers) return 0;
  const available = cores();
  if (available <= 1) return 0;
  return Math.min(wanted ?? available, fileCount);
}
