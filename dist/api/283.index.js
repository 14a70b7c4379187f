export const id = 283;
export const ids = [283];
export const modules = {

/***/ 1283:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatStylish: () => (/* binding */ formatStylish)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4738);


const codes = { red: [31, 39], yellow: [33, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] };
function painter(enabled) {
    return (style, text) => (enabled ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text);
}
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** ESLint's stylish layout: findings grouped by file, then a summary line. */
const formatStylish = (reports, context) => {
    const paint = painter(context.color);
    const lines = [];
    let errors = 0;
    let warnings = 0;
    let fixableErrors = 0;
    let fixableWarnings = 0;
    const rulesSeen = new Set();
    for (const report of reports) {
        if (report.findings.length === 0)
            continue;
        errors += report.errorCount;
        warnings += report.warningCount;
        fixableErrors += report.fixableErrorCount;
        fixableWarnings += report.fixableWarningCount;
        // Names and messages may hold control characters or workflow-command text: shown escaped, never acted on.
        lines.push(paint('underline', (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogLine */ ._P)(node_path__WEBPACK_IMPORTED_MODULE_0__.relative(context.cwd, report.filePath) || report.filePath)));
        const rows = report.findings.map((finding) => ({
            position: `${finding.line}:${finding.column}`,
            severity: finding.severity,
            message: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogText */ .dD)(finding.message),
            ruleId: finding.ruleId ?? '',
        }));
        const positionWidth = Math.max(...rows.map((row) => row.position.length));
        for (const finding of report.findings)
            if (finding.ruleId)
                rulesSeen.add(finding.ruleId);
        for (const row of rows) {
            const severity = row.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
            lines.push(`  ${paint('dim', row.position.padEnd(positionWidth))}  ${severity}  ${row.message}  ${paint('dim', row.ruleId)}`);
        }
        lines.push('');
    }
    const total = errors + warnings;
    if (total === 0)
        return '';
    const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    lines.push(paint('bold', errors > 0 ? paint('red', summary) : paint('yellow', summary)));
    if (fixableErrors + fixableWarnings > 0) {
        lines.push(paint('bold', `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`));
    }
    const docsUrls = new Map(context.rules.map((rule) => [rule.id, rule.docsUrl]));
    const documented = [...rulesSeen].filter((id) => docsUrls.has(id)).sort();
    const ruleWidth = Math.max(0, ...documented.map((id) => id.length));
    lines.push('', 'Rule docs:', ...documented.map((id) => `  ${id.padEnd(ruleWidth)}  ${paint('dim', docsUrls.get(id))}`));
    return lines.join('\n') + '\n';
};


/***/ })

};
