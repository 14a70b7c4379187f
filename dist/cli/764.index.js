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
                        name: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__.packageInfo.name,
                        fullName: `${_generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__.packageInfo.name} ${_generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__.packageInfo.version}`,
                        version: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__.packageInfo.version,
                        semanticVersion: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__.packageInfo.version,
                        informationUri: _generated_package_info_js__WEBPACK_IMPORTED_MODULE_2__.packageInfo.repositoryUrl,
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
