export const id = 823;
export const ids = [823];
export const modules = {

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


/***/ })

};
