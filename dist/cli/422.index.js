export const id = 422;
export const ids = [422,989];
export const modules = {

/***/ 2422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runImportCommand: () => (/* binding */ runImportCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _credentials_decode_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9450);
/* harmony import */ var _credentials_download_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2534);
/* harmony import */ var _credentials_git_ignored_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7091);
/* harmony import */ var _files_read_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5204);
/* harmony import */ var _model_profiles_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4077);
/* harmony import */ var _model_scope_placeholder_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7791);
/* harmony import */ var _model_scopes_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5454);
/* harmony import */ var _model_secrets_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2166);
/* harmony import */ var _model_starter_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4504);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(698);
/* harmony import */ var _init_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7989);















const expectedLayout = 'expected the API-credentials download that the control panel saves when an API account is created: lines ' +
    '"ACCESS TOKEN: ...", "CLIENT ID: ...", "CLIENT SECRET: ...", "API PATH: https://api.bigcommerce.com/stores/<store_hash>/v3/" ' +
    'and "CLIENT NAME: ..." (or "NAME: ...")';
/**
 * `bc-lint import FILE.txt [--out PATH] [--integration NAME] [--env-file PATH]`: the download becomes a connection
 * file with secret references; the secrets are written only to a git-ignored env file. Never overwrites a file and
 * never prints a value of the download other than the store hash.
 */
function runImportCommand(options) {
    const source = options.targets[0];
    if (source === undefined)
        throw new _options_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .e('bc-lint import needs the API-credentials download (.txt) to read');
    const profile = options.integration === undefined ? undefined : findProfile(options.integration);
    const download = readDownload(source);
    const out = outputPath(options.out ?? '.');
    const envFile = options.envFile === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(options.envFile);
    refuseExisting(out);
    if (envFile) {
        refuseDefined(envFile);
        const why = whyNotIgnored(envFile);
        if (why)
            throw new _options_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .e(`${shown(envFile)} would hold the access token and client secret, but ${why}; add it to .gitignore first`);
    }
    writeNew(out, connectionText(out, download, profile, node_path__WEBPACK_IMPORTED_MODULE_2__.basename(source)));
    if (envFile)
        writeEnvFile(envFile, envText(download));
    const next = profile
        ? `it has the scopes integration ${profile.name} needs; create the API account with exactly these, or import again with the right integration`
        : 'set each scope marked REPLACE to the level the API account has (Settings > API > Store-level API accounts)';
    process.stdout.write(`Wrote ${shown(out)} for store ${download.storeHash}: ${next}, then run bc-lint ${shown(out)}.\n` +
        (envFile
            ? `Wrote the access token${download.clientSecret === undefined ? '' : ' and client secret'} to ${shown(envFile)}, which git ignores.\n`
            : `The connection reads ${_model_secrets_js__WEBPACK_IMPORTED_MODULE_11__/* .secretFields */ .kv.accessToken} and ${_model_secrets_js__WEBPACK_IMPORTED_MODULE_11__/* .secretFields */ .kv.clientSecret} from the environment: put the values in a git-ignored .env or your CI's secret store (--env-file does the first).\n`) +
        `Keep ${shown(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(source))} out of the repository (bc-lint reports a committed download), or delete it.\n`);
    return 0;
}
function findProfile(name) {
    const profile = _model_profiles_js__WEBPACK_IMPORTED_MODULE_8__/* .builtinProfiles */ .G.find((candidate) => candidate.name === name);
    if (!profile)
        throw new _options_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .e(`unknown integration "${name}"; known integrations: ${_model_profiles_js__WEBPACK_IMPORTED_MODULE_8__/* .builtinProfiles */ .G.map((p) => p.name).join(', ')}`);
    return profile;
}
function readDownload(source) {
    const read = (0,_files_read_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readWorkspaceFile */ .sL)(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(source));
    if (!read.ok)
        throw new _options_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .e(`${source}: ${read.message}`);
    const text = (0,_credentials_decode_text_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialText */ .b)(read.bytes);
    const notTheDownload = (what) => new _options_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .e(`${source} is not the API-credentials download (${what}); ${expectedLayout}`);
    if (text === undefined)
        throw notTheDownload('it is binary data');
    const values = new Map();
    for (const field of (0,_credentials_download_js__WEBPACK_IMPORTED_MODULE_5__/* .downloadFields */ .gp)(text))
        if (!values.has(field.label))
            values.set(field.label, field.value);
    const missing = ['ACCESS TOKEN', 'CLIENT ID', 'API PATH'].filter((label) => !values.get(label));
    const name = values.get('CLIENT NAME') || values.get('NAME');
    if (!name)
        missing.push('CLIENT NAME');
    if (missing.length > 0)
        throw notTheDownload(`no ${missing.map((label) => `"${label}:"`).join(', ')} line`);
    const storeHash = /\/stores\/([A-Za-z0-9]+)(?:\/|$)/.exec(values.get('API PATH'))?.[1]?.toLowerCase();
    if (!storeHash)
        throw notTheDownload('its API PATH holds no /stores/<store_hash>/');
    return {
        name: name,
        storeHash,
        clientId: values.get('CLIENT ID'),
        accessToken: values.get('ACCESS TOKEN'),
        clientSecret: values.get('CLIENT SECRET') || undefined,
    };
}
/** A folder (existing, or written with a trailing slash) gets the default file name inside it. */
function outputPath(target) {
    const isFolder = /[\\/]$/.test(target) || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(target, { throwIfNoEntry: false })?.isDirectory() === true;
    return node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(isFolder ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(target, _init_js__WEBPACK_IMPORTED_MODULE_14__.defaultConnectionFileName) : target);
}
const shown = (file) => node_path__WEBPACK_IMPORTED_MODULE_2__.relative(process.cwd(), file) || file;
function refuseExisting(file) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new _options_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .e(`${shown(file)} already exists; bc-lint import does not overwrite files`);
}
function writeNew(file, text, mode) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, text, { flag: 'wx', ...(mode === undefined ? {} : { mode }) }); // wx: fail rather than overwrite
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            throw new _options_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .e(`${shown(file)} already exists; bc-lint import does not overwrite files`);
        throw new _options_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .e(`cannot write ${shown(file)} (${code === 'ENOENT' ? 'no such folder' : (code ?? error.message)})`);
    }
}
/** An env file that already sets one of the two variables is not changed: bc-lint import overwrites nothing. */
function refuseDefined(file) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return;
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    const defined = ['BIGCOMMERCE_ACCESS_TOKEN', 'BIGCOMMERCE_CLIENT_SECRET'].filter((name) => new RegExp(`^\\s*(?:export\\s+)?${name}\\s*[=:]`, 'm').test(text));
    if (defined.length > 0)
        throw new _options_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .e(`${shown(file)} already sets ${defined.join(' and ')}; bc-lint import does not overwrite values`);
}
/** A new env file is private to its owner; an existing one gets the variables added at its end. */
function writeEnvFile(file, text) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return writeNew(file, text, 0o600);
    const before = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, (before === '' || before.endsWith('\n') ? '' : '\n') + text);
}
/** Why git would not keep the file out of commits, or undefined when it ignores it. Git answers when it can. */
function whyNotIgnored(file) {
    const root = (0,_credentials_git_ignored_js__WEBPACK_IMPORTED_MODULE_6__/* .workTreeFinder */ .iC)()(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file));
    if (root === undefined)
        return 'it is not inside a git work tree, so nothing keeps it out of a commit';
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, file).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    const git = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['check-ignore', '-q', '--', relative], { cwd: root, stdio: 'ignore' });
    const ignored = !git.error && (git.status === 0 || git.status === 1) ? git.status === 0 : (0,_credentials_git_ignored_js__WEBPACK_IMPORTED_MODULE_6__/* .readIgnoreFiles */ .KV)(root)(relative);
    return ignored ? undefined : 'git does not ignore it';
}
function envText(download) {
    const lines = [
        '# BigCommerce API account credentials, written by bc-lint import. Keep this file out of git.',
        `BIGCOMMERCE_ACCESS_TOKEN=${download.accessToken}`,
    ];
    if (download.clientSecret !== undefined)
        lines.push(`BIGCOMMERCE_CLIENT_SECRET=${download.clientSecret}`);
    return lines.join('\n') + '\n';
}
function connectionText(file, download, profile, sourceName) {
    const starter = profile ? (0,_model_starter_js__WEBPACK_IMPORTED_MODULE_12__/* .starterConnection */ .yM)(profile) : undefined;
    const connection = { name: download.name, storeHash: download.storeHash };
    if (typeof starter?.subdomain === 'string')
        connection.subdomain = starter.subdomain;
    connection.apiPath = `https://api.bigcommerce.com/stores/${download.storeHash}/v3/`;
    connection.authType = 'custom';
    connection.clientId = download.clientId;
    if (download.clientSecret !== undefined)
        connection.clientSecret = _model_secrets_js__WEBPACK_IMPORTED_MODULE_11__/* .secretFields */ .kv.clientSecret;
    connection.accessToken = _model_secrets_js__WEBPACK_IMPORTED_MODULE_11__/* .secretFields */ .kv.accessToken;
    if (profile)
        connection.integration = profile.name;
    connection.scopes = starter?.scopes ?? Object.fromEntries(_model_scopes_js__WEBPACK_IMPORTED_MODULE_10__/* .scopeKeys */ .fo.map((scope) => [scope, _model_scope_placeholder_js__WEBPACK_IMPORTED_MODULE_9__/* .scopePlaceholder */ .wJ]));
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_3__/* .Document */ .yo(connection);
    doc.commentBefore = [
        ` yaml-language-server: $schema=${(0,_init_js__WEBPACK_IMPORTED_MODULE_14__.schemaReference)(file)}`,
        ` Imported by bc-lint import from ${sourceName.replace(/[\r\n]/g, ' ')}. Secrets stay out of this file: \${NAME} is read`,
        ' from the environment or your vault at run time.',
        profile
            ? ` Scopes: what integration ${profile.name} needs. Scopes cannot be changed after an API account is created.`
            : ' Scopes: the download does not list them. Set each REPLACE to the level the API account has, as shown under',
        ...(profile ? [] : [' Settings > API > Store-level API accounts; a scope the account does not have is none.']),
    ].join('\n');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(doc.contents)) {
        for (const pair of doc.contents.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(pair.key))
                continue;
            if (pair.key.value === 'subdomain' && (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(pair.value))
                pair.value.comment = ` ${_model_starter_js__WEBPACK_IMPORTED_MODULE_12__/* .placeholders */ .Ft.subdomain.hint}`;
            if (pair.key.value === 'scopes' && !profile && (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(pair.value)) {
                for (const scope of pair.value.items) {
                    if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(scope.key) && (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(scope.value))
                        scope.value.comment = ` ${(_model_scopes_js__WEBPACK_IMPORTED_MODULE_10__/* .scopeLevels */ ._o[String(scope.key.value)] ?? []).join(' | ')}`;
                }
            }
        }
    }
    return doc.toString();
}


/***/ }),

/***/ 7989:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultConnectionFileName: () => (/* binding */ defaultConnectionFileName),
/* harmony export */   runInitCommand: () => (/* binding */ runInitCommand),
/* harmony export */   schemaReference: () => (/* binding */ schemaReference)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _files_bundled_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4941);
/* harmony import */ var _files_discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4162);
/* harmony import */ var _generated_schema_facts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5534);
/* harmony import */ var _model_profile_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1588);
/* harmony import */ var _model_suggest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8165);
/* harmony import */ var _model_starter_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4504);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(698);










const defaultConnectionFileName = 'bigcommerce.connection.yaml';
/**
 * `bc-lint init [--integration NAME] [path]`: writes a schema-valid starter connection file whose placeholders
 * placeholder-value reports until they are replaced; creates missing folders; never overwrites a file.
 */
function runInitCommand(options) {
    const profile = options.integration === undefined ? undefined : findProfile(options.integration);
    const file = outputPath(options.targets[0] ?? '.');
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(process.cwd(), file) || file;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true }); // a folder named in the path is created, as `mkdir -p`
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, starterText(file, profile), { flag: 'wx' }); // wx: fail rather than overwrite
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            throw new _options_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e(`${shown} already exists; bc-lint init does not overwrite files`);
        throw new _options_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e(`cannot write ${shown} (${code ?? error.message})`);
    }
    process.stdout.write(`Wrote ${shown}${profile ? ` with the scopes integration ${profile.name} needs` : ''}. ` +
        'Replace the values marked REPLACE (bc-lint reports each placeholder left until you do), then run bc-lint.\n');
    if (!(0,_files_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .isConnectionFileName */ .wT)(file)) {
        process.stdout.write(`Note: bc-lint finds files named ${defaultConnectionFileName} or *.${defaultConnectionFileName} by itself; lint this one by its path.\n`);
    }
    return 0;
}
function findProfile(name) {
    const profile = (0,_model_profile_text_js__WEBPACK_IMPORTED_MODULE_6__/* .findBuiltinProfile */ .E2)(name);
    if (!profile) {
        const names = (0,_model_profile_text_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinProfileNames */ .DO)();
        const suggestion = (0,_model_suggest_js__WEBPACK_IMPORTED_MODULE_7__/* .closest */ .k)(name, names);
        const known = names.join(', ');
        throw new _options_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e(suggestion
            ? `unknown integration "${name}"; did you mean "${suggestion}"? (known integrations: ${known})`
            : `unknown integration "${name}"; known integrations: ${known}`);
    }
    return profile;
}
/** A folder (existing, or written with a trailing slash) gets the default file name inside it. */
function outputPath(target) {
    const isFolder = /[\\/]$/.test(target) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target, { throwIfNoEntry: false })?.isDirectory() === true;
    return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(isFolder ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(target, defaultConnectionFileName) : target);
}
function starterText(file, profile) {
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .Document */ .yo((0,_model_starter_js__WEBPACK_IMPORTED_MODULE_8__/* .starterConnection */ .yM)(profile));
    doc.commentBefore = [
        ` yaml-language-server: $schema=${schemaReference(file)}`,
        ` A BigCommerce connection, checked by bc-lint${profile ? `; integration ${profile.name}: ${profile.description}` : ''}.`,
        ' Create a store-level API account (Settings > API > Store-level API accounts) with the scopes below;',
        ' scopes cannot be changed after creation. Secrets stay out of this file: ${NAME} is read from the',
        ' environment or your vault at run time.',
        ' More connections: start each with --- and then the modeline above again (editors read it per document).',
    ].join('\n');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(doc.contents)) {
        for (const pair of doc.contents.items) {
            const hint = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(pair.key) ? _model_starter_js__WEBPACK_IMPORTED_MODULE_8__/* .placeholders */ .Ft[String(pair.key.value)]?.hint : undefined;
            if (hint && (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(pair.value))
                pair.value.comment = ` ${hint}`;
        }
    }
    return doc.toString();
}
/**
 * The schema for the modeline: the copy of bc-lint installed in the file's project, by relative path so that
 * editors work offline; otherwise (npx, a global install, a clone) the published URL.
 */
function schemaReference(file) {
    const schema = (0,_files_bundled_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .bundledSchemaPath */ .j)();
    const marker = `${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}node_modules${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`;
    const at = schema.lastIndexOf(marker);
    if (at !== -1) {
        const fromProject = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(schema.slice(0, at), file);
        if (!fromProject.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(fromProject)) {
            const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), schema).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
            return relative.startsWith('.') ? relative : `./${relative}`;
        }
    }
    return _generated_schema_facts_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaFacts */ .h.schemaId;
}


/***/ }),

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

/***/ 4941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ bundledSchemaPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _package_root_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8706);


const schemaFileName = 'bigcommerce.connection.schema.json';
/** The schema file shipped with this copy of bc-lint (a clone or node_modules/bc-lint). */
function bundledSchemaPath() {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join((0,_package_root_js__WEBPACK_IMPORTED_MODULE_1__/* .packageRoot */ .Z)(), 'schemas', schemaFileName);
}


/***/ }),

/***/ 8706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);



let cached;
/**
 * The installed bc-lint package's folder (the clone, or node_modules/bc-lint), found by walking up from the
 * running script, so bundled code finds docs/ and schemas/ wherever it is installed.
 */
function packageRoot() {
    if (cached)
        return cached;
    for (let folder = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));; folder = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder)) {
        const manifest = node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest) && JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8')).name === 'bc-lint') {
            return (cached = folder);
        }
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder) === folder)
            throw new Error('cannot find the bc-lint package folder');
    }
}


/***/ }),

/***/ 5204:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _B: () => (/* binding */ sniffWorkspaceFile),
/* harmony export */   eV: () => (/* binding */ maxFileBytes),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
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
function readWorkspaceFile(file, boundary, options = {}) {
    const refuse = (message) => ({ ok: false, message });
    // A link-free path is its own real path, inside boundary: opening it with O_NOFOLLOW refuses a link swapped in.
    let real = file;
    if (!options.linkFree) {
        const checked = checkPath(file, boundary);
        if (typeof checked !== 'string')
            return checked;
        real = checked;
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, openFlags);
    }
    catch (error) {
        return cannotReadFile(error);
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const kind = specialKind(stats);
        if (kind)
            return refuse(`the file is ${kind}, not a regular file; it was not read`);
        if (options.prefixBytes !== undefined)
            return { ok: true, bytes: readPrefix(fd, options.prefixBytes, stats.size), stats };
        if (stats.size > maxFileBytes)
            return refuse(tooLarge(stats.size));
        const bytes = readAtMost(fd, stats.size, maxFileBytes);
        if (!bytes)
            return refuse(`the file grew past ${megabytes(maxFileBytes)} while being read, too large for a connection file; it was not read`);
        return { ok: true, bytes, stats };
    }
    catch (error) {
        return cannotReadFile(error);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * readWorkspaceFile's refusals, reading only the file's first buffer.length bytes into buffer: how many were read,
 * or -1 when the file must not or cannot be read. Allocates nothing per file but fstat's result, for the
 * thousands of `.txt` files a search sniffs (garbage there makes every collection copy the search's results).
 */
function sniffWorkspaceFile(file, boundary, linkFree, buffer) {
    const real = linkFree ? file : checkPath(file, boundary);
    if (typeof real !== 'string')
        return -1;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, openFlags);
    }
    catch {
        return -1;
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        return stats.isFile() ? readInto(fd, buffer, buffer.length, stats.size) : -1;
    }
    catch {
        return -1;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The real path to open, or why the file must not be read: a link out of boundary or into .git, a special file. */
function checkPath(file, boundary) {
    const refuse = (message) => ({ ok: false, message });
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
        return cannotReadFile(error);
    }
    return real;
}
function cannotReadFile(error) {
    return { ok: false, message: `cannot read the file (${error.code ?? error.message})` };
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
function readPrefix(fd, limit, size) {
    const buffer = Buffer.allocUnsafe(limit);
    return buffer.subarray(0, readInto(fd, buffer, limit, size));
}
/** Up to limit bytes from the file's start; stops at the size fstat gave (no read only to see the end) unless 0 (/proc). */
function readInto(fd, buffer, limit, size) {
    let total = 0;
    for (let count = -1; count !== 0 && total < limit && (total < size || size === 0); total += count) {
        count = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, total, limit - total, null);
    }
    return total;
}
function tooLarge(size) {
    return `the file is ${megabytes(size)}, too large for a connection file (the limit is ${megabytes(maxFileBytes)}); it was not read`;
}
function megabytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
}


/***/ }),

/***/ 7791:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SA: () => (/* binding */ isScopePlaceholder),
/* harmony export */   mf: () => (/* binding */ scopeStillToDecide),
/* harmony export */   wJ: () => (/* binding */ scopePlaceholder)
/* harmony export */ });
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5454);

/**
 * A scope level not chosen yet: what `bc-lint import` writes, since the API-credentials download does not list the
 * account's scopes. The schema check reports it as still to decide, pointing at the control panel.
 */
const scopePlaceholder = 'REPLACE';
function isScopePlaceholder(level) {
    return typeof level === 'string' && (/REPLACE|^<.*>$|^x{3,}$/i.test(level) || /^(todo|tbd|choose)$/i.test(level));
}
/** The control panel's row for a scope key: `sitesAndRoutes` is "Sites & routes". */
function scopeRow(scope) {
    const words = scope
        .replace(/([A-Z])/g, ' $1')
        .toLowerCase()
        .split(' ');
    const row = words.map((word) => (word === 'and' ? '&' : word === 'api' ? 'API' : word)).join(' ');
    return row.charAt(0).toUpperCase() + row.slice(1);
}
function scopeStillToDecide(scope) {
    const levels = (_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeLevels */ ._o[scope] ?? []).map((level) => `\`${level}\``);
    const list = levels.length > 1 ? `${levels.slice(0, -1).join(', ')} or ${levels.at(-1)}` : levels.join('');
    return (`\`scopes.${scope}\` is still to decide: set the level of the "${scopeRow(scope)}" row of this API account, ` +
        `shown in the control panel under Settings > API > Store-level API accounts (${list}).`);
}


/***/ }),

/***/ 2166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ isPlaintextSecret),
/* harmony export */   QO: () => (/* binding */ secretReference),
/* harmony export */   h6: () => (/* binding */ swappedSecretKind),
/* harmony export */   kv: () => (/* binding */ secretFields),
/* harmony export */   nU: () => (/* binding */ isSecretField),
/* harmony export */   oG: () => (/* binding */ otherReference),
/* harmony export */   rQ: () => (/* binding */ holdsSwappedSecret),
/* harmony export */   tF: () => (/* binding */ looksLikeSecretKey)
/* harmony export */ });
/**
 * The secret facts, in one place: which connection fields hold secrets, what a secret reference looks like, and
 * which keys look like a secret field. The parser's secret finder, the no-plaintext-secret rule and the starter
 * connection all read them from here.
 */
/** A secret reference such as ${BIGCOMMERCE_ACCESS_TOKEN}, resolved from the environment or a vault at run time. */
const secretReference = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;
/** Secret fields and the reference suggested for each. */
const secretFields = {
    accessToken: '${BIGCOMMERCE_ACCESS_TOKEN}',
    clientSecret: '${BIGCOMMERCE_CLIENT_SECRET}',
    supportPin: '${BIGCOMMERCE_SUPPORT_PIN}',
};
function isSecretField(key) {
    return Object.hasOwn(secretFields, key);
}
const variableName = '([A-Za-z_][A-Za-z0-9_]*)';
const otherReferenceSyntaxes = [
    { pattern: new RegExp(`^\\$${variableName}$`), syntax: 'a shell-style `$NAME` reference', convertible: true },
    { pattern: new RegExp(`^\\$\\{\\s*${variableName}\\s*\\}$`), syntax: 'a `${ NAME }` reference with spaces', convertible: true },
    { pattern: new RegExp(`^\\$\\{\\s*env:\\s*${variableName}\\s*\\}$`), syntax: 'a `${env:NAME}` reference', convertible: true },
    { pattern: new RegExp(`^%${variableName}%$`), syntax: 'a Windows-style `%NAME%` reference', convertible: true },
    { pattern: /^\$\{\{.*\}\}$/s, syntax: 'a GitHub Actions expression (`${{ secrets.NAME }}`)', convertible: false },
    { pattern: /^\{\{.*\}\}$/s, syntax: 'a template expression (`{{ ... }}`)', convertible: false },
    { pattern: /^op:\/\/\S+$/, syntax: 'a 1Password secret reference (`op://...`)', convertible: false },
    { pattern: /^vault:\S+$/, syntax: 'a Vault reference (`vault:...`)', convertible: false },
    { pattern: /^arn:aws[a-z-]*:secretsmanager:\S+$/, syntax: 'an AWS Secrets Manager ARN', convertible: false },
];
/** The other reference syntax a value is written in, if any (`${NAME}` itself is not "other"). */
function otherReference(value) {
    if (typeof value !== 'string' || secretReference.test(value))
        return undefined;
    for (const { pattern, syntax, convertible } of otherReferenceSyntaxes) {
        const match = pattern.exec(value);
        if (match)
            return convertible ? { syntax, name: match[1] } : { syntax };
    }
    return undefined;
}
/** A secret field's value that is written in plain text (the thing to mask and never print). */
function isPlaintextSecret(value) {
    if (value === null || value === undefined || value === '')
        return false;
    if (typeof value === 'string')
        return !secretReference.test(value) && otherReference(value) === undefined;
    return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value instanceof Uint8Array;
}
/**
 * What a secret pasted into `clientId` looks like: 64 hex digits (a client secret) or a JWT (a storefront, private
 * or impersonation token). A client ID is 30 to 32 lowercase letters and digits, so neither shape is one.
 */
function swappedSecretKind(value) {
    if (typeof value !== 'string')
        return undefined;
    const trimmed = value.trim();
    if (/^[0-9a-f]{64}$/i.test(trimmed))
        return 'client secret';
    if (/^eyJ[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){0,2}$/.test(trimmed))
        return 'JWT token';
    return undefined;
}
/** A key whose value is a secret because of its shape: a `clientId` holding a client secret or a token. */
function holdsSwappedSecret(key, value) {
    return normalize(key) === 'clientid' && swappedSecretKind(value) !== undefined;
}
/** Longer keys are not compared: a misspelt field name is short, and the comparison stays cheap. */
const maxSecretKeyLength = 40;
const normalize = (key) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
const normalizedSecretFields = Object.keys(secretFields).map(normalize);
/**
 * A key that is a secret field or looks like one: other case or separators (`client_secret`, `AccessToken`) or a
 * small misspelling (`acessToken`, `supportPn`). Its value is treated as a secret, so a typo cannot make a token
 * printable. One or two edits, by the length of the field name.
 */
function looksLikeSecretKey(key) {
    if (isSecretField(key))
        return true;
    if (key.length > maxSecretKeyLength)
        return false;
    let answer = secretKeyAnswers.get(key);
    if (answer === undefined) {
        const normalized = normalize(key);
        answer = normalizedSecretFields.some((field) => boundedEditDistance(normalized, field, field.length >= 10 ? 2 : 1));
        if (secretKeyAnswers.size >= maxRememberedKeys)
            secretKeyAnswers.clear();
        secretKeyAnswers.set(key, answer);
    }
    return answer;
}
/** Every key of every document is asked about, and a run's files share most keys: remember the answers (bounded). */
const secretKeyAnswers = new Map();
const maxRememberedKeys = 10_000;
/** Whether the optimal-string-alignment distance between a and b is at most `limit` (both short). */
function boundedEditDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return false;
    let previous2 = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, previous2[j - 2] + 1);
            row.push(value);
        }
        previous2 = previous;
        previous = row;
    }
    return previous[b.length] <= limit;
}


/***/ }),

/***/ 4504:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ placeholders),
/* harmony export */   yM: () => (/* binding */ starterConnection)
/* harmony export */ });
/* unused harmony export starterSnippet */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2166);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5454);


/**
 * Starter connections: what `bc-lint init` writes and what the schema's defaultSnippets insert, both built from the
 * integration profiles. They are schema-valid and give the profile every scope it needs; the values to fill in
 * are placeholders that `placeholder-value` reports until they are replaced (contract v2), so a forgotten one
 * never passes.
 */
/** Values a user must replace: a placeholder from placeholder-value's list and where the real value is. */
const placeholders = {
    storeHash: {
        value: 'yourstorehash',
        hint: 'REPLACE with your store hash: from the API path https://api.bigcommerce.com/stores/{store_hash}/v3/ shown when the API account was created',
    },
    subdomain: { value: 'yoursubdomain', hint: 'REPLACE with your storefront label: acme for https://acme.mybigcommerce.com' },
    clientId: {
        value: 'yourclientid',
        hint: 'REPLACE with the Client ID shown when the API account was saved (Settings > API > Store-level API accounts)',
    },
    apiPath: {
        value: 'https://api.bigcommerce.com/stores/yourstorehash/v3/',
        hint: 'REPLACE with the API path shown when the API account was saved (yourstorehash is your store hash)',
    },
};
/** A connection that gives the profile (or, without one, a custom connection) everything it needs. */
function starterConnection(profile) {
    const authType = profile?.authType ?? 'custom';
    const connection = {
        name: profile ? `My store (${profile.name})` : 'My store',
        storeHash: placeholders.storeHash.value,
    };
    for (const field of profile?.fields ?? []) {
        if ((0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretField */ .nU)(field)) {
            connection[field] = _secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .secretFields */ .kv[field];
            continue;
        }
        const placeholder = placeholders[field];
        if (!placeholder)
            throw new Error(`no placeholder for the field "${field}" of integration ${profile.name}`);
        connection[field] = placeholder.value;
    }
    // Customer Login JWTs are signed with the client secret: a profile that logs shoppers in gets it too.
    if (profile?.needs.customersLogin === 'login')
        connection.clientSecret ??= _secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .secretFields */ .kv.clientSecret;
    connection.authType = authType;
    connection.accessToken = _secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .secretFields */ .kv.accessToken;
    if (profile)
        connection.integration = profile.name;
    if (authType === 'custom')
        connection.scopes = starterScopes(profile);
    return connection;
}
/** The profile's needs, plus both storefront-token scopes at manage when it mints storefront tokens; in control-panel order. */
function starterScopes(profile) {
    const wanted = { ...profile?.needs };
    if (profile?.storefrontTokens ?? true) {
        for (const scope of Object.keys(_scopes_js__WEBPACK_IMPORTED_MODULE_1__/* .storefrontTokenScopes */ .Vt))
            wanted[scope] = 'manage';
    }
    return Object.fromEntries(_scopes_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeKeys */ .fo.filter((key) => Object.hasOwn(wanted, key)).map((key) => [key, wanted[key]]));
}
/**
 * The schema's defaultSnippet for a profile: the starter connection in snippet syntax, with tab stops on the
 * values to replace and `$` escaped so that secret references arrive as written.
 */
function starterSnippet(profile) {
    const connection = starterConnection(profile);
    let tabStop = 1;
    const toSnippet = (key, value) => {
        if (typeof value === 'object' && value !== null) {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toSnippet(k, v)]));
        }
        const text = String(value).replace(/[\\$}]/g, '\\$&');
        return key === 'name' || Object.hasOwn(placeholders, key) ? `\${${tabStop++}:${text}}` : text;
    };
    return {
        label: profile ? `New connection: ${profile.name}` : 'New connection',
        description: profile
            ? `A connection for ${profile.description} with the scopes it needs (integration: ${profile.name}).`
            : 'A custom connection: a store-level API account with both storefront-token scopes at manage.',
        body: toSnippet('', connection),
    };
}


/***/ }),

/***/ 8165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/**
 * Names longer than this are not compared. Edit distance costs the product of both lengths: a multi-megabyte key
 * took gigabytes. Every known name is far shorter, so a longer input cannot be a typo of one.
 */
const maxComparedLength = 64;
/** The closest candidate to a misspelt name, or undefined when none is close enough to be a likely typo. */
function closest(input, candidates) {
    if (input.length > maxComparedLength)
        return undefined;
    const names = [...candidates];
    const key = JSON.stringify([input, names]);
    if (answers.has(key))
        return answers.get(key);
    if (answers.size >= maxRememberedAnswers)
        answers.clear();
    const answer = closestOf(input, names);
    answers.set(key, answer);
    return answer;
}
/** Files of one run repeat the same misspelt keys: the answers are remembered (bounded), as each costs many edit distances. */
const answers = new Map();
const maxRememberedAnswers = 2_000;
function closestOf(input, candidates) {
    const lowered = input.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate.length > maxComparedLength)
            continue;
        const distance = candidate.toLowerCase() === lowered ? 0 : editDistance(lowered, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.max(2, Math.floor(input.length / 3));
    return bestDistance <= allowed ? best : undefined;
}
/**
 * The one wording of a suggestion: "; did you mean `storeHash`?" (from closest()), else `otherwise`. It names a
 * known name, never the input, which may be a secret's alias.
 */
function didYouMean(suggestion, otherwise = '') {
    return suggestion === undefined ? otherwise : `; did you mean \`${suggestion}\`?`;
}
/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i]);
    for (let j = 1; j <= b.length; j++)
        rows[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, rows[i - 2][j - 2] + 1);
            rows[i][j] = value;
        }
    }
    return rows[a.length][b.length];
}


/***/ })

};
