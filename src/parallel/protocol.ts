import type { LintTarget } from '../files/discover.js';
import type { LintOptions } from '../lint.js';
import type { RunConnection } from '../model/run-connections.js';
import type { FileReport } from '../model/types.js';

/**
 * Main thread to worker, once per run: the run's targets and options, and the shared counter from which the main
 * thread and every worker claim the next batch of target indexes (Atomics.add), so no thread waits for another.
 */
export interface LintJob {
  targets: readonly LintTarget[];
  options: LintOptions;
  /** An Int32Array's buffer: [0] is the next unclaimed target index. */
  claims: SharedArrayBuffer;
  batchSize: number;
}

/**
 * Worker to main thread, per batch: the reports of targets[start, start + reports.length), in order. Secrets travel
 * beside the reports, never in them: a report's forms are in `secrets` at the same index, and the main thread
 * attaches them again (attachSecrets), as the reports' WeakMap does not cross threads.
 */
export interface BatchResult {
  start: number;
  reports: FileReport[];
  secrets: (readonly string[])[];
  /** Each report's connections (client-id-reuse), likewise beside it. */
  connections: (readonly RunConnection[])[];
}

/** Worker to main thread: the counter has run out; nothing more will come. */
export interface JobDone {
  done: true;
}

/** The worker thread's file, beside the module that starts it (build/src/parallel/ or a bundle's folder). */
export const workerEntry = 'lint-worker/index.js';

/** Batches of target indexes, [start, end), each claimed from the shared counter as the thread gets to it, until none remain. */
export function* claimedBatches(claims: Int32Array, batchSize: number, targetCount: number): Generator<[number, number]> {
  for (let start = Atomics.add(claims, 0, batchSize); start < targetCount; start = Atomics.add(claims, 0, batchSize)) {
    yield [start, Math.min(targetCount, start + batchSize)];
  }
}
