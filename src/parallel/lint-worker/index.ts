// A worker thread of lintInWorkers: lints the batches the main thread sends, one at a time.
import '../../cli/compile-cache.js';
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, loadFixer } from '../../lint-files.js';
import { secretsOf } from '../../model/redaction.js';
import type { BatchRequest, BatchResult, WorkerSetup } from '../protocol.js';

const { options, fixMode } = workerData as WorkerSetup;
const fixer = fixMode ? await loadFixer() : undefined;
const port = parentPort!;

port.on('message', ({ start, targets }: BatchRequest) => {
  const reports = targets.map((target) => lintFile(target, options, fixMode, fixer));
  const result: BatchResult = { start, reports, secrets: reports.map((report) => secretsOf(report) ?? []) };
  port.postMessage(result);
});
