export const id = 225;
export const ids = [225];
export const modules = {

/***/ 2225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   helpText: () => (/* binding */ helpText)
/* harmony export */ });
/* harmony import */ var _command_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4816);

const column = 26;
/** A help row: the label, then the text in a column; the text's further lines (and a long label's text) below it. */
function row(indent, label, text) {
    const [first = '', ...rest] = text.split('\n');
    const head = `${indent}${label}`;
    const lines = head.length < column - 1 ? [`${head.padEnd(column)}${first}`] : [head, ...(first ? [`${' '.repeat(column)}${first}`] : [])];
    return [...lines, ...rest.map((line) => `${' '.repeat(column)}${line}`)];
}
function optionRow(indent, option) {
    const names = `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value}` : ''}`;
    return row(indent, names, option.description);
}
/** The help text, generated from the command table. */
function helpText() {
    const [lint, ...others] = _command_table_js__WEBPACK_IMPORTED_MODULE_0__/* .commands */ .Pi;
    const named = others.filter((command) => !command.selectedBy);
    const usage = _command_table_js__WEBPACK_IMPORTED_MODULE_0__/* .commands */ .Pi.map((command, index) => `${index === 0 ? 'Usage:' : '      '} bc-lint ${command.usage}`);
    return [
        ...usage,
        '',
        lint.summary,
        '',
        'Options:',
        ...[...lint.options, _command_table_js__WEBPACK_IMPORTED_MODULE_0__/* .helpOption */ .hP, _command_table_js__WEBPACK_IMPORTED_MODULE_0__/* .versionOption */ .CN].flatMap((option) => optionRow('  ', option)),
        '',
        'Commands:',
        ...named.flatMap((command) => [
            ...row('  ', command.usage.replace(/ ?\[--[^\]]*\]/g, ''), command.summary),
            ...command.options.flatMap((option) => optionRow('    ', option)),
        ]),
        '',
        'Exit codes: 0 no errors, 1 errors or too many warnings, 2 bad usage or internal failure.',
        '',
    ].join('\n');
}


/***/ })

};
