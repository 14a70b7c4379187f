import { availableParallelism } from 'node:os';

/**
 * Below this many files a run stays on the main thread. Each thread warms up its own JIT, so a worker costs about
 * 0.3 s of CPU (its start and its cold first few hundred files) before it pays. Measured on the 2-core machine of
 * bench/results.md (medians, Node 24): 2,000 files, main + 1 worker 643 ms vs one thread 579 ms; 20,000 files
 * 2.81 s vs 3.50 s, but 218 MB vs 193 MB peak memory.
 */
export const minFilesForWorkers = 5_000;

/**
 * Fewer cores than this: no worker unless BC_LINT_WORKERS asks. On 2 cores V8's compiler and GC threads already use
 * the second core of a single-threaded run, and a worker's 20% at 20,000 files costs the 200 MB memory budget
 * (numbers above); set this to 2 to trade that memory for the time.
 */
export const minCoresForWorkers = 3;

/**
 * How many worker threads help the main thread lint the given number of files: by default one per core beside the
 * main thread's, from minFilesForWorkers files and minCoresForWorkers cores; 0 means the main thread does it alone,
 * as it always does on one core (availableParallelism follows the process's CPU affinity, so `taskset -c 0` is one
 * core). BC_LINT_WORKERS=<n> asks for n workers whatever the file count and core count above one (for tests, and
 * machines where it pays); BC_LINT_WORKERS=0 keeps one thread. Infinity as the count: how many to start before
 * discovery has counted the files.
 */
export function workerCountFor(fileCount: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism): number {
  const forced = env.BC_LINT_WORKERS;
  const wanted = forced !== undefined && /^\d+$/.test(forced) ? Number(forced) : undefined;
  if (wanted === undefined && fileCount < minFilesForWorkers) return 0;
  const available = cores();
  if (available <= 1 || (wanted === undefined && available < minCoresForWorkers)) return 0;
  return Math.min(wanted ?? available - 1, fileCount);
}
