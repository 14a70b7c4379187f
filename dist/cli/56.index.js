export const id = 56;
export const ids = [56];
export const modules = {

/***/ 9450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ mayHoldDownloadLabel),
/* harmony export */   b: () => (/* binding */ credentialText)
/* harmony export */ });
/**
 * Text of a credential file (or of its first bytes): UTF-8 with or without a BOM, or UTF-16 with a BOM (a download
 * saved again by Notepad). Undefined for binary data (a NUL byte outside UTF-16), which holds no credential layout.
 */
function credentialText(bytes) {
    let text;
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
        text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    else
        text = utf8.decode(bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0));
    return text.includes('\0') ? undefined : text;
}
/** One decoder for the thousands of `.txt` files a search sniffs (UTF-16 files are rare). */
const utf8 = new TextDecoder('utf-8');
/**
 * Whether the bytes may hold one of the download's labels: every label has CLIENT, TOKEN, PATH or NAME in it, in
 * ASCII in UTF-8 text. Lets the sniff pass over most `.txt` files without decoding them; UTF-16 is always decoded.
 */
function mayHoldDownloadLabel(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        return true;
    return labelWords.some((word) => bytes.includes(word));
}
const labelWords = ['CLIENT', 'TOKEN', 'PATH', 'NAME'].map((word) => Buffer.from(word));


/***/ }),

/***/ 2534:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ isDownloadLayout),
/* harmony export */   gp: () => (/* binding */ downloadFields),
/* harmony export */   mZ: () => (/* binding */ downloadSecrets)
/* harmony export */ });
/**
 * The control panel's API-credentials download: one `LABEL: value` per line, in any order (domain.md). Shared by
 * the credential pipeline (does a file hold it, where are its secrets) and `bc-lint import` (its values).
 */
/** A file is the download when its lines hold at least this many different labels. */
const minimumLabels = 2;
const labelLine = /^[ \t]*(ACCESS TOKEN|CLIENT ID|CLIENT SECRET|API PATH|CLIENT NAME|NAME)[ \t]*:[ \t]*(.*?)[ \t]*\r?$/dgm;
/** Every label line of the text, in order (a label given twice appears twice). */
function downloadFields(text) {
    const fields = [];
    for (const match of text.matchAll(labelLine)) {
        const [start, end] = match.indices[2];
        fields.push({ label: match[1], start, end, value: match[2] });
    }
    return fields;
}
/** Whether the text holds the download's layout: at least two different labels. */
function isDownloadLayout(text) {
    return new Set(downloadFields(text).map((field) => field.label)).size >= minimumLabels;
}
/** The labels whose values are secrets, with what to call them and the variable a connection file reads them from. */
const downloadSecrets = {
    'ACCESS TOKEN': { name: 'access token', variable: 'BIGCOMMERCE_ACCESS_TOKEN' },
    'CLIENT SECRET': { name: 'client secret', variable: 'BIGCOMMERCE_CLIENT_SECRET' },
};


/***/ }),

/***/ 7091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KV: () => (/* binding */ readIgnoreFiles),
/* harmony export */   iC: () => (/* binding */ workTreeFinder),
/* harmony export */   pw: () => (/* binding */ gitIgnoreAsker)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(298);




/**
 * Which of the files git ignores, so the credential check skips them: a git-ignored file is where credentials
 * belong. Git itself answers when it can: one `git check-ignore` per work tree, started at the first file added,
 * so git starts up while the caller reads the next files. Where git is missing or
 * refuses (a "dubious ownership" checkout), the `ignore` library reads .gitignore files, nested ones and
 * .git/info/exclude. A file outside any work tree is never ignored. Tracked files are never ignored by git; the
 * library cannot tell them apart, so without git a tracked file matching .gitignore is skipped too.
 */
function gitIgnoreAsker() {
    const rootOf = workTreeFinder();
    const byWorkTree = new Map();
    const relative = (root, file) => node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, file).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    return {
        add(file) {
            const root = rootOf(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file));
            if (root === undefined)
                return;
            let tree = byWorkTree.get(root);
            if (!tree)
                byWorkTree.set(root, (tree = { files: [], git: startGit(root) }));
            tree.files.push(file);
            tree.git.ask(relative(root, file));
        },
        async ignored() {
            const ignored = new Set();
            for (const [root, { files, git }] of byWorkTree) {
                const gitIgnored = await git.answer();
                const isIgnored = gitIgnored ? (entry) => gitIgnored.has(entry) : readIgnoreFiles(root);
                for (const file of files)
                    if (isIgnored(relative(root, file)))
                        ignored.add(file);
            }
            return ignored;
        },
    };
}
/** The work tree holding a folder: the nearest folder above it with a `.git` folder or file; cached per folder. */
function workTreeFinder() {
    const cache = new Map();
    const find = (folder) => {
        if (cache.has(folder))
            return cache.get(folder);
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(folder);
        const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(folder, '.git')) ? folder : parent === folder ? undefined : find(parent);
        cache.set(folder, root);
        return root;
    };
    return find;
}
/**
 * `git check-ignore --stdin` in the work tree. It leaves tracked files out and counts a file inside an ignored
 * folder as ignored, as git add does; it reads only the .gitignore files on the paths asked, so its cost follows
 * the files asked about, not the size of the work tree.
 */
function startGit(root) {
    const git = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['check-ignore', '-z', '--stdin'], {
        cwd: root,
        stdio: ['pipe', 'pipe', 'ignore'],
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    });
    let stdout = '';
    git.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    git.stdin.on('error', () => { }); // git gone (missing, or refusing the work tree): the close handler decides
    const answer = new Promise((resolve) => {
        git.on('error', () => resolve(undefined));
        // Exit 0: some paths are ignored, 1: none; anything else (128: not a work tree git trusts) is no answer.
        git.on('close', (code) => resolve(code === 0 || code === 1 ? new Set(stdout.split('\0').filter((entry) => entry !== '')) : undefined));
    });
    // Written at once when the answer is wanted: git meanwhile starts up and reads its index.
    const asked = [];
    return {
        ask: (relative) => void asked.push(relative + '\0'),
        answer: () => {
            git.stdin.end(asked.join(''));
            return answer;
        },
    };
}
/** git's rules without git: .git/info/exclude, then each .gitignore from the root down, the deepest deciding. */
function readIgnoreFiles(root) {
    const layers = new Map();
    const layer = (folder, file) => {
        const key = node_path__WEBPACK_IMPORTED_MODULE_2__.join(folder, file);
        if (!layers.has(key)) {
            let rules;
            try {
                rules = ignore__WEBPACK_IMPORTED_MODULE_3__().add((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(key, 'utf8'));
            }
            catch {
                rules = undefined; // no such file
            }
            layers.set(key, rules);
        }
        return layers.get(key);
    };
    /** parts: a path below root; the deepest .gitignore that matches (ignoring or re-including) decides, exclude last. */
    const decides = (parts, isFolder) => {
        const suffix = isFolder ? '/' : '';
        for (let depth = parts.length - 1; depth >= 0; depth--) {
            const verdict = layer(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, ...parts.slice(0, depth)), '.gitignore')?.test(parts.slice(depth).join('/') + suffix);
            if (verdict?.ignored)
                return true;
            if (verdict?.unignored)
                return false;
        }
        return layer(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, '.git', 'info'), 'exclude')?.ignores(parts.join('/') + suffix) ?? false;
    };
    return (relative) => {
        // A file inside an ignored folder is ignored, whatever a later pattern says (git does not look inside).
        const parts = relative.split('/');
        for (let depth = 1; depth < parts.length; depth++)
            if (decides(parts.slice(0, depth), true))
                return true;
        return decides(parts, false);
    };
}


/***/ }),

/***/ 4056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCredentialFiles: () => (/* binding */ checkCredentialFiles),
  lintCredentialText: () => (/* binding */ lintCredentialText),
  sniffBytes: () => (/* binding */ sniffBytes)
});

// EXTERNAL MODULE: ./build/src/files/credential-names.js
var credential_names = __webpack_require__(5409);
// EXTERNAL MODULE: ./build/src/files/read-file.js
var read_file = __webpack_require__(5204);
// EXTERNAL MODULE: ./build/src/lint-report.js
var lint_report = __webpack_require__(7575);
// EXTERNAL MODULE: ./build/src/model/redaction.js
var redaction = __webpack_require__(7478);
// EXTERNAL MODULE: ./build/src/parse/source-positions.js
var source_positions = __webpack_require__(1869);
// EXTERNAL MODULE: ./build/src/rules/no-committed-credentials.js
var no_committed_credentials = __webpack_require__(5322);
// EXTERNAL MODULE: ./build/src/credentials/decode-text.js
var decode_text = __webpack_require__(9450);
// EXTERNAL MODULE: ./build/src/credentials/download.js
var download = __webpack_require__(2534);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./build/src/credentials/placeholder.js
/**
 * Values that stand for a credential without being one: empty, `<...>`, `${...}` and other references, `xxxx`,
 * `changeme` and the like. Such a value in a credential file is not reported.
 */
const placeholderWords = new Set([
    'changeme',
    'changethis',
    'replaceme',
    'todo',
    'tbd',
    'fixme',
    'example',
    'placeholder',
    'secret',
    'token',
    'accesstoken',
    'clientsecret',
    'none',
    'null',
    'undefined',
    'redacted',
]);
function isPlaceholderCredential(value) {
    const trimmed = value.trim();
    if (trimmed === '')
        return true;
    if (/^<.*>$/s.test(trimmed) || /^\{\{.*\}\}$/s.test(trimmed))
        return true; // <your token>, {{ template }}
    if (/^\$\{.*\}$/s.test(trimmed) || /^\$[A-Za-z_]\w*$/.test(trimmed))
        return true; // a reference to another variable
    if (/^[xX*.•_-]{3,}$/.test(trimmed))
        return true; // xxxx, ****, ...
    const word = trimmed.toLowerCase().replace(/[-_\s]/g, '');
    return placeholderWords.has(word) || word.startsWith('your') || word.includes('replace') || word.includes('changeme');
}

;// CONCATENATED MODULE: ./build/src/credentials/find-credentials.js



/**
 * The credentials in a file's text, by its kind; undefined when the text is not that kind of credential file (a
 * `.txt` without the download's labels, a `.env` without a BigCommerce credential variable). A `.env` or any
 * named file holding the download's labels is the download renamed.
 */
function findCredentials(kind, text) {
    if (kind !== 'stencil' && kind !== 'catalyst' && (0,download/* isDownloadLayout */.XS)(text))
        return inDownload(text);
    if (kind === 'stencil' || kind === 'catalyst')
        return inJson(kind, text);
    if (kind === 'env')
        return inEnvFile(text);
    return undefined;
}
function inDownload(text) {
    const credentials = [];
    const values = [];
    let lineStart = 0;
    const fields = (0,download/* downloadFields */.gp)(text);
    for (const field of fields) {
        // Lines between label lines are not the download's: starred whole, whatever they hold.
        values.push([lineStart, text.lastIndexOf('\n', field.start - 1) + 1], [field.start, field.end]);
        lineStart = lineEnd(text, field.end);
        const secret = download/* downloadSecrets */.mZ[field.label];
        if (secret && !isPlaceholderCredential(field.value)) {
            credentials.push({ name: `${secret.name} (\`${field.label}:\`)`, start: field.start, end: field.end, forms: [field.value] });
        }
    }
    values.push([lineStart, text.length]);
    return { kind: 'download', credentials, values: values.filter(([start, end]) => end > start) };
}
function lineEnd(text, from) {
    const end = text.indexOf('\n', from);
    return end === -1 ? text.length : end + 1;
}
/** A variable that holds a BigCommerce credential: BIGCOMMERCE_, BC_ or CATALYST_, and TOKEN, SECRET or PIN in a part. */
function isCredentialVariable(name) {
    const upper = name.toUpperCase();
    if (!/^(BIGCOMMERCE|BC|CATALYST)_/.test(upper))
        return false;
    return upper.split(/[_.-]/).some((part) => part.includes('TOKEN') || part.includes('SECRET') || part.endsWith('PIN'));
}
/**
 * dotenv's own line syntax (its LINE expression, motdotla/dotenv, BSD-2-Clause): `KEY=value`, `export KEY=value`,
 * `KEY: value`, quoted values over several lines, `# comments`. The `d` flag gives the value's offsets.
 */
const envLine = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;
function inEnvFile(text) {
    const credentials = [];
    const values = [];
    let isCredentialFile = false;
    for (const match of text.matchAll(envLine)) {
        const indices = match.indices[2];
        if (!indices)
            continue;
        const raw = match[2];
        const start = indices[0] + (raw.length - raw.trimStart().length);
        const written = raw.trim();
        const end = start + written.length;
        if (end > start)
            values.push([start, end]);
        if (!isCredentialVariable(match[1]))
            continue;
        isCredentialFile = true;
        const value = /^(['"`])[^]*\1$/.test(written) ? written.slice(1, -1) : written;
        if (isPlaceholderCredential(value))
            continue;
        credentials.push({ name: `\`${match[1]}\``, start, end, forms: value === written ? [value] : [value, written] });
    }
    return isCredentialFile ? { kind: 'env', credentials, values } : undefined;
}
/** Stencil's secrets.stencil.json / .stencil and Catalyst's .bigcommerce/project.json: every `accessToken` value. */
function inJson(kind, text) {
    const credentials = [];
    const values = [];
    const visit = (node) => {
        if (!node)
            return;
        if (node.type === 'property') {
            const [key, value] = node.children ?? [];
            if (value && (value.type === 'string' || value.type === 'number' || value.type === 'boolean')) {
                values.push([value.offset, value.offset + value.length]);
                if (key?.value === 'accessToken' && value.type === 'string' && !isPlaceholderCredential(String(value.value))) {
                    const written = text.slice(value.offset + 1, value.offset + value.length - 1);
                    const decoded = String(value.value);
                    credentials.push({
                        name: '`accessToken`',
                        start: value.offset,
                        end: value.offset + value.length,
                        forms: decoded === written ? [decoded] : [decoded, written],
                    });
                }
            }
            if (value?.type === 'object' || value?.type === 'array')
                visit(value);
        }
        else if (node.type === 'string' || node.type === 'number') {
            values.push([node.offset, node.offset + node.length]); // an array's items
        }
        else {
            for (const child of node.children ?? [])
                visit(child);
        }
    };
    visit((0,main.parseTree)(text, [], { allowTrailingComma: true, disallowComments: false }));
    return { kind, credentials, values };
}

// EXTERNAL MODULE: ./build/src/credentials/git-ignored.js
var git_ignored = __webpack_require__(7091);
;// CONCATENATED MODULE: ./build/src/credentials/lint-credentials.js










/** The download is a few hundred bytes: its labels are in a `.txt` file's first bytes, or the file is something else. */
const sniffBytes = 4 * 1024;
/** Every sniff reads into this buffer: only the text decoded from it is kept. */
const sniffBuffer = Buffer.alloc(sniffBytes);
/** How much of a download is parsed; a file larger than this is not the download, whatever its first lines say. */
const downloadBytes = 64 * 1024;
/** How much of a .env or JSON credential file is parsed. */
const credentialFileBytes = 1024 * 1024;
/**
 * The credential pipeline: bytes -> credential layout -> findings of no-committed-credentials. Files a search found
 * are skipped when git ignores them; files the user named are always checked. Each report carries its credential
 * values beside it (attachSecrets) for the run's redactor, and a source with every value starred.
 */
async function checkCredentialFiles(targets, options) {
    const setting = options.rules?.[no_committed_credentials/* noCommittedCredentialsMeta */.B.id];
    const severity = setting === 'off' ? undefined : (setting ?? no_committed_credentials/* noCommittedCredentialsMeta */.B.defaultSeverity);
    const reports = [];
    const found = new Map();
    // Git is asked only about the few credential files found, not the thousands of *.txt a search lists, and
    // answers while the next files are read.
    const git = (0,git_ignored/* gitIgnoreAsker */.pw)();
    const connectionTargets = [];
    for (const target of targets) {
        if (target.credential === undefined) {
            connectionTargets.push(target);
            continue;
        }
        // Turned off, the rule costs nothing: no search results are read and git is not asked.
        if (target.credential === 'found' && !severity)
            continue;
        const report = checkFile(target, severity);
        if (report && target.credential === 'found') {
            found.set(target.file, report);
            git.add(target.file);
        }
        else if (report)
            reports.push(report);
        else if (target.credential === 'named')
            connectionTargets.push(target);
    }
    const ignored = await git.ignored();
    for (const [file, report] of found)
        if (!ignored.has(file))
            reports.push(report);
    return { reports, connectionTargets };
}
/** The file's report, or undefined when it is not a credential file (or cannot be read: named files then go on). */
function checkFile(target, severity) {
    const kind = (0,credential_names/* credentialKindByName */.I)(target.file) ?? 'named';
    const read = readText(target, kind);
    if (!read)
        return undefined;
    const credentialFile = findCredentials(kind, read.text);
    if (!credentialFile)
        return undefined;
    return credentialReport(target.file, read, credentialFile, severity);
}
function readText({ file, boundary, linkFree }, kind) {
    if (kind === 'stencil' || kind === 'catalyst' || kind === 'env')
        return readPrefixText(file, boundary, linkFree, credentialFileBytes);
    // A .txt or other named file: its first bytes say whether it is the download, before more is read.
    const count = (0,read_file/* sniffWorkspaceFile */._B)(file, boundary, linkFree, sniffBuffer);
    if (count < 0)
        return undefined;
    sniffBuffer.fill(0, count); // no bytes of the file sniffed before
    if (!(0,decode_text/* mayHoldDownloadLabel */.D)(sniffBuffer))
        return undefined;
    const text = (0,decode_text/* credentialText */.b)(sniffBuffer.subarray(0, count));
    if (text === undefined || !(0,download/* isDownloadLayout */.XS)(text))
        return undefined;
    return count < sniffBytes ? { text, complete: true } : readPrefixText(file, boundary, linkFree, downloadBytes);
}
function readPrefixText(file, boundary, linkFree, limit) {
    const result = (0,read_file/* readWorkspaceFile */.sL)(file, boundary, { prefixBytes: limit, linkFree });
    if (!result.ok)
        return undefined;
    const text = (0,decode_text/* credentialText */.b)(result.bytes);
    return text === undefined ? undefined : { text, complete: result.stats.size <= result.bytes.length };
}
function credentialReport(file, read, credentialFile, severity) {
    const positions = new source_positions/* SourcePositions */.k(read.text);
    const findings = severity
        ? credentialFile.credentials.map((credential) => ({
            ruleId: no_committed_credentials/* noCommittedCredentialsMeta */.B.id,
            severity,
            message: (0,no_committed_credentials/* committedCredentialMessage */.b)(credential.name, credentialFile.kind),
            ...positions.range(credential.start, credential.end),
        }))
        : [];
    const forms = credentialFile.credentials.flatMap((credential) => credential.forms);
    const report = new redaction/* Redactor */.pO(forms).redactReport((0,lint_report/* summarize */.e)(file, findings));
    // Every value is starred, not only the credentials: these files hold other secrets too (Stencil's githubToken).
    if (findings.length > 0 && read.complete)
        report.source = starValues(read.text, credentialFile.values);
    (0,redaction/* attachSecrets */.vv)(report, forms);
    return report;
}
function starValues(text, values) {
    let out = '';
    let cursor = 0;
    for (const [start, end] of [...values].sort((a, b) => a[0] - b[0])) {
        if (start < cursor)
            continue;
        out += text.slice(cursor, start) + (0,redaction/* starred */.EZ)(text.slice(start, end));
        cursor = end;
    }
    return out + text.slice(cursor);
}
/** The pipeline on text already read (rule tables, the API): undefined when the text is no credential file. */
function lintCredentialText(filePath, text, options) {
    const setting = options.rules?.[no_committed_credentials/* noCommittedCredentialsMeta */.B.id];
    const severity = setting === 'off' ? undefined : (setting ?? no_committed_credentials/* noCommittedCredentialsMeta */.B.defaultSeverity);
    const credentialFile = findCredentials((0,credential_names/* credentialKindByName */.I)(filePath) ?? 'named', text);
    return credentialFile && credentialReport(filePath, { text, complete: true }, credentialFile, severity);
}


/***/ })

};
