import { enableWorkers, lintFilesHere, workerArgument, type WorkerRequest } from './lint-files.js';

/**
 * Bundle entries (CLI, Action) call this first. In a lint worker it does the worker's share and returns true;
 * in the main thread it lets lintFiles start workers running the same script, and returns false.
 */
export async function runAsLintWorker(entryScript: string): Promise<boolean> {
  if (process.argv.includes(workerArgument)) {
    const { isMainThread, parentPort, workerData } = await import('node:worker_threads');
    const request = workerData as WorkerRequest | undefined;
    if (!isMainThread && request?.bcLintWorker) {
      parentPort!.postMessage(await lintFilesHere(request.files, request.options, request.fixMode));
      return true;
    }
  }
  enableWorkers(entryScript);
  return false;
}
