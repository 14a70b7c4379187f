export const id = 944;
export const ids = [944];
export const modules = {

/***/ 6944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startLanguageServer: () => (/* binding */ startLanguageServer)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/vscode-languageserver/lib/node/main.js
var main = __webpack_require__(900);
// EXTERNAL MODULE: ./node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var esm_main = __webpack_require__(2365);
// EXTERNAL MODULE: ./build/src/config/find-config.js
var find_config = __webpack_require__(9528);
// EXTERNAL MODULE: ./build/src/generated/package-info.js
var package_info = __webpack_require__(9820);
// EXTERNAL MODULE: ./build/src/model/dates.js
var dates = __webpack_require__(2190);
// EXTERNAL MODULE: ./node_modules/vscode-languageserver/lib/common/api.js
var api = __webpack_require__(2104);
;// CONCATENATED MODULE: ./build/src/lsp/lint-positions.js
/**
 * Maps between bc-lint's coordinates and the editor's. bc-lint reads a document's text without its BOM, counts
 * lines by `\n` only and columns in UTF-16 code units, 1-based; LSP is 0-based and also breaks lines at a lone
 * `\r`. Going through offsets into the text keeps both views exact.
 */
class LintPositions {
    document;
    /** 1 when the document starts with a BOM, which the linter sets aside (its offsets start after it). */
    bomLength;
    lineStarts = [0];
    constructor(document) {
        this.document = document;
        const text = document.getText();
        this.bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        for (let i = text.indexOf('\n', this.bomLength); i !== -1; i = text.indexOf('\n', i + 1))
            this.lineStarts.push(i + 1 - this.bomLength);
    }
    /** The linter's text: the document without its BOM. */
    get lintText() {
        return this.document.getText().slice(this.bomLength);
    }
    /** The editor position of an offset into the linter's text. */
    positionAt(offset) {
        return this.document.positionAt(offset + this.bomLength);
    }
    /** The offset into the linter's text of a 1-based line and column. */
    offsetOf(line, column) {
        return (this.lineStarts[line - 1] ?? this.lineStarts[this.lineStarts.length - 1]) + column - 1;
    }
    /** The offset into the linter's text where a 1-based line starts. */
    lineStart(line) {
        return this.offsetOf(line, 1);
    }
    /** The text of a 1-based line, without its line break. */
    lineText(line) {
        const text = this.lintText;
        const start = this.lineStart(line);
        const end = text.indexOf('\n', start);
        return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
    }
    range(range) {
        return {
            start: this.positionAt(this.offsetOf(range.line, range.column)),
            end: this.positionAt(this.offsetOf(range.endLine, range.endColumn)),
        };
    }
    offsetRange([start, end]) {
        return { start: this.positionAt(start), end: this.positionAt(end) };
    }
}
/** True when an editor position lies within a range (both ends included, as editors hover a word's last character). */
function rangeContains(range, position) {
    const before = (a, b) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(range.start, position) && before(position, range.end);
}
/** True when two ranges share at least one position. */
function rangesTouch(a, b) {
    return rangeContains(a, b.start) || rangeContains(a, b.end) || rangeContains(b, a.start);
}

;// CONCATENATED MODULE: ./build/src/lsp/code-actions.js


/** "Fix all in this file", as VS Code's editor.codeActionsOnSave names it. */
const fixAllKind = `${api.CodeActionKind.SourceFixAll}.bc-lint`;
/** True when a requested kind filter (`context.only`) lets this kind through (LSP kinds are dot-separated prefixes). */
function kindRequested(only, kind) {
    return only === undefined || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}
/** The quick fix of a fixable finding: its exact edit, linked to its diagnostic. */
function fixAction(uri, shown, positions) {
    const { finding, diagnostic } = shown;
    if (!finding.fix)
        return undefined;
    const edit = { range: positions.offsetRange(finding.fix.range), newText: finding.fix.text };
    return {
        title: `Fix this ${finding.ruleId} problem`,
        kind: api.CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [edit] } },
    };
}
const nextLineDirective = /^(\s*#\s*bc-lint-disable-next-line)(?=\s|$)(.*)$/;
/**
 * "Disable <rule> for this line": a `# bc-lint-disable-next-line <rule> -- reason` comment above the finding's
 * first line, indented like it. When that line already has such a comment, the rule joins its list instead (a
 * second comment would become the first one's "next line").
 */
function disableAction(uri, shown, positions) {
    const { finding, diagnostic } = shown;
    // A file that cannot be parsed is always reported; there is no directive for it.
    if (finding.ruleId === null || finding.fatal)
        return undefined;
    const rule = finding.ruleId;
    const title = `Disable ${rule} for this line`;
    const action = (edit) => ({ title, kind: api.CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [edit] } } });
    const previous = finding.line > 1 ? nextLineDirective.exec(positions.lineText(finding.line - 1)) : null;
    if (previous) {
        const [, head = '', tail = ''] = previous;
        const [list = '', reason] = tail.split(/\s--(?:\s|$)/, 2);
        const rules = list
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean);
        if (rules.length === 0 || rules.includes(rule))
            return undefined; // it already covers the rule
        const listEnd = positions.lineStart(finding.line - 1) + head.length + list.trimEnd().length;
        const at = positions.positionAt(listEnd);
        return action({ range: { start: at, end: at }, newText: `, ${rule}${reason === undefined ? ' -- reason' : ''}` });
    }
    const lineText = positions.lineText(finding.line);
    const indent = /^[ \t]*/.exec(lineText)[0];
    const lineStart = positions.lineStart(finding.line);
    const lineBreak = positions.lintText.slice(lineStart + lineText.length, lineStart + lineText.length + 2) === '\r\n' ? '\r\n' : '\n';
    const at = positions.positionAt(lineStart);
    return action({ range: { start: at, end: at }, newText: `${indent}# bc-lint-disable-next-line ${rule} -- reason${lineBreak}` });
}
/** "Fix all in this file": the document becomes the text `bc-lint --fix` writes, changing only the lines that differ. */
function fixAllAction(uri, document, fixed, diagnosticsFixed) {
    const edit = wholeLineEdit(document, fixed);
    return {
        title: 'Fix all bc-lint problems in this file',
        kind: fixAllKind,
        diagnostics: diagnosticsFixed.map((shown) => shown.diagnostic),
        edit: { changes: { [uri]: [edit] } },
    };
}
/** One edit that turns the document's text into `after`, replacing whole lines between a common head and tail. */
function wholeLineEdit(document, after) {
    const before = document.getText();
    let head = 0;
    for (let i = 0; i < Math.min(before.length, after.length) && before[i] === after[i]; i++)
        if (before[i] === '\n')
            head = i + 1;
    let tail = 0; // length of the common end, starting right after a line break (or the whole text)
    for (let i = 1; i <= Math.min(before.length, after.length) - head && before[before.length - i] === after[after.length - i]; i++) {
        const start = before.length - i;
        if (start === 0 || before[start - 1] === '\n')
            tail = i;
    }
    const range = { start: document.positionAt(head), end: document.positionAt(before.length - tail) };
    return { range, newText: after.slice(head, after.length - tail) };
}
/** The findings whose diagnostic touches the requested range. */
function findingsIn(findings, range) {
    return findings.filter((shown) => rangesTouch(shown.diagnostic.range, range));
}

// EXTERNAL MODULE: ./build/src/files/discover.js
var discover = __webpack_require__(4162);
// EXTERNAL MODULE: ./build/src/model/docs-url.js
var docs_url = __webpack_require__(4140);
// EXTERNAL MODULE: ./build/src/model/run-connections.js
var run_connections = __webpack_require__(3298);
// EXTERNAL MODULE: ./build/src/run.js
var run = __webpack_require__(4392);
;// CONCATENATED MODULE: ./build/src/lsp/document-linter.js









/** What the linter sees of a document: its file path, when it is a connection file on disk. */
function connectionFilePath(uri) {
    if (!uri.startsWith('file:'))
        return undefined;
    const file = (0,external_node_url_.fileURLToPath)(uri);
    return (0,discover/* isConnectionFileName */.wT)(file) ? file : undefined;
}
const wholeFileStart = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
/** Lints editor documents through the CLI's own run (runLintText), with the config found from each file's folder. */
class DocumentLinter {
    settings;
    workspace;
    /** The last lint of each document, reused while its version is unchanged (hover and code actions). */
    cache = new Map();
    cachedVersion = new Map();
    constructor(settings, 
    /** The workspace's other connection files, for client-id-reuse. */
    workspace) {
        this.settings = settings;
        this.workspace = workspace;
    }
    lint(document) {
        if (this.cachedVersion.get(document.uri) === document.version)
            return this.cache.get(document.uri);
        const linted = this.lintNow(document);
        this.cache.set(document.uri, linted);
        this.cachedVersion.set(document.uri, document.version);
        return linted;
    }
    /** Forgets cached results: a closed document, or every document when a config changed. */
    forget(uri) {
        if (uri === undefined) {
            this.cache.clear();
            this.cachedVersion.clear();
        }
        else {
            this.cache.delete(uri);
            this.cachedVersion.delete(uri);
        }
    }
    /**
     * The text `bc-lint --fix` would write for this document, or undefined when it fixes nothing (or the document
     * cannot be linted).
     */
    async fixedText(document) {
        const file = connectionFilePath(document.uri);
        if (file === undefined)
            return undefined;
        try {
            this.throwIfTestSwitchSet(file);
            const earlierConnections = await this.workspace.earlierThan(file);
            const { reports } = await (0,run/* runLintText */.W)({ ...this.request(file, document.getText()), earlierConnections, fix: true });
            return reports[0]?.output;
        }
        catch {
            return undefined; // lint() reports the problem with the document
        }
    }
    request(file, text) {
        return {
            cwd: external_node_path_.dirname(file),
            filePath: file,
            text,
            today: this.settings.today(),
            reportUnusedDisableDirectives: this.settings.reportUnusedDisableDirectives,
        };
    }
    throwIfTestSwitchSet(file) {
        if (this.settings.throwFor !== undefined && external_node_path_.basename(file) === this.settings.throwFor) {
            throw new Error(`test-induced internal error (BC_LINT_LSP_TEST_THROW_FOR)`);
        }
    }
    async lintNow(document) {
        const positions = new LintPositions(document);
        const done = (outcome) => ({ version: document.version, positions, outcome });
        const file = connectionFilePath(document.uri);
        if (file === undefined)
            return done({ kind: 'skipped' });
        try {
            this.throwIfTestSwitchSet(file);
            // As `bc-lint` over the workspace folder: the files sorted before this one come first (client-id-reuse).
            const earlierConnections = await this.workspace.earlierThan(file);
            const { reports } = await (0,run/* runLintText */.W)({ ...this.request(file, document.getText()), earlierConnections });
            const report = reports[0];
            await this.workspace.record(file, document.version, report ? (0,run_connections/* runConnectionsOf */.M)(report) : []);
            if (report === undefined)
                return done({ kind: 'skipped' });
            return done({ kind: 'findings', findings: report.findings.map((finding) => ({ finding, diagnostic: toDiagnostic(finding, positions) })) });
        }
        catch (error) {
            if (error instanceof find_config/* ConfigError */.xL) {
                const message = `bc-lint cannot use the project config: ${error.message}`;
                return done({ kind: 'config-error', diagnostics: [{ range: wholeFileStart, severity: api.DiagnosticSeverity.Error, source: 'bc-lint', message }] });
            }
            const message = 'bc-lint could not lint this file (internal error); the bc-lint output has the details.';
            return done({
                kind: 'internal-error',
                diagnostics: [{ range: wholeFileStart, severity: api.DiagnosticSeverity.Error, source: 'bc-lint', message }],
                log: `bc-lint: internal error while linting ${file}: ${describeError(error)}`,
            });
        }
    }
}
/** The editor's diagnostic for a finding: same range, severity and message; the rule ID as code, its docs as href. */
function toDiagnostic(finding, positions) {
    return {
        range: positions.range(finding),
        severity: finding.severity === 'error' ? api.DiagnosticSeverity.Error : api.DiagnosticSeverity.Warning,
        source: 'bc-lint',
        message: finding.message,
        ...(finding.ruleId !== null ? { code: finding.ruleId, codeDescription: { href: (0,docs_url/* ruleDocsUrl */.h)(finding.ruleId) } } : {}),
    };
}
/**
 * An internal error as it may be logged: its kind and where it was thrown, never its message, which could quote
 * the document (and so a secret) the way a parser's message does.
 */
function describeError(error) {
    if (!(error instanceof Error))
        return 'a non-Error value was thrown';
    const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    return [error.name, ...frames].join('\n');
}

// EXTERNAL MODULE: ./build/src/rules/index.js + 14 modules
var src_rules = __webpack_require__(6170);
;// CONCATENATED MODULE: ./build/src/lsp/hover.js




/**
 * The rules of the findings under the cursor: description, documentation and link, in Markdown. Only rule metadata
 * is shown, never the document's text, so a hover holds no secret.
 */
function hoverAt(findings, position) {
    const under = findings.filter((shown) => shown.finding.ruleId !== null && rangeContains(shown.diagnostic.range, position));
    const rules = [...new Set(under.map((shown) => shown.finding.ruleId))];
    const sections = rules.flatMap((rule) => {
        const meta = src_rules/* ruleMetaById */.WT.get(rule);
        if (!meta)
            return [];
        return [`**bc-lint \`${rule}\`**: ${meta.description}\n\n${meta.docs}\n\n[Documentation of ${rule}](${(0,docs_url/* ruleDocsUrl */.h)(rule)})`];
    });
    if (sections.length === 0)
        return null;
    const ranges = under.map((shown) => shown.diagnostic.range);
    return {
        contents: { kind: api.MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
        ...(ranges.length === 1 ? { range: ranges[0] } : {}),
    };
}

;// CONCATENATED MODULE: ./build/src/lsp/lint-scheduler.js
/**
 * When to lint an open document again. A lint takes a few milliseconds, so a change is linted at once (on the next
 * turn of the event loop, which gathers the changes that arrived together) rather than after a fixed delay: the
 * editor shows the result as soon as it exists. While a document is being linted, further changes to it coalesce
 * into one more lint when the current one ends, so a burst of typing never queues one lint per keystroke.
 */
class LintScheduler {
    lint;
    queued = new Set();
    running = new Set();
    again = new Set();
    constructor(lint) {
        this.lint = lint;
    }
    request(uri) {
        if (this.running.has(uri)) {
            this.again.add(uri);
            return;
        }
        if (this.queued.has(uri))
            return;
        this.queued.add(uri);
        setImmediate(() => {
            if (this.queued.delete(uri))
                void this.run(uri);
        });
    }
    /** The document closed: drop what is waiting for it (a lint already running finds the document gone). */
    cancel(uri) {
        this.queued.delete(uri);
        this.again.delete(uri);
    }
    async run(uri) {
        this.running.add(uri);
        try {
            await this.lint(uri);
        }
        finally {
            this.running.delete(uri);
            if (this.again.delete(uri))
                this.request(uri);
        }
    }
}

;// CONCATENATED MODULE: ./build/src/lsp/settings.js

/** The linter's settings from the client's initializationOptions, `bc-lint lsp --today` as the fallback date. */
function settingsFrom(initializationOptions, cliToday, warn) {
    const init = (initializationOptions ?? {});
    let today = cliToday;
    if (typeof init.today === 'string' && (0,dates/* isCalendarDate */.t)(init.today))
        today = init.today;
    else if (init.today !== undefined)
        warn('bc-lint: initializationOptions.today must be a date as YYYY-MM-DD; ignored');
    return {
        today: () => today ?? (0,dates/* localToday */.j)(),
        reportUnusedDisableDirectives: init.reportUnusedDisableDirectives === true,
        // A test-only switch (README): linting a file of this name throws, to test that one file's error is contained.
        throwFor: process.env.BC_LINT_LSP_TEST_THROW_FOR || undefined,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/src/files/read-file.js
var read_file = __webpack_require__(5204);
// EXTERNAL MODULE: ./build/src/parse/decode.js
var decode = __webpack_require__(4215);
;// CONCATENATED MODULE: ./build/src/lsp/workspace-connections.js







/** Beyond this many connection files in one workspace folder, only open documents are compared (a logged notice). */
const maxWorkspaceFiles = 5000;
const sameConnections = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * The connections of a workspace's connection files, for client-id-reuse: a document sees those of the files whose
 * path sorts before it in its workspace folder, as `bc-lint` run over that folder lints them (same discovery, same
 * order, the config's ignore globs), with an open document's text in place of the file on disk.
 */
class WorkspaceConnections {
    host;
    folders = [];
    /** Each workspace folder's connection files on disk, sorted; found once, again after a file is created or deleted. */
    discovered = new Map();
    entries = new Map();
    constructor(host) {
        this.host = host;
    }
    setFolders(folders) {
        this.folders = [...new Set(folders.map((folder) => external_node_path_.resolve(folder)))];
        this.forgetAll();
    }
    /** The innermost workspace folder holding the file; undefined outside every folder (it is then linted alone). */
    folderOf(file) {
        return this.folders.filter((folder) => (0,discover/* isInside */.FK)(file, folder)).sort((a, b) => b.length - a.length)[0];
    }
    /** The connections of the files a run over the file's workspace folder would lint before it, in that order. */
    async earlierThan(file) {
        const folder = this.folderOf(file);
        if (folder === undefined)
            return [];
        const onDisk = await this.connectionFiles(folder);
        const openTexts = this.host.openTexts();
        // An open document not yet saved to disk counts too, as it will once saved.
        const open = [...openTexts.keys()].filter((other) => this.folderOf(other) === folder);
        const earlier = [...new Set([...onDisk, ...open])].filter((other) => other < file).sort();
        const connections = [];
        for (const other of earlier)
            connections.push(...(await this.connectionsOf(other, folder, openTexts.get(other))));
        return connections;
    }
    /**
     * Keeps the connections a lint of an open document found, and tells the host when they differ from what the
     * workspace knew of that file.
     */
    async record(file, version, connections) {
        const previous = this.entries.get(file);
        this.entries.set(file, { key: `open:${version}`, connections: Promise.resolve(connections) });
        if (previous?.key === `open:${version}`)
            return;
        if (previous === undefined || !sameConnections(await previous.connections, connections))
            this.host.connectionsChanged(file);
    }
    /**
     * A file changed, came or went on disk, or its document was closed: reads it again, and tells the host when its
     * connections differ from what the workspace knew of it (nothing known counts as none).
     */
    async refresh(file) {
        const folder = this.folderOf(file);
        const previous = this.entries.get(file);
        this.entries.delete(file);
        if (folder === undefined)
            return;
        const before = previous ? await previous.connections : [];
        const after = await this.connectionsOf(file, folder, this.host.openTexts().get(file));
        if (!sameConnections(before, after))
            this.host.connectionsChanged(file);
    }
    /** A connection file was created or deleted on disk: discover its folder again. */
    fileCreatedOrDeleted(file) {
        for (const folder of this.folders)
            if ((0,discover/* isInside */.FK)(file, folder))
                this.discovered.delete(folder);
    }
    /** A config changed: its ignore globs may differ, so every file is looked at again. */
    forgetAll() {
        this.discovered.clear();
        this.entries.clear();
    }
    connectionFiles(folder) {
        let files = this.discovered.get(folder);
        if (files === undefined) {
            files = (0,discover/* discoverTargets */.KK)([], folder).then((targets) => {
                const found = targets.filter((target) => target.credential === undefined && (0,discover/* isConnectionFileName */.wT)(target.file)).map((target) => target.file);
                if (found.length <= maxWorkspaceFiles)
                    return found;
                this.host.log(`bc-lint: ${found.length} connection files in ${folder}, more than ${maxWorkspaceFiles}; client-id-reuse compares open documents only there`);
                return [];
            }, () => []);
            this.discovered.set(folder, files);
        }
        return files;
    }
    connectionsOf(file, folder, open) {
        let key;
        if (open !== undefined)
            key = `open:${open.version}`;
        else {
            const stats = statOf(file);
            if (stats === undefined)
                return Promise.resolve([]); // deleted since discovery, or not ours to read
            key = `disk:${stats.mtimeMs}:${stats.size}`;
        }
        const known = this.entries.get(file);
        if (known?.key === key)
            return known.connections;
        const connections = this.lintForConnections(file, open?.text ?? readText(file, folder));
        this.entries.set(file, { key, connections });
        return connections;
    }
    /** The file linted as the server lints a document (its own config, ignore globs included): its connections. */
    async lintForConnections(file, text) {
        if (text === undefined)
            return [];
        try {
            const { reports } = await (0,run/* runLintText */.W)({ cwd: external_node_path_.dirname(file), filePath: file, text, today: this.host.today() });
            return reports[0] ? (0,run_connections/* runConnectionsOf */.M)(reports[0]) : [];
        }
        catch {
            return []; // a config that cannot be used: that file's own lint says so
        }
    }
}
function statOf(file) {
    try {
        return (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
/** The file's text as the CLI reads it (within the workspace, in its own encoding); undefined when it cannot be read. */
function readText(file, folder) {
    const read = (0,read_file/* readWorkspaceFile */.sL)(file, folder);
    if (!read.ok)
        return undefined;
    const decoded = (0,decode/* decodeSource */.E4)(read.bytes);
    return decoded.ok ? decoded.text : undefined;
}

;// CONCATENATED MODULE: ./build/src/lsp/server.js













/**
 * Watched for `workspace/didChangeWatchedFiles` (the client registers them when it supports dynamic registration):
 * the project config, and the connection files that client-id-reuse compares across the workspace.
 */
const configGlob = '**/.bc-lint.{yaml,yml}';
const connectionFileGlob = '**/*bigcommerce.connection.{yaml,yml}';
/** `bc-lint lsp`: a language server over stdio. Resolves when the client closes the connection. */
function startLanguageServer(options) {
    const connection = (0,main.createConnection)(process.stdin, process.stdout);
    serve(connection, options);
    return new Promise((resolve) => connection.onExit(() => resolve()));
}
function serve(connection, options) {
    const documents = new main.TextDocuments(esm_main/* TextDocument */.V);
    /** The open connection files, by path (the workspace compares them by path, as the CLI sorts them). */
    const openDocuments = () => documents.all().flatMap((document) => {
        const file = connectionFilePath(document.uri);
        return file === undefined ? [] : [{ file, document }];
    });
    const workspace = new WorkspaceConnections({
        openTexts: () => new Map(openDocuments().map(({ file, document }) => [file, { version: document.version, text: document.getText() }])),
        today: () => settings.today(),
        log: (message) => connection.console.info(message),
        connectionsChanged: (file) => relintAfter(file),
    });
    let settings = { today: () => options.today ?? (0,dates/* localToday */.j)(), reportUnusedDisableDirectives: false, throwFor: undefined };
    let linter = new DocumentLinter(settings, workspace);
    let watchFilesDynamically = false;
    connection.onInitialize((params) => {
        settings = settingsFrom(params.initializationOptions, options.today, (message) => connection.console.warn(message));
        linter = new DocumentLinter(settings, workspace);
        const folderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
        workspace.setFolders(folderUris.filter((uri) => uri.startsWith('file:')).map((uri) => (0,external_node_url_.fileURLToPath)(uri)));
        watchFilesDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
        return {
            capabilities: {
                textDocumentSync: { openClose: true, change: main.TextDocumentSyncKind.Incremental },
                codeActionProvider: { codeActionKinds: [main.CodeActionKind.QuickFix, fixAllKind] },
                hoverProvider: true,
            },
            serverInfo: { name: 'bc-lint', version: package_info.packageInfo.version },
        };
    });
    connection.onInitialized(() => {
        if (watchFilesDynamically) {
            void connection.client.register(main.DidChangeWatchedFilesNotification.type, {
                watchers: [{ globPattern: configGlob }, { globPattern: connectionFileGlob }],
            });
        }
    });
    const published = new Set();
    const scheduler = new LintScheduler(publish);
    /** Lints the document as it is now and publishes its diagnostics, unless it changed meanwhile. */
    async function publish(uri) {
        const document = documents.get(uri);
        if (!document)
            return;
        let linted;
        try {
            linted = await linter.lint(document);
        }
        catch (error) {
            // lint() catches what the pipeline throws; this is a bug in the server itself. Keep serving.
            connection.console.error(`bc-lint: internal error in the language server (${error?.name ?? 'unknown'})`);
            return;
        }
        if (documents.get(uri)?.version !== linted.version)
            return; // a newer version is on its way
        const { outcome } = linted;
        let diagnostics = [];
        if (outcome.kind === 'findings')
            diagnostics = outcome.findings.map((shown) => shown.diagnostic);
        else if (outcome.kind === 'config-error')
            diagnostics = outcome.diagnostics;
        else if (outcome.kind === 'internal-error') {
            connection.console.error(outcome.log);
            diagnostics = outcome.diagnostics;
        }
        published.add(uri);
        await connection.sendDiagnostics({ uri, version: linted.version, diagnostics });
    }
    /** Another connection file changed: lint again the open documents that a run would lint after it (client-id-reuse). */
    function relintAfter(file) {
        const folder = workspace.folderOf(file);
        if (folder === undefined)
            return;
        for (const open of openDocuments()) {
            if (open.file > file && workspace.folderOf(open.file) === folder) {
                linter.forget(open.document.uri);
                scheduler.request(open.document.uri);
            }
        }
    }
    documents.onDidChangeContent(({ document }) => scheduler.request(document.uri));
    documents.onDidClose(({ document }) => {
        scheduler.cancel(document.uri);
        linter.forget(document.uri);
        if (published.delete(document.uri))
            void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
        // The other documents now see this file as it is on disk.
        const file = connectionFilePath(document.uri);
        if (file !== undefined)
            void workspace.refresh(file);
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
        const configChanged = changes.some((change) => find_config/* configFileNames */.He.includes(external_node_path_.posix.basename(new URL(change.uri).pathname)));
        if (configChanged) {
            linter.forget();
            workspace.forgetAll();
            for (const document of documents.all())
                scheduler.request(document.uri);
            return;
        }
        const open = new Set(openDocuments().map((document) => document.file));
        for (const change of changes) {
            const file = connectionFilePath(change.uri);
            if (file === undefined)
                continue;
            if (change.type !== main.FileChangeType.Changed)
                workspace.fileCreatedOrDeleted(file);
            if (open.has(file))
                continue; // the editor's text stands for it, not the file on disk
            void workspace.refresh(file);
        }
    });
    connection.onHover(async ({ textDocument, position }) => {
        const document = documents.get(textDocument.uri);
        if (!document)
            return null;
        const { outcome } = await linter.lint(document);
        return outcome.kind === 'findings' ? hoverAt(outcome.findings, position) : null;
    });
    connection.onCodeAction(async ({ textDocument, range, context }) => {
        const document = documents.get(textDocument.uri);
        if (!document)
            return [];
        const { outcome, positions } = await linter.lint(document);
        if (outcome.kind !== 'findings')
            return [];
        const actions = [];
        if (kindRequested(context.only, main.CodeActionKind.QuickFix)) {
            for (const shown of findingsIn(outcome.findings, range)) {
                const fix = fixAction(document.uri, shown, positions);
                if (fix)
                    actions.push(fix);
                const disable = disableAction(document.uri, shown, positions);
                if (disable)
                    actions.push(disable);
            }
        }
        const fixable = outcome.findings.filter((shown) => shown.finding.fix !== undefined);
        if (fixable.length > 0 && kindRequested(context.only, fixAllKind)) {
            const fixed = await linter.fixedText(document);
            if (fixed !== undefined && fixed !== document.getText())
                actions.push(fixAllAction(document.uri, document, fixed, fixable));
        }
        return actions;
    });
    documents.listen(connection);
    connection.listen();
}


/***/ })

};
