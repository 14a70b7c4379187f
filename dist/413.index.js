export const id = 413;
export const ids = [413];
export const modules = {

/***/ 1413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startLintWorkers: () => (/* binding */ startLintWorkers)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./build/src/lint-files.js
var lint_files = __webpack_require__(6846);
// EXTERNAL MODULE: ./build/src/model/redaction.js
var redaction = __webpack_require__(7478);
;// CONCATENATED MODULE: ./build/src/parallel/protocol.js
/** The worker thread's file, beside the module that starts it (build/src/parallel/ or a bundle's folder). */
const workerEntry = 'lint-worker/index.js';
/** Batches of target indexes, [start, end), each claimed from the shared counter as the thread gets to it, until none remain. */
function* claimedBatches(claims, batchSize, targetCount) {
    for (let start = Atomics.add(claims, 0, batchSize); start < targetCount; start = Atomics.add(claims, 0, batchSize)) {
        yield [start, Math.min(targetCount, start + batchSize)];
    }
}

// EXTERNAL MODULE: ./build/src/parallel/young-generation.js + 1 modules
var young_generation = __webpack_require__(8409);
;// CONCATENATED MODULE: ./build/src/parallel/lint-in-workers.js





/** Files per claim: small, so that the threads finish within a few files of each other; large enough that messages are few. */
const batchSize = 16;
/** A worker's young generation, capped as the main thread's is (young-generation.ts): its reports are sent off. */
const workerYoungGenerationMb = 24;
function startLintWorkers(count) {
    // A variable, not a literal, so the bundler leaves the URL alone: the worker is bundled beside this module.
    const entry = new URL(workerEntry, import.meta.url);
    const workers = Array.from({ length: count }, () => {
        const worker = new external_node_worker_threads_.Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb } });
        const ended = new Promise((resolve) => {
            worker.once('error', (error) => {
                if (process.env.BC_LINT_DEBUG)
                    process.stderr.write(`bc-lint: a lint worker failed (${error.message}); the main thread lints its files\n`);
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
            const results = new Array(targets.length);
            const claims = new SharedArrayBuffer(4);
            const job = { targets, options, claims, batchSize };
            const finished = workers.map((started) => collect(started, job, results));
            const counter = new Int32Array(claims);
            for (const [start, end] of claimedBatches(counter, batchSize, targets.length)) {
                for (let index = start; index < end; index++)
                    results[index] = (0,lint_files/* lintFile */.A)(targets[index], options, undefined, undefined);
                (0,young_generation/* capYoungGeneration */.H)();
            }
            await Promise.all(finished);
            // Gone before the report is formatted, the run's peak of memory.
            await Promise.all(workers.map(({ worker }) => worker.terminate()));
            // A worker that failed (it could not start, or stopped) left its claims undone: this thread lints them, so a
            // run never depends on a worker.
            return results.map((result, index) => result ?? (0,lint_files/* lintFile */.A)(targets[index], options, undefined, undefined));
        },
    };
}
/** Sends the job to a worker and puts each of its reports at its target's index; resolves when it is done or gone. */
function collect({ worker, ended }, job, results) {
    const done = new Promise((resolve) => {
        worker.on('message', (message) => {
            if ('done' in message)
                return resolve();
            const { start, reports, secrets, connections } = message;
            reports.forEach((report, i) => {
                (0,redaction/* attachSecrets */.vv)(report, secrets[i]);
                results[start + i] = { report, connections: connections[i] };
            });
        });
    });
    worker.postMessage(job);
    return Promise.race([done, ended]);
}


/***/ })

};
