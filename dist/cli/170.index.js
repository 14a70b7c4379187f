export const id = 170;
export const ids = [170];
export const modules = {

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


/***/ }),

/***/ 145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   L: () => (/* binding */ describeSchemaError)
/* harmony export */ });
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9529);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8165);


/**
 * Turns Ajv errors (validators compiled with messages: false) into bc-lint's messages: one wording for the
 * connection schema and the project config. `at` is the error's instancePath as a path.
 */
function describeSchemaError(error, at, words) {
    const name = at.length === 0 ? 'the connection' : (0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .codeName */ .Pg)(at.join('.'));
    const params = error.params;
    const onValue = (message) => ({ subject: at, on: 'value', message });
    switch (error.keyword) {
        case 'required': {
            const key = String(params.missingProperty);
            return { subject: [...at, key], on: 'value', missing: true, message: `missing required key \`${key}\`${words.requiredHint?.(key) ?? ''}.` };
        }
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const { what, known } = words.unknownKey(at);
            const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(key, known);
            return {
                subject: [...at, key],
                on: 'key',
                message: `${what} ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .codeName */ .Pg)(key)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(suggestion, '.')}`,
                ...(suggestion ? { suggested: [...at, suggestion] } : {}),
            };
        }
        case 'type': {
            const value = words.valueAt(at);
            if (at.length === 0 && words.rootType)
                return onValue(words.rootType(value));
            return onValue(`${name} must be ${typeWords[String(params.type)] ?? `a ${String(params.type)}`}, not ${kindOf(value)}.`);
        }
        case 'enum': {
            const allowed = params.allowedValues.map((v) => `\`${String(v)}\``);
            const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed.join('');
            // The value is described, not quoted: it may be an alias of a secret.
            const value = words.valueAt(at);
            const own = words.enumMessage?.(at, value);
            if (own !== undefined)
                return onValue(own);
            const got = typeof value === 'string' ? ' the value is not one of them.' : ` it is ${kindOf(value)}.`;
            return onValue(`${name} ${words.enumVerb?.(at) ?? 'must be'} ${list};${got}`);
        }
        case 'minLength':
            return onValue(Number(params.limit) === 1 ? `${name} must not be empty.` : `${name} must be at least ${String(params.limit)} characters long.`);
        case 'maxLength':
            return onValue(`${name} must be at most ${String(params.limit)} characters long.`);
        case 'minimum':
            return onValue(`${name} must be ${String(params.limit)} or more.`);
        case 'pattern': {
            const onKey = error.propertyName !== undefined;
            const subject = onKey ? [...at, error.propertyName] : at;
            const hint = words.patternHint?.(subject, onKey);
            return { subject, on: onKey ? 'key' : 'value', message: `${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .codeName */ .Pg)(subject.join('.'))} is not in the expected form.${hint ? ` ${hint}` : ''}` };
        }
        case 'if': // the `then` branch's own error says what is missing
        case 'propertyNames': // the pattern error on the name itself says it
            return undefined;
        default:
            return onValue(`${name} is not valid (${error.keyword}).`);
    }
}
const typeWords = { object: 'a mapping', array: 'a list', integer: 'an integer' };
/** What a value is, in words, without quoting it. */
function kindOf(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    // Tags such as !!binary and !!timestamp give values that are neither plain data nor mappings.
    if (value instanceof Uint8Array)
        return 'binary data';
    if (value instanceof Date)
        return 'a date';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'a number' : 'a decimal number';
    if (typeof value === 'boolean')
        return 'true/false';
    return `a ${typeof value}`;
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


/***/ }),

/***/ 3075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ pointer),
/* harmony export */   v: () => (/* binding */ parsePointer)
/* harmony export */ });
/** JSON Pointer (RFC 6901) of a path, the key findings and schema errors are matched on. */
function pointer(path) {
    return path.map((key) => '/' + key.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
function parsePointer(text) {
    return text === ''
        ? []
        : text
            .slice(1)
            .split('/')
            .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
}


/***/ }),

/***/ 4207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ clientIdReuse),
/* harmony export */   x: () => (/* binding */ runConnectionOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _model_scopes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5454);
/* harmony import */ var _model_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2166);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1543);
/* harmony import */ var _store_hash_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(349);





/** The facts client-id-reuse compares, for a connection with a literal client ID (a swapped secret is not one). */
function runConnectionOf(filePath, document) {
    const connection = document.value;
    if (!(0,_rule_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(connection))
        return undefined;
    const clientId = connection.clientId;
    if (typeof clientId !== 'string' || clientId === '' || _model_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .secretReference */ .QO.test(clientId) || (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .swappedSecretKind */ .h6)(clientId))
        return undefined;
    const scopes = connection.scopes;
    return {
        filePath,
        line: document.valueRange(['clientId']).line,
        clientId,
        storeHash: (0,_store_hash_format_js__WEBPACK_IMPORTED_MODULE_3__/* .intendedStoreHash */ .d)(connection.storeHash),
        scopes: (0,_rule_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(scopes) ? JSON.stringify(_model_scopes_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeKeys */ .fo.map((key) => scopes[key] ?? (0,_model_scopes_js__WEBPACK_IMPORTED_MODULE_1__/* .lowestLevel */ .RP)(key))) : undefined,
    };
}
/** Where the other connection is, as seen from this file. */
function placeOf(other, filePath) {
    if (other.filePath === filePath)
        return `line ${other.line} of this file`;
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(filePath), other.filePath).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return `\`${relative}\` line ${other.line}`;
}
const clientIdReuse = {
    meta: {
        id: 'client-id-reuse',
        defaultSeverity: 'error',
        description: 'The same literal `clientId` in two connections of one run with a different `storeHash` or different `scopes`.',
        docs: 'A client ID belongs to one store-level API account, and an API account belongs to one store: it is created in ' +
            "that store's control panel (Settings > API > Store-level API accounts). Its scopes cannot be changed after it " +
            'is created, so a different scope set means a new account with a new client ID. The same client ID in two ' +
            'connections (two documents of a file, or two files linted together) for different stores or with different ' +
            'scopes is a copy-paste mistake: one of them is wrong. Reported on the later connection (files are linted in ' +
            'sorted order), naming the other file and line.',
        fixable: false,
    },
    check({ document, filePath, earlierConnections, report }) {
        const current = runConnectionOf(filePath, document);
        if (!current)
            return;
        for (const other of earlierConnections) {
            if (other.clientId !== current.clientId)
                continue;
            // A store hash that cannot be read is no evidence of another store.
            const otherStore = other.storeHash !== undefined && current.storeHash !== undefined && other.storeHash !== current.storeHash;
            if (!otherStore && other.scopes === current.scopes)
                continue;
            report({
                path: ['clientId'],
                message: otherStore
                    ? `the same \`clientId\` is used for another store (a different \`storeHash\`) at ${placeOf(other, filePath)}. ` +
                        'An API account, and its client ID, belongs to the one store whose control panel created it (Settings > API > ' +
                        "Store-level API accounts): use that store's own API account here."
                    : `the same \`clientId\` is used with different \`scopes\` at ${placeOf(other, filePath)}. An API account's scopes ` +
                        'cannot be changed after it is created, so one client ID has one scope set: make the scopes match, or create ' +
                        'a new API account (Settings > API > Store-level API accounts) for the other set.',
            });
            return;
        }
    },
};


/***/ }),

/***/ 3650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ replaceStringFix)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/**
 * A plain scalar that is this string under both YAML 1.2 and YAML 1.1 (a `%YAML 1.1` document): a lowercase
 * word, and not one of 1.1's booleans or null. Anything else (digits first, `0b1010`, `12:30`, `1_000`, dates,
 * `~`) is quoted.
 */
const safePlain = /^[a-z][a-z0-9-]*$/;
const yaml11Words = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);
/**
 * A fix that replaces the scalar at path with a new string, keeping its quoting style so that every other byte of
 * the file stays as it was. None for block scalars, nor for a value shared through an anchor: changing an
 * anchored value changes each alias of it too, and an alias is only a reference to a value defined elsewhere.
 */
function replaceStringFix(document, path, replacement) {
    for (let depth = path.length; depth >= 0; depth--) {
        const shared = document.node(path.slice(0, depth));
        const inside = depth === path.length ? 'the value' : 'the value is inside a value that';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(shared)) {
            return { notFixable: `Not fixed automatically: ${inside} comes through the alias *${shared.source}; change it where &${shared.source} is defined.` };
        }
        if (shared?.anchor !== undefined) {
            const what = depth === path.length ? 'the value is the anchor' : 'the value is inside the anchor';
            return { notFixable: `Not fixed automatically: ${what} &${shared.anchor}, shared with its aliases, which a fix would change too.` };
        }
    }
    const node = document.node(path);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || !node.range)
        return { notFixable: 'Not fixed automatically: the value is not a plain or quoted string.' };
    let text;
    switch (node.type) {
        case yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE:
            text = JSON.stringify(replacement);
            break;
        case yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE:
            text = singleQuoted(replacement);
            break;
        case yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN:
            text = safePlain.test(replacement) && !yaml11Words.has(replacement) ? replacement : singleQuoted(replacement);
            break;
        default:
            return { notFixable: 'Not fixed automatically: block scalars are left as written.' };
    }
    return { fix: { range: [node.range[0], node.range[1]], text } };
}
function singleQuoted(text) {
    return `'${text.replace(/'/g, "''")}'`;
}


/***/ }),

/***/ 6170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M1: () => (/* binding */ allRuleMetas),
  mK: () => (/* binding */ domainRules),
  WT: () => (/* binding */ ruleMetaById)
});

// EXTERNAL MODULE: ./build/src/rules/fix.js
var rules_fix = __webpack_require__(3650);
// EXTERNAL MODULE: ./build/src/rules/rule.js
var rule = __webpack_require__(1543);
// EXTERNAL MODULE: ./build/src/rules/store-hash-format.js
var store_hash_format = __webpack_require__(349);
;// CONCATENATED MODULE: ./build/src/rules/api-path-format.js



const apiPath = /^https:\/\/api\.bigcommerce\.com\/stores\/([a-z0-9]+)\/v3\/$/;
const expected = 'https://api.bigcommerce.com/stores/<storeHash>/v3/';
const shownAt = 'the API Path shown when the API account was created (Settings > API > Store-level API accounts)';
/** Forms that still name one store's REST API: a V2 or resource path, no slash or version, http, the legacy host. */
const repairable = [
    /^https?:\/\/api\.bigcommerce\.com\/stores\/([^/?#]+)(?:\/v[23](?:\/[^?#]*)?)?\/?$/i,
    /^https?:\/\/store-([^./?#]+)\.mybigcommerce\.com\/api\/v[23]\/?$/i,
];
/** What a wrong apiPath is, by the first pattern it matches. */
const whatIsWrong = (value) => (0,rule/* firstMatch */.o)(value, [
    [/\/graphql\/?$/, 'is the GraphQL Admin endpoint'],
    [/^https?:\/\/store-[^./]+\.mybigcommerce\.com\/api\//i, 'is the legacy store-<hash>.mybigcommerce.com/api/v2/ path'],
    [/\/v2\/?$/, 'points at the V2 API'],
    [/^http:\/\//i, 'uses http, not https'],
    [/\/v3$/, 'lacks the trailing slash'],
    [/\/stores\/[^/]*[A-Z]/, 'has uppercase letters in the store hash'],
    [/\/v[23]\/[^?#]+$/, 'has a resource path after the version'],
    [/\/stores\/[^/]+\/?$/, 'lacks the API version'],
]) ?? 'is not an API path';
const apiPathFormat = {
    meta: {
        id: 'api-path-format',
        defaultSeverity: 'error',
        description: '`apiPath` must be https://api.bigcommerce.com/stores/<storeHash>/v3/ for the same store.',
        docs: 'When an API account is created (Settings > API > Store-level API accounts), the control panel shows its API ' +
            'path: https://api.bigcommerce.com/stores/{store_hash}/v3/. Integrators that ask for it expect exactly that form, ' +
            "and its store hash must be the connection's `storeHash`. Fixable to the canonical form when the path names " +
            'the same store as `storeHash` (a /v2/ path, a missing trailing slash, http:, a resource path after /v3/, the ' +
            'legacy https://store-{store_hash}.mybigcommerce.com/api/v2/ form).',
        fixable: true,
    },
    check({ connection, document, report }) {
        const value = connection.apiPath;
        if (typeof value !== 'string')
            return;
        const path = ['apiPath'];
        const storeHash = (0,store_hash_format/* intendedStoreHash */.d)(connection.storeHash);
        const match = apiPath.exec(value);
        if (!match) {
            const hash = repairable.map((form) => form.exec(value.trim())?.[1]).find((found) => found !== undefined);
            if (storeHash !== undefined && hash === storeHash) {
                const canonical = `https://api.bigcommerce.com/stores/${storeHash}/v3/`;
                const { fix, notFixable } = (0,rules_fix/* replaceStringFix */.r)(document, path, canonical);
                report({
                    path,
                    message: `\`apiPath\` ${whatIsWrong(value)}; it must be ${expected}, ${shownAt}: \`${canonical}\`.${notFixable ? ` ${notFixable}` : ''}`,
                    ...(fix ? { fix } : {}),
                });
                return;
            }
            report({ path, message: `\`apiPath\` ${whatIsWrong(value)}; it must be ${expected}, ${shownAt}.` });
            return;
        }
        if (storeHash !== undefined && match[1] !== storeHash) {
            // Neither hash is quoted: either value may be an alias of a secret.
            report({ path, message: '`apiPath` names a different store than `storeHash`; they must be the same store.' });
        }
    },
};

// EXTERNAL MODULE: ./build/src/model/secrets.js
var secrets = __webpack_require__(2166);
;// CONCATENATED MODULE: ./build/src/rules/client-id-format.js

const clientIdShape = /^[a-z0-9]{30,32}$/;
const whereToFind = 'the Client ID shown when the API account was created (Settings > API > Store-level API accounts) and in the .txt file downloaded then';
const clientIdFormat = {
    meta: {
        id: 'client-id-format',
        defaultSeverity: 'warning',
        description: 'A literal `clientId` must look like a client ID (30 to 32 lowercase letters and digits); a pasted secret is an error.',
        docs: "BigCommerce client IDs are 30 to 32 lowercase letters and digits (31 in most of BigCommerce's examples), " +
            'shown as Client ID when a store-level API account is saved (Settings > API > Store-level API accounts) and in ' +
            'the .txt file downloaded then. A value of another shape is a warning. A value that looks like a secret (64 hex ' +
            'digits: the client secret; a JWT starting eyJ: a storefront, private or impersonation token) is an error: the ' +
            'secret is now committed, so bc-lint handles it as a secret (never printed, masked in the Action, kept out of ' +
            'SARIF fingerprints and JSON sources), and it must be rotated.',
        fixable: false,
    },
    check({ connection, report }) {
        const value = connection.clientId;
        if (typeof value !== 'string' || secrets/* secretReference */.QO.test(value))
            return;
        const path = ['clientId'];
        const swapped = (0,secrets/* swappedSecretKind */.h6)(value);
        if (swapped) {
            const what = swapped === 'client secret' ? 'a client secret (64 hex digits)' : 'a JWT token (it starts with eyJ)';
            report({
                path,
                severity: 'error',
                message: `\`clientId\` holds what looks like ${what}, not a client ID. The value is handled as a secret and not shown. ` +
                    `Write ${whereToFind}; keep secrets in \`clientSecret\` or \`accessToken\` as references such as ` +
                    '`${BIGCOMMERCE_CLIENT_SECRET}`, and treat the committed value as leaked: create a new API account and delete the old one.',
            });
            return;
        }
        if (clientIdShape.test(value))
            return;
        const reference = (0,secrets/* otherReference */.oG)(value);
        report({
            path,
            message: reference
                ? `\`clientId\` holds ${reference.syntax}; the connection file resolves only \`\${NAME}\` references, so this value would be sent as written.`
                : `\`clientId\` does not look like a BigCommerce client ID (30 to 32 lowercase letters and digits); use ${whereToFind}.`,
        });
    },
};

// EXTERNAL MODULE: ./build/src/rules/client-id-reuse.js
var client_id_reuse = __webpack_require__(4207);
;// CONCATENATED MODULE: ./build/src/rules/customer-login-needs-secret.js


const customerLoginNeedsSecret = {
    meta: {
        id: 'customer-login-needs-secret',
        defaultSeverity: 'warning',
        description: '`scopes.customersLogin: login` without a `clientSecret`: Customer Login JWTs are signed with the client secret.',
        docs: 'The Customers login scope (store_v2_customers_login) lets an integration log shoppers in through Customer Login ' +
            "(single sign-on). Its JWTs are signed with the API account's client secret, so a connection granted " +
            '`customersLogin: login` is used together with its `clientSecret`: the Client Secret shown when the API account ' +
            'was created (Settings > API > Store-level API accounts), written as a reference such as ' +
            '${BIGCOMMERCE_CLIENT_SECRET}. Without it the scope cannot be used; either add the secret or create the account ' +
            'without the scope.',
        fixable: false,
    },
    check({ connection, report }) {
        const scopes = connection.scopes;
        if (!(0,rule/* isMapping */.p)(scopes) || scopes.customersLogin !== 'login')
            return;
        if (connection.clientSecret !== undefined && connection.clientSecret !== null)
            return;
        report({
            path: ['scopes', 'customersLogin'],
            message: '`customersLogin: login` (store_v2_customers_login) is granted but the connection has no `clientSecret`: Customer Login ' +
                "JWTs are signed with the API account's client secret. Add `clientSecret: " +
                `${secrets/* secretFields */.kv.clientSecret}\` (the Client Secret shown when the API account was created, Settings > API > ` +
                'Store-level API accounts), or drop the scope.',
        });
    },
};

;// CONCATENATED MODULE: ./build/src/model/oauth-scopes.js
/**
 * The OAuth scope string behind each scope key and level (BigCommerce docs: docs/start/authentication/api-accounts.mdx;
 * storeLogs from reference/store_logs.v3.yml), for messages and profile docs. test/published-schema.test.ts checks
 * that the schema's hover text names the same strings.
 */
/** The usual pair: `store_x_read_only` for read-only, `store_x` for modify. */
const readOnlyOrModify = (modify) => ({ 'read-only': `${modify}_read_only`, modify });
const oauthScopes = {
    content: readOnlyOrModify('store_v2_content'),
    checkoutContent: readOnlyOrModify('store_content_checkout'),
    customers: readOnlyOrModify('store_v2_customers'),
    customersLogin: { login: 'store_v2_customers_login' },
    informationAndSettings: readOnlyOrModify('store_v2_information'),
    marketing: readOnlyOrModify('store_v2_marketing'),
    orders: readOnlyOrModify('store_v2_orders'),
    orderTransactions: readOnlyOrModify('store_v2_transactions'),
    createPayments: { create: 'store_payments_access_token_create' },
    getPaymentMethods: { 'read-only': 'store_payments_methods_read' },
    storedPaymentInstruments: readOnlyOrModify('store_stored_payment_instruments'),
    products: readOnlyOrModify('store_v2_products'),
    themes: { 'read-only': 'store_themes_read_only', modify: 'store_themes_manage' },
    carts: readOnlyOrModify('store_cart'),
    checkouts: readOnlyOrModify('store_checkout'),
    sitesAndRoutes: readOnlyOrModify('store_sites'),
    channelSettings: readOnlyOrModify('store_channel_settings'),
    channelListings: readOnlyOrModify('store_channel_listings'),
    storefrontApiTokens: { manage: 'store_storefront_api' },
    storefrontApiCustomerImpersonationTokens: { manage: 'store_storefront_api_customer_impersonation' },
    storeLogs: { 'read-only': 'store_logs_read_only' },
    storeLocations: readOnlyOrModify('store_locations'),
    storeInventory: readOnlyOrModify('store_inventory'),
    fulfillmentMethods: { 'read-only': 'store_fulfillment_methods_read_only', modify: 'store_fulfillment_methods_manage' },
    orderFulfillment: { 'read-only': 'store_order_fulfillment_read_only', modify: 'store_order_fulfillment_manage' },
    metafieldOwnership: { manage: 'store_metafield_change_owner' },
    metafieldsAccess: { standard: 'store_metafield_write', full: 'store_metafield_write_all' },
    storeTranslations: readOnlyOrModify('store_translations'),
};

// EXTERNAL MODULE: ./build/src/model/scopes.js
var model_scopes = __webpack_require__(5454);
;// CONCATENATED MODULE: ./build/src/rules/excess-scopes.js



const oauthOf = (scope, level) => {
    const oauth = typeof level === 'string' ? oauthScopes[scope]?.[level] : undefined;
    return oauth ? ` (${oauth})` : '';
};
const excessScopes = {
    meta: {
        id: 'excess-scopes',
        defaultSeverity: 'warning',
        description: 'Scopes granted above what the declared `integration` needs (least privilege).',
        docs: "An API account's token can do everything its scopes allow, for as long as it lives. Grant an integration " +
            'only what it uses: a migration tool importing data needs modify on the eight migration scopes and nothing ' +
            'else; one exporting data needs read-only and nothing else; Stitch (the Singer tap-bigcommerce) only reads, so ' +
            'modify on any scope is excess. Profiles without an excess check (celigo, storeautomator, wordpress, ' +
            'wordpress-headless, catalyst, pos-foundation, starshipit, dropstream, sumtracker, akeneo) are not checked. ' +
            'One finding per scope.',
        fixable: false,
    },
    check({ connection, profile, report }) {
        const allowed = profile?.allowed;
        const scopes = connection.scopes;
        if (!profile || !allowed || !(0,rule/* isMapping */.p)(scopes))
            return;
        for (const [scope, level] of Object.entries(scopes)) {
            if (!(0,model_scopes/* isScopeKey */.c_)(scope))
                continue;
            const rank = (0,model_scopes/* levelRank */.Le)(scope, level);
            const limit = allowed[scope] ?? (0,model_scopes/* lowestLevel */.RP)(scope);
            if (rank < 0 || rank <= (0,model_scopes/* levelRank */.Le)(scope, limit))
                continue;
            report({
                path: ['scopes', scope],
                message: `\`${scope}: ${String(level)}\`${oauthOf(scope, level)} is more than integration \`${profile.name}\` needs; lower it to \`${limit}\`. ` +
                    'Scopes cannot be changed after the API account is created: create a new account with fewer (Settings > API > Store-level API accounts).',
            });
        }
    },
};

// EXTERNAL MODULE: ./build/src/model/suggest.js
var suggest = __webpack_require__(8165);
;// CONCATENATED MODULE: ./build/src/rules/integration-requirements.js




/** Where each field's value comes from, for the "needs ... to be set" message. */
const fieldSources = {
    subdomain: 'the label before .mybigcommerce.com in the storefront address (acme for https://acme.mybigcommerce.com)',
    apiPath: 'the API Path shown when the API account was created (Settings > API > Store-level API accounts)',
    clientId: 'the Client ID shown when the API account was created (Settings > API > Store-level API accounts)',
    clientSecret: 'a reference such as ${BIGCOMMERCE_CLIENT_SECRET} to the Client Secret shown when the API account was created',
};
const integrationRequirements = {
    meta: {
        id: 'integration-requirements',
        defaultSeverity: 'error',
        description: 'The connection must give the declared `integration` every field and scope level it needs.',
        docs: "With `integration` set, the connection is checked against that integrator's needs: Celigo needs " +
            '`authType: custom`, a `subdomain` and both storefront-token scopes at manage; migration tools need Content, ' +
            'Information & settings, Marketing, Channel settings and Channel listings (modify to import, read-only to ' +
            'export) plus the API path and client ID; StoreAutomator needs Content, Orders and Information & settings ' +
            'read-only; BigCommerce for WordPress (Full Import, Fast Headless) needs the scope list of its multi-site guide; ' +
            'Catalyst, the point-of-sale guide, Starshipit, DropStream, Sumtracker, Akeneo and Stitch need the scopes ' +
            'their setup guides list. API account scopes cannot be changed after ' +
            'creation, so a missing scope means a new API account. One finding per need; an unknown profile name is ' +
            'reported too.',
        fixable: false,
    },
    check({ connection, profile, profiles, report }) {
        const name = connection.integration;
        if (typeof name !== 'string')
            return;
        if (!profile) {
            report({
                path: ['integration'],
                // The value is not quoted (it may be an alias of a secret); the suggestion is a profile's own name.
                message: `unknown integration profile${(0,suggest/* didYouMean */.a)((0,suggest/* closest */.k)(name, profiles.keys()), `; known profiles: ${[...profiles.keys()].join(', ')}.`)}`,
            });
            return;
        }
        const who = `integration \`${profile.name}\``;
        // Only a valid other auth type is reported here; an invalid value is the schema's to report.
        if (profile.authType && (connection.authType === 'custom' || connection.authType === 'token') && connection.authType !== profile.authType) {
            report({ path: ['authType'], message: `${who} needs \`authType: ${profile.authType}\`.` });
        }
        for (const field of profile.fields ?? []) {
            if (connection[field] === undefined || connection[field] === null) {
                report({ path: [field], message: `${who} needs \`${field}\` to be set${fieldSources[field] ? `: ${fieldSources[field]}` : ''}.` });
            }
        }
        const scopes = connection.scopes;
        if (!(0,rule/* isMapping */.p)(scopes))
            return; // no scopes at all is the schema's (or no-token-auth's) finding
        const check = (scope, need, onlyIfGranted) => {
            const level = scopes[scope] ?? (0,model_scopes/* lowestLevel */.RP)(scope);
            const rank = (0,model_scopes/* levelRank */.Le)(scope, level);
            if (rank < 0)
                return; // a level the scope does not offer: the schema reports it
            if (onlyIfGranted && rank === 0)
                return;
            if (rank >= (0,model_scopes/* levelRank */.Le)(scope, need))
                return;
            // Only a level the scope offers gets here (rank >= 0), so the quoted value is one of the schema's words.
            const now = scopes[scope] === undefined ? 'it is left out' : `it is \`${String(level)}\``;
            const oauth = oauthScopes[scope]?.[need];
            const needed = `\`${scope}\` ${onlyIfGranted ? 'at' : 'at least'} \`${need}\`${oauth ? ` (${oauth})` : ''}`;
            report({
                path: ['scopes', scope],
                message: `${who} needs ${needed}${onlyIfGranted ? ' when granted' : ''}; ${now}. Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).`,
            });
        };
        for (const [scope, need] of Object.entries(profile.needs))
            check(scope, need, false);
        for (const [scope, need] of Object.entries(profile.ifGranted ?? {}))
            check(scope, need, true);
    },
};

// EXTERNAL MODULE: ./build/src/rules/no-committed-credentials.js
var no_committed_credentials = __webpack_require__(5322);
;// CONCATENATED MODULE: ./build/src/rules/no-plaintext-secret.js

const noPlaintextSecret = {
    meta: {
        id: 'no-plaintext-secret',
        defaultSeverity: 'error',
        description: '`accessToken`, `clientSecret` and `supportPin` must be secret references like `${NAME}`.',
        docs: 'Access tokens and client secrets grant API access to the store; the support PIN lets BigCommerce support ' +
            'act for the owner. None of them has a published format (no public secret scanner knows them), so bc-lint ' +
            'goes by key name: these keys must hold a reference such as ${BIGCOMMERCE_ACCESS_TOKEN}, resolved from the ' +
            'environment or a vault at run time. The message never repeats the value. A token that was committed must ' +
            'be treated as leaked: create a new API account and delete the old one.',
        fixable: false,
        // CWE-798: use of hard-coded credentials.
        security: { cwe: 798, severity: 7.5 },
    },
    check({ connection, report }) {
        for (const [key, example] of Object.entries(secrets/* secretFields */.kv)) {
            if (!Object.hasOwn(connection, key))
                continue;
            const value = connection[key];
            if (value === '') {
                report({ path: [key], message: `\`${key}\` is empty; write a secret reference such as ${example}.` });
            }
            else if ((0,secrets/* isPlaintextSecret */.OA)(value)) {
                report({
                    path: [key],
                    message: `\`${key}\` holds a plaintext secret. Reference it instead, as ${example}, keep the value in the ` +
                        'environment or a vault, and rotate the committed one.',
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./build/src/rules/no-token-auth.js
/** From this day on, storefront tokens created after 2026-06-30 no longer work server-to-server. */
const tokenAuthCutoff = '2026-07-01';
const noTokenAuth = {
    meta: {
        id: 'no-token-auth',
        defaultSeverity: 'error',
        description: 'Disallow `authType: token`: storefront tokens stop working server-to-server (a warning before 2026-07-01).',
        docs: 'Storefront tokens created after 2026-06-30 no longer work server-to-server, and older ones lose that on ' +
            '2027-03-31. Server-to-server callers use `authType: custom`: a store-level API account with Storefront API ' +
            'tokens = Manage, from which the integration mints private tokens (POST /v3/storefront/api-token-private). ' +
            'Reported as a warning before 2026-07-01 and as an error from then on (`--today` sets the date).',
        fixable: false,
    },
    check({ connection, today, report }) {
        if (connection.authType !== 'token')
            return;
        report({
            path: ['authType'],
            severity: today >= tokenAuthCutoff ? 'error' : 'warning',
            message: '`authType: token` uses a storefront token: tokens created after 2026-06-30 no longer work ' +
                'server-to-server, and older ones stop on 2027-03-31. Use `authType: custom` with a private token.',
        });
    },
};

;// CONCATENATED MODULE: ./build/src/rules/placeholder-value.js
const bareHash = /^[a-z0-9]+$/;
const wrapped = /^(?:\{\{(.*)\}\}|\{(.*)\}|<(.*)>)$/s;
/** Compared ignoring case, `-`, `_` and spaces. */
const placeholderWords = new Set([
    'changeme',
    'todo',
    'tbd',
    'fixme',
    'example',
    'placeholder',
    'storehash',
    'yourstorehash',
    'mystorehash',
    'yourhash',
    'subdomain',
    'yoursubdomain',
    'yourstore',
    'storename',
    'yourstorename',
    'clientid',
    'yourclientid',
    'abc123',
    'abcde',
    '123456',
]);
/**
 * A value still holding a placeholder: wrapped in <...>, {...} or {{...}} around something that is not a bare hash
 * ({abc123} is a wrapped hash, store-hash-format's); only x or X (3 or more); containing REPLACE; or one of the
 * placeholder words.
 */
function isPlaceholder(value) {
    const wrap = wrapped.exec(value.trim());
    const inner = wrap ? (wrap[1] ?? wrap[2] ?? wrap[3] ?? '') : value;
    if (wrap && !bareHash.test(inner.trim()))
        return true;
    if (/^[xX]{3,}$/.test(inner.trim()) || inner.includes('REPLACE'))
        return true;
    return placeholderWords.has(inner.toLowerCase().replace(/[-_\s]/g, ''));
}
const where = {
    storeHash: 'set the bare store hash: the part after /stores/ in the API path https://api.bigcommerce.com/stores/{store_hash}/v3/ ' +
        'shown when the API account was created (Settings > API > Store-level API accounts), as in `ci4bzn8adz`',
    subdomain: "set the storefront label before .mybigcommerce.com in the store's address: `acme` for https://acme.mybigcommerce.com",
    clientId: 'set the Client ID shown when the API account was created (Settings > API > Store-level API accounts) and in the ' +
        '.txt file downloaded then, or a reference such as `${BIGCOMMERCE_CLIENT_ID}`',
    apiPath: 'set the API Path shown when the API account was created (Settings > API > Store-level API accounts): ' +
        "https://api.bigcommerce.com/stores/{store_hash}/v3/ with the store's own hash",
};
const placeholderValue = {
    meta: {
        id: 'placeholder-value',
        defaultSeverity: 'error',
        description: '`storeHash`, `subdomain`, `clientId` or the hash in `apiPath` still holds a placeholder.',
        docs: 'Starter files, tutorials and `bc-lint init` write placeholders (<store_hash>, {{STORE_HASH}}, xxxxxx, ' +
            'REPLACE, your-store-hash, abc123) for the values only the store owner has: the store hash and Client ID come ' +
            'from the API account (Settings > API > Store-level API accounts; shown once when it is saved and in the ' +
            'downloaded .txt file), the subdomain from the storefront address. A placeholder passes every format check ' +
            'and fails only when the integration first calls BigCommerce. Not fixable: only you know the real value.',
        fixable: false,
    },
    check({ connection, report }) {
        for (const key of ['storeHash', 'subdomain', 'clientId']) {
            const value = connection[key];
            if (typeof value === 'string' && isPlaceholder(value)) {
                report({ path: [key], message: `\`${key}\` still holds a placeholder; ${where[key]}.` });
            }
        }
        const apiPath = connection.apiPath;
        const hash = typeof apiPath === 'string' ? /\/stores\/([^/?#]*)/i.exec(apiPath)?.[1] : undefined;
        if (hash !== undefined && isPlaceholder(decodeURIComponentSafe(hash))) {
            report({ path: ['apiPath'], message: `the store hash in \`apiPath\` is still a placeholder; ${where.apiPath}.` });
        }
    },
};
/** `%7Bstore_hash%7D` (a URL-encoded placeholder) reads as `{store_hash}`. */
function decodeURIComponentSafe(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

// EXTERNAL MODULE: ./build/src/rules/schema.js + 1 modules
var schema = __webpack_require__(7487);
;// CONCATENATED MODULE: ./build/src/rules/secret-reference-format.js


const secretReferenceFormat = {
    meta: {
        id: 'secret-reference-format',
        defaultSeverity: 'error',
        description: 'A secret field written in another reference syntax (`$NAME`, `${{ secrets.NAME }}`, `op://...`): only `${NAME}` is resolved.',
        docs: 'A connection file resolves one reference syntax in `accessToken`, `clientSecret` and `supportPin`: ' +
            "${NAME}, with NAME from the environment or the integrator's vault at run time. A value written for another " +
            'tool ($NAME, ${ NAME }, ${env:NAME}, %NAME%, ${{ secrets.NAME }}, {{ ... }}, op://..., vault:..., ' +
            'arn:aws:secretsmanager:...) is not a plaintext secret, but it would be sent to BigCommerce as written and ' +
            'every call would fail with 401. Fixable to ${NAME} where the name is in the value ($NAME, ${ NAME }, ' +
            '${env:NAME}, %NAME%).',
        fixable: true,
    },
    check({ connection, document, report }) {
        for (const key of Object.keys(secrets/* secretFields */.kv)) {
            if (!Object.hasOwn(connection, key))
                continue;
            const reference = (0,secrets/* otherReference */.oG)(connection[key]);
            if (!reference)
                continue;
            const path = [key];
            const resolvesOnly = 'the connection file resolves only `${NAME}` references (from the environment or a vault at run time), so this value would be sent to BigCommerce as written';
            if (reference.name === undefined) {
                report({
                    path,
                    message: `\`${key}\` holds ${reference.syntax}; ${resolvesOnly}. Resolve it into an environment variable first ` +
                        "(for example in the workflow's `env:`) and write `${NAME}`.",
                });
                continue;
            }
            const replacement = `\${${reference.name}}`;
            const { fix, notFixable } = (0,rules_fix/* replaceStringFix */.r)(document, path, replacement);
            report({
                path,
                message: `\`${key}\` holds ${reference.syntax}; ${resolvesOnly}. Write \`${replacement}\`.${notFixable ? ` ${notFixable}` : ''}`,
                ...(fix ? { fix } : {}),
            });
        }
    },
};

// EXTERNAL MODULE: ./build/src/model/scope-placeholder.js
var scope_placeholder = __webpack_require__(7791);
;// CONCATENATED MODULE: ./build/src/rules/storefront-scopes-manage.js



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
        if (!(0,rule/* isMapping */.p)(scopes))
            return; // the schema reports missing or malformed scopes
        for (const [scope, { row, oauth }] of Object.entries(model_scopes/* storefrontTokenScopes */.Vt)) {
            const level = scopes[scope];
            if (level === 'manage' || (0,scope_placeholder/* isScopePlaceholder */.SA)(level))
                continue; // a level still to choose is the schema's finding
            // A level the scope offers is quoted; anything else is described, never quoted (it may be a secret's alias).
            const now = level === undefined ? 'is left out (none)' : (0,model_scopes/* levelRank */.Le)(scope, level) >= 0 ? `is \`${String(level)}\`` : 'is set to a level it does not offer';
            report({
                path: ['scopes', scope],
                message: `\`${scope}\` ${now}; with \`authType: custom\` the integration mints storefront tokens itself and needs ${row} = manage (${oauth}).`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./build/src/rules/subdomain-format.js


const label = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const controlPanelLabel = /^store-[a-z0-9]+(-\d+)?$/i;
const storefrontSuffix = '.mybigcommerce.com';
const subdomainFormat = {
    meta: {
        id: 'subdomain-format',
        defaultSeverity: 'error',
        description: '`subdomain` must be the bare storefront label, not a URL, host, the store hash or `store-<hash>`.',
        docs: 'The storefront subdomain is the label before .mybigcommerce.com in the store address: ' +
            'https://acme.mybigcommerce.com gives `acme`. It is not the store-{store_hash} control-panel host, nor the store ' +
            "hash (https://store-{store_hash}.mybigcommerce.com/manage is the control panel's permanent address). Fixable " +
            'when the label can be read out of a pasted URL or host; not for the store hash or store-<hash>.',
        fixable: true,
    },
    check({ connection, document, report }) {
        const value = connection.subdomain;
        if (typeof value !== 'string')
            return;
        const path = ['subdomain'];
        const storeHash = (0,store_hash_format/* intendedStoreHash */.d)(connection.storeHash);
        if (storeHash !== undefined && value.trim().toLowerCase() === storeHash) {
            report({
                path,
                message: '`subdomain` is the store hash, which names the control-panel host store-{store_hash}.mybigcommerce.com, not the ' +
                    'storefront; use the label of the storefront address (acme for https://acme.mybigcommerce.com).',
            });
            return;
        }
        if (label.test(value) && !controlPanelLabel.test(value))
            return;
        const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
        const host = value
            .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
            .split(/[/?#:]/)[0]
            .toLowerCase();
        const candidate = host.endsWith(storefrontSuffix) ? host.slice(0, -storefrontSuffix.length) : host.includes('.') ? undefined : host;
        const what = hasScheme ? 'a URL' : host.includes('.') ? 'a host name' : '';
        if (candidate !== undefined && controlPanelLabel.test(candidate)) {
            report({
                path,
                message: '`subdomain` holds the control-panel host store-{store_hash}, not the storefront subdomain; use the label of ' +
                    'the storefront address (acme for https://acme.mybigcommerce.com).',
            });
        }
        else if (candidate !== undefined && label.test(candidate)) {
            const { fix, notFixable } = (0,rules_fix/* replaceStringFix */.r)(document, path, candidate);
            const note = notFixable ? ` ${notFixable}` : '';
            report({
                path,
                message: what
                    ? `\`subdomain\` holds ${what}; use the bare label \`${candidate}\`.${note}`
                    : `\`subdomain\` has uppercase letters; host labels are lowercase.${note}`,
                ...(fix ? { fix } : {}),
            });
        }
        else if (what) {
            report({
                path,
                message: `\`subdomain\` holds ${what} that is not a *.mybigcommerce.com storefront; set the label before .mybigcommerce.com.`,
            });
        }
        else {
            report({ path, message: '`subdomain` must be a host label: lowercase letters, digits and inner hyphens, as in `acme`.' });
        }
    },
};

;// CONCATENATED MODULE: ./build/src/rules/token-type.js
const tokenType = {
    meta: {
        id: 'token-type',
        defaultSeverity: 'error',
        description: '`tokenType: stencil-cli` tokens cannot call the V2/V3 APIs.',
        docs: 'When an API account is created, its token type is "V2/V3 API token" or "Stencil-CLI token". Stencil-CLI ' +
            'tokens are for theme work (local development or publishing a theme) and cannot call the V2/V3 APIs that ' +
            'integrations use. Create a new API account with the V2/V3 API token type.',
        fixable: false,
    },
    check({ connection, report }) {
        if (connection.tokenType !== 'stencil-cli')
            return;
        report({
            path: ['tokenType'],
            message: '`tokenType: stencil-cli` is for theme work and cannot call the V2/V3 APIs; create a V2/V3 API token (`v2-v3-api`).',
        });
    },
};

;// CONCATENATED MODULE: ./build/src/rules/yaml-syntax.js
/** Reported by the parser (src/parse), which stops a document with syntax errors from being linted further. */
const yamlSyntaxMeta = {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    description: 'The file must be valid UTF-8 YAML without duplicate keys.',
    docs: 'A connection file is YAML, one connection per document (documents are separated by ---). Text that is not ' +
        'valid YAML, a key written twice in one mapping, and bytes that are not UTF-8 are reported here; a document ' +
        'with such an error is not checked further, the other documents of the file are.',
    fixable: false,
};

;// CONCATENATED MODULE: ./build/src/rules/index.js

















/**
 * Domain rules in the contract's rules-table order, which is also the ownership order (contract v2, "One problem,
 * one finding"): the first rule to report a value owns it, and no later rule nor the schema reports that value,
 * whatever the severities and even when the owner is turned off. yaml-syntax comes first and schema after these.
 */
const domainRules = [
    noPlaintextSecret,
    secretReferenceFormat,
    placeholderValue,
    store_hash_format/* storeHashFormat */.T,
    subdomainFormat,
    apiPathFormat,
    clientIdFormat,
    tokenType,
    noTokenAuth,
    storefrontScopesManage,
    customerLoginNeedsSecret,
    integrationRequirements,
    excessScopes,
    client_id_reuse/* clientIdReuse */.l,
];
/** Every rule's metadata, in the contract's order; no-committed-credentials runs on credential files (src/credentials). */
const allRuleMetas = [yamlSyntaxMeta, ...domainRules.map((rule) => rule.meta), schema/* schemaMeta */.Hq, no_committed_credentials/* noCommittedCredentialsMeta */.B];
const ruleMetaById = new Map(allRuleMetas.map((meta) => [meta.id, meta]));


/***/ }),

/***/ 5322:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ noCommittedCredentialsMeta),
/* harmony export */   b: () => (/* binding */ committedCredentialMessage)
/* harmony export */ });
/**
 * Not a connection rule: it runs in the credential pipeline (src/credentials/lint-credentials.ts) on the files in
 * which BigCommerce tools keep credentials. Detection goes by file layout and key name, since BigCommerce tokens
 * have no prefix a secret scanner could match.
 */
const noCommittedCredentialsMeta = {
    id: 'no-committed-credentials',
    defaultSeverity: 'error',
    description: 'No plaintext BigCommerce credential in a file git would commit (API-credentials download, Stencil, Catalyst, .env).',
    docs: 'Finds the files in which BigCommerce tools keep credentials: the API-credentials .txt download (ACCESS TOKEN:, ' +
        "CLIENT SECRET: ...), Stencil CLI's secrets.stencil.json and .stencil, Catalyst's .bigcommerce/project.json " +
        '(accessToken), and .env / .env.* variables named BIGCOMMERCE_*, BC_* or CATALYST_* with TOKEN, SECRET or PIN ' +
        'in the name. Files that git ignores are where credentials belong and are skipped; empty values and placeholders ' +
        'are not credentials. No public secret scanner has a BigCommerce rule, and the tokens have no prefix, so this ' +
        'rule goes by layout and name. A committed token stays in the history: rotate it. A store-level token cannot be ' +
        'changed, so create a new API account and delete the old one.',
    fixable: false,
};
const fileKinds = {
    download: {
        what: 'the API-credentials download',
        moveOut: "delete the file from the repository and keep the values in a git-ignored `.env` or your CI's secret store " +
            '(`bc-lint import` turns the download into a connection file that references them)',
    },
    stencil: {
        what: 'a Stencil CLI secrets file',
        moveOut: 'add the file to `.gitignore` (Stencil CLI keeps secrets out of config.stencil.json for this) and remove it from the repository',
    },
    catalyst: {
        what: 'the Catalyst CLI project file',
        moveOut: 'add `.bigcommerce/` to `.gitignore` and remove the file from the repository; in CI, pass the token from the secret store',
    },
    env: {
        what: 'a .env file',
        moveOut: 'keep real values in a git-ignored `.env` (commit a `.env.example` with empty values) and, in CI, in the secret store',
    },
};
/** The finding's message: the credential's name and the file's kind, never the value; how to move it out and rotate it. */
function committedCredentialMessage(credentialName, kind) {
    const { what, moveOut } = fileKinds[kind];
    return (`plaintext ${credentialName} in ${what}; ${moveOut}. ` +
        'Rotate it, since the history keeps it: a store-level API token cannot be changed, so create a new API account ' +
        '(Settings > API > Store-level API accounts) and delete the old one.');
}


/***/ }),

/***/ 1543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ firstMatch),
/* harmony export */   p: () => (/* binding */ isMapping)
/* harmony export */ });
/** Plain-object test for YAML mappings turned into data. */
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
/** The words paired with the first pattern that matches the value. */
function firstMatch(value, table) {
    return table.find(([pattern]) => pattern.test(value))?.[1];
}


/***/ }),

/***/ 7487:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _U: () => (/* binding */ checkSchema),
  v3: () => (/* binding */ noConnectionProblem),
  Hq: () => (/* binding */ schemaMeta)
});

;// CONCATENATED MODULE: ./build/src/generated/connection-validator.js
// Generated by scripts/generate-validator.mjs from schemas/bigcommerce.connection.schema.json. Do not edit.
// @ts-nocheck

const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const connection_validator = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/bc-lint/schemas/bigcommerce.connection.schema.json", "type": "object", "additionalProperties": false, "required": ["name", "storeHash", "authType", "accessToken"], "properties": { "$schema": { "type": "string" }, "name": { "type": "string", "minLength": 4, "maxLength": 255 }, "storeHash": { "type": "string", "pattern": "^[a-z0-9]+$" }, "subdomain": { "type": "string", "pattern": "^(?!store-[a-z0-9]+(?:-[0-9]+)?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, "channelId": { "type": "integer", "minimum": 1, "default": 1 }, "apiPath": { "type": "string", "pattern": "^https://api\\.bigcommerce\\.com/stores/[a-z0-9]+/v3/$" }, "authType": { "type": "string", "enum": ["custom", "token"], "if": { "const": "token" }, "then": {} }, "tokenType": { "type": "string", "enum": ["v2-v3-api", "stencil-cli"], "default": "v2-v3-api", "if": { "const": "stencil-cli" }, "then": {} }, "clientId": { "type": "string" }, "clientSecret": { "$ref": "#/definitions/secretReference" }, "accessToken": { "$ref": "#/definitions/secretReference" }, "supportPin": { "$ref": "#/definitions/secretReference" }, "scopes": { "type": "object", "additionalProperties": false, "properties": { "content": { "type": "string", "enum": ["none", "read-only", "modify"] }, "checkoutContent": { "type": "string", "enum": ["none", "read-only", "modify"] }, "customers": { "type": "string", "enum": ["none", "read-only", "modify"] }, "customersLogin": { "type": "string", "enum": ["none", "login"] }, "informationAndSettings": { "type": "string", "enum": ["none", "read-only", "modify"] }, "marketing": { "type": "string", "enum": ["none", "read-only", "modify"] }, "orders": { "type": "string", "enum": ["none", "read-only", "modify"] }, "orderTransactions": { "type": "string", "enum": ["none", "read-only", "modify"] }, "createPayments": { "type": "string", "enum": ["none", "create"] }, "getPaymentMethods": { "type": "string", "enum": ["none", "read-only"] }, "storedPaymentInstruments": { "type": "string", "enum": ["none", "read-only", "modify"] }, "products": { "type": "string", "enum": ["none", "read-only", "modify"] }, "themes": { "type": "string", "enum": ["none", "read-only", "modify"] }, "carts": { "type": "string", "enum": ["none", "read-only", "modify"] }, "checkouts": { "type": "string", "enum": ["none", "read-only", "modify"] }, "sitesAndRoutes": { "type": "string", "enum": ["none", "read-only", "modify"] }, "channelSettings": { "type": "string", "enum": ["none", "read-only", "modify"] }, "channelListings": { "type": "string", "enum": ["none", "read-only", "modify"] }, "storefrontApiTokens": { "type": "string", "enum": ["none", "manage"] }, "storefrontApiCustomerImpersonationTokens": { "type": "string", "enum": ["none", "manage"] }, "storeLogs": { "type": "string", "enum": ["none", "read-only"] }, "storeLocations": { "type": "string", "enum": ["none", "read-only", "modify"] }, "storeInventory": { "type": "string", "enum": ["none", "read-only", "modify"] }, "fulfillmentMethods": { "type": "string", "enum": ["none", "read-only", "modify"] }, "orderFulfillment": { "type": "string", "enum": ["none", "read-only", "modify"] }, "metafieldOwnership": { "type": "string", "enum": ["none", "manage"] }, "metafieldsAccess": { "type": "string", "enum": ["standard", "full"] }, "storeTranslations": { "type": "string", "enum": ["none", "read-only", "modify"] } } }, "integration": { "type": "string" } }, "if": { "properties": { "authType": { "const": "custom" } }, "required": ["authType"] }, "then": { "properties": { "scopes": true }, "required": ["scopes"] }, "definitions": { "secretReference": { "type": "string", "pattern": "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" } } };
const schema12 = { "type": "string", "pattern": "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" };
const func2 = Object.prototype.hasOwnProperty;
const func3 = ((text) => { let count = 0; for (const _ of text)
    count++; return count; });
const pattern0 = new RegExp("^[a-z0-9]+$", "u");
const pattern1 = new RegExp("^(?!store-[a-z0-9]+(?:-[0-9]+)?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", "u");
const pattern2 = new RegExp("^https://api\\.bigcommerce\\.com/stores/[a-z0-9]+/v3/$", "u");
const pattern3 = new RegExp("^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://unpkg.com/bc-lint/schemas/bigcommerce.connection.schema.json" */ ; let vErrors = null; let errors = 0; const _errs1 = errors; let valid0 = true; const _errs2 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.authType === undefined) && (missing0 = "authType")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        if (data.authType !== undefined) {
            if ("custom" !== data.authType) {
                const err1 = {};
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
    }
} var _valid0 = _errs2 === errors; errors = _errs1; if (vErrors !== null) {
    if (_errs1) {
        vErrors.length = _errs1;
    }
    else {
        vErrors = null;
    }
} if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.scopes === undefined) {
            const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "scopes" } };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
} if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.storeHash === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "storeHash" } };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    if (data.authType === undefined) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "authType" } };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    if (data.accessToken === undefined) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessToken" } };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        if (typeof data.$schema !== "string") {
            const err9 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data2 = data.name;
        if (typeof data2 === "string") {
            if (func3(data2) > 255) {
                const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 255 } };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (func3(data2) < 4) {
                const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 4 } };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.storeHash !== undefined) {
        let data3 = data.storeHash;
        if (typeof data3 === "string") {
            if (!pattern0.test(data3)) {
                const err13 = { instancePath: instancePath + "/storeHash", schemaPath: "#/properties/storeHash/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+$" } };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/storeHash", schemaPath: "#/properties/storeHash/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.subdomain !== undefined) {
        let data4 = data.subdomain;
        if (typeof data4 === "string") {
            if (!pattern1.test(data4)) {
                const err15 = { instancePath: instancePath + "/subdomain", schemaPath: "#/properties/subdomain/pattern", keyword: "pattern", params: { pattern: "^(?!store-[a-z0-9]+(?:-[0-9]+)?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" } };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/subdomain", schemaPath: "#/properties/subdomain/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.channelId !== undefined) {
        let data5 = data.channelId;
        if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
            const err17 = { instancePath: instancePath + "/channelId", schemaPath: "#/properties/channelId/type", keyword: "type", params: { type: "integer" } };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if ((typeof data5 == "number") && (isFinite(data5))) {
            if (data5 < 1 || isNaN(data5)) {
                const err18 = { instancePath: instancePath + "/channelId", schemaPath: "#/properties/channelId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
    }
    if (data.apiPath !== undefined) {
        let data6 = data.apiPath;
        if (typeof data6 === "string") {
            if (!pattern2.test(data6)) {
                const err19 = { instancePath: instancePath + "/apiPath", schemaPath: "#/properties/apiPath/pattern", keyword: "pattern", params: { pattern: "^https://api\\.bigcommerce\\.com/stores/[a-z0-9]+/v3/$" } };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/apiPath", schemaPath: "#/properties/apiPath/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.authType !== undefined) {
        let data7 = data.authType;
        if (typeof data7 !== "string") {
            const err21 = { instancePath: instancePath + "/authType", schemaPath: "#/properties/authType/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
        if (!((data7 === "custom") || (data7 === "token"))) {
            const err22 = { instancePath: instancePath + "/authType", schemaPath: "#/properties/authType/enum", keyword: "enum", params: { allowedValues: schema11.properties.authType.enum } };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.tokenType !== undefined) {
        let data8 = data.tokenType;
        if (typeof data8 !== "string") {
            const err23 = { instancePath: instancePath + "/tokenType", schemaPath: "#/properties/tokenType/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
        if (!((data8 === "v2-v3-api") || (data8 === "stencil-cli"))) {
            const err24 = { instancePath: instancePath + "/tokenType", schemaPath: "#/properties/tokenType/enum", keyword: "enum", params: { allowedValues: schema11.properties.tokenType.enum } };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.clientId !== undefined) {
        if (typeof data.clientId !== "string") {
            const err25 = { instancePath: instancePath + "/clientId", schemaPath: "#/properties/clientId/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.clientSecret !== undefined) {
        let data10 = data.clientSecret;
        if (typeof data10 === "string") {
            if (!pattern3.test(data10)) {
                const err26 = { instancePath: instancePath + "/clientSecret", schemaPath: "#/definitions/secretReference/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" } };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
        else {
            const err27 = { instancePath: instancePath + "/clientSecret", schemaPath: "#/definitions/secretReference/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.accessToken !== undefined) {
        let data11 = data.accessToken;
        if (typeof data11 === "string") {
            if (!pattern3.test(data11)) {
                const err28 = { instancePath: instancePath + "/accessToken", schemaPath: "#/definitions/secretReference/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" } };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        else {
            const err29 = { instancePath: instancePath + "/accessToken", schemaPath: "#/definitions/secretReference/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
    }
    if (data.supportPin !== undefined) {
        let data12 = data.supportPin;
        if (typeof data12 === "string") {
            if (!pattern3.test(data12)) {
                const err30 = { instancePath: instancePath + "/supportPin", schemaPath: "#/definitions/secretReference/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" } };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        else {
            const err31 = { instancePath: instancePath + "/supportPin", schemaPath: "#/definitions/secretReference/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
    if (data.scopes !== undefined) {
        let data13 = data.scopes;
        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key1 in data13) {
                if (!(func2.call(schema11.properties.scopes.properties, key1))) {
                    const err32 = { instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            if (data13.content !== undefined) {
                let data14 = data13.content;
                if (typeof data14 !== "string") {
                    const err33 = { instancePath: instancePath + "/scopes/content", schemaPath: "#/properties/scopes/properties/content/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
                if (!(((data14 === "none") || (data14 === "read-only")) || (data14 === "modify"))) {
                    const err34 = { instancePath: instancePath + "/scopes/content", schemaPath: "#/properties/scopes/properties/content/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.content.enum } };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
            if (data13.checkoutContent !== undefined) {
                let data15 = data13.checkoutContent;
                if (typeof data15 !== "string") {
                    const err35 = { instancePath: instancePath + "/scopes/checkoutContent", schemaPath: "#/properties/scopes/properties/checkoutContent/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
                if (!(((data15 === "none") || (data15 === "read-only")) || (data15 === "modify"))) {
                    const err36 = { instancePath: instancePath + "/scopes/checkoutContent", schemaPath: "#/properties/scopes/properties/checkoutContent/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.checkoutContent.enum } };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
            if (data13.customers !== undefined) {
                let data16 = data13.customers;
                if (typeof data16 !== "string") {
                    const err37 = { instancePath: instancePath + "/scopes/customers", schemaPath: "#/properties/scopes/properties/customers/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
                if (!(((data16 === "none") || (data16 === "read-only")) || (data16 === "modify"))) {
                    const err38 = { instancePath: instancePath + "/scopes/customers", schemaPath: "#/properties/scopes/properties/customers/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.customers.enum } };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
            if (data13.customersLogin !== undefined) {
                let data17 = data13.customersLogin;
                if (typeof data17 !== "string") {
                    const err39 = { instancePath: instancePath + "/scopes/customersLogin", schemaPath: "#/properties/scopes/properties/customersLogin/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
                if (!((data17 === "none") || (data17 === "login"))) {
                    const err40 = { instancePath: instancePath + "/scopes/customersLogin", schemaPath: "#/properties/scopes/properties/customersLogin/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.customersLogin.enum } };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
            if (data13.informationAndSettings !== undefined) {
                let data18 = data13.informationAndSettings;
                if (typeof data18 !== "string") {
                    const err41 = { instancePath: instancePath + "/scopes/informationAndSettings", schemaPath: "#/properties/scopes/properties/informationAndSettings/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
                if (!(((data18 === "none") || (data18 === "read-only")) || (data18 === "modify"))) {
                    const err42 = { instancePath: instancePath + "/scopes/informationAndSettings", schemaPath: "#/properties/scopes/properties/informationAndSettings/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.informationAndSettings.enum } };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
            if (data13.marketing !== undefined) {
                let data19 = data13.marketing;
                if (typeof data19 !== "string") {
                    const err43 = { instancePath: instancePath + "/scopes/marketing", schemaPath: "#/properties/scopes/properties/marketing/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
                if (!(((data19 === "none") || (data19 === "read-only")) || (data19 === "modify"))) {
                    const err44 = { instancePath: instancePath + "/scopes/marketing", schemaPath: "#/properties/scopes/properties/marketing/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.marketing.enum } };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            if (data13.orders !== undefined) {
                let data20 = data13.orders;
                if (typeof data20 !== "string") {
                    const err45 = { instancePath: instancePath + "/scopes/orders", schemaPath: "#/properties/scopes/properties/orders/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
                if (!(((data20 === "none") || (data20 === "read-only")) || (data20 === "modify"))) {
                    const err46 = { instancePath: instancePath + "/scopes/orders", schemaPath: "#/properties/scopes/properties/orders/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.orders.enum } };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
            }
            if (data13.orderTransactions !== undefined) {
                let data21 = data13.orderTransactions;
                if (typeof data21 !== "string") {
                    const err47 = { instancePath: instancePath + "/scopes/orderTransactions", schemaPath: "#/properties/scopes/properties/orderTransactions/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
                if (!(((data21 === "none") || (data21 === "read-only")) || (data21 === "modify"))) {
                    const err48 = { instancePath: instancePath + "/scopes/orderTransactions", schemaPath: "#/properties/scopes/properties/orderTransactions/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.orderTransactions.enum } };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
            }
            if (data13.createPayments !== undefined) {
                let data22 = data13.createPayments;
                if (typeof data22 !== "string") {
                    const err49 = { instancePath: instancePath + "/scopes/createPayments", schemaPath: "#/properties/scopes/properties/createPayments/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err49];
                    }
                    else {
                        vErrors.push(err49);
                    }
                    errors++;
                }
                if (!((data22 === "none") || (data22 === "create"))) {
                    const err50 = { instancePath: instancePath + "/scopes/createPayments", schemaPath: "#/properties/scopes/properties/createPayments/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.createPayments.enum } };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
            }
            if (data13.getPaymentMethods !== undefined) {
                let data23 = data13.getPaymentMethods;
                if (typeof data23 !== "string") {
                    const err51 = { instancePath: instancePath + "/scopes/getPaymentMethods", schemaPath: "#/properties/scopes/properties/getPaymentMethods/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                if (!((data23 === "none") || (data23 === "read-only"))) {
                    const err52 = { instancePath: instancePath + "/scopes/getPaymentMethods", schemaPath: "#/properties/scopes/properties/getPaymentMethods/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.getPaymentMethods.enum } };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
            }
            if (data13.storedPaymentInstruments !== undefined) {
                let data24 = data13.storedPaymentInstruments;
                if (typeof data24 !== "string") {
                    const err53 = { instancePath: instancePath + "/scopes/storedPaymentInstruments", schemaPath: "#/properties/scopes/properties/storedPaymentInstruments/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err53];
                    }
                    else {
                        vErrors.push(err53);
                    }
                    errors++;
                }
                if (!(((data24 === "none") || (data24 === "read-only")) || (data24 === "modify"))) {
                    const err54 = { instancePath: instancePath + "/scopes/storedPaymentInstruments", schemaPath: "#/properties/scopes/properties/storedPaymentInstruments/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.storedPaymentInstruments.enum } };
                    if (vErrors === null) {
                        vErrors = [err54];
                    }
                    else {
                        vErrors.push(err54);
                    }
                    errors++;
                }
            }
            if (data13.products !== undefined) {
                let data25 = data13.products;
                if (typeof data25 !== "string") {
                    const err55 = { instancePath: instancePath + "/scopes/products", schemaPath: "#/properties/scopes/properties/products/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err55];
                    }
                    else {
                        vErrors.push(err55);
                    }
                    errors++;
                }
                if (!(((data25 === "none") || (data25 === "read-only")) || (data25 === "modify"))) {
                    const err56 = { instancePath: instancePath + "/scopes/products", schemaPath: "#/properties/scopes/properties/products/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.products.enum } };
                    if (vErrors === null) {
                        vErrors = [err56];
                    }
                    else {
                        vErrors.push(err56);
                    }
                    errors++;
                }
            }
            if (data13.themes !== undefined) {
                let data26 = data13.themes;
                if (typeof data26 !== "string") {
                    const err57 = { instancePath: instancePath + "/scopes/themes", schemaPath: "#/properties/scopes/properties/themes/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err57];
                    }
                    else {
                        vErrors.push(err57);
                    }
                    errors++;
                }
                if (!(((data26 === "none") || (data26 === "read-only")) || (data26 === "modify"))) {
                    const err58 = { instancePath: instancePath + "/scopes/themes", schemaPath: "#/properties/scopes/properties/themes/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.themes.enum } };
                    if (vErrors === null) {
                        vErrors = [err58];
                    }
                    else {
                        vErrors.push(err58);
                    }
                    errors++;
                }
            }
            if (data13.carts !== undefined) {
                let data27 = data13.carts;
                if (typeof data27 !== "string") {
                    const err59 = { instancePath: instancePath + "/scopes/carts", schemaPath: "#/properties/scopes/properties/carts/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
                if (!(((data27 === "none") || (data27 === "read-only")) || (data27 === "modify"))) {
                    const err60 = { instancePath: instancePath + "/scopes/carts", schemaPath: "#/properties/scopes/properties/carts/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.carts.enum } };
                    if (vErrors === null) {
                        vErrors = [err60];
                    }
                    else {
                        vErrors.push(err60);
                    }
                    errors++;
                }
            }
            if (data13.checkouts !== undefined) {
                let data28 = data13.checkouts;
                if (typeof data28 !== "string") {
                    const err61 = { instancePath: instancePath + "/scopes/checkouts", schemaPath: "#/properties/scopes/properties/checkouts/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err61];
                    }
                    else {
                        vErrors.push(err61);
                    }
                    errors++;
                }
                if (!(((data28 === "none") || (data28 === "read-only")) || (data28 === "modify"))) {
                    const err62 = { instancePath: instancePath + "/scopes/checkouts", schemaPath: "#/properties/scopes/properties/checkouts/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.checkouts.enum } };
                    if (vErrors === null) {
                        vErrors = [err62];
                    }
                    else {
                        vErrors.push(err62);
                    }
                    errors++;
                }
            }
            if (data13.sitesAndRoutes !== undefined) {
                let data29 = data13.sitesAndRoutes;
                if (typeof data29 !== "string") {
                    const err63 = { instancePath: instancePath + "/scopes/sitesAndRoutes", schemaPath: "#/properties/scopes/properties/sitesAndRoutes/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err63];
                    }
                    else {
                        vErrors.push(err63);
                    }
                    errors++;
                }
                if (!(((data29 === "none") || (data29 === "read-only")) || (data29 === "modify"))) {
                    const err64 = { instancePath: instancePath + "/scopes/sitesAndRoutes", schemaPath: "#/properties/scopes/properties/sitesAndRoutes/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.sitesAndRoutes.enum } };
                    if (vErrors === null) {
                        vErrors = [err64];
                    }
                    else {
                        vErrors.push(err64);
                    }
                    errors++;
                }
            }
            if (data13.channelSettings !== undefined) {
                let data30 = data13.channelSettings;
                if (typeof data30 !== "string") {
                    const err65 = { instancePath: instancePath + "/scopes/channelSettings", schemaPath: "#/properties/scopes/properties/channelSettings/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err65];
                    }
                    else {
                        vErrors.push(err65);
                    }
                    errors++;
                }
                if (!(((data30 === "none") || (data30 === "read-only")) || (data30 === "modify"))) {
                    const err66 = { instancePath: instancePath + "/scopes/channelSettings", schemaPath: "#/properties/scopes/properties/channelSettings/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.channelSettings.enum } };
                    if (vErrors === null) {
                        vErrors = [err66];
                    }
                    else {
                        vErrors.push(err66);
                    }
                    errors++;
                }
            }
            if (data13.channelListings !== undefined) {
                let data31 = data13.channelListings;
                if (typeof data31 !== "string") {
                    const err67 = { instancePath: instancePath + "/scopes/channelListings", schemaPath: "#/properties/scopes/properties/channelListings/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err67];
                    }
                    else {
                        vErrors.push(err67);
                    }
                    errors++;
                }
                if (!(((data31 === "none") || (data31 === "read-only")) || (data31 === "modify"))) {
                    const err68 = { instancePath: instancePath + "/scopes/channelListings", schemaPath: "#/properties/scopes/properties/channelListings/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.channelListings.enum } };
                    if (vErrors === null) {
                        vErrors = [err68];
                    }
                    else {
                        vErrors.push(err68);
                    }
                    errors++;
                }
            }
            if (data13.storefrontApiTokens !== undefined) {
                let data32 = data13.storefrontApiTokens;
                if (typeof data32 !== "string") {
                    const err69 = { instancePath: instancePath + "/scopes/storefrontApiTokens", schemaPath: "#/properties/scopes/properties/storefrontApiTokens/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err69];
                    }
                    else {
                        vErrors.push(err69);
                    }
                    errors++;
                }
                if (!((data32 === "none") || (data32 === "manage"))) {
                    const err70 = { instancePath: instancePath + "/scopes/storefrontApiTokens", schemaPath: "#/properties/scopes/properties/storefrontApiTokens/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.storefrontApiTokens.enum } };
                    if (vErrors === null) {
                        vErrors = [err70];
                    }
                    else {
                        vErrors.push(err70);
                    }
                    errors++;
                }
            }
            if (data13.storefrontApiCustomerImpersonationTokens !== undefined) {
                let data33 = data13.storefrontApiCustomerImpersonationTokens;
                if (typeof data33 !== "string") {
                    const err71 = { instancePath: instancePath + "/scopes/storefrontApiCustomerImpersonationTokens", schemaPath: "#/properties/scopes/properties/storefrontApiCustomerImpersonationTokens/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err71];
                    }
                    else {
                        vErrors.push(err71);
                    }
                    errors++;
                }
                if (!((data33 === "none") || (data33 === "manage"))) {
                    const err72 = { instancePath: instancePath + "/scopes/storefrontApiCustomerImpersonationTokens", schemaPath: "#/properties/scopes/properties/storefrontApiCustomerImpersonationTokens/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.storefrontApiCustomerImpersonationTokens.enum } };
                    if (vErrors === null) {
                        vErrors = [err72];
                    }
                    else {
                        vErrors.push(err72);
                    }
                    errors++;
                }
            }
            if (data13.storeLogs !== undefined) {
                let data34 = data13.storeLogs;
                if (typeof data34 !== "string") {
                    const err73 = { instancePath: instancePath + "/scopes/storeLogs", schemaPath: "#/properties/scopes/properties/storeLogs/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
                if (!((data34 === "none") || (data34 === "read-only"))) {
                    const err74 = { instancePath: instancePath + "/scopes/storeLogs", schemaPath: "#/properties/scopes/properties/storeLogs/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.storeLogs.enum } };
                    if (vErrors === null) {
                        vErrors = [err74];
                    }
                    else {
                        vErrors.push(err74);
                    }
                    errors++;
                }
            }
            if (data13.storeLocations !== undefined) {
                let data35 = data13.storeLocations;
                if (typeof data35 !== "string") {
                    const err75 = { instancePath: instancePath + "/scopes/storeLocations", schemaPath: "#/properties/scopes/properties/storeLocations/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err75];
                    }
                    else {
                        vErrors.push(err75);
                    }
                    errors++;
                }
                if (!(((data35 === "none") || (data35 === "read-only")) || (data35 === "modify"))) {
                    const err76 = { instancePath: instancePath + "/scopes/storeLocations", schemaPath: "#/properties/scopes/properties/storeLocations/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.storeLocations.enum } };
                    if (vErrors === null) {
                        vErrors = [err76];
                    }
                    else {
                        vErrors.push(err76);
                    }
                    errors++;
                }
            }
            if (data13.storeInventory !== undefined) {
                let data36 = data13.storeInventory;
                if (typeof data36 !== "string") {
                    const err77 = { instancePath: instancePath + "/scopes/storeInventory", schemaPath: "#/properties/scopes/properties/storeInventory/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err77];
                    }
                    else {
                        vErrors.push(err77);
                    }
                    errors++;
                }
                if (!(((data36 === "none") || (data36 === "read-only")) || (data36 === "modify"))) {
                    const err78 = { instancePath: instancePath + "/scopes/storeInventory", schemaPath: "#/properties/scopes/properties/storeInventory/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.storeInventory.enum } };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
            }
            if (data13.fulfillmentMethods !== undefined) {
                let data37 = data13.fulfillmentMethods;
                if (typeof data37 !== "string") {
                    const err79 = { instancePath: instancePath + "/scopes/fulfillmentMethods", schemaPath: "#/properties/scopes/properties/fulfillmentMethods/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
                if (!(((data37 === "none") || (data37 === "read-only")) || (data37 === "modify"))) {
                    const err80 = { instancePath: instancePath + "/scopes/fulfillmentMethods", schemaPath: "#/properties/scopes/properties/fulfillmentMethods/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.fulfillmentMethods.enum } };
                    if (vErrors === null) {
                        vErrors = [err80];
                    }
                    else {
                        vErrors.push(err80);
                    }
                    errors++;
                }
            }
            if (data13.orderFulfillment !== undefined) {
                let data38 = data13.orderFulfillment;
                if (typeof data38 !== "string") {
                    const err81 = { instancePath: instancePath + "/scopes/orderFulfillment", schemaPath: "#/properties/scopes/properties/orderFulfillment/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err81];
                    }
                    else {
                        vErrors.push(err81);
                    }
                    errors++;
                }
                if (!(((data38 === "none") || (data38 === "read-only")) || (data38 === "modify"))) {
                    const err82 = { instancePath: instancePath + "/scopes/orderFulfillment", schemaPath: "#/properties/scopes/properties/orderFulfillment/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.orderFulfillment.enum } };
                    if (vErrors === null) {
                        vErrors = [err82];
                    }
                    else {
                        vErrors.push(err82);
                    }
                    errors++;
                }
            }
            if (data13.metafieldOwnership !== undefined) {
                let data39 = data13.metafieldOwnership;
                if (typeof data39 !== "string") {
                    const err83 = { instancePath: instancePath + "/scopes/metafieldOwnership", schemaPath: "#/properties/scopes/properties/metafieldOwnership/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err83];
                    }
                    else {
                        vErrors.push(err83);
                    }
                    errors++;
                }
                if (!((data39 === "none") || (data39 === "manage"))) {
                    const err84 = { instancePath: instancePath + "/scopes/metafieldOwnership", schemaPath: "#/properties/scopes/properties/metafieldOwnership/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.metafieldOwnership.enum } };
                    if (vErrors === null) {
                        vErrors = [err84];
                    }
                    else {
                        vErrors.push(err84);
                    }
                    errors++;
                }
            }
            if (data13.metafieldsAccess !== undefined) {
                let data40 = data13.metafieldsAccess;
                if (typeof data40 !== "string") {
                    const err85 = { instancePath: instancePath + "/scopes/metafieldsAccess", schemaPath: "#/properties/scopes/properties/metafieldsAccess/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err85];
                    }
                    else {
                        vErrors.push(err85);
                    }
                    errors++;
                }
                if (!((data40 === "standard") || (data40 === "full"))) {
                    const err86 = { instancePath: instancePath + "/scopes/metafieldsAccess", schemaPath: "#/properties/scopes/properties/metafieldsAccess/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.metafieldsAccess.enum } };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
            }
            if (data13.storeTranslations !== undefined) {
                let data41 = data13.storeTranslations;
                if (typeof data41 !== "string") {
                    const err87 = { instancePath: instancePath + "/scopes/storeTranslations", schemaPath: "#/properties/scopes/properties/storeTranslations/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
                if (!(((data41 === "none") || (data41 === "read-only")) || (data41 === "modify"))) {
                    const err88 = { instancePath: instancePath + "/scopes/storeTranslations", schemaPath: "#/properties/scopes/properties/storeTranslations/enum", keyword: "enum", params: { allowedValues: schema11.properties.scopes.properties.storeTranslations.enum } };
                    if (vErrors === null) {
                        vErrors = [err88];
                    }
                    else {
                        vErrors.push(err88);
                    }
                    errors++;
                }
            }
        }
        else {
            const err89 = { instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
                vErrors = [err89];
            }
            else {
                vErrors.push(err89);
            }
            errors++;
        }
    }
    if (data.integration !== undefined) {
        if (typeof data.integration !== "string") {
            const err90 = { instancePath: instancePath + "/integration", schemaPath: "#/properties/integration/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
                vErrors = [err90];
            }
            else {
                vErrors.push(err90);
            }
            errors++;
        }
    }
}
else {
    const err91 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
        vErrors = [err91];
    }
    else {
        vErrors.push(err91);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

// EXTERNAL MODULE: ./build/src/generated/schema-facts.js
var schema_facts = __webpack_require__(5534);
// EXTERNAL MODULE: ./build/src/model/scope-placeholder.js
var scope_placeholder = __webpack_require__(7791);
// EXTERNAL MODULE: ./build/src/model/schema-messages.js
var schema_messages = __webpack_require__(145);
// EXTERNAL MODULE: ./build/src/model/scopes.js
var scopes = __webpack_require__(5454);
// EXTERNAL MODULE: ./build/src/parse/json-pointer.js
var json_pointer = __webpack_require__(3075);
;// CONCATENATED MODULE: ./build/src/rules/schema.js






const schemaMeta = {
    id: 'schema',
    defaultSeverity: 'error',
    description: 'The connection must match the published schema: keys, types, required keys, scope levels.',
    docs: 'Checks each connection against schemas/bigcommerce.connection.schema.json, the same schema editors use: ' +
        'required keys (name, storeHash, authType, accessToken; scopes with authType: custom), value types, unknown ' +
        'keys (with the closest known key suggested), unknown scope keys and levels a scope does not offer. A file ' +
        'that holds no connection at all is reported here too. Where another rule reports a value, this check does ' +
        'not report it again.',
    fixable: false,
};
const schema_validate = connection_validator;
/** Schema problems of one connection; `covered` holds the pointers other rules already reported on. */
function checkSchema(document, covered) {
    if (schema_validate(document.value))
        return [];
    const problems = [];
    const words = vocabulary(document);
    const described = (schema_validate.errors ?? []).flatMap((error) => (0,schema_messages/* describeSchemaError */.L)(error, (0,json_pointer/* parsePointer */.v)(error.instancePath), words) ?? []);
    // A misspelt key is one problem: "unknown key `storehash`; did you mean `storeHash`?" also explains the missing one.
    const explainedByTypo = new Set(described.flatMap((problem) => (problem.suggested ? [(0,json_pointer/* pointer */.W)(problem.suggested)] : [])));
    const seen = new Set();
    for (const problem of described) {
        const subject = (0,json_pointer/* pointer */.W)(problem.subject);
        if (covered.has(subject) || seen.has(subject))
            continue;
        if (problem.missing && explainedByTypo.has(subject))
            continue;
        seen.add(subject);
        const range = problem.on === 'key' ? document.keyRange(problem.subject) : document.valueRange(problem.subject);
        problems.push({ range, message: problem.message });
    }
    return problems;
}
function noConnectionProblem() {
    return 'the file holds no connection; a connection file defines at least one (name, storeHash, authType, accessToken).';
}
/** The connection schema's words for its errors. */
function vocabulary(document) {
    const patternMessages = schema_facts/* schemaFacts */.h.patternMessages;
    const inScopes = (at) => at.length === 1 && at[0] === 'scopes';
    return {
        valueAt: (at) => document.get(at),
        unknownKey: (at) => inScopes(at) ? { what: 'unknown scope key', known: scopes/* scopeKeys */.fo } : { what: 'unknown key', known: at.length === 0 ? schema_facts/* schemaFacts */.h.topLevelKeys : [] },
        // Normally another rule owns these values; the hint is the fallback when that rule is turned off.
        patternHint: (at) => patternMessages[(0,json_pointer/* pointer */.W)(at)],
        requiredHint: (key) => (key === 'scopes' ? ' (required with `authType: custom`)' : ''),
        enumMessage: (at, value) => (at.length === 2 && at[0] === 'scopes' && (0,scope_placeholder/* isScopePlaceholder */.SA)(value) ? (0,scope_placeholder/* scopeStillToDecide */.mf)(at[1]) : undefined),
        enumVerb: (at) => (at.length === 2 && at[0] === 'scopes' ? 'offers' : 'must be'),
        rootType: (value) => `a connection must be a mapping of keys (name:, storeHash:, ...), not ${(0,schema_messages/* kindOf */.I)(value)}.`,
    };
}


/***/ }),

/***/ 349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ storeHashFormat),
/* harmony export */   d: () => (/* binding */ intendedStoreHash)
/* harmony export */ });
/* harmony import */ var _fix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3650);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1543);


const bareHash = /^[a-z0-9]+$/;
/**
 * The store hash inside an API path, a stores/<hash> reference or a control-panel host
 * (store-<hash>.mybigcommerce.com, or store-<hash>-<channel>.mybigcommerce.com), if there is one.
 */
function extractStoreHash(value) {
    const fromPath = /(?:^|\/)stores\/([^/?#\s]+)/i.exec(value);
    if (fromPath)
        return fromPath[1];
    const fromHost = /(?:^|[/.@])store-([a-z0-9]+)(?:-\d+)?\.mybigcommerce\.com(?:[/:?#]|$)/i.exec(value);
    if (fromHost)
        return fromHost[1];
    // The control-panel host's label alone (store-<hash>, store-<hash>-<channel>), or a hash left in its template braces.
    const fromLabel = /^store-([a-z0-9]+)(?:-\d+)?$/i.exec(value.trim());
    if (fromLabel)
        return fromLabel[1];
    return /^(?:\{\{\s*([a-z0-9]+)\s*\}\}|\{\s*([a-z0-9]+)\s*\}|<\s*([a-z0-9]+)\s*>)$/i
        .exec(value.trim())
        ?.slice(1)
        .find((part) => part !== undefined);
}
/** The store hash a connection means: the bare value, or the one inside a pasted path or URL. */
function intendedStoreHash(value) {
    if (typeof value !== 'string')
        return undefined;
    if (bareHash.test(value))
        return value;
    const hash = extractStoreHash(value);
    return hash !== undefined && bareHash.test(hash) ? hash : undefined;
}
/** What a pasted storeHash is, by the first pattern it matches ('' when none does). */
const describe = (value) => (0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .firstMatch */ .o)(value.trim(), [
    [/api\.bigcommerce\.com/i, 'an API path'],
    [/^[a-z][a-z0-9+.-]*:\/\//i, 'a URL'],
    [/^\/?stores\//i, 'a stores/<hash> reference'],
    [/^store-[^.]*$/i, 'the control-panel host label store-<hash>'],
    [/^[{<]/, 'the hash inside template brackets ({<hash>})'],
    [/\./, 'a host name'],
]) ?? '';
const storeHashFormat = {
    meta: {
        id: 'store-hash-format',
        defaultSeverity: 'error',
        description: '`storeHash` must be the bare store hash, not an API path, URL, host, `store-<hash>` or `{<hash>}`.',
        docs: 'The store hash is the part of the API path https://api.bigcommerce.com/stores/{store_hash}/v3/ and of the ' +
            'control-panel address https://store-{store_hash}.mybigcommerce.com/manage. Every BigCommerce example is ' +
            'lowercase letters and digits (ci4bzn8adz). Integrators ask for the bare hash, so a pasted path, URL, the ' +
            'control-panel label store-{store_hash} or a hash left in template braces ({ci4bzn8adz}) breaks the connection. ' +
            'Fixable when the hash can be read out of the pasted value.',
        fixable: true,
    },
    check({ connection, document, report }) {
        const value = connection.storeHash;
        if (typeof value !== 'string' || bareHash.test(value))
            return;
        const path = ['storeHash'];
        const what = describe(value);
        const hash = extractStoreHash(value);
        if (hash !== undefined && bareHash.test(hash)) {
            const { fix, notFixable } = (0,_fix_js__WEBPACK_IMPORTED_MODULE_0__/* .replaceStringFix */ .r)(document, path, hash);
            const note = notFixable ? ` ${notFixable}` : '';
            report({
                path,
                message: `\`storeHash\` holds ${what || 'more than the hash'}; use the bare store hash \`${hash}\`.${note}`,
                ...(fix ? { fix } : {}),
            });
        }
        else if (hash !== undefined) {
            report({
                path,
                message: `\`storeHash\` holds ${what || 'more than the hash'}, and its hash has characters other than lowercase letters and digits.`,
            });
        }
        else if (what) {
            report({
                path,
                message: `\`storeHash\` holds ${what} with no store hash in it. Take the hash from the API path ` +
                    '(https://api.bigcommerce.com/stores/{store_hash}/v3/) or the control-panel address (store-{store_hash}.mybigcommerce.com).',
            });
        }
        else {
            report({
                path,
                message: value === ''
                    ? '`storeHash` is empty; set the bare store hash from the API path.'
                    : '`storeHash` must be lowercase letters and digits only, as in `ci4bzn8adz`.',
            });
        }
    },
};


/***/ })

};
