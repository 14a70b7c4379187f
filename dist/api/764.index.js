export const id = 764;
export const ids = [764];
export const modules = {

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

/***/ 764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatSarif: () => (/* binding */ formatSarif),
/* harmony export */   outsideRepositoryNotificationId: () => (/* binding */ outsideRepositoryNotificationId),
/* harmony export */   toSarif: () => (/* binding */ toSarif),
/* harmony export */   unreadableFileNotificationId: () => (/* binding */ unreadableFileNotificationId)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var _generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9820);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4738);
/* harmony import */ var _line_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5334);
/* harmony import */ var _report_location_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6979);






// SARIF 2.1.0 for GitHub code scanning (docs.github.com: "SARIF support for code scanning"), checked by the SARIF
// Multitool with GitHub's ingestion rules. A finding without a rule (a file that could not be read) is not a
// problem in the file but a failed analysis, so it becomes a toolExecutionNotification and marks the invocation
// unsuccessful; it is not a result.
const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const baseIds = { cwd: '%SRCROOT%', repository: 'REPOROOT' };
const unreadableFileNotificationId = 'unreadable-file';
const outsideRepositoryNotificationId = 'outside-repository';
/** Plain text for `text` fields: the one-line descriptions use Markdown code spans. */
const plain = (markdown) => markdown.replace(/`/g, '');
const pascalCase = (id) => id.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
/**
 * A Pascal-case name, which GHAzDO2012 requires; SARIF1001 requires it to differ from the ID by more than case,
 * so a one-word ID (`schema`) gets `SchemaRule`.
 */
function friendlyName(id) {
    const name = pascalCase(id);
    return name.toLowerCase() === id.toLowerCase() ? `${name}Rule` : name;
}
function ruleDescriptor(rule) {
    const { security } = rule;
    return {
        id: rule.id,
        name: friendlyName(rule.id),
        shortDescription: { text: plain(rule.description), markdown: rule.description },
        fullDescription: { text: rule.docs },
        helpUri: rule.docsUrl,
        help: {
            text: `${plain(rule.description)}\n\n${rule.docs}\n\nDocumentation: ${rule.docsUrl}`,
            markdown: `**${rule.id}**: ${rule.description}\n\n${rule.docs}\n\n[Documentation](${rule.docsUrl})`,
        },
        defaultConfiguration: { level: rule.defaultSeverity },
        properties: {
            // The security tag makes GitHub show security-severity; the CWE tag links the weakness.
            tags: ['bigcommerce', 'configuration', ...(security ? ['security', `external/cwe/cwe-${security.cwe}`] : [])],
            precision: 'very-high',
            'problem.severity': rule.defaultSeverity,
            ...(security ? { 'security-severity': security.severity.toFixed(1) } : {}),
        },
    };
}
/** A notification descriptor, with the full description and help GitHub's ingestion rules (GH2012) require. */
const notificationDescriptor = (id, name, text) => ({
    id,
    name,
    shortDescription: { text: text.short },
    fullDescription: { text: text.full },
    help: { text: text.help },
});
const notificationDescriptors = [
    notificationDescriptor(unreadableFileNotificationId, 'UnreadableFile', {
        short: 'A connection file could not be read, so it was not linted.',
        full: 'bc-lint could not read a connection file (no permission, not a regular file, or too large), so none of its problems are reported.',
        help: 'Make the file readable by the user that runs bc-lint, or remove it, then run bc-lint again.',
    }),
    notificationDescriptor(outsideRepositoryNotificationId, 'OutsideRepository', {
        short: 'Findings in a file outside the repository were left out.',
        full: 'A linted file lies outside both the working folder and the git repository, so code scanning could not show its findings; they were left out of this SARIF file.',
        help: 'Lint the file from the repository that holds it, or print its findings with another --format.',
    }),
];
const region = (finding) => ({
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
});
const artifactLocation = (location) => ({
    uri: location.path.split('/').map(encodeURIComponent).join('/'),
    uriBaseId: baseIds[location.base],
});
const folderUri = (folder) => {
    const uri = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(folder).href;
    return { uri: uri.endsWith('/') ? uri : `${uri}/` };
};
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
function toSarif(reports, context) {
    const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
    const results = [];
    const notifications = [];
    let failed = false;
    let usesRepositoryBase = false;
    for (const report of reports) {
        const location = (0,_report_location_js__WEBPACK_IMPORTED_MODULE_5__/* .locateFile */ .p)(report.filePath, context);
        if (location?.base === 'repository')
            usesRepositoryBase = true;
        const locations = location ? [{ physicalLocation: { artifactLocation: artifactLocation(location) } }] : [];
        const lineHash = (0,_line_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .lineFingerprints */ .E)(report);
        let leftOut = 0;
        for (const finding of report.findings) {
            if (finding.ruleId === null) {
                failed = true;
                const where = location ? '' : ` (${displayPath(report.filePath, context.cwd)})`;
                notifications.push({
                    level: 'error',
                    message: { text: `${finding.message}${where}` },
                    ...(locations.length > 0 ? { locations } : {}),
                    descriptor: { id: unreadableFileNotificationId, index: 0 },
                });
                continue;
            }
            const fingerprint = lineHash(finding);
            if (!location) {
                leftOut += 1;
                continue;
            }
            const index = ruleIndex.get(finding.ruleId);
            results.push({
                ruleId: finding.ruleId,
                ...(index !== undefined ? { ruleIndex: index } : {}),
                level: finding.severity,
                message: { text: finding.message },
                locations: [{ physicalLocation: { artifactLocation: artifactLocation(location), region: region(finding) } }],
                partialFingerprints: { primaryLocationLineHash: fingerprint },
            });
        }
        if (leftOut > 0) {
            notifications.push({
                level: 'warning',
                message: {
                    text: `${plural(leftOut, 'finding')} in ${displayPath(report.filePath, context.cwd)} left out: the file is outside the working folder ` +
                        'and the git repository, so code scanning cannot show it.',
                },
                descriptor: { id: outsideRepositoryNotificationId, index: 1 },
            });
        }
    }
    return {
        $schema: sarifSchemaUri,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__/* .packageInfo */ .z.name,
                        fullName: `${_generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__/* .packageInfo */ .z.name} ${_generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__/* .packageInfo */ .z.version}`,
                        version: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__/* .packageInfo */ .z.version,
                        semanticVersion: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__/* .packageInfo */ .z.version,
                        informationUri: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__/* .packageInfo */ .z.repositoryUrl,
                        rules: context.rules.map(ruleDescriptor),
                        notifications: notificationDescriptors,
                    },
                },
                automationDetails: context.automation,
                invocations: [{ executionSuccessful: !failed, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
                originalUriBaseIds: {
                    [baseIds.cwd]: folderUri(context.cwd),
                    ...(usesRepositoryBase && context.repositoryRoot !== undefined ? { [baseIds.repository]: folderUri(context.repositoryRoot) } : {}),
                },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
/** A file named in a notification's text: relative to cwd (with `..`), so no absolute path is printed. */
function displayPath(file, cwd) {
    return (node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, file) || file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
/** SARIF 2.1.0 for GitHub code scanning; paths relative to the working folder (the repository root in CI). */
const formatSarif = (reports, context) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeJsonControls */ .Ee)(JSON.stringify(toSarif(reports, context), null, 2))}\n`;


/***/ })

};
