export const id = 764;
export const ids = [764];
export const modules = {

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


/***/ }),

/***/ 764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatSarif: () => (/* binding */ formatSarif),
/* harmony export */   toSarif: () => (/* binding */ toSarif),
/* harmony export */   unreadableFileNotificationId: () => (/* binding */ unreadableFileNotificationId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var _generated_package_info_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9820);
/* harmony import */ var _rules_docs_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9814);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2720);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4738);
/* harmony import */ var _relative_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7541);








// SARIF 2.1.0 for GitHub code scanning (docs.github.com: "SARIF support for code scanning").
// A finding without a rule (a file that could not be read) is not a problem in the file but a failed analysis,
// so it becomes a toolExecutionNotification and marks the invocation unsuccessful; it is not a result.
const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const srcRoot = '%SRCROOT%';
const unreadableFileNotificationId = 'unreadable-file';
/** Plain text for `text` fields: the one-line descriptions use Markdown code spans. */
const plain = (markdown) => markdown.replace(/`/g, '');
const pascalCase = (id) => id.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
function ruleDescriptor(meta) {
    const docsUrl = (0,_rules_docs_url_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleDocsUrl */ .h)(meta.id);
    const isSecretRule = meta.id === 'no-plaintext-secret';
    return {
        id: meta.id,
        name: pascalCase(meta.id),
        shortDescription: { text: plain(meta.description), markdown: meta.description },
        fullDescription: { text: meta.docs },
        helpUri: docsUrl,
        help: {
            text: `${plain(meta.description)}\n\n${meta.docs}\n\nDocumentation: ${docsUrl}`,
            markdown: `**${meta.id}**: ${meta.description}\n\n${meta.docs}\n\n[Documentation](${docsUrl})`,
        },
        defaultConfiguration: { level: meta.defaultSeverity },
        properties: {
            // CWE-798: use of hard-coded credentials; the security tag makes GitHub show security-severity.
            tags: ['bigcommerce', 'configuration', ...(isSecretRule ? ['security', 'external/cwe/cwe-798'] : [])],
            precision: 'very-high',
            'problem.severity': meta.defaultSeverity,
            ...(isSecretRule ? { 'security-severity': '7.5' } : {}),
        },
    };
}
function artifactLocation(file, root) {
    const relative = (0,_relative_path_js__WEBPACK_IMPORTED_MODULE_7__/* .repoRelativePath */ .e)(file, root);
    if (node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(relative))
        return { uri: (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(file).href };
    return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: srcRoot };
}
const region = (finding) => ({
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
});
/**
 * primaryLocationLineHash for each finding of a file, in the spirit of GitHub's own: a hash of the rule ID and
 * the finding's line with white space removed, plus the count of earlier identical hashes in the file. Lines come
 * from the report's secret-free source (secrets starred out by the pipeline), never from the file again, so a
 * short secret (a PIN) cannot be recovered by brute force; a run of stars counts as one, so not even its length
 * shows. A line the pipeline could not clean for certain (after
 * a secret key in a document that failed to parse), or a report without source, is hashed by line number only.
 */
function lineHashes(report) {
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
function toSarif(reports, root) {
    const ruleIndex = new Map(_rules_index_js__WEBPACK_IMPORTED_MODULE_5__/* .allRuleMetas */ .M1.map((meta, index) => [meta.id, index]));
    const results = [];
    const notifications = [];
    for (const report of reports) {
        const lineHash = lineHashes(report);
        const location = artifactLocation(report.filePath, root);
        for (const finding of report.findings) {
            if (finding.ruleId === null) {
                notifications.push({
                    level: 'error',
                    message: { text: finding.message },
                    locations: [{ physicalLocation: { artifactLocation: location } }],
                    descriptor: { id: unreadableFileNotificationId, index: 0 },
                });
                continue;
            }
            const index = ruleIndex.get(finding.ruleId);
            results.push({
                ruleId: finding.ruleId,
                ...(index !== undefined ? { ruleIndex: index } : {}),
                level: finding.severity,
                message: { text: finding.message },
                locations: [{ physicalLocation: { artifactLocation: location, region: region(finding) } }],
                partialFingerprints: { primaryLocationLineHash: lineHash(finding) },
            });
        }
    }
    const rootUri = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(root).href;
    return {
        $schema: sarifSchemaUri,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_3__/* .packageInfo */ .z.name,
                        version: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_3__/* .packageInfo */ .z.version,
                        semanticVersion: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_3__/* .packageInfo */ .z.version,
                        informationUri: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_3__/* .packageInfo */ .z.repositoryUrl,
                        rules: _rules_index_js__WEBPACK_IMPORTED_MODULE_5__/* .allRuleMetas */ .M1.map(ruleDescriptor),
                        notifications: [
                            {
                                id: unreadableFileNotificationId,
                                name: 'UnreadableFile',
                                shortDescription: { text: 'A connection file could not be read, so it was not linted.' },
                            },
                        ],
                    },
                },
                invocations: [
                    { executionSuccessful: notifications.length === 0, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) },
                ],
                originalUriBaseIds: { [srcRoot]: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
/** SARIF 2.1.0 for GitHub code scanning; paths relative to the working folder (the repository root in CI). */
const formatSarif = (reports, context) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeJsonControls */ .Ee)(JSON.stringify(toSarif(reports, context.cwd), null, 2))}\n`;


/***/ })

};
