export const id = 630;
export const ids = [630];
export const modules = {

/***/ 5630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLintCommand: () => (/* binding */ runLintCommand),
  useColor: () => (/* binding */ useColor)
});

// EXTERNAL MODULE: ./build/src/formatters/index.js
var formatters = __webpack_require__(9005);
// EXTERNAL MODULE: ./build/src/files/discover.js
var discover = __webpack_require__(4162);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/config/find-config.js
var find_config = __webpack_require__(9528);
// EXTERNAL MODULE: ./build/src/model/profiles.js
var model_profiles = __webpack_require__(4077);
// EXTERNAL MODULE: ./build/src/model/redaction.js
var redaction = __webpack_require__(7478);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./build/src/parse/decode.js

/**
 * Bytes -> text. YAML must be UTF-8; instead of silently substituting U+FFFD we point at the first bad byte.
 * A leading BOM is dropped (remembered for writers) so columns on line 1 match what editors show.
 */
function decodeSource(bytes) {
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
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

// EXTERNAL MODULE: ./build/src/parse/connection-document.js + 2 modules
var connection_document = __webpack_require__(4165);
// EXTERNAL MODULE: ./build/src/parse/source-positions.js
var source_positions = __webpack_require__(1869);
// EXTERNAL MODULE: ./build/src/model/suggest.js
var suggest = __webpack_require__(8165);
;// CONCATENATED MODULE: ./build/src/directives/disable-directives.js

const directivePattern = /^#\s*bc-lint-disable-(next-line|file)(?=\s|$)(.*)$/;
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
            rules: list.split(',').map((rule) => rule.trim()).filter(Boolean),
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
        const name = `bc-lint-disable-${directive.kind}`;
        for (const rule of directive.rules) {
            if (knownRules.includes(rule))
                continue;
            const suggestion = (0,suggest/* closest */.k)(rule, knownRules);
            outcome.problems.push({
                ruleId: null,
                severity: 'error',
                message: `unknown rule \`${rule}\` in ${name}` + (suggestion ? `; did you mean \`${suggestion}\`?` : '.'),
                ...at,
            });
        }
        if (!reportUnused)
            return;
        const unused = directive.rules.length === 0 ? (used[index].size === 0 ? ['any rule'] : []) : directive.rules.filter((rule) => knownRules.includes(rule) && !used[index].has(rule));
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

// EXTERNAL MODULE: ./build/src/rules/index.js + 10 modules
var rules = __webpack_require__(9242);
// EXTERNAL MODULE: ./build/src/rules/rule.js
var rule = __webpack_require__(1543);
// EXTERNAL MODULE: ./build/src/rules/schema.js + 1 modules
var schema = __webpack_require__(7487);
;// CONCATENATED MODULE: ./build/src/lint.js









/** The whole pipeline for one file: bytes -> text -> YAML documents -> findings. */
function lint_lintSource(filePath, source, options) {
    const decoded = typeof source === 'string' ? { ok: true, text: stripBom(source) } : decodeSource(source);
    if (!decoded.ok) {
        const positions = new source_positions/* SourcePositions */.k(decoded.textBefore);
        const at = positions.range(decoded.offsetInText, decoded.offsetInText + 1);
        return toReport(filePath, [{ ruleId: 'yaml-syntax', range: at, message: decoded.reason, fatal: true }], options);
    }
    const positions = new source_positions/* SourcePositions */.k(decoded.text);
    const nul = decoded.text.indexOf('\0');
    if (nul !== -1) {
        const message = 'the file contains a NUL byte; a connection file is YAML text, not binary data.';
        return toReport(filePath, [{ ruleId: 'yaml-syntax', range: positions.range(nul, nul + 1), message, fatal: true }], options);
    }
    const parsed = (0,connection_document/* parseConnectionSource */.Dn)(positions);
    const raw = parsed.syntaxProblems.map((problem) => ({
        ruleId: 'yaml-syntax',
        range: positions.range(problem.start, Math.max(problem.end, problem.start + 1)),
        message: problem.message,
        fatal: true,
    }));
    if (!parsed.hasContent && raw.length === 0) {
        const firstLineEnd = positions.text.indexOf('\n');
        const range = positions.range(0, firstLineEnd === -1 ? positions.text.length : firstLineEnd);
        raw.push({ ruleId: 'schema', range, message: (0,schema/* noConnectionProblem */.v3)() });
    }
    const profiles = new Map(model_profiles/* builtinProfiles */.G.map((profile) => [profile.name, profile]));
    for (const profile of options.profiles ?? [])
        profiles.set(profile.name, profile);
    for (const document of parsed.documents)
        raw.push(...lintDocument(document, profiles, options, parsed));
    return toReport(filePath, raw, options, findDisableDirectives(positions, parsed.comments), parsed);
}
function lintDocument(document, profiles, options, parsed) {
    // One finding per value: when two rules report the same value, the more severe wins, then the earlier rule.
    const bySubject = new Map();
    const connection = document.value;
    if ((0,rule/* isMapping */.p)(connection)) {
        const integration = connection.integration;
        const profile = typeof integration === 'string' ? profiles.get(integration) : undefined;
        for (const rule of rules/* domainRules */.mK) {
            // A rule turned off does not run, so it claims no values and the schema or a later rule may report them.
            if (options.rules?.[rule.meta.id] === 'off')
                continue;
            rule.check({
                document,
                connection,
                today: options.today,
                profiles,
                profile,
                report(report) {
                    const subject = (0,connection_document/* pointer */.Wn)(report.path);
                    // A value that is (through an anchor or alias) a secret: the finding quotes no part of it and fixes nothing.
                    const secretForms = secretFormsAt(document, report.path, parsed);
                    const finding = {
                        ruleId: rule.meta.id,
                        range: report.on === 'key' ? document.keyRange(report.path) : document.valueRange(report.path),
                        message: secretForms ? withoutQuotedParts(report.message, secretForms) : report.message,
                        ...(report.severity ? { severity: report.severity } : {}),
                        ...(report.fix && !secretForms ? { fix: report.fix } : {}),
                    };
                    const earlier = bySubject.get(subject);
                    if (!earlier || (severityOf(finding, options) === 'error' && severityOf(earlier, options) === 'warning')) {
                        bySubject.set(subject, finding);
                    }
                },
            });
        }
    }
    const findings = [...bySubject.values()];
    for (const problem of (0,schema/* checkSchema */._U)(document, new Set(bySubject.keys()))) {
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
    return message.replace(/`([^`]*)`/g, (quoted, inner) => forms.some((form) => form.includes(inner) || (form.length >= redaction/* minMaskedLength */.sy && inner.includes(form))) ? '`***`' : quoted);
}
/** A finding's severity: the project config's setting, else the rule's own (date-bound) choice, else its default. */
function severityOf(item, options) {
    if (item.fatal)
        return 'error'; // a file that cannot be parsed is always an error
    const configured = options.rules?.[item.ruleId];
    return (configured !== 'off' ? configured : undefined) ?? item.severity ?? rules/* ruleMetaById */.WT.get(item.ruleId)?.defaultSeverity ?? 'error';
}
function toReport(filePath, raw, options, directives = [], parsed) {
    const findings = [];
    for (const item of raw) {
        if (options.rules?.[item.ruleId] === 'off' && !item.fatal)
            continue; // a file that cannot be parsed is always reported
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
    const { kept, suppressed, problems } = applyDisableDirectives(findings, directives, rules/* allRuleMetas */.M1.map((meta) => meta.id), options.reportUnusedDisableDirectives ?? false);
    const shown = [...kept, ...problems].sort(byPosition);
    const report = summarize(filePath, shown, suppressed.sort(byPosition));
    return parsed ? redactedReport(report, parsed) : report;
}
/**
 * The redaction boundary of one file: every message and fix passes the file's redactor, the report gets its
 * secret-free source, and the secrets travel beside the report (never in it) for the run's redactor.
 */
function redactedReport(report, parsed) {
    const secrets = parsed.secrets;
    const values = secrets.values;
    const redacted = new redaction/* Redactor */.pO(values).redactReport(report);
    if (report.findings.length > 0 && parsed.complete) {
        redacted.source = secrets.secretFreeText();
        if (secrets.unredactable.length > 0) {
            redacted.unredactableLines = secrets.unredactable.map(([start, end]) => {
                const range = parsed.positions.range(start, Math.max(start, end));
                return [range.line, range.endLine];
            });
        }
    }
    (0,redaction/* attachSecrets */.vv)(redacted, values);
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

;// CONCATENATED MODULE: ./build/src/fix/apply-fixes.js

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
function apply_fixes_fixSource(filePath, text, options) {
    const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    const original = text.slice(bom.length);
    let output = original;
    const initialReport = lint_lintSource(filePath, output, options);
    let report = initialReport;
    for (let pass = 0; pass < maxPasses && report.fatalErrorCount === 0; pass++) {
        const fixes = report.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
        if (fixes.length === 0)
            break;
        const next = applyFixes(output, fixes);
        const candidate = lint_lintSource(filePath, next.text, options);
        if (candidate.fatalErrorCount > 0)
            break; // a fix that breaks the YAML is dropped, never written
        output = next.text;
        report = candidate;
    }
    return { output: bom + output, changed: output !== original, report, initialReport };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./build/src/files/read-file.js



/**
 * Files larger than this are not read. A connection file is a few kilobytes, parsing stops after a million YAML
 * tokens anyway, and reading a file whole costs its size in memory (twice, as bytes and as text).
 */
const maxFileBytes = 32 * 1024 * 1024;
/**
 * O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting. O_NOFOLLOW: the real path
 * checked below is the one opened, not a link swapped in since. O_NOCTTY: a terminal never becomes ours.
 */
const openFlags = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NOCTTY ?? 0);
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
        const link = (0,external_node_fs_.lstatSync)(file);
        real = external_node_fs_.realpathSync.native(file);
        if (boundary !== undefined && real !== file) {
            const escape = linkEscape(file, real, boundary, link.isSymbolicLink());
            if (escape)
                return refuse(escape);
        }
        const kind = specialKind((0,external_node_fs_.statSync)(real));
        if (kind)
            return refuse(`the file is ${kind}, not a regular file; it was not read`);
    }
    catch (error) {
        return cannotRead(error);
    }
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(real, openFlags);
    }
    catch (error) {
        return cannotRead(error);
    }
    try {
        const stats = (0,external_node_fs_.fstatSync)(fd);
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
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Why a path that resolves through a link must not be followed, if it must not. */
function linkEscape(file, real, boundary, isLink) {
    const what = isLink ? 'the file is a symbolic link' : 'the file is reached through a symbolic link';
    let realBoundary;
    try {
        realBoundary = external_node_fs_.realpathSync.native(boundary);
    }
    catch {
        realBoundary = boundary;
    }
    if (!(0,discover/* isInside */.FK)(real, realBoundary))
        return `${what} to a path outside the workspace; it was not read`;
    const inGit = (relative) => relative.split(external_node_path_.sep).includes('.git');
    if (inGit(external_node_path_.relative(realBoundary, real)) && !inGit(external_node_path_.relative(boundary, file))) {
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
        const count = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/src/files/write-file.js




/**
 * Replaces file with content, as --fix does, or returns why it did not (the file is then unchanged). Written to
 * an exclusively created temporary file with an unpredictable name beside the target, given the target's mode
 * and owner, then renamed over it: a reader never sees half a file. Refused: symbolic links (the write would land
 * elsewhere), hard-linked files (a rename would split them), read-only files (by their mode bits, since root may
 * write anything), and a file changed since it was read (an edit saved during the run would be lost).
 */
function writeFixedFile(file, original, content, hooks = {}) {
    let current;
    try {
        current = (0,external_node_fs_.lstatSync)(file);
    }
    catch (error) {
        return notWritten(error);
    }
    if (current.isSymbolicLink())
        return '--fix did not rewrite the file: it is a symbolic link; fix the file it points to instead.';
    if (current.nlink > 1) {
        return `--fix did not rewrite the file: it has ${current.nlink} hard links, and rewriting it would separate them.`;
    }
    if ((current.mode & 0o222) === 0) {
        return `--fix did not rewrite the file: it is read-only (mode ${(current.mode & 0o777).toString(8).padStart(3, '0')}).`;
    }
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.W_OK);
    }
    catch {
        return '--fix did not rewrite the file: this user may not write it.';
    }
    if (changedSince(file, original))
        return changedMessage;
    const name = `.${external_node_path_.basename(file)}.${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.bc-lint-fix.tmp`;
    const temporary = external_node_path_.join(external_node_path_.dirname(file), name);
    let created = false;
    try {
        const fd = (0,external_node_fs_.openSync)(temporary, 'wx', 0o600);
        created = true;
        try {
            writeAll(fd, Buffer.from(content, 'utf8'));
            const made = (0,external_node_fs_.fstatSync)(fd);
            if (made.uid !== current.uid || made.gid !== current.gid)
                (0,external_node_fs_.fchownSync)(fd, current.uid, current.gid);
            (0,external_node_fs_.fchmodSync)(fd, current.mode & 0o7777);
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        hooks.beforeReplace?.(temporary);
        if (changedSince(file, original)) {
            (0,external_node_fs_.unlinkSync)(temporary);
            return changedMessage;
        }
        (0,external_node_fs_.renameSync)(temporary, file);
        return undefined;
    }
    catch (error) {
        if (created) {
            try {
                (0,external_node_fs_.unlinkSync)(temporary);
            }
            catch { }
        }
        return notWritten(error);
    }
}
const changedMessage = '--fix did not rewrite the file: it changed after bc-lint read it; run bc-lint --fix again.';
function notWritten(error) {
    const code = error.code ?? error.message;
    const why = code === 'EPERM' ? 'EPERM: the file\'s owner or mode could not be kept' : code;
    return `--fix could not rewrite the file (${why}); it was left unchanged.`;
}
/**
 * Whether file is no longer what was read: another inode (replaced), another size or modification time, or other
 * bytes (a same-size edit within the clock's resolution).
 */
function changedSince(file, original) {
    const now = readWorkspaceFile(file);
    if (!now.ok)
        return true;
    const before = original.stats;
    return (now.stats.ino !== before.ino ||
        now.stats.dev !== before.dev ||
        now.stats.size !== before.size ||
        now.stats.mtimeMs !== before.mtimeMs ||
        !now.bytes.equals(original.bytes));
}
function writeAll(fd, bytes) {
    for (let offset = 0; offset < bytes.length;)
        offset += (0,external_node_fs_.writeSync)(fd, bytes, offset);
}

;// CONCATENATED MODULE: ./build/src/lint-files.js





/**
 * Lints many files, one after another; one that cannot be read, or whose fix cannot be written, gets a finding in
 * its own report and the rest go on. Shared by the CLI and the Action. Files are read synchronously: the work is
 * CPU-bound and each file is small. (Worker threads were tried: on two cores they made 2,000 files slower, since
 * yaml's parsing keeps V8's background GC and compiler threads busy; see bench/results.md.)
 */
async function lintFiles(targets, options, fixMode) {
    const reports = [];
    for (const target of targets)
        reports.push(lintFile(target, options, fixMode));
    return reports;
}
/** A finding about the file as a whole (it could not be read or written), shown at 1:1 with no rule. */
function fileFinding(message, fatal) {
    return { ruleId: null, severity: 'error', ...(fatal ? { fatal: true } : {}), message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function lintFile({ file, boundary }, options, fixMode) {
    const read = readWorkspaceFile(file, boundary);
    if (!read.ok)
        return summarize(file, [fileFinding(read.message, true)]);
    if (!fixMode)
        return lint_lintSource(file, read.bytes, options);
    const decoded = decodeSource(read.bytes);
    if (!decoded.ok)
        return lint_lintSource(file, read.bytes, options);
    const { output, changed, report, initialReport } = apply_fixes_fixSource(file, decoded.text, options);
    const fixed = (decoded.hasBom ? '\uFEFF' : '') + output;
    if (changed && fixMode === 'dry-run')
        return { ...report, output: fixed };
    if (!changed || fixMode !== 'write')
        return report;
    const problem = writeFixedFile(file, read, fixed);
    if (problem === undefined)
        return report;
    // Not written: the file still has every finding it was read with, and one more saying why.
    return summarize(file, [fileFinding(problem, false), ...initialReport.findings], initialReport.suppressed);
}

;// CONCATENATED MODULE: ./build/src/run.js







/** The whole run, shared by the CLI and the Action: config, targets, then the lint pipeline on each file. */
async function runLint(request) {
    const setup = await projectSetup(request.cwd, request.configPath);
    const files = (await (0,discover/* discoverTargets */.KK)(request.targets, request.cwd)).filter((target) => !setup.isIgnored(target.file));
    const options = {
        ...setup.lintOptions,
        today: request.today,
        reportUnusedDisableDirectives: request.reportUnusedDisableDirectives ?? false,
    };
    const linted = await lintFiles(files, options, request.fix);
    // Each report is already redacted with its own file's secrets; this pass adds the other files' (a token pasted
    // into one file's subdomain and written as another file's accessToken).
    const redactor = (0,redaction/* runRedactor */.Ms)(linted);
    const reports = linted.map((report) => redactor.redactReport(report));
    return { configPath: setup.configPath, reports, redactor };
}
/** Lints text that is not read from disk (the API's lintText); no report when the config ignores its path. */
async function runLintText(request) {
    const setup = await projectSetup(request.cwd, request.configPath);
    const file = request.filePath === undefined ? '<text>' : path.resolve(request.cwd, request.filePath);
    const done = (reports) => {
        const redactor = runRedactor(reports);
        return { configPath: setup.configPath, reports: reports.map((report) => redactor.redactReport(report)), redactor };
    };
    if (request.filePath !== undefined && setup.isIgnored(file))
        return done([]);
    const options = { ...setup.lintOptions, today: request.today, reportUnusedDisableDirectives: request.reportUnusedDisableDirectives ?? false };
    if (!request.fix)
        return done([lintSource(file, request.text, options)]);
    const { output, changed, report } = fixSource(file, request.text, options);
    return done([changed ? { ...report, output } : report]);
}
const noConfig = { configPath: undefined, lintOptions: {}, isIgnored: () => false };
/** The config's validator and glob matcher load only when there is a config to apply. */
async function projectSetup(cwd, explicitPath) {
    const configPath = explicitPath !== undefined ? external_node_path_.resolve(cwd, explicitPath) : await (0,find_config/* findConfigFile */["if"])(cwd);
    if (configPath === undefined)
        return noConfig;
    const { loadProjectSetup } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 7805));
    return loadProjectSetup(cwd, configPath);
}

// EXTERNAL MODULE: ./build/src/model/dates.js
var dates = __webpack_require__(2190);
;// CONCATENATED MODULE: ./build/src/cli/commands/lint.js




/** `bc-lint [paths]`: lint, print in the chosen format, and return the exit code. */
async function runLintCommand(options) {
    const cwd = process.cwd();
    const { reports } = await runLint({
        cwd,
        targets: options.targets,
        configPath: options.config,
        today: options.today ?? (0,dates/* localToday */.j)(),
        fix: options.fix,
        reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    });
    if (reports.length === 0) {
        throw new discover/* TargetNotFoundError */.n_(`no connection files found below ${cwd} (looked for bigcommerce.connection.yaml and *.bigcommerce.connection.yaml)`);
    }
    const shown = options.quiet
        ? reports.map((report) => ({ ...report, findings: report.findings.filter((f) => f.severity === 'error'), warningCount: 0, fixableWarningCount: 0 }))
        : reports;
    const format = await formatters/* formatterLoaders */.B[options.format]();
    process.stdout.write(format(shown, { cwd, color: useColor(options) }));
    const errors = shown.reduce((sum, report) => sum + report.errorCount, 0);
    const warnings = shown.reduce((sum, report) => sum + report.warningCount, 0);
    if (errors > 0)
        return 1;
    if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
        process.stderr.write(`bc-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
        return 1;
    }
    return 0;
}
function useColor(options) {
    if (options.color !== undefined)
        return options.color;
    // As Node's own colour detection: FORCE_COLOR decides when set ('', 1, 2, 3 or true: on; 0, false or else: off).
    const force = process.env.FORCE_COLOR;
    if (force !== undefined)
        return ['', '1', '2', '3', 'true'].includes(force);
    if (process.env.NO_COLOR)
        return false;
    return process.stdout.isTTY === true;
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


/***/ })

};
