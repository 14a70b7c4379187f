export const id = 375;
export const ids = [375];
export const modules = {

/***/ 7375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fixSource: () => (/* binding */ fixSource)
/* harmony export */ });
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6274);

/** ESLint's limit: fixes can enable other fixes, but never loop forever. */
const maxPasses = 10;
/** Applies non-overlapping fixes in order; an overlapping one waits for the next pass. */
function applyFixes(text, fixes) {
    const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    let output = '';
    let cursor = 0;
    let applied = 0;
    for (const fix of sorted) {
        if (fix.range[0] < cursor)
            continue;
        output += text.slice(cursor, fix.range[0]) + fix.text;
        cursor = fix.range[1];
        applied++;
    }
    return { text: output + text.slice(cursor), applied };
}
/**
 * Lints and fixes text until no fix applies. Text that does not parse is never changed: a fix is only safe where
 * the file's structure is known. Fix ranges are offsets into the text without its BOM, as lintSource reads it, so a
 * leading BOM is set aside while fixing and kept in the output.
 */
function fixSource(filePath, text, options) {
    const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    const original = text.slice(bom.length);
    let output = original;
    const initialReport = (0,_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .lintSource */ .n)(filePath, output, options);
    let report = initialReport;
    for (let pass = 0; pass < maxPasses && report.fatalErrorCount === 0; pass++) {
        const fixes = report.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
        if (fixes.length === 0)
            break;
        const next = applyFixes(output, fixes);
        const candidate = (0,_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .lintSource */ .n)(filePath, next.text, options);
        if (candidate.fatalErrorCount > 0)
            break; // a fix that breaks the YAML is dropped, never written
        output = next.text;
        report = candidate;
    }
    return { output: bom + output, changed: output !== original, report, initialReport };
}


/***/ })

};
