export const id = 598;
export const ids = [598];
export const modules = {

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


/***/ })

};
