export const id = 764;
export const ids = [764,820];
export const modules = {

/***/ 4738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ escapeJsonControls),
/* harmony export */   P1: () => (/* binding */ annotationFileName),
/* harmony export */   V9: () => (/* binding */ escapeCommandData),
/* harmony export */   YG: () => (/* binding */ escapeCommandProperty),
/* harmony export */   _P: () => (/* binding */ escapeLogLine),
/* harmony export */   dD: () => (/* binding */ escapeLogText)
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
    return showControlCharacters(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}


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
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9242);
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
                        name: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_3__.packageInfo.name,
                        version: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_3__.packageInfo.version,
                        semanticVersion: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_3__.packageInfo.version,
                        informationUri: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_3__.packageInfo.repositoryUrl,
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


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageInfo: () => (/* binding */ packageInfo)
/* harmony export */ });
// Generated by scripts/generate-validator.mjs from package.json. Do not edit.
const packageInfo = { "name": "bc-lint", "version": "0.1.0", "repositoryUrl": "https://github.com/bc-lint/bc-lint" };


/***/ }),

/***/ 9814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ ruleDocsUrl)
/* harmony export */ });
/* harmony import */ var _generated_package_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9820);

/** Where a rule's documentation page lives (docs/rules/<id>.md in the repository). */
function ruleDocsUrl(ruleId) {
    return `${_generated_package_info_js__WEBPACK_IMPORTED_MODULE_0__.packageInfo.repositoryUrl}/blob/main/docs/rules/${ruleId}.md`;
}


/***/ })

};
