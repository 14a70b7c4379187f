export const id = 307;
export const ids = [307,7];
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

/***/ 4307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatJsonWithMetadata: () => (/* binding */ formatJsonWithMetadata)
});

// EXTERNAL MODULE: ./build/src/formatters/escape.js
var formatters_escape = __webpack_require__(4738);
;// CONCATENATED MODULE: ./build/src/formatters/eslint-rule-meta.js
function toEslintRuleMeta(rule) {
    return {
        type: rule.defaultSeverity === 'error' ? 'problem' : 'suggestion',
        docs: { description: rule.description, url: rule.docsUrl },
        ...(rule.fixable ? { fixable: 'code' } : {}),
    };
}
/**
 * ESLint's `rulesMeta` (as `getRulesMetaForResults` gives it): the metadata of every rule that reported or had
 * a silenced finding, keyed by rule ID, in the order the rules first appear.
 */
function eslintRulesMeta(ruleIds, rules) {
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    const metas = {};
    for (const ruleId of ruleIds) {
        const rule = ruleId === null ? undefined : byId.get(ruleId);
        if (rule && !Object.hasOwn(metas, rule.id))
            metas[rule.id] = toEslintRuleMeta(rule);
    }
    return metas;
}
/** The rule IDs of every finding and silenced finding of the reports. */
function* reportedRuleIds(reports) {
    for (const report of reports)
        for (const finding of [...report.findings, ...report.suppressed])
            yield finding.ruleId;
}

// EXTERNAL MODULE: ./build/src/formatters/json.js
var json = __webpack_require__(5007);
;// CONCATENATED MODULE: ./build/src/formatters/json-with-metadata.js



/** ESLint's `json-with-metadata`: `{ results, metadata: { cwd, rulesMeta } }`, results as `--format json` prints them. */
const formatJsonWithMetadata = (reports, context) => {
    const metadata = { cwd: context.cwd, rulesMeta: eslintRulesMeta(reportedRuleIds(reports), context.rules) };
    return `${(0,formatters_escape/* escapeJsonControls */.Ee)(JSON.stringify({ results: (0,json.toJsonResults)(reports), metadata }))}\n`;
};


/***/ }),

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
