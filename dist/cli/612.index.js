export const id = 612;
export const ids = [612];
export const modules = {

/***/ 4612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRulesCommand: () => (/* binding */ runRulesCommand)
/* harmony export */ });
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9242);

/** `bc-lint rules`: every rule with its default severity, whether it is fixable, and what it reports. */
function runRulesCommand() {
    const width = Math.max(..._rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .allRuleMetas */ .M1.map((meta) => meta.id.length));
    const rows = _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .allRuleMetas */ .M1.map((meta) => `${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.fixable ? 'fixable' : '       '}  ${meta.description}`);
    process.stdout.write(`${'rule'.padEnd(width)}  default  fix      description\n${rows.join('\n')}\n`);
    return 0;
}


/***/ })

};
