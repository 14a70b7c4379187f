export const id = 774;
export const ids = [774];
export const modules = {

/***/ 5774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   escapeData: () => (/* reexport safe */ _escape_js__WEBPACK_IMPORTED_MODULE_0__.V9),
/* harmony export */   escapeProperty: () => (/* reexport safe */ _escape_js__WEBPACK_IMPORTED_MODULE_0__.YG),
/* harmony export */   formatGithub: () => (/* binding */ formatGithub),
/* harmony export */   toAnnotations: () => (/* binding */ toAnnotations),
/* harmony export */   unreadableFileTitle: () => (/* binding */ unreadableFileTitle),
/* harmony export */   workflowCommand: () => (/* binding */ workflowCommand)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4738);
/* harmony import */ var _relative_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7541);


/** Title of an annotation whose finding has no rule: a file that could not be read. */
const unreadableFileTitle = 'bc-lint';
/**
 * Every finding as an annotation, in report order, paths relative to root. Message and title show control
 * characters as visible escapes (the runner echoes them into the log); see annotationFileName for the file.
 */
function toAnnotations(reports, root) {
    return reports.flatMap((report) => report.findings.map((finding) => ({
        kind: finding.severity,
        message: (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLogText */ .dD)(finding.message),
        title: (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLogText */ .dD)(finding.ruleId ?? unreadableFileTitle),
        file: (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationFileName */ .P1)((0,_relative_path_js__WEBPACK_IMPORTED_MODULE_1__/* .repoRelativePath */ .e)(report.filePath, root)),
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
    const written = properties.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCommandProperty */ .YG)(String(value))}`);
    return `::${annotation.kind} ${written.join(',')}::${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCommandData */ .V9)(annotation.message)}`;
}
/** Workflow commands that GitHub Actions turns into annotations, for `npx bc-lint` run in a step. */
const formatGithub = (reports, context) => toAnnotations(reports, context.cwd)
    .map((annotation) => `${workflowCommand(annotation)}\n`)
    .join('');


/***/ }),

/***/ 7541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ repoRelativePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/**
 * A file's path relative to root with forward slashes, as GitHub annotations and SARIF expect.
 * A file outside root keeps its absolute path.
 */
function repoRelativePath(file, root) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, file);
    const outside = relative === '' || relative === '..' || relative.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative);
    return (outside ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root, file) : relative).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ })

};
