export const id = 7;
export const ids = [7];
export const modules = {

/***/ 5007:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatJson: () => (/* binding */ formatJson),
/* harmony export */   toJsonResults: () => (/* binding */ toJsonResults)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4738);

const toMessage = (finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity === 'error' ? 2 : 1,
    ...(finding.fatal ? { fatal: true } : {}),
    message: finding.message,
    line: finding.line,
    column: finding.column,
    nodeType: null,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    ...(finding.fix ? { fix: finding.fix } : {}),
});
/**
 * ESLint's JSON formatter shape, so tools built for ESLint output can read it. `source` is the pipeline's
 * secret-free text (every secret character starred out), present as in ESLint when the file has findings.
 */
const formatJson = (reports) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeJsonControls */ .Ee)(JSON.stringify(toJsonResults(reports))) + '\n';
/** The results as ESLint's JSON formatter prints them; also the API's results. */
const toJsonResults = (reports) => reports.map((report) => ({
    filePath: report.filePath,
    messages: report.findings.map(toMessage),
    suppressedMessages: report.suppressed.map((finding) => ({
        ...toMessage(finding),
        suppressions: [{ kind: 'directive', justification: finding.justification }],
    })),
    errorCount: report.errorCount,
    fatalErrorCount: report.fatalErrorCount,
    warningCount: report.warningCount,
    fixableErrorCount: report.fixableErrorCount,
    fixableWarningCount: report.fixableWarningCount,
    ...(report.source !== undefined ? { source: report.source } : {}),
    usedDeprecatedRules: [],
}));


/***/ })

};
