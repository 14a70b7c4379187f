export const id = 464;
export const ids = [464];
export const modules = {

/***/ 2464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatJsonWithMetadata: () => (/* binding */ formatJsonWithMetadata)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4738);
/* harmony import */ var _eslint_rule_meta_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4997);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5007);



/** ESLint's `json-with-metadata`: `{ results, metadata: { cwd, rulesMeta } }`, results as `--format json` prints them. */
const formatJsonWithMetadata = (reports, context) => {
    const metadata = { cwd: context.cwd, rulesMeta: (0,_eslint_rule_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .eslintRulesMeta */ .y)((0,_eslint_rule_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .reportedRuleIds */ .f)(reports), context.rules) };
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeJsonControls */ .Ee)(JSON.stringify({ results: (0,_json_js__WEBPACK_IMPORTED_MODULE_1__.toJsonResults)(reports), metadata }))}\n`;
};


/***/ })

};
