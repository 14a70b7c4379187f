import { Worker } from 'node:worker_threads';
import type { LintTarget } from '../files/discover.js';
import { lintFile, type LintedFile } from '../lint-files.js';
import type { LintOptions } from '../lint.js';
import { attachSecrets } from '../model/redaction.js';
import { claimedBatches, workerEntry, type BatchResult, type JobDone, type LintJob } from './protocol.js';
import { capYoungGeneration } from './young-generation.js';

/** Files per claim: small, so that the threads finish within a few files of each other; large enough that messages are few. */
const batchSize = 16;

/** A worker's young generation, capped as the main thread's is (young-generation.ts): its reports are sent off. */
const workerYoungGenerationMb = 24;

/** Worker threads that help the main thread lint one run's files: started early, so they load while discovery runs. */
export interface LintWorkers {
  /**
   * Lints every target, each without the files before it (lintFiles re-lints those that need them), on this thread
   * and the workers alike: each claims the next batch from a shared counter. Results come back in target order.
   */
  lint(targets: readonly LintTarget[], options: LintOptions): Promise<LintedFile[]>;
  /** Stops the workers (also when lint was never called: the run had too few files). */
  close(): void;
}

interface StartedWorker {
  worker: Worker;
  /** Resolves when the thread has stopped: done, failed to start, or crashed. */
  ended: Promise<void>;
}

export function startLintWorkers(count: number): LintWorkers {
  // A variable, not a literal, so the bundler leaves the URL alone: the worker is bundled beside this module.
  const entry = new URL(workerEntry, import.meta.url);
  const workers = Array.from({ length: count }, (): StartedWorker => {
    const worker = new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb } });
    const ended = new Promise<void>((resolve) => {
      worker.once('error', (error) => {
        if (process.env.BC_LINT_DEBUG) process.stderr.write(`bc-lint: a lint worker failed (${error.message}); the main thread lints its files\n`);
      });
      worker.once('exit', () => resolve());
    });
    return { worker, ended };
  });
  const close = () => {
    for (const { worker } of workers) {
      worker.unref(); // the process does not wait for a worker to wind down
      void worker.terminate();
    }
  };
  return {
    close,
    async lint(targets, options) {
      const results = new Array<LintedFile | undefined>(targets.length);
      const claims = new SharedArrayBuffer(4);
      const job: LintJob = { targets, options, claims, batchSize };
      const finished = workers.map((started) => collect(started, job, results));
      const counter = new Int32Array(claims);
      for (const [start, end] of claimedBatches(counter, batchSize, targets.length)) {
        for (let index = start; index < end; index++) results[index] = lintFile(targets[index]!, options, undefined, undefined);
        capYoungGeneration();
      }
      await Promise.all(finished);
      // Gone before the report is formatted, the run's peak of memory.
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
      // A worker that failed (it could not start, or stopped) left its claims undone: this thread lints them, so a
      // run never depends on a worker.
      return results.map((result, index) => result ?? lintFile(targets[index]!, options, undefined, undefined));
    },
  };
}

/** Sends the job to a worker and puts each of its reports at its target's index; resolves when it is done or gone. */
function collect({ worker, ended }: StartedWorker, job: LintJob, results: (LintedFile | undefined)[]): Promise<void> {
  const done = new Promise<void>((resolve) => {
    worker.on('message', (message: BatchResult | JobDone) => {
      if ('done' in message) return resolve();
      const { start, reports, secrets, connections } = message;
      reports.forEach((report, i) => {
        attachSecrets(report, secrets[i]!);
        results[start + i] = { report, connections: connections[i]! };
      });
    });
  });
  worker.postMessage(job);
  return Promise.race([done, ended]);
}
