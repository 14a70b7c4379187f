export const id = 283;
export const ids = [283];
export const modules = {

/***/ 4738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ escapeJsonControls),
/* harmony export */   P1: () => (/* binding */ annotationFileName),
/* harmony export */   V9: () => (/* binding */ escapeCommandData),
/* harmony export */   YG: () => (/* binding */ escapeCommandProperty),
/* harmony export */   _P: () => (/* binding */ escapeLogLine),
/* harmony export */   dD: () => (/* binding */ escapeLogText),
/* harmony export */   f$: () => (/* reexport safe */ _model_display_js__WEBPACK_IMPORTED_MODULE_0__.f$)
/* harmony export */ });
/* unused harmony export escapeHtml */
/* harmony import */ var _model_display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9529);
/**
 * Escaping for every place bc-lint prints text it did not write itself (file names, quoted keys and values):
 * terminals, GitHub Actions logs and workflow commands, and the HTML of the job summary. Output stays inert:
 * such text can never move the cursor, recolour the screen, start a workflow command or break a table.
 */


/** The same without C0, which JSON.stringify escapes inside strings and uses as layout outside them. */
const controlCharactersJsonLeavesRaw = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * A file name for an annotation's `file` property: line breaks kept, since the property escaping makes them
 * inert and the runner restores them, so the annotation still lands on the file; other control characters
 * visible, as no escaping the runner undoes can carry them.
 */
function annotationFileName(name) {
    return name.replace(_model_display_js__WEBPACK_IMPORTED_MODULE_0__/* .controlCharacters */ .Qi, (character) => (character === '\n' || character === '\r' ? character : (0,_model_display_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleEscape */ .cE)(character)));
}
/**
 * Text inside a terminal or Actions log line: control characters visible, and no `##[`, which the runner
 * reads as a legacy workflow command anywhere in a line (`##[stop-commands]` would silence every later one).
 */
function escapeLogText(text) {
    return (0,_model_display_js__WEBPACK_IMPORTED_MODULE_0__/* .showControlCharacters */ .f$)(text).replace(/##\[/g, '#\\x23[');
}
/** Text that starts a log line: also never `::`, which the runner reads as a workflow command. */
function escapeLogLine(text) {
    return escapeLogText(text).replace(/^(\s*):/, '$1\\x3a');
}
// The runner's own escaping (as @actions/core's command.ts), for the data and properties of a workflow
// command: reversible, so an annotation's file property still names the exact file.
function escapeCommandData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeCommandProperty(value) {
    return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Serialized JSON with the control characters JSON.stringify leaves raw (DEL, C1, bidi, line separators) as
 * `\uXXXX` escapes: the same JSON value, but inert when printed to a terminal. They only occur inside strings.
 */
function escapeJsonControls(json) {
    return json.replace(controlCharactersJsonLeavesRaw, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Text inside the job summary's HTML: markup characters as entities, and control characters visible, so a
 * blank line in a name cannot end the HTML block and turn the rest into Markdown.
 */
function escapeHtml(text) {
    return showControlCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}


/***/ }),

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


/***/ }),

/***/ 9529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pg: () => (/* binding */ codeName),
/* harmony export */   Qi: () => (/* binding */ controlCharacters),
/* harmony export */   cE: () => (/* binding */ visibleEscape),
/* harmony export */   f$: () => (/* binding */ showControlCharacters)
/* harmony export */ });
/**
 * Characters a terminal or log viewer acts on: C0 (tab and newline included), DEL, C1 (8-bit CSI, OSC...),
 * the Unicode line and paragraph separators, and bidirectional controls that reorder what a reader sees.
 */
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const namedEscapes = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visibleEscape(character) {
    const named = namedEscapes[character];
    if (named)
        return named;
    const code = character.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Control characters as visible escapes (`\x1b`, `\n`, `\u202e`); everything else unchanged. */
function showControlCharacters(text) {
    return text.replace(controlCharacters, visibleEscape);
}
/** Longest name a message quotes in full; a longer key is cut (a hostile file may hold a multi-megabyte key). */
const maxShownLength = 40;
/**
 * A key name as a message quotes it: a Markdown code span, backticks replaced, cut to 40 characters. Control
 * characters stay as they are: each output escapes them for its medium (formatters/escape.ts). Only for names
 * (keys, paths): values are never quoted.
 */
function codeName(name) {
    const cut = name.length > maxShownLength ? `${name.slice(0, maxShownLength)}...` : name;
    return `\`${showControlCharacters(cut).replace(/`/g, "'")}\``;
}


/***/ })

};
