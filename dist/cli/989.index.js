export const id = 989;
export const ids = [989];
export const modules = {

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
