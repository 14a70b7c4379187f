export const id = 872;
export const ids = [872];
export const modules = {

/***/ 5872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startLintWorkers: () => (/* binding */ startLintWorkers)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _lint_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2184);
/* harmony import */ var _model_redaction_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7478);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9385);
/* harmony import */ var _young_generation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8409);





/** Files per claim: small, so that the threads finish within a few files of each other; large enough that messages are few. */
const batchSize = 16;
/** A worker's young generation, capped as the main thread's is (young-generation.ts): its reports are sent off. */
const workerYoungGenerationMb = 24;
function startLintWorkers(count) {
    // A variable, not a literal, so the bundler leaves the URL alone: the worker is bundled beside this module.
    const entry = new URL(_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .workerEntry */ .x, import.meta.url);
    const workers = Array.from({ length: count }, () => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb } });
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
            for (const [start, end] of (0,_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .claimedBatches */ .E)(counter, batchSize, targets.length)) {
                for (let index = start; index < end; index++)
                    results[index] = (0,_lint_files_js__WEBPACK_IMPORTED_MODULE_1__/* .lintFile */ .A)(targets[index], options, undefined, undefined);
                (0,_young_generation_js__WEBPACK_IMPORTED_MODULE_3__/* .capYoungGeneration */ .H)();
            }
            await Promise.all(finished);
            // Gone before the report is formatted, the run's peak of memory.
            await Promise.all(workers.map(({ worker }) => worker.terminate()));
            // A worker that failed (it could not start, or stopped) left its claims undone: this thread lints them, so a
            // run never depends on a worker.
            return results.map((result, index) => result ?? (0,_lint_files_js__WEBPACK_IMPORTED_MODULE_1__/* .lintFile */ .A)(targets[index], options, undefined, undefined));
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
                (0,_model_redaction_js__WEBPACK_IMPORTED_MODULE_2__/* .attachSecrets */ .vv)(report, secrets[i]);
                results[start + i] = { report, connections: connections[i] };
            });
        });
    });
    worker.postMessage(job);
    return Promise.race([done, ended]);
}


/***/ })

};
