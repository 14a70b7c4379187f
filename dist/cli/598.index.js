export const id = 598;
export const ids = [598];
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

/***/ 3598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatGitlab: () => (/* binding */ formatGitlab),
/* harmony export */   toGitlabIssues: () => (/* binding */ toGitlabIssues),
/* harmony export */   unreadableFileCheckName: () => (/* binding */ unreadableFileCheckName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4738);
/* harmony import */ var _line_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5334);
/* harmony import */ var _report_location_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6979);




// GitLab's Code Quality report (docs.gitlab.com: "Code Quality", "Import code quality results from a CI/CD job"):
// a JSON array of issues that GitLab shows in merge requests and compares between branches by fingerprint.
/** check_name of a file that could not be read (a finding without a rule). */
const unreadableFileCheckName = 'unreadable-file';
function severityOf(finding, securityRules) {
    if (finding.severity === 'warning')
        return 'minor';
    return finding.ruleId !== null && securityRules.has(finding.ruleId) ? 'critical' : 'major';
}
/** Relative to the repository root, as GitLab shows files; else to cwd; undefined when outside both. */
function gitlabPath(file, context) {
    const inRepository = context.repositoryRoot === undefined ? undefined : (0,_report_location_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeInside */ .J)(file, context.repositoryRoot);
    return inRepository ?? (0,_report_location_js__WEBPACK_IMPORTED_MODULE_3__/* .locateFile */ .p)(file, context)?.path;
}
/**
 * The issues in report order. Fingerprints hash the path with the shared secret-free line fingerprint, so they
 * stay the same across runs and when lines move, and no secret can be recovered from them. Files outside the
 * repository and the working folder are left out: GitLab could not show them.
 */
function toGitlabIssues(reports, context) {
    const securityRules = new Set(context.rules.filter((rule) => rule.security).map((rule) => rule.id));
    return reports.flatMap((report) => {
        const filePath = gitlabPath(report.filePath, context);
        if (filePath === undefined)
            return [];
        const lineHash = (0,_line_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .lineFingerprints */ .E)(report);
        return report.findings.map((finding) => ({
            description: finding.message,
            check_name: finding.ruleId ?? unreadableFileCheckName,
            fingerprint: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                .update(`${filePath}\0${lineHash(finding)}`)
                .digest('hex'),
            severity: severityOf(finding, securityRules),
            location: { path: filePath, lines: { begin: finding.line } },
        }));
    });
}
const formatGitlab = (reports, context) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeJsonControls */ .Ee)(JSON.stringify(toGitlabIssues(reports, context), null, 2))}\n`;


/***/ }),

/***/ 5334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ lineFingerprints)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/**
 * A stable, secret-free fingerprint for each finding of a file, shared by SARIF's primaryLocationLineHash and
 * GitLab's fingerprint, in the spirit of GitHub's own: a hash of the rule ID and the finding's line with white
 * space removed, plus the count of earlier identical hashes in the file (`<16 hex>:<occurrence>`). Lines come from
 * the report's secret-free source (secrets starred out by the pipeline), never from the file again, so a short
 * secret (a PIN) cannot be recovered by brute force; a run of stars counts as one, so not even its length shows.
 * A line the pipeline could not clean for certain (after a secret key in a document that failed to parse), or a
 * report without source, is hashed by line number only. Findings must be passed in report order.
 */
function lineFingerprints(report) {
    const lines = report.source?.split('\n');
    const unredactable = report.unredactableLines ?? [];
    const seen = new Map();
    return (finding) => {
        const line = lines?.[finding.line - 1];
        const content = line === undefined || isWithin(finding.line, unredactable) ? `line ${finding.line}` : `text ${line.replace(/\s+/g, '').replace(/\*+/g, '*')}`;
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${finding.ruleId}\0${content}`).digest('hex').slice(0, 16);
        const occurrence = (seen.get(digest) ?? 0) + 1;
        seen.set(digest, occurrence);
        return `${digest}:${occurrence}`;
    };
}
/** Whether line lies in one of the ranges (sorted by start, as the pipeline lists them). */
function isWithin(line, ranges) {
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const [start, end] = ranges[mid];
        if (line < start)
            high = mid - 1;
        else if (line > end)
            low = mid + 1;
        else
            return true;
    }
    return false;
}


/***/ }),

/***/ 6979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ relativeInside),
/* harmony export */   p: () => (/* binding */ locateFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/**
 * Relative to cwd when the file is inside it; else relative to the repository root when it is inside that;
 * else undefined, since a code-scanning or merge-request view cannot show a file outside the repository.
 */
function locateFile(file, context) {
    const inCwd = relativeInside(file, context.cwd);
    if (inCwd !== undefined)
        return { base: 'cwd', path: inCwd };
    const inRepository = context.repositoryRoot === undefined ? undefined : relativeInside(file, context.repositoryRoot);
    return inRepository === undefined ? undefined : { base: 'repository', path: inRepository };
}
/** file relative to folder with forward slashes, or undefined when it is not inside folder. */
function relativeInside(file, folder) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(folder, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(folder, file));
    const outside = relative === '' || relative === '..' || relative.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative);
    return outside ? undefined : relative.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


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
