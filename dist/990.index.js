export const id = 990;
export const ids = [990];
export const modules = {

/***/ 7990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLintCommand: () => (/* binding */ runLintCommand),
/* harmony export */   useColor: () => (/* binding */ useColor)
/* harmony export */ });
/* harmony import */ var _formatters_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9005);
/* harmony import */ var _files_discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4162);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8806);
/* harmony import */ var _model_dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2190);




/** `bc-lint [paths]`: lint, print in the chosen format, and return the exit code. */
async function runLintCommand(options) {
    const cwd = process.cwd();
    const { reports } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runLint */ .n)({
        cwd,
        targets: options.targets,
        configPath: options.config,
        today: options.today ?? (0,_model_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .localToday */ .j)(),
        fix: options.fix,
        reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    });
    if (reports.length === 0) {
        throw new _files_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .TargetNotFoundError */ .n_(`no connection files found below ${cwd} (looked for bigcommerce.connection.yaml and *.bigcommerce.connection.yaml)`);
    }
    const shown = options.quiet
        ? reports.map((report) => ({ ...report, findings: report.findings.filter((f) => f.severity === 'error'), warningCount: 0, fixableWarningCount: 0 }))
        : reports;
    const format = await _formatters_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatterLoaders */ .B[options.format]();
    process.stdout.write(format(shown, { cwd, color: useColor(options) }));
    const errors = shown.reduce((sum, report) => sum + report.errorCount, 0);
    const warnings = shown.reduce((sum, report) => sum + report.warningCount, 0);
    if (errors > 0)
        return 1;
    if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
        process.stderr.write(`bc-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
        return 1;
    }
    return 0;
}
function useColor(options) {
    if (options.color !== undefined)
        return options.color;
    // As Node's own colour detection: FORCE_COLOR decides when set ('', 1, 2, 3 or true: on; 0, false or else: off).
    const force = process.env.FORCE_COLOR;
    if (force !== undefined)
        return ['', '1', '2', '3', 'true'].includes(force);
    if (process.env.NO_COLOR)
        return false;
    return process.stdout.isTTY === true;
}


/***/ })

};
