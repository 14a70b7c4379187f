export const id = 732;
export const ids = [732];
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

/***/ 4732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatSarif: () => (/* binding */ formatSarif),
  toSarif: () => (/* binding */ toSarif),
  unreadableFileNotificationId: () => (/* binding */ unreadableFileNotificationId)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/src/files/read-file.js
var read_file = __webpack_require__(5204);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./build/src/generated/package-info.js
var package_info = __webpack_require__(9820);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/src/rules/no-plaintext-secret.js
var no_plaintext_secret = __webpack_require__(5133);
// EXTERNAL MODULE: ./build/src/parse/connection-document.js
var connection_document = __webpack_require__(7795);
// EXTERNAL MODULE: ./build/src/parse/decode.js + 1 modules
var decode = __webpack_require__(5757);
;// CONCATENATED MODULE: ./build/src/parse/plaintext-secrets.js




/**
 * The file's text as the pipeline sees it (BOM dropped). Bytes that are not UTF-8 become U+FFFD, one per bad
 * sequence, so line numbers still match the findings.
 */
function sourceText(bytes) {
    const decoded = (0,decode/* decodeSource */.E)(bytes);
    return decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes);
}
/**
 * Plaintext values of the secret fields (accessToken, clientSecret, supportPin) anywhere in the file: in every
 * document, including documents with YAML errors, duplicate keys and anchors, so they can be masked before any
 * output. Uses the pipeline's own YAML parse.
 */
function findPlaintextSecrets(text) {
    const secrets = [];
    // The pipeline's guarded parse: a hostile file cannot overflow the stack or run without end here either.
    for (const doc of (0,connection_document/* composeDocuments */.lt)(text)) {
        (0,dist/* visit */.YR)(doc, {
            Pair(_, pair) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
                if (key === undefined || !Object.hasOwn(no_plaintext_secret/* secretFields */.kv, key))
                    return;
                const value = (0,dist/* isAlias */.Vj)(pair.value) ? pair.value.resolve(doc) : pair.value;
                if (!(0,dist/* isScalar */.jn)(value) || !value.range || !(0,no_plaintext_secret/* isPlaintextSecret */.OA)(value.value))
                    return;
                const parsed = typeof value.value === 'object' ? [] : [String(value.value)];
                secrets.push({ key, start: value.range[0], end: value.range[1], forms: withLines([...parsed, value.source ?? '']) });
            },
        });
    }
    return secrets;
}
/** The distinct non-blank forms and their lines (a log prints line by line, so each line is masked too). */
function withLines(values) {
    const forms = new Set();
    for (const value of values) {
        if (value.trim() !== '')
            forms.add(value);
        for (const line of value.split(/\r?\n/))
            if (line.trim() !== '')
                forms.add(line.trim());
    }
    return [...forms];
}
/** The text with every plaintext secret's characters removed (line breaks kept, so lines still line up). */
function withoutSecrets(text, secrets) {
    let out = text;
    // An alias can name the same anchored value twice; remove each span once, last first so offsets hold.
    const spans = new Map(secrets.map((secret) => [secret.start, secret]));
    for (const secret of [...spans.values()].sort((a, b) => b.start - a.start)) {
        out = out.slice(0, secret.start) + out.slice(secret.start, secret.end).replace(/[^\r\n]/g, '') + out.slice(secret.end);
    }
    return out;
}

// EXTERNAL MODULE: ./build/src/rules/docs-url.js
var docs_url = __webpack_require__(9814);
// EXTERNAL MODULE: ./build/src/rules/index.js + 10 modules
var rules = __webpack_require__(828);
// EXTERNAL MODULE: ./build/src/formatters/relative-path.js
var relative_path = __webpack_require__(7541);
;// CONCATENATED MODULE: ./build/src/formatters/sarif.js









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
    const docsUrl = (0,docs_url/* ruleDocsUrl */.h)(meta.id);
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
    const relative = (0,relative_path/* repoRelativePath */.e)(file, root);
    if (external_node_path_.isAbsolute(relative))
        return { uri: (0,external_node_url_.pathToFileURL)(file).href };
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
 * the finding's line with white space removed, plus the count of earlier identical hashes in the file. Values
 * of secret fields are removed before hashing, so a short secret (a PIN) cannot be recovered by brute force.
 */
function lineHashes(report) {
    let lines = [];
    try {
        const text = sourceText((0,read_file/* readBoundedFile */.Mv)(report.filePath));
        lines = withoutSecrets(text, findPlaintextSecrets(text)).split('\n');
    }
    catch {
        // Unreadable now: hash the rule alone, still stable for the same file.
    }
    const seen = new Map();
    return (finding) => {
        const content = (lines[finding.line - 1] ?? '').replace(/\s+/g, '');
        const digest = (0,external_node_crypto_.createHash)('sha256').update(`${finding.ruleId}\0${content}`).digest('hex').slice(0, 16);
        const occurrence = (seen.get(digest) ?? 0) + 1;
        seen.set(digest, occurrence);
        return `${digest}:${occurrence}`;
    };
}
function toSarif(reports, root) {
    const ruleIndex = new Map(rules/* allRuleMetas */.M1.map((meta, index) => [meta.id, index]));
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
    const rootUri = (0,external_node_url_.pathToFileURL)(root).href;
    return {
        $schema: sarifSchemaUri,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: package_info/* packageInfo */.z.name,
                        version: package_info/* packageInfo */.z.version,
                        semanticVersion: package_info/* packageInfo */.z.version,
                        informationUri: package_info/* packageInfo */.z.repositoryUrl,
                        rules: rules/* allRuleMetas */.M1.map(ruleDescriptor),
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
const formatSarif = (reports, context) => `${JSON.stringify(toSarif(reports, context.cwd), null, 2)}\n`;


/***/ })

};
