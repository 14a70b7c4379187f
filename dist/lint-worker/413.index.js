export const id = 413;
export const ids = [413];
export const modules = {

/***/ 1413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintInWorkers: () => (/* binding */ lintInWorkers)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./build/src/model/redaction.js
var redaction = __webpack_require__(7478);
;// CONCATENATED MODULE: ./build/src/parallel/protocol.js
/** The worker thread's file, beside the module that starts it (build/src/parallel/ or a bundle's folder). */
const workerEntry = 'lint-worker/index.js';

;// CONCATENATED MODULE: ./build/src/parallel/lint-in-workers.js



/** Files per message: large enough that messaging is cheap, small enough that workers finish together. */
const batchSize = 64;
/**
 * lintFiles across worker threads: each worker takes the next batch when it is done with its last, and every report
 * is put back at its target's index, so the result is the single-threaded one, in the same order. Each report's
 * secret forms come back beside it and are attached again here, for the run's redactor.
 */
async function lintInWorkers(targets, options, workerCount) {
    const results = new Array(targets.length);
    const setup = { options };
    // A variable, not a literal, so the bundler leaves the URL alone: the worker is bundled beside this module.
    const entry = new URL(workerEntry, import.meta.url);
    let next = 0;
    const nextBatch = () => {
        if (next >= targets.length)
            return undefined;
        const start = next;
        next = Math.min(targets.length, start + batchSize);
        return { start, targets: targets.slice(start, next) };
    };
    const workers = [];
    const runWorker = () => new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(entry, { workerData: setup });
        workers.push(worker);
        let done = false;
        const sendOrFinish = () => {
            const batch = nextBatch();
            if (batch)
                return worker.postMessage(batch);
            done = true;
            void worker.terminate().then(() => resolve(), reject);
        };
        worker.on('message', ({ start, reports: batchReports, secrets, connections }) => {
            batchReports.forEach((report, i) => {
                (0,redaction/* attachSecrets */.vv)(report, secrets[i]);
                results[start + i] = { report, connections: connections[i] };
            });
            sendOrFinish();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
            if (!done)
                reject(new Error(`a lint worker thread stopped early (exit code ${code})`));
        });
        // Messages wait in the worker's queue while it starts.
        sendOrFinish();
    });
    try {
        await Promise.all(Array.from({ length: workerCount }, runWorker));
    }
    catch (error) {
        await Promise.all(workers.map((worker) => worker.terminate()));
        throw error;
    }
    return results;
}


/***/ })

};
