// A worker thread of lintInWorkers: lints the batches the main thread sends, one at a time.
import '../../startup/compile-cache.js';
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile } from '../../lint-files.js';
import { secretsOf } from '../../model/redaction.js';
import type { BatchRequest, BatchResult, WorkerSetup } from '../protocol.js';

const { options } = workerData as WorkerSetup;
const port = parentPort!;

port.on('message', ({ start, targets }: BatchRequest) => {
  const linted = targets.map((target) => lintFile(target, options, undefined, undefined));
  const reports = linted.map((file) => file.report);
  const result: BatchResult = {
    start,
    reports,
    secrets: reports.map((report) => secretsOf(report) ?? []),
    connections: linted.map((file) => file.connections),
  };
  port.postMessage(result);
});
