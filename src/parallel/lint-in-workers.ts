import { Worker } from 'node:worker_threads';
import type { LintTarget } from '../files/discover.js';
import type { LintedFile } from '../lint-files.js';
import type { LintOptions } from '../lint.js';
import { attachSecrets } from '../model/redaction.js';
import { workerEntry, type BatchRequest, type BatchResult, type WorkerSetup } from './protocol.js';

/** Files per message: large enough that messaging is cheap, small enough that workers finish together. */
const batchSize = 64;

/**
 * lintFiles across worker threads: each worker takes the next batch when it is done with its last, and every report
 * is put back at its target's index, so the result is the single-threaded one, in the same order. Each report's
 * secret forms come back beside it and are attached again here, for the run's redactor.
 */
export async function lintInWorkers(targets: readonly LintTarget[], options: LintOptions, workerCount: number): Promise<LintedFile[]> {
  const results = new Array<LintedFile>(targets.length);
  const setup: WorkerSetup = { options };
  // A variable, not a literal, so the bundler leaves the URL alone: the worker is bundled beside this module.
  const entry = new URL(workerEntry, import.meta.url);
  let next = 0;
  const nextBatch = (): BatchRequest | undefined => {
    if (next >= targets.length) return undefined;
    const start = next;
    next = Math.min(targets.length, start + batchSize);
    return { start, targets: targets.slice(start, next) };
  };
  const workers: Worker[] = [];
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(entry, { workerData: setup });
      workers.push(worker);
      let done = false;
      const sendOrFinish = () => {
        const batch = nextBatch();
        if (batch) return worker.postMessage(batch);
        done = true;
        void worker.terminate().then(() => resolve(), reject);
      };
      worker.on('message', ({ start, reports: batchReports, secrets, connections }: BatchResult) => {
        batchReports.forEach((report, i) => {
          attachSecrets(report, secrets[i]!);
          results[start + i] = { report, connections: connections[i]! };
        });
        sendOrFinish();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (!done) reject(new Error(`a lint worker thread stopped early (exit code ${code})`));
      });
      // Messages wait in the worker's queue while it starts.
      sendOrFinish();
    });
  try {
    await Promise.all(Array.from({ length: workerCount }, runWorker));
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  }
  return results;
}
