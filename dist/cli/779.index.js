export const id = 779;
export const ids = [779,820];
export const modules = {

/***/ 9655:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ findDisableDirectives),
/* harmony export */   P: () => (/* binding */ applyDisableDirectives)
/* harmony export */ });
/* harmony import */ var _model_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8165);
/* harmony import */ var _model_disable_directive_marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(686);


const directivePattern = new RegExp(`^#\\s*${_model_disable_directive_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .disableDirectiveMarker */ .y}-(next-line|file)(?=\\s|$)(.*)$`);
/**
 * Finds directives in real YAML comments (not in quoted or block scalars, which may contain `#`), as the parser
 * collected them.
 */
function findDisableDirectives(positions, comments) {
    const directives = [];
    for (const { offset, source } of comments) {
        const match = directivePattern.exec(source);
        if (!match)
            continue;
        const [list = '', reason] = match[2].split(/\s--(?:\s|$)/, 2);
        const range = positions.range(offset, offset + source.length);
        directives.push({
            kind: match[1],
            rules: list
                .split(',')
                .map((rule) => rule.trim())
                .filter(Boolean),
            reason: reason?.trim() || undefined,
            line: range.line,
            column: range.column,
            endColumn: range.endColumn,
        });
    }
    return directives;
}
/** Applies directives to a file's findings. A fatal finding (the file could not be parsed) is never suppressed. */
function applyDisableDirectives(findings, directives, knownRules, reportUnused) {
    const outcome = { kept: [], suppressed: [], problems: [] };
    const used = directives.map(() => new Set());
    for (const finding of findings) {
        const index = finding.fatal || finding.ruleId === null ? -1 : directives.findIndex((directive) => covers(directive, finding));
        if (index === -1) {
            outcome.kept.push(finding);
            continue;
        }
        used[index].add(finding.ruleId);
        outcome.suppressed.push({ ...finding, justification: directives[index].reason ?? '' });
    }
    directives.forEach((directive, index) => {
        const at = { line: directive.line, column: directive.column, endLine: directive.line, endColumn: directive.endColumn };
        const name = `${_model_disable_directive_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .disableDirectiveMarker */ .y}-${directive.kind}`;
        for (const rule of directive.rules) {
            if (knownRules.includes(rule))
                continue;
            outcome.problems.push({
                ruleId: null,
                severity: 'error',
                message: `unknown rule \`${rule}\` in ${name}${(0,_model_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .a)((0,_model_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .k)(rule, knownRules), '.')}`,
                ...at,
            });
        }
        if (!reportUnused)
            return;
        const unused = directive.rules.length === 0
            ? used[index].size === 0
                ? ['any rule']
                : []
            : directive.rules.filter((rule) => knownRules.includes(rule) && !used[index].has(rule));
        for (const rule of unused) {
            const where = directive.kind === 'next-line' ? `on line ${directive.line + 1}` : 'in this file';
            outcome.problems.push({
                ruleId: null,
                severity: 'error',
                message: `unused ${name} directive: no ${rule === 'any rule' ? '' : `\`${rule}\` `}finding ${where} to suppress.`,
                ...at,
            });
        }
    });
    return outcome;
}
function covers(directive, finding) {
    if (directive.rules.length > 0 && !directive.rules.includes(finding.ruleId))
        return false;
    return directive.kind === 'file' || finding.line === directive.line + 1;
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

/***/ 7375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fixSource: () => (/* binding */ fixSource)
/* harmony export */ });
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1624);

/** ESLint's limit: fixes can enable other fixes, but never loop forever. */
const maxPasses = 10;
/** Applies non-overlapping fixes in order; an overlapping one waits for the next pass. */
function applyFixes(text, fixes) {
    const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    let output = '';
    let cursor = 0;
    let applied = 0;
    for (const fix of sorted) {
        if (fix.range[0] < cursor)
            continue;
        output += text.slice(cursor, fix.range[0]) + fix.text;
        cursor = fix.range[1];
        applied++;
    }
    return { text: output + text.slice(cursor), applied };
}
/**
 * Lints and fixes text until no fix applies. Text that does not parse is never changed: a fix is only safe where
 * the file's structure is known. Fix ranges are offsets into the text without its BOM, as lintSource reads it, so a
 * leading BOM is set aside while fixing and kept in the output.
 */
function fixSource(filePath, text, options) {
    const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    const original = text.slice(bom.length);
    let output = original;
    const initialReport = (0,_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .lintSource */ .n)(filePath, output, options);
    let report = initialReport;
    for (let pass = 0; pass < maxPasses && report.fatalErrorCount === 0; pass++) {
        const fixes = report.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
        if (fixes.length === 0)
            break;
        const next = applyFixes(output, fixes);
        const candidate = (0,_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .lintSource */ .n)(filePath, next.text, options);
        if (candidate.fatalErrorCount > 0)
            break; // a fix that breaks the YAML is dropped, never written
        output = next.text;
        report = candidate;
    }
    return { output: bom + output, changed: output !== original, report, initialReport };
}


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

/***/ 6846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ lintFile),
/* harmony export */   j: () => (/* binding */ lintFiles)
/* harmony export */ });
/* harmony import */ var _files_read_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5204);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1624);
/* harmony import */ var _lint_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7575);
/* harmony import */ var _model_run_connections_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3298);
/* harmony import */ var _parse_decode_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4215);
/* harmony import */ var _parallel_worker_count_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1737);
/* harmony import */ var _parallel_young_generation_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9992);







/**
 * Lints many files; one that cannot be read, or whose fix cannot be written, gets a finding in its own report and
 * the rest go on. Shared by the CLI and the Action. Reports come back in target order, each already redacted with
 * its own file's secrets (attached with attachSecrets), whether linted here or in worker threads. Each file sees the
 * connections of the files before it (targets are sorted, so "earlier" is deterministic), for client-id-reuse.
 */
async function lintFiles(targets, options, fixMode, startedWorkers) {
    // Worker threads only lint (a fix is written where it is computed, one file after another).
    const workers = fixMode ? 0 : (0,_parallel_worker_count_js__WEBPACK_IMPORTED_MODULE_5__/* .workerCountFor */ .Vq)(targets.length);
    // Which path ran, for tests and for timing one's own machine (BC_LINT_WORKERS in the README).
    if (process.env.BC_LINT_DEBUG) {
        const threads = workers > 0 ? `main thread and ${workers} worker thread${workers === 1 ? '' : 's'}` : 'main thread only';
        process.stderr.write(`bc-lint: ${targets.length} files, ${threads}\n`);
    }
    if (workers > 0) {
        const pool = startedWorkers ?? (await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 1413))).startLintWorkers(workers);
        return withEarlierConnections(targets, await pool.lint(targets, options), options);
    }
    startedWorkers?.close();
    const fixer = fixMode ? await loadFixer() : undefined;
    const reports = [];
    const earlierConnections = [...(options.earlierConnections ?? [])];
    for (const target of targets) {
        const { report, connections } = lintFile(target, { ...options, earlierConnections }, fixMode, fixer);
        reports.push(report);
        earlierConnections.push(...connections);
        if (reports.length % 64 === 0)
            (0,_parallel_young_generation_js__WEBPACK_IMPORTED_MODULE_6__/* .capYoungGeneration */ .H)();
    }
    return reports;
}
/**
 * Workers lint each file without the files before it. A file whose client ID an earlier file also has is linted
 * again here with those files' connections, so client-id-reuse reports exactly what one thread would; such files
 * are rare, so this costs little.
 */
function withEarlierConnections(targets, linted, options) {
    const earlierConnections = [...(options.earlierConnections ?? [])];
    const seenClientIds = new Set(earlierConnections.map((connection) => connection.clientId));
    return linted.map((file, index) => {
        const result = file.connections.some((connection) => seenClientIds.has(connection.clientId))
            ? lintFile(targets[index], { ...options, earlierConnections: [...earlierConnections] }, undefined, undefined)
            : file;
        earlierConnections.push(...result.connections);
        for (const connection of result.connections)
            seenClientIds.add(connection.clientId);
        return result.report;
    });
}
async function loadFixer() {
    const [{ fixSource }, { writeFixedFile }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7375)), __webpack_require__.e(/* import() */ 373).then(__webpack_require__.bind(__webpack_require__, 1373))]);
    return { fixSource, writeFixedFile };
}
/** A finding about the file as a whole (it could not be read or written), shown at 1:1 with no rule. */
function fileFinding(message, fatal) {
    return { ruleId: null, severity: 'error', ...(fatal ? { fatal: true } : {}), message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
/** One file: read, lint and, with a fix mode, fix. Also what each worker thread runs. */
function lintFile({ file, boundary, linkFree }, options, fixMode, fixer) {
    const linted = (report, state = report) => ({ report, connections: (0,_model_run_connections_js__WEBPACK_IMPORTED_MODULE_3__/* .runConnectionsOf */ .M)(state) });
    const read = (0,_files_read_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspaceFile */ .sL)(file, boundary, { linkFree });
    if (!read.ok)
        return linted((0,_lint_report_js__WEBPACK_IMPORTED_MODULE_2__/* .summarize */ .e)(file, [fileFinding(read.message, true)]));
    if (!fixMode || !fixer)
        return linted((0,_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .lintSource */ .n)(file, read.bytes, options));
    const decoded = (0,_parse_decode_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeSource */ .E4)(read.bytes);
    if (!decoded.ok)
        return linted((0,_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .lintSource */ .n)(file, read.bytes, options));
    const { output, changed, report, initialReport } = fixer.fixSource(file, decoded.text, options);
    if (!changed)
        return linted(report);
    const done = { ...report, fixed: fixedFindings(initialReport, report) };
    if (fixMode === 'dry-run')
        return linted({ ...done, output: (decoded.hasBom ? '\uFEFF' : '') + output }, report);
    // Written back in the file's own encoding and BOM, so that only the fixed values change.
    const problem = fixer.writeFixedFile(file, read, (0,_parse_decode_js__WEBPACK_IMPORTED_MODULE_4__/* .encodeText */ .wx)(output, decoded.encoding, decoded.hasBom));
    if (problem === undefined)
        return linted(done, report);
    // Not written: the file still has every finding it was read with, and one more saying why.
    return linted((0,_lint_report_js__WEBPACK_IMPORTED_MODULE_2__/* .summarize */ .e)(file, [fileFinding(problem, false), ...initialReport.findings], initialReport.suppressed), initialReport);
}
/**
 * What --fix changed (or --fix-dry-run would change), for the CLI to list: the findings with a fix that the fixed
 * text no longer has, at their place in the file as it was read.
 */
function fixedFindings(before, after) {
    const remaining = new Set(after.findings.map((f) => `${f.ruleId} ${f.message}`));
    return before.findings.flatMap((f) => f.fix && f.ruleId !== null && !remaining.has(`${f.ruleId} ${f.message}`) ? [{ ruleId: f.ruleId, line: f.line, column: f.column }] : []);
}


/***/ }),

/***/ 7575:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ toReport),
/* harmony export */   e: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var _model_redaction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7478);
/* harmony import */ var _directives_disable_directives_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9655);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6170);



/** A finding's severity: the project config's setting, else the rule's own (date-bound) choice, else its default. */
function severityOf(item, options) {
    if (item.fatal)
        return 'error'; // a file that cannot be parsed is always an error
    const configured = options.rules?.[item.ruleId];
    return (configured !== 'off' ? configured : undefined) ?? item.severity ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleMetaById */ .WT.get(item.ruleId)?.defaultSeverity ?? 'error';
}
/** One file's report from its raw findings: severities set, off rules dropped, directives applied, secrets redacted. */
function toReport(filePath, raw, options, directives = [], parsed) {
    const findings = [];
    for (const item of raw) {
        // An off rule's findings are dropped here, after they claimed their values; a file that cannot be parsed is
        // always reported.
        if (options.rules?.[item.ruleId] === 'off' && !item.fatal)
            continue;
        const severity = severityOf(item, options);
        findings.push({
            ruleId: item.ruleId,
            severity,
            message: item.message,
            ...item.range,
            ...(item.fix ? { fix: item.fix } : {}),
            ...(item.fatal ? { fatal: true } : {}),
        });
    }
    const { kept, suppressed, problems } = (0,_directives_disable_directives_js__WEBPACK_IMPORTED_MODULE_1__/* .applyDisableDirectives */ .P)(findings, directives, _rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .allRuleMetas */ .M1.map((meta) => meta.id), options.reportUnusedDisableDirectives ?? false);
    const shown = [...kept, ...problems].sort(byPosition);
    const report = summarize(filePath, shown, suppressed.sort(byPosition));
    return parsed ? redactedReport(report, parsed, options.omitSource ?? false) : report;
}
/**
 * The redaction boundary of one file: every message and fix passes the file's redactor, the report gets its
 * secret-free source, and the secrets travel beside the report (never in it) for the run's redactor.
 */
function redactedReport(report, parsed, omitSource) {
    const secrets = parsed.secrets;
    const values = secrets.values;
    const redacted = new _model_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .Redactor */ .pO(values).redactReport(report);
    if (report.findings.length > 0 && parsed.complete && !omitSource) {
        redacted.source = secrets.secretFreeText();
        if (secrets.unredactable.length > 0) {
            redacted.unredactableLines = secrets.unredactable.map(([start, end]) => {
                const range = parsed.positions.range(start, Math.max(start, end));
                return [range.line, range.endLine];
            });
        }
    }
    (0,_model_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .attachSecrets */ .vv)(redacted, values);
    return redacted;
}
const byPosition = (a, b) => a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId));
function summarize(filePath, findings, suppressed = []) {
    const count = (severity, fixable) => findings.filter((f) => f.severity === severity && (!fixable || f.fix !== undefined)).length;
    return {
        filePath,
        findings,
        suppressed,
        errorCount: count('error', false),
        warningCount: count('warning', false),
        fixableErrorCount: count('error', true),
        fixableWarningCount: count('warning', true),
        fatalErrorCount: findings.filter((f) => f.fatal).length,
    };
}


/***/ }),

/***/ 1624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ lintSource)
/* harmony export */ });
/* harmony import */ var _model_profiles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4077);
/* harmony import */ var _model_redaction_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7478);
/* harmony import */ var _model_run_connections_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3298);
/* harmony import */ var _parse_decode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4215);
/* harmony import */ var _parse_connection_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3672);
/* harmony import */ var _parse_source_positions_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1869);
/* harmony import */ var _directives_disable_directives_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9655);
/* harmony import */ var _lint_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7575);
/* harmony import */ var _rules_client_id_reuse_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4207);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6170);
/* harmony import */ var _rules_rule_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1543);
/* harmony import */ var _rules_schema_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7487);












/** The whole pipeline for one file: bytes -> text -> YAML documents -> findings. */
function lintSource(filePath, source, options) {
    const decoded = typeof source === 'string' ? { ok: true, text: (0,_parse_decode_js__WEBPACK_IMPORTED_MODULE_3__/* .stripBom */ .F8)(source) } : (0,_parse_decode_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeSource */ .E4)(source);
    if (!decoded.ok) {
        const positions = new _parse_source_positions_js__WEBPACK_IMPORTED_MODULE_10__/* .SourcePositions */ .k(decoded.textBefore);
        const at = positions.range(decoded.offsetInText, decoded.offsetInText + 1);
        return (0,_lint_report_js__WEBPACK_IMPORTED_MODULE_6__/* .toReport */ .c)(filePath, [{ ruleId: 'yaml-syntax', range: at, message: decoded.reason, fatal: true }], options);
    }
    const positions = new _parse_source_positions_js__WEBPACK_IMPORTED_MODULE_10__/* .SourcePositions */ .k(decoded.text);
    const nul = decoded.text.indexOf('\0');
    if (nul !== -1) {
        const message = 'the file contains a NUL byte; a connection file is YAML text, not binary data.';
        return (0,_lint_report_js__WEBPACK_IMPORTED_MODULE_6__/* .toReport */ .c)(filePath, [{ ruleId: 'yaml-syntax', range: positions.range(nul, nul + 1), message, fatal: true }], options);
    }
    const parsed = (0,_parse_connection_document_js__WEBPACK_IMPORTED_MODULE_4__/* .parseConnectionSource */ .Dn)(positions);
    const raw = parsed.syntaxProblems.map((problem) => ({
        ruleId: 'yaml-syntax',
        range: positions.range(problem.start, Math.max(problem.end, problem.start + 1)),
        message: problem.message,
        fatal: true,
    }));
    if (!parsed.hasContent && raw.length === 0) {
        const firstLineEnd = positions.text.indexOf('\n');
        const range = positions.range(0, firstLineEnd === -1 ? positions.text.length : firstLineEnd);
        raw.push({ ruleId: 'schema', range, message: (0,_rules_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .noConnectionProblem */ .v3)() });
    }
    const profiles = new Map(_model_profiles_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinProfiles */ .G.map((profile) => [profile.name, profile]));
    for (const profile of options.profiles ?? [])
        profiles.set(profile.name, profile);
    const connections = [];
    for (const document of parsed.documents) {
        raw.push(...lintDocument(document, profiles, options, parsed, filePath, earlierInRun(options.earlierConnections ?? [], connections)));
        const connection = (0,_rules_client_id_reuse_js__WEBPACK_IMPORTED_MODULE_7__/* .runConnectionOf */ .x)(filePath, document);
        if (connection)
            connections.push(connection);
    }
    const report = (0,_lint_report_js__WEBPACK_IMPORTED_MODULE_6__/* .toReport */ .c)(filePath, raw, options, (0,_directives_disable_directives_js__WEBPACK_IMPORTED_MODULE_5__/* .findDisableDirectives */ .E)(positions, parsed.comments), parsed);
    (0,_model_run_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .attachRunConnections */ .O)(report, connections);
    return report;
}
/** The run's earlier files' connections, then this file's earlier documents', without copying the run's list. */
function earlierInRun(earlierFiles, earlierDocuments) {
    const documents = earlierDocuments.slice();
    return {
        *[Symbol.iterator]() {
            yield* earlierFiles;
            yield* documents;
        },
    };
}
function lintDocument(document, profiles, options, parsed, filePath, earlierConnections) {
    // One problem, one finding (contract v2): the first rule in table order to report a value owns it. Every rule runs,
    // even one turned off, so that its values stay claimed: its findings are dropped later (toReport), and no later
    // rule, nor the schema, reports those values instead. A rule's setting thus acts on all findings about its values.
    const claimed = new Map();
    const connection = document.value;
    if ((0,_rules_rule_js__WEBPACK_IMPORTED_MODULE_11__/* .isMapping */ .p)(connection)) {
        const integration = connection.integration;
        const profile = typeof integration === 'string' ? profiles.get(integration) : undefined;
        for (const rule of _rules_index_js__WEBPACK_IMPORTED_MODULE_8__/* .domainRules */ .mK) {
            rule.check({
                document,
                connection,
                today: options.today,
                profiles,
                profile,
                filePath,
                earlierConnections,
                report(report) {
                    const subject = (0,_parse_connection_document_js__WEBPACK_IMPORTED_MODULE_4__/* .pointer */ .Wn)(report.path);
                    if (claimed.has(subject))
                        return; // an earlier rule (or this rule's first report) owns the value
                    // A value that is (through an anchor or alias) a secret: the finding quotes no part of it and fixes nothing.
                    const secretForms = secretFormsAt(document, report.path, parsed);
                    claimed.set(subject, {
                        ruleId: rule.meta.id,
                        range: report.on === 'key' ? document.keyRange(report.path) : document.valueRange(report.path),
                        message: secretForms ? withoutQuotedParts(report.message, secretForms) : report.message,
                        ...(report.severity ? { severity: report.severity } : {}),
                        ...(report.fix && !secretForms ? { fix: report.fix } : {}),
                    });
                },
            });
        }
    }
    const findings = [...claimed.values()];
    for (const problem of (0,_rules_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .checkSchema */ ._U)(document, new Set(claimed.keys()))) {
        findings.push({ ruleId: 'schema', range: problem.range, message: problem.message });
    }
    return findings;
}
function secretFormsAt(document, path, parsed) {
    const node = document.resolvedNode(path);
    return node === undefined ? undefined : parsed.secrets.nodes.get(node);
}
/**
 * The message with every quoted (`...`) span that is part of the secret, or holds it, masked. A rule may quote a
 * part of a value (the store hash inside a pasted path), which masking whole values would not catch.
 */
function withoutQuotedParts(message, forms) {
    return message.replace(/`([^`]*)`/g, (quoted, inner) => forms.some((form) => form.includes(inner) || (form.length >= _model_redaction_js__WEBPACK_IMPORTED_MODULE_1__/* .minMaskedLength */ .sy && inner.includes(form))) ? '`***`' : quoted);
}


/***/ }),

/***/ 686:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ disableDirectiveMarker)
/* harmony export */ });
/** What starts an inline suppression comment (`# bc-lint-disable-next-line ...`, `# bc-lint-disable-file ...`). */
const disableDirectiveMarker = 'bc-lint-disable';


/***/ }),

/***/ 4140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ ruleDocsUrl)
/* harmony export */ });
/* harmony import */ var _generated_package_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9820);

/**
 * Where a rule's documentation page lives: docs/rules/<id>.md at this release's tag, so a link printed by an
 * older bc-lint still shows the rule as that version checks it.
 */
function ruleDocsUrl(ruleId) {
    return `${_generated_package_info_js__WEBPACK_IMPORTED_MODULE_0__.packageInfo.repositoryUrl}/blob/v${_generated_package_info_js__WEBPACK_IMPORTED_MODULE_0__.packageInfo.version}/docs/rules/${ruleId}.md`;
}


/***/ }),

/***/ 7478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ starred),
/* harmony export */   Ms: () => (/* binding */ runRedactor),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   sy: () => (/* binding */ minMaskedLength),
/* harmony export */   vv: () => (/* binding */ attachSecrets)
/* harmony export */ });
/* unused harmony export secretsOf */
/**
 * Secrets shorter than this are never searched for inside other text: masking a one-character PIN would mangle
 * every message (`stor***Hash`). Messages do not quote values, so a short secret has nowhere to appear; in a
 * file's `source` it is masked by position instead.
 */
const minMaskedLength = 4;
/** What replaces a secret inside a message. */
const messageMask = '***';
/**
 * The secret values of a run (or of one file), in every form an output could show, and the one place that masks
 * them. Built from the pipeline's own parse of each file; never serialised: a report carries its secrets in a
 * WeakMap (secretsOf), beside it, so no formatter can print them by accident.
 */
class Redactor {
    /**
     * Forms of at least minMaskedLength characters, indexed by their first three characters, then by length (longest
     * first): a position costs one lookup, and a few more where a form starts, however many forms share the prefix
     * (thousands of tokens in a run of 20,000 files may all start `pla`, as does every "plaintext" in a message).
     */
    byPrefix = new Map();
    forms;
    constructor(forms) {
        const distinct = new Set();
        for (const form of forms)
            if (form.length >= minMaskedLength)
                distinct.add(form);
        this.forms = [...distinct];
        for (const form of this.forms.sort((a, b) => b.length - a.length)) {
            const key = prefixKey(form, 0);
            const bucket = this.byPrefix.get(key);
            if (!bucket)
                this.byPrefix.set(key, { lengths: [form.length], forms: new Set([form]) });
            else {
                if (bucket.lengths.at(-1) !== form.length)
                    bucket.lengths.push(form.length);
                bucket.forms.add(form);
            }
        }
    }
    /** Every value to mask (for the Action's core.setSecret). */
    get values() {
        return this.forms;
    }
    get isEmpty() {
        return this.forms.length === 0;
    }
    /** The secret forms found in text, as [start, end) spans, longest match first at each position. */
    *matches(text) {
        if (this.forms.length === 0)
            return;
        for (let i = 0; i + minMaskedLength <= text.length;) {
            const bucket = this.byPrefix.get(prefixKey(text, i));
            const length = bucket?.lengths.find((length) => i + length <= text.length && bucket.forms.has(text.slice(i, i + length)));
            if (length !== undefined) {
                yield [i, i + length];
                i += length;
            }
            else
                i++;
        }
    }
    contains(text) {
        return !this.matches(text).next().done;
    }
    /** Text with each secret replaced by ***. */
    maskMessage(text) {
        let out = '';
        let cursor = 0;
        for (const [start, end] of this.matches(text)) {
            out += text.slice(cursor, start) + messageMask;
            cursor = end;
        }
        return cursor === 0 ? text : out + text.slice(cursor);
    }
    /** Text with each character of each secret replaced by `*`, line breaks kept, so lines and columns still match. */
    maskSource(text) {
        let out = '';
        let cursor = 0;
        for (const [start, end] of this.matches(text)) {
            out += text.slice(cursor, start) + starred(text.slice(start, end));
            cursor = end;
        }
        return cursor === 0 ? text : out + text.slice(cursor);
    }
    /** A finding as it may be shown: secrets masked in its message, its fix dropped if the fix would write one. */
    redactFinding(finding) {
        const message = this.maskMessage(finding.message);
        const dropFix = finding.fix !== undefined && this.contains(finding.fix.text);
        if (message === finding.message && !dropFix)
            return finding;
        const { fix, ...rest } = finding;
        return { ...rest, message, ...(fix && !dropFix ? { fix } : {}) };
    }
    /**
     * A report with every finding, suppressed finding and its source passed through the redactor; counts follow.
     * The report itself when nothing in it shows a secret, so a run of many files keeps one copy of each report.
     */
    redactReport(report) {
        if (this.isEmpty)
            return report;
        const findings = report.findings.map((finding) => this.redactFinding(finding));
        const suppressed = report.suppressed.map((finding) => this.redactFinding(finding));
        const source = report.source === undefined ? undefined : this.maskSource(report.source);
        const unchanged = (shown, original) => shown.every((finding, i) => finding === original[i]);
        if (source === report.source && unchanged(findings, report.findings) && unchanged(suppressed, report.suppressed))
            return report;
        const fixable = (severity) => findings.filter((f) => f.severity === severity && f.fix !== undefined).length;
        const redacted = {
            ...report,
            findings,
            suppressed,
            fixableErrorCount: fixable('error'),
            fixableWarningCount: fixable('warning'),
            ...(source !== undefined ? { source } : {}),
        };
        const secrets = secretsOf(report);
        if (secrets)
            attachSecrets(redacted, secrets);
        return redacted;
    }
}
/** Each character replaced by `*`, line breaks kept. */
const starred = (text) => text.replace(/[^\r\n]/g, '*');
/** The first three UTF-16 code units as one number (48 bits: exact in a double). */
function prefixKey(text, at) {
    return text.charCodeAt(at) * 2 ** 32 + text.charCodeAt(at + 1) * 2 ** 16 + text.charCodeAt(at + 2);
}
/** Each report's secret forms, kept off the report object so that no output can serialise them. */
const reportSecrets = new WeakMap();
function attachSecrets(report, forms) {
    if (forms.length > 0)
        reportSecrets.set(report, forms);
}
function secretsOf(report) {
    return reportSecrets.get(report);
}
/** One redactor for a whole run: every secret of every report. */
function runRedactor(reports) {
    return new Redactor(reports.flatMap((report) => secretsOf(report) ?? []));
}


/***/ }),

/***/ 3298:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ runConnectionsOf),
/* harmony export */   O: () => (/* binding */ attachRunConnections)
/* harmony export */ });
const byReport = new WeakMap();
function attachRunConnections(report, connections) {
    if (connections.length > 0)
        byReport.set(report, connections);
}
/** The connections a file's report was linted with, in document order. */
function runConnectionsOf(report) {
    return byReport.get(report) ?? [];
}


/***/ }),

/***/ 1737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ workerCountFor)
/* harmony export */ });
/* unused harmony exports minFilesForWorkers, minCoresForWorkers */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);

/**
 * Below this many files a run stays on the main thread. Each thread warms up its own JIT, so a worker costs about
 * 0.3 s of CPU (its start and its cold first few hundred files) before it pays. Measured on the 2-core machine of
 * bench/results.md (medians, Node 24): 2,000 files, main + 1 worker 643 ms vs one thread 579 ms; 20,000 files
 * 2.81 s vs 3.50 s, but 218 MB vs 193 MB peak memory.
 */
const minFilesForWorkers = 5_000;
/**
 * Fewer cores than this: no worker unless BC_LINT_WORKERS asks. On 2 cores V8's compiler and GC threads already use
 * the second core of a single-threaded run, and a worker's 20% at 20,000 files costs the 200 MB memory budget
 * (numbers above); set this to 2 to trade that memory for the time.
 */
const minCoresForWorkers = 3;
/**
 * How many worker threads help the main thread lint the given number of files: by default one per core beside the
 * main thread's, from minFilesForWorkers files and minCoresForWorkers cores; 0 means the main thread does it alone,
 * as it always does on one core (availableParallelism follows the process's CPU affinity, so `taskset -c 0` is one
 * core). BC_LINT_WORKERS=<n> asks for n workers whatever the file count and core count above one (for tests, and
 * machines where it pays); BC_LINT_WORKERS=0 keeps one thread. Infinity as the count: how many to start before
 * discovery has counted the files.
 */
function workerCountFor(fileCount, env = process.env, cores = node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism) {
    const forced = env.BC_LINT_WORKERS;
    const wanted = forced !== undefined && /^\d+$/.test(forced) ? Number(forced) : undefined;
    if (wanted === undefined && fileCount < minFilesForWorkers)
        return 0;
    const available = cores();
    if (available <= 1 || (wanted === undefined && available < minCoresForWorkers))
        return 0;
    return Math.min(wanted ?? available - 1, fileCount);
}


/***/ }),

/***/ 9992:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ capYoungGeneration),
/* harmony export */   c: () => (/* binding */ allowYoungGenerationCap)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);

/**
 * V8 doubles the young generation (up to 64 MB per semi-space on a large machine) when many objects survive its
 * scavenges, as every file's report does in a run of many files: 20,000 files then peaked near 300 MB, most of it
 * young-generation space that holds garbage. Once it reaches this size, it stops growing; past it a larger young
 * generation saved no measurable time (bench/results.md), and the heap limit is not touched.
 */
const enoughYoungSpaceBytes = 16 * 1024 * 1024;
let capped = false;
/** V8 flags are the whole process's: only the CLI, which owns its process, turns the cap on; a program using the API keeps its own. */
let allowed = false;
function allowYoungGenerationCap() {
    allowed = true;
}
/** Called now and then while a run lints: stops the young generation's growth once it is large enough. */
function capYoungGeneration() {
    if (capped || !allowed)
        return;
    const newSpace = node_v8__WEBPACK_IMPORTED_MODULE_0__.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (newSpace === undefined || newSpace.space_size < enoughYoungSpaceBytes)
        return;
    // A flag read at each growth; it is not read at start-up only as --max-semi-space-size is.
    node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString('--semi-space-growth-factor=1');
    capped = true;
}


/***/ }),

/***/ 3672:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dn: () => (/* binding */ parseConnectionSource),
  Wn: () => (/* reexport */ json_pointer/* pointer */.W)
});

// UNUSED EXPORTS: ConnectionDocument

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/src/model/display.js
var display = __webpack_require__(9529);
// EXTERNAL MODULE: ./build/src/model/secrets.js
var model_secrets = __webpack_require__(2166);
;// CONCATENATED MODULE: ./build/src/parse/document-scan.js



/**
 * One walk over a document: alias targets, duplicate keys and secrets. Alias.resolve() walks the whole document
 * on every call, and yaml's own duplicate-key check compares each key with every earlier one, so both were
 * quadratic (10,000 aliases took 100 s, 100,000 keys 95 s); here each node is visited once.
 */
function scanDocument(doc, secrets) {
    const anchors = new Map();
    const aliasTargets = new Map();
    const duplicateKeys = [];
    const resolve = (alias) => aliasTargets.get(alias) ?? anchors.get(alias.source);
    const onNode = (node) => {
        if ((0,dist/* isAlias */.Vj)(node))
            aliasTargets.set(node, anchors.get(node.source));
        else if (((0,dist/* isScalar */.jn)(node) || (0,dist/* isCollection */.P3)(node)) && node.anchor)
            anchors.set(node.anchor, node);
    };
    (0,dist/* visit */.YR)(doc, {
        Scalar: (_key, node) => onNode(node),
        Alias: (_key, node) => onNode(node),
        Seq: (_key, node) => onNode(node),
        Map: (_key, node) => {
            onNode(node);
            findDuplicateKeys(node, duplicateKeys);
            if (node.flow)
                findCommaSplitSecrets(node, secrets, resolve);
        },
        Pair: (_key, pair) => {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
            // An anchor on the value is visited after this pair; the value itself then is the secret.
            if (typeof key !== 'string')
                return;
            // A client secret pasted into clientId is a secret too (client-id-format reports it).
            if ((0,model_secrets/* looksLikeSecretKey */.tF)(key) || (0,model_secrets/* holdsSwappedSecret */.rQ)(key, scalarValue(pair.value, resolve))) {
                secrets.addValue(pair.value, resolve, pair.key.range?.[1]);
            }
        },
    });
    return { aliasTargets, duplicateKeys };
}
/** A scalar's value, through an alias; undefined for anything else. */
function scalarValue(node, resolve) {
    const target = (0,dist/* isAlias */.Vj)(node) ? resolve(node) : node;
    return (0,dist/* isScalar */.jn)(target) ? target.value : undefined;
}
/**
 * In a flow mapping a comma ends a value: `{ accessToken: abc,def }` reads as accessToken: abc plus a key `def`
 * without a value. Such value-less keys right after a secret are the rest of it, and are secret too.
 */
function findCommaSplitSecrets(map, secrets, resolve) {
    let afterSecret = false;
    for (const pair of map.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
        if (typeof key === 'string' && (0,model_secrets/* looksLikeSecretKey */.tF)(key))
            afterSecret = pair.value !== null;
        else if (afterSecret && pair.value === null && (0,dist/* isScalar */.jn)(pair.key))
            secrets.addValue(pair.key, resolve);
        else
            afterSecret = false;
    }
}
/**
 * Keys written twice in one mapping, as yaml's uniqueKeys finds them (the same scalar value; merge keys count
 * too), with one Set per mapping. The key is named: keys are names, not secret values, and it is shortened and
 * escaped.
 */
function findDuplicateKeys(map, problems) {
    const seen = new Set();
    for (const pair of map.items) {
        const key = pair.key;
        if (!(0,dist/* isScalar */.jn)(key))
            continue;
        if (!seen.has(key.value)) {
            seen.add(key.value);
            continue;
        }
        const [start, end] = key.range ?? [0, 0];
        problems.push({
            start,
            end,
            message: `keys must be unique: ${(0,display/* codeName */.Pg)(typeof key.value === 'symbol' ? '<<' : String(key.value))} is written twice in this mapping.`,
        });
    }
}

// EXTERNAL MODULE: ./build/src/model/disable-directive-marker.js
var disable_directive_marker = __webpack_require__(686);
;// CONCATENATED MODULE: ./build/src/parse/guarded-compose.js


/**
 * Collections nested deeper than this are refused. A connection needs three levels; yaml's composer recurses per
 * level and overflows the stack near 800, and after such an overflow V8 can abort the whole process on the next
 * parse, so the limit is enforced before composing.
 */
const maxNestingDepth = 100;
/**
 * Parsing stops after this many YAML tokens (keys, values, indicators, white space, comments) in one file. A full
 * connection has about 150. yaml needs up to about 200 bytes and 3 microseconds a token, so without a limit a
 * 20 MB file of a long list or of blank lines took 40 to 70 seconds and up to 3.6 GB.
 */
const maxTokensPerFile = 1_000_000;
const tooDeepMessage = `the YAML is nested more than ${maxNestingDepth} levels deep (a connection needs three)`;
// Digits grouped by hand: toLocaleString at module load costs every run ~20 ms (Node loads its ICU number data).
const tooLargeMessage = `the file is too large to check: over ${String(maxTokensPerFile).replace(/\B(?=(\d{3})+$)/g, ',')} YAML tokens (a connection has about 150)`;
/**
 * How connection files are parsed: YAML 1.2 with merge keys. Duplicate keys are rejected by scanDocument, not by
 * yaml's quadratic uniqueKeys.
 */
const yamlParseOptions = { merge: true, prettyErrors: false, uniqueKeys: false };
/**
 * parseAllDocuments, driven token by token so that parsing stops at nesting deeper than maxNestingDepth, before
 * yaml's recursive composer sees it, or after maxTokensPerFile tokens. The documents before that point are still
 * returned; the rest of the file is not checked. Comments are collected in the same pass.
 */
function* composeDocuments(text, comments = [], onStop = () => undefined) {
    const composer = new dist/* Composer */.Dk(yamlParseOptions);
    const parser = new dist/* Parser */.iX();
    // Only directives need comments: text without the marker skips classifying every token.
    const collectComments = text.includes(disable_directive_marker/* disableDirectiveMarker */.y);
    let atScalar = false;
    let tokens = 0;
    for (const lexeme of new dist/* Lexer */.JG().lex(text)) {
        const offset = parser.offset;
        if (collectComments) {
            // The parser classifies tokens this way: the token after a scalar marker is scalar text, whatever it starts with.
            const type = atScalar ? 'scalar text' : dist/* CST */.DB.tokenType(lexeme);
            atScalar = type === 'scalar';
            if (type === 'comment')
                comments.push({ offset, source: lexeme });
        }
        for (const token of parser.next(lexeme))
            yield* composer.next(token);
        let stop;
        if (++tokens > maxTokensPerFile)
            stop = tooLargeMessage;
        else if (parser.stack.length > maxNestingDepth && collectionsIn(parser.stack) > maxNestingDepth)
            stop = tooDeepMessage;
        if (stop) {
            onStop({ start: offset, end: offset + lexeme.length, message: `${stop}; the rest of the file is not checked` });
            yield* composer.end();
            return;
        }
    }
    for (const token of parser.end())
        yield* composer.next(token);
    yield* composer.end();
}
function collectionsIn(stack) {
    return stack.filter((token) => token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection').length;
}

// EXTERNAL MODULE: ./build/src/parse/json-pointer.js
var json_pointer = __webpack_require__(3075);
;// CONCATENATED MODULE: ./build/src/parse/plain-value.js



/**
 * Values reached through aliases are counted; past this many the document is treated as an alias bomb.
 * A real connection has well under a hundred nodes.
 */
const aliasNodeBudget = 10_000;
class AliasBomb extends Error {
}
class TooDeep extends Error {
}
/** Turns YAML nodes into plain data the schema can check, remembering which node each path came from. */
class PlainValueBuilder {
    aliasTargets;
    located = new Map();
    problems = [];
    aliasBudget = aliasNodeBudget;
    aliasDepth = 0;
    /** Collections entered; aliases can nest values deeper than the text does. */
    depth = 0;
    constructor(aliasTargets) {
        this.aliasTargets = aliasTargets;
    }
    resolve(alias) {
        return this.aliasTargets.get(alias);
    }
    build(node, path) {
        if (node)
            this.located.set((0,json_pointer/* pointer */.W)(path), { node });
        try {
            return this.toPlain(node, path);
        }
        catch (error) {
            // RangeError: a stack overflow the depth limit did not foresee; still one file's problem, not the run's.
            if (!(error instanceof AliasBomb) && !(error instanceof TooDeep) && !(error instanceof RangeError))
                throw error;
            const [start, end] = node?.range ?? [0, 0];
            this.problems.push({
                start,
                end,
                message: error instanceof AliasBomb
                    ? `aliases and merge keys expand to more than ${aliasNodeBudget} values; this looks like an alias bomb`
                    : `${tooDeepMessage}, counting values reached through aliases`,
            });
            return undefined;
        }
    }
    toPlain(node, path) {
        if (!node)
            return null;
        if (this.aliasDepth > 0 && --this.aliasBudget < 0)
            throw new AliasBomb();
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = this.resolve(node);
            if (!target)
                return this.unknownAnchor(node);
            this.aliasDepth++;
            try {
                return this.toPlain(target, path);
            }
            finally {
                this.aliasDepth--;
            }
        }
        if ((0,dist/* isScalar */.jn)(node))
            return node.value;
        if (!(0,dist/* isSeq */.oP)(node) && !(0,dist/* isMap */.jh)(node))
            return null;
        if (++this.depth > maxNestingDepth)
            throw new TooDeep();
        try {
            if ((0,dist/* isSeq */.oP)(node)) {
                return node.items.map((item, index) => {
                    const itemPath = [...path, String(index)];
                    if (item && typeof item === 'object' && 'range' in item)
                        this.located.set((0,json_pointer/* pointer */.W)(itemPath), { node: item });
                    return this.toPlain(item, itemPath);
                });
            }
            const out = {};
            this.addEntries(out, node, path);
            return out;
        }
        finally {
            this.depth--;
        }
    }
    /** yaml accepts an alias whose anchor is not defined before it; YAML does not, and the value would be lost. */
    unknownAnchor(alias) {
        const [start, end] = alias.range ?? [0, 0];
        // The alias's name is not quoted: `accessToken: *s3cret` is an alias to nowhere whose name is a secret.
        this.problems.push({ start, end, message: 'this alias (*name) refers to no anchor (&name) defined before it' });
        return null;
    }
    /** Adds a mapping's entries; merge keys (<<) add only keys not already set, explicit keys win. */
    addEntries(out, map, path) {
        if (!(0,dist/* isMap */.jh)(map))
            return;
        const merges = [];
        for (const pair of map.items) {
            // Entries reached through merge keys count like values reached through aliases: nested merges of the same
            // mapping are a bomb too, even though repeated keys are skipped.
            if (this.aliasDepth > 0 && --this.aliasBudget < 0)
                throw new AliasBomb();
            const keyNode = pair.key;
            if ((0,dist/* isScalar */.jn)(keyNode) && typeof keyNode.value === 'symbol') {
                if (pair.value)
                    merges.push(pair.value);
                continue;
            }
            const key = keyText(keyNode);
            if (Object.hasOwn(out, key))
                continue;
            const valuePath = [...path, key];
            const valueNode = pair.value ?? keyNode;
            if (valueNode)
                this.located.set((0,json_pointer/* pointer */.W)(valuePath), { node: valueNode, ...(keyNode ? { key: keyNode } : {}) });
            // defineProperty, so a "__proto__" key is data and never the prototype.
            Object.defineProperty(out, key, {
                value: this.toPlain(pair.value, valuePath),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        for (const merge of merges) {
            const source = (0,dist/* isAlias */.Vj)(merge) ? this.resolve(merge) : merge;
            if (!source) {
                this.unknownAnchor(merge);
                continue;
            }
            const sources = (0,dist/* isSeq */.oP)(source) ? source.items.map((item) => ((0,dist/* isAlias */.Vj)(item) ? (this.resolve(item) ?? item) : item)) : [source];
            for (const item of sources) {
                if ((0,dist/* isAlias */.Vj)(item)) {
                    this.unknownAnchor(item);
                    continue;
                }
                if (!(0,dist/* isMap */.jh)(item)) {
                    const [start, end] = merge.range ?? [0, 0];
                    this.problems.push({ start, end, message: 'a merge key (<<) needs a mapping or a list of mappings' });
                    continue;
                }
                this.aliasDepth++;
                try {
                    this.addEntries(out, item, path);
                }
                finally {
                    this.aliasDepth--;
                }
            }
        }
    }
}
function keyText(node) {
    if (node === null)
        return '';
    if ((0,dist/* isScalar */.jn)(node))
        return String(node.value);
    return String(node);
}

// EXTERNAL MODULE: ./build/src/model/redaction.js
var redaction = __webpack_require__(7478);
;// CONCATENATED MODULE: ./build/src/parse/plaintext-secrets.js



/**
 * The secrets of one file, found once, from the pipeline's own parse: plaintext values under secret keys (and keys
 * that look like them), what their aliases point at, collections under such keys, and in a document that failed
 * to parse every token after such a key. Every output is made from these facts and never recomputes them.
 */
class FileSecrets {
    text;
    /** [start, end) offsets of secret text, to be starred out of the source. */
    spans = [];
    /** [start, end) offsets from a secret key to the end of a document that failed to parse. */
    unredactable = [];
    /** The values in every form an output could show. */
    forms = new Set();
    /** Nodes that hold a secret (alias targets included), with their forms, so rules' findings on them can be told apart. */
    nodes = new Map();
    constructor(text) {
        this.text = text;
    }
    get values() {
        return [...this.forms];
    }
    /** A secret key's value node as parsed; `resolve` gives an alias's target (from the document's one walk). */
    addValue(value, resolve, keyEnd) {
        if (!value)
            return;
        const props = (0,dist/* isScalar */.jn)(value) || (0,dist/* isCollection */.P3)(value) ? [value.anchor, value.tag].filter((p) => !!p) : [];
        if (props.length > 0 && keyEnd !== undefined && value.range) {
            // `accessToken: &Zq9x` or `!Zq9x: 2`: a token starting with & or ! reads as an anchor or tag. Anchors and tags
            // are names, but under a secret key they may be the secret's own text, so they are masked with the value.
            let start = keyEnd;
            while (start < value.range[0] && /[:\s]/.test(this.text[start]))
                start++;
            const forms = this.addText([start, value.range[0]], props);
            if ((0,dist/* isScalar */.jn)(value) && value.value === null) {
                this.nodes.set(value, forms);
                return;
            }
        }
        if ((0,dist/* isAlias */.Vj)(value)) {
            const target = resolve(value);
            // An alias with no anchor before it (`accessToken: *s3cret`): the secret is the text after the *.
            if (!target)
                this.nodes.set(value, this.addText(value.range, [value.source]));
            else
                this.addNode(target, resolve);
            return;
        }
        this.addNode(value, resolve);
    }
    addNode(node, resolve) {
        if (this.nodes.has(node))
            return; // many aliases of one anchor: its value is recorded once
        if ((0,dist/* isScalar */.jn)(node)) {
            if (!(0,model_secrets/* isPlaintextSecret */.OA)(node.value))
                return;
            const parsed = typeof node.value === 'object' ? [] : [String(node.value)];
            this.nodes.set(node, this.addText(node.range, parsed));
            return;
        }
        if (!(0,dist/* isCollection */.P3)(node))
            return;
        // A list or mapping under a secret key (`supportPin: [4821]`): all of it is secret.
        this.nodes.set(node, this.addText(node.range, []));
        (0,dist/* visit */.YR)(node, {
            Scalar: (_key, scalar) => {
                this.nodes.set(scalar, this.addText(scalar.range, typeof scalar.value === 'object' || scalar.value === null ? [] : [String(scalar.value)]));
            },
            Alias: (_key, alias) => {
                const target = resolve(alias);
                if (target && !this.nodes.has(target))
                    this.addNode(target, resolve);
            },
        });
    }
    /** Records the text at range as secret, with its parsed forms; returns the forms. */
    addText(range, parsed) {
        if (!range)
            return [];
        const [start, end] = range;
        this.spans.push([start, end]);
        const written = this.text.slice(start, end);
        return this.addForms([...parsed, written, written.replace(/^\s*["']|["']\s*$/g, '')]);
    }
    addForms(values) {
        const added = [];
        for (const value of values) {
            for (const form of [value, ...value.split(/\r?\n/).map((line) => line.trim())]) {
                if (form.trim() === '' || model_secrets/* secretReference */.QO.test(form))
                    continue;
                added.push(form, form.toLowerCase(), form.toUpperCase());
            }
        }
        for (const form of added)
            this.forms.add(form);
        return added;
    }
    /**
     * A document that failed to parse: its structure cannot be trusted, so from the first secret key on, every
     * token but white space, line breaks and flow or block indicators is secret. Lexes the document's own text
     * (no second read, no second parse: lexing is the parser's first step, without building anything).
     */
    addUnparsed(start, end) {
        let offset = start;
        let atScalar = false;
        let secretFrom;
        /** The last scalar-like token, until the next token says whether it was a key (a `:` follows) or a value. */
        let pending;
        let skipUntil = 0;
        const settle = (isKey) => {
            if (pending && !isKey && secretFrom !== undefined)
                this.addForms([unquote(pending.text)]);
            pending = undefined;
        };
        for (const lexeme of new dist/* Lexer */.JG().lex(this.text.slice(start, end))) {
            let type;
            if (atScalar) {
                atScalar = false;
                type = 'scalar text';
            }
            else {
                type = dist/* CST */.DB.tokenType(lexeme);
                if (type === 'scalar') {
                    atScalar = true;
                    continue;
                }
                if (type === 'doc-mode' || type === 'flow-error-end')
                    continue;
            }
            const from = offset;
            offset += lexeme.length;
            if (type === 'space' || type === 'newline' || from < skipUntil)
                continue;
            // A secret reference (${NAME}) lexes as several tokens in a broken flow mapping; it is no secret.
            const reference = type === 'scalar text' && lexeme === '$' ? referenceAt(this.text, from) : 0;
            if (reference > 0) {
                settle(false);
                skipUntil = from + reference;
                continue;
            }
            if (type === 'map-value-ind') {
                if (secretFrom === undefined && pending && (0,model_secrets/* looksLikeSecretKey */.tF)(unquote(pending.text)))
                    secretFrom = pending.start;
                settle(true);
                continue;
            }
            settle(false);
            if (structural.has(type ?? ''))
                continue;
            if (type !== 'comment')
                pending = { text: lexeme, start: from };
            if (secretFrom !== undefined)
                this.spans.push([from, offset]);
        }
        settle(false);
        if (secretFrom !== undefined)
            this.unredactable.push([secretFrom, end]);
    }
    /** The text with every secret character replaced by `*` (line breaks kept: lines and columns still match). */
    secretFreeText() {
        if (this.spans.length === 0)
            return this.text;
        const sorted = [...this.spans].sort((a, b) => a[0] - b[0]);
        const parts = [];
        let cursor = 0;
        for (const [start, end] of sorted) {
            if (end <= cursor)
                continue;
            const from = Math.max(start, cursor);
            parts.push(this.text.slice(cursor, from), (0,redaction/* starred */.EZ)(this.text.slice(from, end)));
            cursor = end;
        }
        parts.push(this.text.slice(cursor));
        return parts.join('');
    }
}
/** Tokens that are YAML punctuation, never part of a value. */
const structural = new Set([
    'flow-map-start',
    'flow-map-end',
    'flow-seq-start',
    'flow-seq-end',
    'comma',
    'seq-item-ind',
    'explicit-key-ind',
    'doc-start',
    'doc-end',
    'byte-order-mark',
]);
/** Length of the secret reference (${NAME}) at offset in text, or 0. */
function referenceAt(text, offset) {
    const reference = /\$\{[A-Za-z_][A-Za-z0-9_]*\}/y;
    reference.lastIndex = offset;
    return reference.exec(text)?.[0].length ?? 0;
}
function unquote(text) {
    const trimmed = text.trim();
    return /^(["']).*\1$/s.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

;// CONCATENATED MODULE: ./build/src/parse/syntax-messages.js
/**
 * yaml-syntax messages, written from yaml's error code and a few fixed message shapes, never from yaml's own
 * message: yaml quotes the rejected token (`Unexpected scalar token in YAML stream: "<text>"`), and that text can
 * be a secret (a clientSecret after an unquoted ${...} in a flow mapping). The finding's position points at it.
 */
function syntaxMessage(error) {
    const detail = knownShapes.find(([shape]) => shape.test(error.message));
    if (detail)
        return `${detail[1]}.`;
    if (error.code === 'UNEXPECTED_TOKEN') {
        // The token type is a word from yaml's fixed list (scalar, comma, flow-map-end...), never source text.
        const type = /^Unexpected ([a-z]+(?:-[a-z]+)*)(?: token| at node end)/.exec(error.message)?.[1];
        if (type)
            return `unexpected ${tokenWords[type] ?? type.replace(/-/g, ' ')} here.`;
    }
    return `${byCode[error.code] ?? 'YAML that cannot be read'}.`;
}
const tokenWords = {
    scalar: 'scalar (a value or key)',
    'flow-map-start': '{',
    'flow-map-end': '}',
    'flow-seq-start': '[',
    'flow-seq-end': ']',
    comma: 'comma',
    'map-value-ind': 'colon',
    'seq-item-ind': 'list item (-)',
    'explicit-key-ind': 'explicit key (?)',
    'block-scalar': 'block scalar (| or >)',
    'block-map': 'mapping',
    'block-seq': 'list',
    'flow-collection': 'flow collection',
    'double-quoted-scalar': 'double-quoted string',
    'single-quoted-scalar': 'single-quoted string',
    alias: 'alias (*)',
    anchor: 'anchor (&)',
    tag: 'tag (!)',
    'doc-start': 'document start (---)',
    'doc-end': 'document end (...)',
};
/** yaml's messages that name a kind of problem without quoting source, by their fixed start. */
const knownShapes = [
    [
        /^Flow sequence in block collection must be sufficiently indented and end with a \]/,
        'a flow sequence ([...]) must end with a ] and its lines must be indented more than its key',
    ],
    [
        /^Flow map in block collection must be sufficiently indented and end with a \}/,
        'a flow mapping ({...}) must end with a } and its lines must be indented more than its key',
    ],
    [/^Flow sequence must end with a \]/, 'a flow sequence ([...]) must end with a ]'],
    [/^Flow map must end with a \}/, 'a flow mapping ({...}) must end with a }'],
    [/^Missing closing "quote/, 'a double-quoted string is not closed'],
    [/^Missing closing 'quote/, 'a single-quoted string is not closed'],
    [/^Missing , or : between flow map items/, 'missing comma or colon between the entries of a flow mapping ({...})'],
    [/^Missing , between flow (map|sequence) items/, 'missing comma between the items of a flow collection ({...} or [...])'],
    [/^Missing space after : in flow/, 'missing space after a colon in a flow collection'],
    [/^Implicit map keys need to be followed by map values/, 'a key without a colon and a value'],
    [/^Implicit keys need to be on a single line/, 'a key that runs over more than one line (a value missing its quotes?)'],
    [/^Nested mappings are not allowed in compact mappings/, 'a value that holds ": " must be quoted: a mapping cannot start inside a value'],
    [/^Comments must be separated from other tokens/, 'a comment (#) needs white space before it'],
    [/^Tags and anchors must be separated/, 'a tag or anchor needs white space after it'],
    [/^Unexpected , in flow/, 'unexpected comma in a flow collection'],
    [/^Unexpected empty item in flow/, 'an empty item in a flow collection'],
    [/^Block scalar header includes extra characters/, 'extra characters after a block scalar indicator (| or >)'],
    [/^Plain value cannot start with/, 'an unquoted value cannot start with this character; quote the value'],
    [/^Invalid escape sequence/, 'bad escape in a double-quoted string'],
    [/^All sequence items must start at the same column/, 'the items of a list must start at the same column'],
    [/^Sequence item without - indicator/, 'a list item without its -'],
    [/^Tabs are not allowed as indentation/, 'tabs used for indentation; YAML indents with spaces'],
];
/** One wording per yaml error code (YAMLError.code), for messages not matched above. */
const byCode = {
    ALIAS_PROPS: 'an alias cannot have an anchor or a tag',
    BAD_ALIAS: 'an empty or ambiguous anchor or alias name',
    BAD_COLLECTION_TYPE: 'a tag that does not fit its collection',
    BAD_DIRECTIVE: 'a %-directive that is not valid',
    BAD_DQ_ESCAPE: 'bad escape in a double-quoted string',
    BAD_INDENT: 'bad indentation',
    BAD_PROP_ORDER: 'an anchor or tag in the wrong place',
    BAD_SCALAR_START: 'an unquoted value cannot start with this character; quote the value',
    BLOCK_AS_IMPLICIT_KEY: 'a mapping or list where a key was expected',
    BLOCK_IN_FLOW: 'block-style content inside a flow collection ({...} or [...])',
    DUPLICATE_KEY: 'a key written twice in one mapping; keys must be unique',
    IMPOSSIBLE: 'YAML that cannot be read',
    KEY_OVER_1024_CHARS: 'a key longer than 1024 characters',
    MISSING_CHAR: 'a missing character (a quote, comma, colon or indicator)',
    MULTILINE_IMPLICIT_KEY: 'a key that runs over more than one line',
    MULTIPLE_ANCHORS: 'a value with more than one anchor',
    MULTIPLE_DOCS: 'more than one document where one was expected',
    MULTIPLE_TAGS: 'a value with more than one tag',
    NON_STRING_KEY: 'a key that is not a string',
    RESOURCE_EXHAUSTION: 'aliases that expand to too many values',
    TAB_AS_INDENT: 'tabs used for indentation; YAML indents with spaces',
    TAG_RESOLVE_FAILED: 'a tag (!...) that does not apply to its value',
    UNEXPECTED_TOKEN: 'unexpected content',
};

;// CONCATENATED MODULE: ./build/src/parse/document-syntax.js


/**
 * Errors yaml reports about one node (a tag, an alias, an escape), after which it reads on in place. Any other
 * error means its parser lost its place, and the errors after it in the document are echoes: one unquoted
 * ${NAME} in a flow mapping gave 15 "unexpected ..." errors, one per later token up to the document's end.
 */
const nodeErrorCodes = new Set([
    'ALIAS_PROPS',
    'BAD_ALIAS',
    'BAD_COLLECTION_TYPE',
    'BAD_DIRECTIVE',
    'BAD_DQ_ESCAPE',
    'DUPLICATE_KEY',
    'KEY_OVER_1024_CHARS',
    'MULTIPLE_ANCHORS',
    'MULTIPLE_DOCS',
    'MULTIPLE_TAGS',
    'NON_STRING_KEY',
    'RESOURCE_EXHAUSTION',
    'TAG_RESOLVE_FAILED',
]);
/**
 * The yaml-syntax findings of one document that yaml could not read: the node errors before its first parse
 * error, and that parse error, which is the cause (one mistake, one finding, as ESLint's one parsing error).
 * Each says what to do where the mistake is a common one.
 */
function documentSyntaxProblems(doc, text) {
    // Stable by position: at one offset yaml lists the cause first (an unclosed quote before the unclosed bracket).
    const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
    const problems = [];
    for (const error of errors) {
        const asReported = { start: error.pos[0], end: error.pos[1], message: syntaxMessage(error) };
        if (nodeErrorCodes.has(error.code)) {
            problems.push(asReported);
            continue;
        }
        problems.push(adviceFor(error, doc, text) ?? asReported);
        break;
    }
    return problems;
}
/** The common mistakes, recognised from the error and the text around it; the text itself is never quoted. */
function adviceFor(error, doc, text) {
    const [start] = error.pos;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = endOfLine(text, start);
    // In {...} or [...] a plain value ends at {, so the ${ of a reference opens a mapping: yaml's error is at the {.
    if (text[start] === '{' && text[start - 1] === '$') {
        const close = text.indexOf('}', start);
        const closesOnLine = close !== -1 && close < lineEnd && /^[A-Za-z0-9_]*$/.test(text.slice(start + 1, close));
        return { start: start - 1, end: closesOnLine ? close + 1 : start + 1, message: referenceInFlowMessage };
    }
    if (error.code === 'TAB_AS_INDENT' || (error.code === 'BAD_INDENT' && /^[ ]*\t/.test(text.slice(lineStart, lineEnd)))) {
        return { start: error.pos[0], end: error.pos[1], message: tabsMessage };
    }
    if (error.code === 'MULTILINE_IMPLICIT_KEY' || (error.code === 'MISSING_CHAR' && /^Implicit map keys/.test(error.message))) {
        const rest = text.slice(start, lineEnd);
        const colon = /^[^\s#:'"][^:#]*?:(?=\S)/.exec(rest);
        if (colon && !/:(?:\s|$)/.test(rest)) {
            const at = start + colon[0].length - 1;
            return { start: at, end: at + 1, message: colonSpaceMessage };
        }
    }
    if (error.code === 'UNEXPECTED_TOKEN' && /^Unexpected scalar at node end/.test(error.message) && /["'][ \t]+$/.test(text.slice(lineStart, start))) {
        return { start: error.pos[0], end: error.pos[1], message: textAfterQuoteMessage };
    }
    if (error.code === 'MISSING_CHAR' && /^Missing closing ["']quote/.test(error.message))
        return unclosedQuote(error, doc);
    return undefined;
}
const referenceInFlowMessage = "an unquoted ${NAME} reference inside {...} or [...]: YAML reads its { as the start of a mapping; quote the reference: '${NAME}'.";
const textAfterQuoteMessage = 'text after a quoted string: put the whole value inside the quotes.';
const tabsMessage = 'tabs used for indentation; YAML indents with spaces: replace the tabs with spaces.';
const colonSpaceMessage = 'a colon without a space after it: YAML reads key:value as one word; write key: value.';
/** Reported at the opening quote: yaml's position is where the text ran out, often the end of the file. */
function unclosedQuote(error, doc) {
    const double = error.message.startsWith('Missing closing "');
    let opening;
    (0,dist/* visit */.YR)(doc, {
        Scalar(_key, node) {
            if ((0,dist/* isScalar */.jn)(node) && node.range?.[1] === error.pos[0] && node.type === (double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE')) {
                opening = node.range[0];
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    if (opening === undefined)
        return undefined;
    const quote = double ? '"' : "'";
    const kind = double ? 'double' : 'single';
    return { start: opening, end: opening + 1, message: `a ${kind}-quoted string that is not closed: add its closing ${quote} where the value ends.` };
}
function endOfLine(text, from) {
    const newline = text.indexOf('\n', from);
    return newline === -1 ? text.length : newline;
}

;// CONCATENATED MODULE: ./build/src/parse/connection-document.js







// The pipeline names paths through this module; json-pointer.ts is where they are defined.

/** One YAML document of a connection file: its plain value plus the source node behind every path. */
class ConnectionDocument {
    value;
    located;
    positions;
    aliasTargets;
    constructor(value, located, positions, aliasTargets) {
        this.value = value;
        this.located = located;
        this.positions = positions;
        this.aliasTargets = aliasTargets;
    }
    /** The node behind the value at path, through an alias to its anchor's node. */
    resolvedNode(path) {
        const node = this.node(path);
        return (0,dist/* isAlias */.Vj)(node) ? this.aliasTargets.get(node) : node;
    }
    /** The plain value at a path, or undefined when there is none. */
    get(path) {
        let current = this.value;
        for (const key of path) {
            if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key))
                return undefined;
            current = current[key];
        }
        return current;
    }
    node(path) {
        return this.located.get((0,json_pointer/* pointer */.W)(path))?.node;
    }
    /** Range of the value at path; for a missing path, the nearest mapping that should hold it. */
    valueRange(path) {
        for (let depth = path.length; depth >= 0; depth--) {
            const node = this.located.get((0,json_pointer/* pointer */.W)(path.slice(0, depth)))?.node;
            if (node?.range)
                return this.positions.range(node.range[0], node.range[1]);
        }
        return this.positions.range(0, 0);
    }
    /** Range of the key of the entry at path, falling back to its value. */
    keyRange(path) {
        const key = this.located.get((0,json_pointer/* pointer */.W)(path))?.key;
        return key?.range ? this.positions.range(key.range[0], key.range[1]) : this.valueRange(path);
    }
    static fromYaml(doc, positions, aliasTargets) {
        const builder = new PlainValueBuilder(aliasTargets);
        const value = builder.build(doc.contents, []);
        return { document: new ConnectionDocument(value, builder.located, positions, aliasTargets), problems: builder.problems };
    }
}
function parseConnectionSource(positions) {
    const text = positions.text;
    const comments = [];
    const documents = [];
    const syntaxProblems = [];
    const secrets = new FileSecrets(text);
    let hasContent = false;
    let complete = true;
    /** Where parsing stopped; the text after it is not looked at, not even for secrets (the source is not shown). */
    let parsedEnd = text.length;
    const stopped = (problem) => {
        hasContent = true;
        complete = false;
        parsedEnd = problem.end;
        syntaxProblems.push(problem);
    };
    /** Where the text not yet given to a document starts: errors between documents belong to the one before. */
    let previousEnd = 0;
    let brokenFrom;
    for (const doc of composeDocuments(text, comments, stopped)) {
        if (brokenFrom !== undefined)
            secrets.addUnparsed(brokenFrom, Math.min(doc.range[0], parsedEnd));
        brokenFrom = undefined;
        const empty = isEmptyDocument(doc);
        if (!empty)
            hasContent = true;
        const { aliasTargets, duplicateKeys } = scanDocument(doc, secrets);
        if (doc.errors.length > 0) {
            syntaxProblems.push(...documentSyntaxProblems(doc, text));
            syntaxProblems.push(...duplicateKeys);
            brokenFrom = Math.min(previousEnd, doc.range[0]);
        }
        else if (duplicateKeys.length > 0) {
            syntaxProblems.push(...duplicateKeys);
        }
        else if (!empty) {
            const { document, problems } = ConnectionDocument.fromYaml(doc, positions, aliasTargets);
            if (problems.length > 0)
                syntaxProblems.push(...problems);
            else
                documents.push(document);
        }
        previousEnd = doc.range[2];
    }
    if (brokenFrom !== undefined)
        secrets.addUnparsed(brokenFrom, parsedEnd);
    syntaxProblems.sort((a, b) => a.start - b.start);
    return { positions, documents, syntaxProblems, hasContent, comments, secrets, complete };
}
/** A document with nothing in it (a stray `---`); an explicit `null` or `~` is content, and not a mapping. */
function isEmptyDocument(doc) {
    const contents = doc.contents;
    return contents === null || ((0,dist/* isScalar */.jn)(contents) && contents.source === '' && contents.value === null);
}


/***/ }),

/***/ 4215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   wx: () => (/* binding */ encodeText)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);

/** How to save a file as UTF-8, for the messages below. */
const saveAsUtf8 = 'save it as UTF-8 (VS Code: "Save with Encoding" > UTF-8; PowerShell: Set-Content -Encoding utf8; iconv -t UTF-8)';
const boms = [
    // UTF-32 LE first: its BOM starts with UTF-16 LE's.
    ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
    ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
];
/**
 * Bytes -> text. UTF-8 (with or without a BOM), UTF-16 and UTF-32 with a BOM are read, as YAML 1.2 requires.
 * Anything else is refused with where it goes wrong and which encoding the file seems to be in, instead of silently
 * substituting U+FFFD. A leading BOM is dropped (remembered, with the encoding, for --fix's writer) so that columns
 * on line 1 match what editors show.
 */
function decodeSource(bytes) {
    const withBom = boms.find(([, bom]) => bom.every((byte, index) => bytes[index] === byte));
    if (withBom)
        return decodeWide(bytes, withBom[0], withBom[1].length);
    const wide = wideWithoutBom(bytes);
    if (wide) {
        return {
            ok: false,
            offsetInText: 0,
            textBefore: '',
            reason: `the file seems to be ${wide} without a byte order mark (BOM): every ${wide.startsWith('UTF-16') ? 'other byte is' : 'three of four bytes are'} NUL. ` +
                `YAML reads UTF-16 and UTF-32 only with a BOM; ${saveAsUtf8}`,
        };
    }
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const bad = firstInvalidUtf8Byte(bytes);
        const textBefore = stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bad).toString('utf8'));
        const byte = `byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} is not valid UTF-8`;
        // Text in another encoding has no NUL bytes; images, archives and executables nearly always do.
        const reason = bytes.includes(0)
            ? `${byte}, and the file contains NUL bytes: it is binary data, not YAML text (nor UTF-16 or UTF-32, which start with a byte order mark)`
            : `${byte}: the file seems to be in ${singleByteGuess(bytes)}; ${saveAsUtf8}`;
        return { ok: false, offsetInText: textBefore.length, textBefore, reason };
    }
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const text = stripBom(raw);
    return { ok: true, text, hasBom: text.length !== raw.length, encoding: 'utf-8' };
}
/**
 * Text (without its BOM) -> the bytes of a file in encoding, with a BOM when asked (always for UTF-16 and UTF-32):
 * --fix's writer. Bytes decodeSource read give back the same bytes.
 */
function encodeText(text, encoding, hasBom) {
    const withBom = (hasBom || encoding !== 'utf-8' ? '\uFEFF' : '') + text;
    switch (encoding) {
        case 'utf-8':
            return Buffer.from(withBom, 'utf8');
        case 'utf-16le':
            return Buffer.from(withBom, 'utf16le');
        case 'utf-16be':
            return Buffer.from(withBom, 'utf16le').swap16();
        case 'utf-32le':
        case 'utf-32be': {
            const codePoints = [...withBom].map((character) => character.codePointAt(0));
            const out = Buffer.alloc(codePoints.length * 4);
            codePoints.forEach((codePoint, index) => (encoding === 'utf-32le' ? out.writeUInt32LE(codePoint, index * 4) : out.writeUInt32BE(codePoint, index * 4)));
            return out;
        }
    }
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
const encodingNames = {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    'utf-32le': 'UTF-32 LE',
    'utf-32be': 'UTF-32 BE',
};
/** UTF-16 or UTF-32 after its BOM; a broken sequence is reported where it starts. */
function decodeWide(bytes, encoding, bomLength) {
    const body = bytes.subarray(bomLength);
    const unit = encoding.startsWith('utf-16') ? 2 : 4;
    const decoded = unit === 2 ? new TextDecoder(encoding, { ignoreBOM: true }).decode(body) : decodeUtf32(body, encoding === 'utf-32le');
    const bad = decoded.indexOf('\uFFFD');
    // A U+FFFD the file really holds is fine: only one that the bytes do not encode marks an error.
    const reencoded = encodeText(decoded, encoding, true);
    if (body.length % unit === 0 && Buffer.from(reencoded).equals(Buffer.from(bytes))) {
        return { ok: true, text: decoded, hasBom: true, encoding };
    }
    const offset = bad === -1 ? decoded.length : bad;
    return {
        ok: false,
        offsetInText: offset,
        textBefore: decoded.slice(0, offset),
        reason: `the file starts with a ${encodingNames[encoding]} byte order mark but is not valid ${encodingNames[encoding]} from here on; ${saveAsUtf8}`,
    };
}
/** UTF-32 by hand (TextDecoder has no UTF-32): U+FFFD for a code point that cannot be, or a cut-off last unit. */
function decodeUtf32(body, littleEndian) {
    const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
    let text = '';
    for (let at = 0; at < body.length; at += 4) {
        if (at + 4 > body.length)
            return text + '\uFFFD';
        const codePoint = view.getUint32(at, littleEndian);
        text += codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(codePoint);
    }
    return text;
}
/**
 * "UTF-16 LE" and the like when the bytes look like UTF-16 or UTF-32 text without a BOM (PowerShell 5 and some
 * editors write it): mostly ASCII text, so the high bytes of each unit are NUL.
 */
function wideWithoutBom(bytes) {
    const sample = bytes.subarray(0, 4096);
    if (sample.length < 4 || !sample.includes(0))
        return undefined;
    const nulShare = (unit, position) => {
        let nul = 0;
        let count = 0;
        for (let at = position; at < sample.length; at += unit, count++)
            if (sample[at] === 0)
                nul++;
        return count === 0 ? 0 : nul / count;
    };
    const mostly = 0.9;
    if (sample.length % 4 === 0) {
        if ([1, 2, 3].every((p) => nulShare(4, p) >= mostly) && nulShare(4, 0) < mostly)
            return 'UTF-32 LE';
        if ([0, 1, 2].every((p) => nulShare(4, p) >= mostly) && nulShare(4, 3) < mostly)
            return 'UTF-32 BE';
    }
    if (nulShare(2, 1) >= mostly && nulShare(2, 0) < 0.1)
        return 'UTF-16 LE';
    if (nulShare(2, 0) >= mostly && nulShare(2, 1) < 0.1)
        return 'UTF-16 BE';
    return undefined;
}
/**
 * The likely single-byte encoding of text that is not UTF-8: Windows-1252 when it uses 0x80-0x9F (its curly
 * quotes, dashes and euro sign, control codes in Latin-1), else Latin-1 (ISO-8859-1) or Windows-1252, which agree
 * on 0xA0-0xFF.
 */
function singleByteGuess(bytes) {
    const high = bytes.filter((byte) => byte >= 0x80);
    if (high.some((byte) => byte <= 0x9f))
        return 'Windows-1252 (the Windows "ANSI" code page)';
    return 'Latin-1 (ISO-8859-1) or Windows-1252';
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

/***/ 1869:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ SourcePositions)
/* harmony export */ });
/** Offsets -> 1-based line/column for one file's text. */
class SourcePositions {
    text;
    /** Offset of each line's first character. A typed array: a file of 20 million short lines needs 80 MB, not 300+. */
    lineStarts;
    constructor(text) {
        this.text = text;
        let lines = 1;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            lines++;
        this.lineStarts = new Uint32Array(lines);
        let line = 1;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.lineStarts[line++] = i + 1;
    }
    position(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.lineStarts[mid] <= clamped)
                low = mid;
            else
                high = mid - 1;
        }
        // A \r that ends a line is part of its line break (CRLF): a position on the \n after it, or at the end of text
        // after it, is the end of the line as editors show it, not one column further.
        const lineEnd = low + 1 < this.lineStarts.length ? this.lineStarts[low + 1] - 1 : this.text.length;
        const visibleEnd = this.text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
        return { line: low + 1, column: Math.min(clamped, visibleEnd) - this.lineStarts[low] + 1 };
    }
    /** Range for text[start, end), with trailing white space and line breaks left out so it ends on the last character. */
    range(start, end) {
        let trimmedEnd = Math.min(end, this.text.length);
        while (trimmedEnd > start && /\s/.test(this.text[trimmedEnd - 1]))
            trimmedEnd--;
        const from = this.position(start);
        const to = this.position(Math.max(trimmedEnd, start));
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
}


/***/ }),

/***/ 4392:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ runLintText),
/* harmony export */   n: () => (/* binding */ runLint)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _config_find_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9528);
/* harmony import */ var _files_discover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4162);
/* harmony import */ var _fix_apply_fixes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7375);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1624);
/* harmony import */ var _lint_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6846);
/* harmony import */ var _model_redaction_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7478);
/* harmony import */ var _parallel_worker_count_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1737);
/* harmony import */ var _model_run_connections_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3298);









/** The whole run, shared by the CLI and the Action: config, targets, then the lint pipeline on each file. */
async function runLint(request) {
    const workers = await workersForSearch(request);
    try {
        return await runLintWith(request, workers);
    }
    finally {
        workers?.close();
    }
}
async function runLintWith(request, workers) {
    const setup = await projectSetup(request.cwd, request.configPath);
    const matched = request.resolvedTargets ?? (await (0,_files_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .discoverTargets */ .KK)(request.targets, request.cwd));
    const targets = matched.filter((target) => !setup.isIgnored(target.file));
    // Files a user would expect linted: connection files and named files, not every *.txt a search came across.
    const ignoredFiles = matched.filter((target) => target.credential !== 'found' && setup.isIgnored(target.file)).map((target) => target.file);
    const options = {
        ...setup.lintOptions,
        today: request.today,
        reportUnusedDisableDirectives: request.reportUnusedDisableDirectives ?? false,
        ...(request.omitSource ? { omitSource: true } : {}),
    };
    const { connectionTargets, reports: credentialReports } = await checkCredentialFiles(targets, options);
    const linted = [...(await (0,_lint_files_js__WEBPACK_IMPORTED_MODULE_5__/* .lintFiles */ .j)(connectionTargets, options, request.fix, workers)), ...credentialReports].sort(byFilePath);
    // Each report is already redacted with its own file's secrets; this pass adds the other files' (a token pasted
    // into one file's subdomain and written as another file's accessToken).
    const redactor = (0,_model_redaction_js__WEBPACK_IMPORTED_MODULE_6__/* .runRedactor */ .Ms)(linted);
    // Only a report that shows another file's secret is copied (redactReport): 20,000 files keep one copy of each.
    const reports = linted.map((report) => redactor.redactReport(report));
    return { configPath: setup.configPath, reports, ignoredFiles, redactor };
}
/**
 * A run that searches folders or globs may find many files: its worker threads start now and load the linter
 * while the config is read and discovery runs (lintFiles stops them when too few files turn up). A run of named
 * connection files (pre-commit, an editor) starts none here.
 */
async function workersForSearch(request) {
    const searches = request.targets.length === 0 || request.targets.some((target) => !(0,_files_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .isConnectionFileName */ .wT)(target));
    const workers = (0,_parallel_worker_count_js__WEBPACK_IMPORTED_MODULE_7__/* .workerCountFor */ .Vq)(Number.POSITIVE_INFINITY);
    if (request.fix || !searches || workers === 0)
        return undefined;
    return (await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 1413))).startLintWorkers(workers);
}
/** Credential files (rule no-committed-credentials) have their own pipeline, loaded only when discovery found one. */
async function checkCredentialFiles(targets, options) {
    if (!targets.some((target) => target.credential !== undefined))
        return { connectionTargets: targets, reports: [] };
    return (await Promise.all(/* import() */[__webpack_require__.e(298), __webpack_require__.e(547), __webpack_require__.e(56)]).then(__webpack_require__.bind(__webpack_require__, 4056))).checkCredentialFiles(targets, options);
}
const byFilePath = (a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0);
/** Lints text that is not read from disk (the API's lintText); no report when the config ignores its path. */
async function runLintText(request) {
    const file = request.filePath === undefined ? '<text>' : node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(request.cwd, request.filePath);
    // A named text finds its project config from its own folder, as the file would.
    const setup = await projectSetup(request.cwd, request.configPath, request.filePath === undefined ? request.cwd : node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(file));
    const done = (reports, ignoredFiles = []) => {
        const redactor = (0,_model_redaction_js__WEBPACK_IMPORTED_MODULE_6__/* .runRedactor */ .Ms)(reports);
        const redacted = reports.map((report) => {
            const shown = redactor.redactReport(report);
            (0,_model_run_connections_js__WEBPACK_IMPORTED_MODULE_8__/* .attachRunConnections */ .O)(shown, (0,_model_run_connections_js__WEBPACK_IMPORTED_MODULE_8__/* .runConnectionsOf */ .M)(report)); // a redacted report may be a new object
            return shown;
        });
        return { configPath: setup.configPath, reports: redacted, ignoredFiles, redactor };
    };
    if (request.filePath !== undefined && setup.isIgnored(file))
        return done([], [file]);
    const options = {
        ...setup.lintOptions,
        today: request.today,
        reportUnusedDisableDirectives: request.reportUnusedDisableDirectives ?? false,
        ...(request.earlierConnections ? { earlierConnections: request.earlierConnections } : {}),
    };
    if (!request.fix)
        return done([(0,_lint_js__WEBPACK_IMPORTED_MODULE_4__/* .lintSource */ .n)(file, request.text, options)]);
    const { output, changed, report } = (0,_fix_apply_fixes_js__WEBPACK_IMPORTED_MODULE_3__.fixSource)(file, request.text, options);
    return done([changed ? { ...report, output } : report]);
}
const noConfig = { configPath: undefined, lintOptions: {}, isIgnored: () => false };
/** The config's validator and glob matcher load only when there is a config to apply. */
async function projectSetup(cwd, explicitPath, searchFrom = cwd) {
    const configPath = explicitPath !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, explicitPath) : await (0,_config_find_config_js__WEBPACK_IMPORTED_MODULE_1__/* .findConfigFile */ ["if"])(searchFrom);
    if (configPath === undefined)
        return noConfig;
    const { loadProjectSetup } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 7805));
    return loadProjectSetup(cwd, configPath);
}


/***/ })

};
