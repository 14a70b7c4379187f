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

// EXTERNAL MODULE: ./build/src/cli/options.js
var cli_options = __webpack_require__(698);
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


/***/ })

};
