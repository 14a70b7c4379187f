// A worker thread of lintInWorkers: claims batches of the run's targets and lints them until none remain.
import '../../startup/compile-cache.js';
import { parentPort } from 'node:worker_threads';
import { lintFile } from '../../lint-files.js';
import { secretsOf } from '../../model/redaction.js';
import { claimedBatches, type BatchResult, type JobDone, type LintJob } from '../protocol.js';

const port = parentPort!;

port.once('message', ({ targets, options, claims, batchSize }: LintJob) => {
  const counter = new Int32Array(claims);

  for (const [start, end] of claimedBatches(counter, batchSize, targets.length)) {
    const linted = targets.slice(start, end).map((target) => lintFile(target, options, undefined, undefined));
    const reports = linted.map((file) => file.report);
    const result: BatchResult = {
      start,
      reports,
      secrets: reports.map((report) => secretsOf(report) ?? []),
      connections: linted.map((file) => file.connections),
    };
    port.postMessage(result);
  }
  port.postMessage({ done: true } satisfies JobDone);
});
