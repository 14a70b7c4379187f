export const id = 823;
export const ids = [823];
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

/***/ 6823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  escapeData: () => (/* reexport */ formatters_escape/* escapeCommandData */.V9),
  escapeProperty: () => (/* reexport */ formatters_escape/* escapeCommandProperty */.YG),
  formatGithub: () => (/* binding */ formatGithub),
  toAnnotations: () => (/* binding */ toAnnotations),
  unreadableFileTitle: () => (/* binding */ unreadableFileTitle),
  workflowCommand: () => (/* binding */ workflowCommand)
});

// EXTERNAL MODULE: ./build/src/formatters/escape.js
var formatters_escape = __webpack_require__(4738);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/src/formatters/relative-path.js

/**
 * A file's path relative to root with forward slashes, as GitHub annotations and SARIF expect.
 * A file outside root keeps its absolute path.
 */
function repoRelativePath(file, root) {
    const relative = external_node_path_.relative(root, file);
    const outside = relative === '' || relative === '..' || relative.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(relative);
    return (outside ? external_node_path_.resolve(root, file) : relative).split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./build/src/formatters/github.js


/** Title of an annotation whose finding has no rule: a file that could not be read. */
const unreadableFileTitle = 'bc-lint';
/**
 * Every finding as an annotation, in report order, paths relative to root. Message and title show control
 * characters as visible escapes (the runner echoes them into the log); see annotationFileName for the file.
 */
function toAnnotations(reports, root) {
    return reports.flatMap((report) => report.findings.map((finding) => ({
        kind: finding.severity,
        message: (0,formatters_escape/* escapeLogText */.dD)(finding.message),
        title: (0,formatters_escape/* escapeLogText */.dD)(finding.ruleId ?? unreadableFileTitle),
        file: (0,formatters_escape/* annotationFileName */.P1)(repoRelativePath(report.filePath, root)),
        startLine: finding.line,
        endLine: finding.endLine,
        ...(finding.line === finding.endLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
    })));
}
// Escaping as @actions/core's command.ts does it, so a message or path cannot end or split the command.

/** `::error file=...,line=...,endLine=...,col=...,endColumn=...,title=RULE::message` */
function workflowCommand(annotation) {
    const properties = [
        ['file', annotation.file],
        ['line', annotation.startLine],
        ['endLine', annotation.endLine],
        ['col', annotation.startColumn],
        ['endColumn', annotation.endColumn],
        ['title', annotation.title],
    ];
    const written = properties.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${(0,formatters_escape/* escapeCommandProperty */.YG)(String(value))}`);
    return `::${annotation.kind} ${written.join(',')}::${(0,formatters_escape/* escapeCommandData */.V9)(annotation.message)}`;
}
/** Workflow commands that GitHub Actions turns into annotations, for `npx bc-lint` run in a step. */
const formatGithub = (reports, context) => toAnnotations(reports, context.cwd)
    .map((annotation) => `${workflowCommand(annotation)}\n`)
    .join('');


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
