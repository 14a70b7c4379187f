export const id = 732;
export const ids = [732,820];
export const modules = {

/***/ 5204:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ readBoundedFile),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
/* unused harmony export maxFileBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4162);



/**
 * Files larger than this are not read. A connection file is a few kilobytes, parsing stops after a million YAML
 * tokens anyway, and reading a file whole costs its size in memory (twice, as bytes and as text).
 */
const maxFileBytes = 32 * 1024 * 1024;
/**
 * O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting. O_NOFOLLOW: the real path
 * checked below is the one opened, not a link swapped in since. O_NOCTTY: a terminal never becomes ours.
 */
const openFlags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0);
/**
 * Reads a file to lint, refusing with a message (never the file's content or its link's target) what it must not
 * read: a symbolic link that resolves outside boundary or into a .git folder, anything but a regular file (a FIFO
 * would hang, /dev/zero never ends), and files over maxFileBytes, checked on the opened file and while reading,
 * so a file that grows cannot blow memory. Without boundary, links are followed (the file was named by the user).
 */
function readWorkspaceFile(file, boundary) {
    const refuse = (message) => ({ ok: false, message });
    const cannotRead = (error) => refuse(`cannot read the file (${error.code ?? error.message})`);
    let real;
    try {
        const link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(file);
        if (boundary !== undefined && real !== file) {
            const escape = linkEscape(file, real, boundary, link.isSymbolicLink());
            if (escape)
                return refuse(escape);
        }
        const kind = specialKind((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real));
        if (kind)
            return refuse(`the file is ${kind}, not a regular file; it was not read`);
    }
    catch (error) {
        return cannotRead(error);
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, openFlags);
    }
    catch (error) {
        return cannotRead(error);
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const kind = specialKind(stats);
        if (kind)
            return refuse(`the file is ${kind}, not a regular file; it was not read`);
        if (stats.size > maxFileBytes)
            return refuse(tooLarge(stats.size));
        const bytes = readAtMost(fd, stats.size, maxFileBytes);
        if (!bytes)
            return refuse(`the file grew past ${megabytes(maxFileBytes)} while being read, too large for a connection file; it was not read`);
        return { ok: true, bytes, stats };
    }
    catch (error) {
        return cannotRead(error);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Why a path that resolves through a link must not be followed, if it must not. */
function linkEscape(file, real, boundary, isLink) {
    const what = isLink ? 'the file is a symbolic link' : 'the file is reached through a symbolic link';
    let realBoundary;
    try {
        realBoundary = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(boundary);
    }
    catch {
        realBoundary = boundary;
    }
    if (!(0,_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(real, realBoundary))
        return `${what} to a path outside the workspace; it was not read`;
    const inGit = (relative) => relative.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).includes('.git');
    if (inGit(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(realBoundary, real)) && !inGit(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(boundary, file))) {
        return `${what} into a .git folder; it was not read`;
    }
    return undefined;
}
function specialKind(stats) {
    if (stats.isFile())
        return undefined;
    if (stats.isDirectory())
        return 'a folder';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** The file's bytes, or undefined when it holds more than limit (it grew since fstat): never more in memory. */
function readAtMost(fd, expectedSize, limit) {
    const chunks = [];
    let total = 0;
    let chunkSize = Math.max(expectedSize + 1, 64 * 1024);
    while (total <= limit) {
        const chunk = Buffer.allocUnsafe(Math.min(chunkSize, limit + 1 - total));
        const count = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, null);
        if (count === 0)
            break;
        chunks.push(count === chunk.length ? chunk : chunk.subarray(0, count));
        total += count;
        chunkSize = 64 * 1024;
    }
    return total > limit ? undefined : Buffer.concat(chunks, total);
}
function tooLarge(size) {
    return `the file is ${megabytes(size)}, too large for a connection file (the limit is ${megabytes(maxFileBytes)}); it was not read`;
}
function megabytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
}
/**
 * readWorkspaceFile for steps that read a linted file again (SARIF fingerprints, the Action's masker): the same
 * refusals and bound, thrown, as readFileSync throws.
 */
function readBoundedFile(file) {
    const read = readWorkspaceFile(file);
    if (!read.ok)
        throw new Error(read.message);
    return read.bytes;
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
// EXTERNAL MODULE: ./build/src/parse/decode.js
var decode = __webpack_require__(4215);
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
// EXTERNAL MODULE: ./build/src/rules/index.js + 9 modules
var rules = __webpack_require__(7880);
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
                        name: package_info.packageInfo.name,
                        version: package_info.packageInfo.version,
                        semanticVersion: package_info.packageInfo.version,
                        informationUri: package_info.packageInfo.repositoryUrl,
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

/***/ 4215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ decodeSource),
/* harmony export */   F: () => (/* binding */ stripBom)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);

/**
 * Bytes -> text. YAML must be UTF-8; instead of silently substituting U+FFFD we point at the first bad byte.
 * A leading BOM is dropped (remembered for writers) so columns on line 1 match what editors show.
 */
function decodeSource(bytes) {
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const bad = firstInvalidUtf8Byte(bytes);
        const textBefore = stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bad).toString('utf8'));
        const byte = `byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} is not valid UTF-8`;
        // Text in another encoding has no NUL bytes; images, archives and executables nearly always do.
        const reason = bytes.includes(0)
            ? `${byte}, and the file contains NUL bytes: it is binary data, not YAML text`
            : `${byte}; save the file as UTF-8`;
        return { ok: false, offsetInText: textBefore.length, textBefore, reason };
    }
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const text = stripBom(raw);
    return { ok: true, text, hasBom: text.length !== raw.length };
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Offset of the first byte that starts an invalid UTF-8 sequence (bytes are known to be invalid somewhere). */
function firstInvalidUtf8Byte(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i += 1;
            continue;
        }
        const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
        if (length === 0 || i + length > bytes.length)
            return i;
        for (let k = 1; k < length; k++)
            if ((bytes[i + k] & 0xc0) !== 0x80)
                return i;
        // Overlong forms, surrogates and code points above U+10FFFF are invalid too.
        const second = bytes[i + 1];
        if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f))
            return i;
        if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f))
            return i;
        i += length;
    }
    return bytes.length;
}


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
