import type { LintTarget } from '../files/discover.js';
import type { LintOptions } from '../lint.js';
import type { RunConnection } from '../model/run-connections.js';
import type { FileReport } from '../model/types.js';

/** What a worker thread is started with (workerData): the same for every batch of the run. */
export interface WorkerSetup {
  options: LintOptions;
}

/** Main thread to worker: lint these targets (a contiguous slice of the run's, starting at `start`). */
export interface BatchRequest {
  start: number;
  targets: LintTarget[];
}

/**
 * Worker to main thread: the batch's reports in order. Secrets travel beside the reports, never in them: a
 * report's forms are in `secrets` at the same index, and the main thread attaches them again (attachSecrets), as
 * the reports' WeakMap does not cross threads.
 */
export interface BatchResult {
  start: number;
  reports: FileReport[];
  secrets: (readonly string[])[];
  /** Each report's connections (client-id-reuse), likewise beside it. */
  connections: (readonly RunConnection[])[];
}

/** The worker thread's file, beside the module that starts it (build/src/parallel/ or a bundle's folder). */
export const workerEntry = 'lint-worker/index.js';
