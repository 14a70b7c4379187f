export const id = 132;
export const ids = [132];
export const modules = {

/***/ 7132:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultConnectionFileName: () => (/* binding */ defaultConnectionFileName),
  runInitCommand: () => (/* binding */ runInitCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/src/files/bundled-schema.js
var bundled_schema = __webpack_require__(4941);
// EXTERNAL MODULE: ./build/src/files/discover.js
var discover = __webpack_require__(4162);
// EXTERNAL MODULE: ./build/src/generated/schema-facts.js
var schema_facts = __webpack_require__(5534);
// EXTERNAL MODULE: ./build/src/model/profiles.js
var profiles = __webpack_require__(4077);
// EXTERNAL MODULE: ./build/src/model/secrets.js
var secrets = __webpack_require__(2166);
// EXTERNAL MODULE: ./build/src/rules/storefront-scopes-manage.js
var storefront_scopes_manage = __webpack_require__(7315);
// EXTERNAL MODULE: ./build/src/model/scopes.js
var scopes = __webpack_require__(5454);
;// CONCATENATED MODULE: ./build/src/model/starter.js



/**
 * Starter connections: what `bc-lint init` writes and what the schema's defaultSnippets insert, both built
 * from the integration profiles so that a new file lints clean.
 */
/** Values a user must replace, each with a valid stand-in (so the starter lints clean) and where the real one is. */
const placeholders = {
    storeHash: { value: 'abc123', hint: 'REPLACE with your store hash, from the API path https://api.bigcommerce.com/stores/{store_hash}/v3/' },
    subdomain: { value: 'mystore', hint: 'REPLACE with your storefront label: acme for https://acme.mybigcommerce.com' },
};
/** A connection that gives the profile (or, without one, a custom connection) everything it needs. */
function starterConnection(profile) {
    const authType = profile?.authType ?? 'custom';
    const connection = {
        name: profile ? `My store (${profile.name})` : 'My store',
        storeHash: placeholders.storeHash.value,
    };
    for (const field of profile?.fields ?? []) {
        const placeholder = placeholders[field];
        if (!placeholder)
            throw new Error(`no placeholder for the field "${field}" of integration ${profile.name}`);
        connection[field] = placeholder.value;
    }
    connection.authType = authType;
    connection.accessToken = secrets/* secretFields */.kv.accessToken;
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
        for (const scope of Object.keys(storefront_scopes_manage/* storefrontTokenScopes */.V))
            wanted[scope] = 'manage';
    }
    return Object.fromEntries(scopes/* scopeKeys */.fo.filter((key) => Object.hasOwn(wanted, key)).map((key) => [key, wanted[key]]));
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

// EXTERNAL MODULE: ./build/src/cli/options.js + 1 modules
var cli_options = __webpack_require__(4522);
;// CONCATENATED MODULE: ./build/src/cli/commands/init.js









const defaultConnectionFileName = 'bigcommerce.connection.yaml';
/** `bc-lint init [--integration NAME] [path]`: writes a starter connection file that lints clean; never overwrites. */
function runInitCommand(options) {
    const profile = options.integration === undefined ? undefined : findProfile(options.integration);
    const file = outputPath(options.targets[0] ?? '.');
    const shown = external_node_path_.relative(process.cwd(), file) || file;
    try {
        (0,external_node_fs_.writeFileSync)(file, starterText(file, profile), { flag: 'wx' }); // wx: fail rather than overwrite
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            throw new cli_options/* UsageError */.eb(`${shown} already exists; bc-lint init does not overwrite files`);
        throw new cli_options/* UsageError */.eb(`cannot write ${shown} (${code === 'ENOENT' ? 'no such folder' : (code ?? error.message)})`);
    }
    process.stdout.write(`Wrote ${shown}${profile ? ` with the scopes integration ${profile.name} needs` : ''}. ` +
        'Replace the values marked REPLACE, then run bc-lint.\n');
    if (!(0,discover/* isConnectionFileName */.wT)(file)) {
        process.stdout.write(`Note: bc-lint finds files named ${defaultConnectionFileName} or *.${defaultConnectionFileName} by itself; lint this one by its path.\n`);
    }
    return 0;
}
function findProfile(name) {
    const profile = profiles/* builtinProfiles */.G.find((candidate) => candidate.name === name);
    if (!profile)
        throw new cli_options/* UsageError */.eb(`unknown integration "${name}"; known integrations: ${profiles/* builtinProfiles */.G.map((p) => p.name).join(', ')}`);
    return profile;
}
/** A folder (existing, or written with a trailing slash) gets the default file name inside it. */
function outputPath(target) {
    const isFolder = /[\\/]$/.test(target) || (0,external_node_fs_.statSync)(target, { throwIfNoEntry: false })?.isDirectory() === true;
    return external_node_path_.resolve(isFolder ? external_node_path_.join(target, defaultConnectionFileName) : target);
}
function starterText(file, profile) {
    const doc = new dist/* Document */.yo(starterConnection(profile));
    doc.commentBefore = [
        ` yaml-language-server: $schema=${schemaReference(file)}`,
        ` A BigCommerce connection, checked by bc-lint${profile ? `; integration ${profile.name}: ${profile.description}` : ''}.`,
        ' Create a store-level API account (Settings > API > Store-level API accounts) with the scopes below;',
        ' scopes cannot be changed after creation. Secrets stay out of this file: ${NAME} is read from the',
        ' environment or your vault at run time.',
        ' More connections: start each with --- and then the modeline above again (editors read it per document).',
    ].join('\n');
    if ((0,dist/* isMap */.jh)(doc.contents)) {
        for (const pair of doc.contents.items) {
            const hint = (0,dist/* isScalar */.jn)(pair.key) ? placeholders[String(pair.key.value)]?.hint : undefined;
            if (hint && (0,dist/* isScalar */.jn)(pair.value))
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
    const schema = (0,bundled_schema/* bundledSchemaPath */.j)();
    const marker = `${external_node_path_.sep}node_modules${external_node_path_.sep}`;
    const at = schema.lastIndexOf(marker);
    if (at !== -1) {
        const fromProject = external_node_path_.relative(schema.slice(0, at), file);
        if (!fromProject.startsWith('..') && !external_node_path_.isAbsolute(fromProject)) {
            const relative = external_node_path_.relative(external_node_path_.dirname(file), schema).split(external_node_path_.sep).join('/');
            return relative.startsWith('.') ? relative : `./${relative}`;
        }
    }
    return schema_facts/* schemaFacts */.h.schemaId;
}


/***/ }),

/***/ 4941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ bundledSchemaPath)
/* harmony export */ });
/* unused harmony export schemaFileName */
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

/***/ 5534:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ schemaFacts)
/* harmony export */ });
// Generated by scripts/generate-validator.mjs from schemas/bigcommerce.connection.schema.json. Do not edit.
const schemaFacts = {
    "schemaId": "https://unpkg.com/bc-lint/schemas/bigcommerce.connection.schema.json",
    "topLevelKeys": [
        "$schema",
        "name",
        "storeHash",
        "subdomain",
        "channelId",
        "apiPath",
        "authType",
        "tokenType",
        "clientId",
        "clientSecret",
        "accessToken",
        "supportPin",
        "scopes",
        "integration"
    ],
    "patternMessages": {
        "/storeHash": "Use the bare store hash (lowercase letters and digits), not an API path, URL or host: ci4bzn8adz from https://api.bigcommerce.com/stores/ci4bzn8adz/v3/.",
        "/subdomain": "Use the bare storefront label, not a URL, a host or the control-panel host store-{store_hash}: acme for https://acme.mybigcommerce.com.",
        "/apiPath": "The API path has the form https://api.bigcommerce.com/stores/<storeHash>/v3/.",
        "/clientSecret": "Write a secret reference such as ${NAME} (resolved from the environment or a vault at run time), never the secret itself.",
        "/accessToken": "Write a secret reference such as ${NAME} (resolved from the environment or a vault at run time), never the secret itself.",
        "/supportPin": "Write a secret reference such as ${NAME} (resolved from the environment or a vault at run time), never the secret itself."
    },
    "requiredKeys": [
        "name",
        "storeHash",
        "authType",
        "accessToken"
    ],
    "scopeLevels": {
        "content": [
            "none",
            "read-only",
            "modify"
        ],
        "checkoutContent": [
            "none",
            "read-only",
            "modify"
        ],
        "customers": [
            "none",
            "read-only",
            "modify"
        ],
        "customersLogin": [
            "none",
            "login"
        ],
        "informationAndSettings": [
            "none",
            "read-only",
            "modify"
        ],
        "marketing": [
            "none",
            "read-only",
            "modify"
        ],
        "orders": [
            "none",
            "read-only",
            "modify"
        ],
        "orderTransactions": [
            "none",
            "read-only",
            "modify"
        ],
        "createPayments": [
            "none",
            "create"
        ],
        "getPaymentMethods": [
            "none",
            "read-only"
        ],
        "storedPaymentInstruments": [
            "none",
            "read-only",
            "modify"
        ],
        "products": [
            "none",
            "read-only",
            "modify"
        ],
        "themes": [
            "none",
            "read-only",
            "modify"
        ],
        "carts": [
            "none",
            "read-only",
            "modify"
        ],
        "checkouts": [
            "none",
            "read-only",
            "modify"
        ],
        "sitesAndRoutes": [
            "none",
            "read-only",
            "modify"
        ],
        "channelSettings": [
            "none",
            "read-only",
            "modify"
        ],
        "channelListings": [
            "none",
            "read-only",
            "modify"
        ],
        "storefrontApiTokens": [
            "none",
            "manage"
        ],
        "storefrontApiCustomerImpersonationTokens": [
            "none",
            "manage"
        ],
        "storeLogs": [
            "none",
            "read-only"
        ],
        "storeLocations": [
            "none",
            "read-only",
            "modify"
        ],
        "storeInventory": [
            "none",
            "read-only",
            "modify"
        ],
        "fulfillmentMethods": [
            "none",
            "read-only",
            "modify"
        ],
        "orderFulfillment": [
            "none",
            "read-only",
            "modify"
        ],
        "metafieldOwnership": [
            "none",
            "manage"
        ],
        "metafieldsAccess": [
            "standard",
            "full"
        ],
        "storeTranslations": [
            "none",
            "read-only",
            "modify"
        ]
    }
};


/***/ }),

/***/ 5454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Le: () => (/* binding */ levelRank),
/* harmony export */   RP: () => (/* binding */ lowestLevel),
/* harmony export */   c_: () => (/* binding */ isScopeKey),
/* harmony export */   fo: () => (/* binding */ scopeKeys)
/* harmony export */ });
/* unused harmony export scopeLevels */
/* harmony import */ var _generated_schema_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5534);

/** Scope keys and their levels, lowest first, as the published schema lists them. */
const scopeLevels = _generated_schema_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaFacts */ .h.scopeLevels;
const scopeKeys = Object.keys(scopeLevels);
function isScopeKey(key) {
    return Object.hasOwn(scopeLevels, key);
}
/** Position of a level in its scope's order (none < read-only < modify), or -1 when the scope does not offer it. */
function levelRank(scope, level) {
    const levels = scopeLevels[scope];
    return levels && typeof level === 'string' ? levels.indexOf(level) : -1;
}
/** The level a scope has when it is left out: `none`, or `standard` for metafieldsAccess. */
function lowestLevel(scope) {
    return scopeLevels[scope]?.[0] ?? 'none';
}


/***/ }),

/***/ 2166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ isPlaintextSecret),
/* harmony export */   QO: () => (/* binding */ secretReference),
/* harmony export */   kv: () => (/* binding */ secretFields),
/* harmony export */   tF: () => (/* binding */ looksLikeSecretKey)
/* harmony export */ });
/* unused harmony export isSecretField */
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
/** A secret field's value that is written in plain text (the thing to mask and never print). */
function isPlaintextSecret(value) {
    if (value === null || value === undefined || value === '')
        return false;
    if (typeof value === 'string')
        return !secretReference.test(value);
    return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value instanceof Uint8Array;
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
    const normalized = normalize(key);
    return normalizedSecretFields.some((field) => boundedEditDistance(normalized, field, field.length >= 10 ? 2 : 1));
}
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

/***/ 1543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ isMapping)
/* harmony export */ });
/** Plain-object test for YAML mappings turned into data. */
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}


/***/ }),

/***/ 7315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ storefrontTokenScopes),
/* harmony export */   t: () => (/* binding */ storefrontScopesManage)
/* harmony export */ });
/* harmony import */ var _model_scopes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5454);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1543);


const storefrontTokenScopes = {
    storefrontApiTokens: { row: 'Storefront API tokens', oauth: 'store_storefront_api' },
    storefrontApiCustomerImpersonationTokens: {
        row: 'Storefront API customer impersonation tokens',
        oauth: 'store_storefront_api_customer_impersonation',
    },
};
const storefrontScopesManage = {
    meta: {
        id: 'storefront-scopes-manage',
        defaultSeverity: 'error',
        description: 'With `authType: custom`, both storefront-token scopes must be `manage`.',
        docs: 'With `authType: custom` the integration mints its own storefront tokens from the API account: private and ' +
            'storefront tokens need Storefront API tokens = Manage (store_storefront_api), customer impersonation tokens ' +
            'need Storefront API customer impersonation tokens = Manage (store_storefront_api_customer_impersonation). ' +
            'Celigo asks for both. Skipped when the declared integration profile does not use storefront tokens.',
        fixable: false,
    },
    check({ connection, profile, report }) {
        if (connection.authType !== 'custom' || profile?.storefrontTokens === false)
            return;
        const scopes = connection.scopes;
        if (!(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .p)(scopes))
            return; // the schema reports missing or malformed scopes
        for (const [scope, { row, oauth }] of Object.entries(storefrontTokenScopes)) {
            const level = scopes[scope];
            if (level === 'manage')
                continue;
            // A level the scope offers is quoted; anything else is described, never quoted (it may be a secret's alias).
            const now = level === undefined ? 'is left out (none)' : (0,_model_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .levelRank */ .Le)(scope, level) >= 0 ? `is \`${String(level)}\`` : 'is set to a level it does not offer';
            report({
                path: ['scopes', scope],
                message: `\`${scope}\` ${now}; with \`authType: custom\` the integration mints storefront tokens itself and needs ${row} = manage (${oauth}).`,
            });
        }
    },
};


/***/ })

};
