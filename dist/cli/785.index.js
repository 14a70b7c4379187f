export const id = 785;
export const ids = [785];
export const modules = {

/***/ 785:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./build/src/config/find-config.js
var find_config = __webpack_require__(9528);
// EXTERNAL MODULE: ./build/src/files/discover.js
var discover = __webpack_require__(4162);
// EXTERNAL MODULE: ./build/src/generated/package-info.js
var package_info = __webpack_require__(9820);
// EXTERNAL MODULE: ./build/src/formatters/index.js
var formatters = __webpack_require__(9005);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/src/model/profiles.js
var model_profiles = __webpack_require__(4077);
// EXTERNAL MODULE: ./build/src/parse/decode.js
var decode = __webpack_require__(4215);
// EXTERNAL MODULE: ./build/src/parse/connection-document.js
var connection_document = __webpack_require__(7795);
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

// EXTERNAL MODULE: ./build/src/rules/index.js + 9 modules
var rules = __webpack_require__(7880);
// EXTERNAL MODULE: ./build/src/rules/rule.js
var rule = __webpack_require__(1543);
// EXTERNAL MODULE: ./build/src/rules/schema.js + 1 modules
var schema = __webpack_require__(7487);
;// CONCATENATED MODULE: ./build/src/lint.js








/** The whole pipeline for one file: bytes -> text -> YAML documents -> findings. */
function lintSource(filePath, source, options) {
    const decoded = typeof source === 'string' ? { ok: true, text: source.replace(/^\uFEFF/, '') } : (0,decode/* decodeSource */.E)(source);
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
        raw.push(...lintDocument(document, profiles, options));
    return toReport(filePath, raw, options, findDisableDirectives(positions, parsed.comments));
}
function lintDocument(document, profiles, options) {
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
                    const finding = {
                        ruleId: rule.meta.id,
                        range: report.on === 'key' ? document.keyRange(report.path) : document.valueRange(report.path),
                        message: report.message,
                        ...(report.severity ? { severity: report.severity } : {}),
                        ...(report.fix ? { fix: report.fix } : {}),
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
/** A finding's severity: the project config's setting, else the rule's own (date-bound) choice, else its default. */
function severityOf(item, options) {
    if (item.fatal)
        return 'error'; // a file that cannot be parsed is always an error
    const configured = options.rules?.[item.ruleId];
    return (configured !== 'off' ? configured : undefined) ?? item.severity ?? rules/* ruleMetaById */.WT.get(item.ruleId)?.defaultSeverity ?? 'error';
}
function toReport(filePath, raw, options, directives = []) {
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
    return summarize(filePath, shown, suppressed.sort(byPosition));
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
function fixSource(filePath, text, options) {
    const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    const original = text.slice(bom.length);
    let output = original;
    let report = lintSource(filePath, output, options);
    for (let pass = 0; pass < maxPasses && report.fatalErrorCount === 0; pass++) {
        const fixes = report.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
        if (fixes.length === 0)
            break;
        const next = applyFixes(output, fixes);
        const candidate = lintSource(filePath, next.text, options);
        if (candidate.fatalErrorCount > 0)
            break; // a fix that breaks the YAML is dropped, never written
        output = next.text;
        report = candidate;
    }
    return { output: bom + output, changed: output !== original, report };
}

;// CONCATENATED MODULE: ./build/src/lint-files.js






/**
 * Lints many files, one after another; one that cannot be read becomes a fatal finding in its own report and the
 * rest go on. Shared by the CLI and the Action. Files are read synchronously: the work is CPU-bound and each file
 * is small. (Worker threads were tried: on two cores they made 2,000 files slower, since yaml's parsing keeps
 * V8's background GC and compiler threads busy; see bench/results.md.)
 */
async function lintFiles(files, options, fixMode) {
    const reports = [];
    for (const file of files)
        reports.push(await lintFile(file, options, fixMode));
    return reports;
}
/**
 * Files larger than this are not read. A connection file is a few kilobytes, parsing stops after a million YAML
 * tokens anyway, and reading a file whole costs its size in memory (twice, as bytes and as text).
 */
const maxFileBytes = 32 * 1024 * 1024;
async function lintFile(file, options, fixMode) {
    const unreadable = (message) => summarize(file, [{ ruleId: null, severity: 'error', fatal: true, message, line: 1, column: 1, endLine: 1, endColumn: 1 }]);
    let bytes;
    try {
        const fd = (0,external_node_fs_.openSync)(file, 'r');
        try {
            const { size } = (0,external_node_fs_.fstatSync)(fd);
            if (size > maxFileBytes) {
                return unreadable(`the file is ${megabytes(size)}, too large for a connection file (the limit is ${megabytes(maxFileBytes)}); it was not read`);
            }
            bytes = (0,external_node_fs_.readFileSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (error) {
        return unreadable(`cannot read the file (${error.code ?? error.message})`);
    }
    if (!fixMode)
        return lintSource(file, bytes, options);
    const decoded = (0,decode/* decodeSource */.E)(bytes);
    if (!decoded.ok)
        return lintSource(file, bytes, options);
    const { output, changed, report } = fixSource(file, decoded.text, options);
    if (changed && fixMode === 'write')
        await writeAtomically(file, (decoded.hasBom ? '\uFEFF' : '') + output);
    return report;
}
function megabytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
}
/** Write to a temporary file beside the target, then rename: a reader never sees half a file. */
async function writeAtomically(file, content) {
    const target = await (0,promises_.realpath)(file);
    const { mode } = await (0,promises_.stat)(target);
    const temporary = external_node_path_.join(external_node_path_.dirname(target), `.${external_node_path_.basename(target)}.${process.pid}.bc-lint-fix.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, content, { mode });
        await (0,promises_.rename)(temporary, target);
    }
    catch (error) {
        await (0,promises_.unlink)(temporary).catch(() => undefined);
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/src/run.js




/** The whole run, shared by the CLI and the Action: config, targets, then the lint pipeline on each file. */
async function runLint(request) {
    const setup = await projectSetup(request.cwd, request.configPath);
    const files = (await (0,discover/* resolveTargets */.h5)(request.targets, request.cwd)).filter((file) => !setup.isIgnored(file));
    const options = {
        ...setup.lintOptions,
        today: request.today,
        reportUnusedDisableDirectives: request.reportUnusedDisableDirectives ?? false,
    };
    const reports = await lintFiles(files, options, request.fix);
    return { configPath: setup.configPath, reports };
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

// EXTERNAL MODULE: ./build/src/cli/options.js
var cli_options = __webpack_require__(698);
;// CONCATENATED MODULE: ./build/src/cli/commands/lint.js




/** `bc-lint [paths]`: lint, print in the chosen format, and return the exit code. */
async function runLintCommand(options) {
    const cwd = process.cwd();
    const { reports } = await runLint({
        cwd,
        targets: options.targets,
        configPath: options.config,
        today: options.today ?? (0,cli_options/* localToday */.jZ)(),
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
    if (process.env.NO_COLOR)
        return false;
    if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0')
        return true;
    return process.stdout.isTTY === true;
}

;// CONCATENATED MODULE: ./build/src/cli/main.js





async function main(argv) {
    const options = (0,cli_options/* parseCliArguments */.A4)(argv);
    switch (options.command) {
        case 'help':
            process.stdout.write(cli_options/* helpText */.BK);
            return 0;
        case 'version':
            process.stdout.write(`${package_info/* packageInfo */.z.version}\n`);
            return 0;
        case 'rules':
            return (await __webpack_require__.e(/* import() */ 612).then(__webpack_require__.bind(__webpack_require__, 4612))).runRulesCommand();
        case 'explain':
            return (await __webpack_require__.e(/* import() */ 404).then(__webpack_require__.bind(__webpack_require__, 6404))).runExplainCommand(options.targets[0], useColor(options));
        case 'init':
            return (await __webpack_require__.e(/* import() */ 132).then(__webpack_require__.bind(__webpack_require__, 7132))).runInitCommand(options);
        case 'schema':
            return (await __webpack_require__.e(/* import() */ 56).then(__webpack_require__.bind(__webpack_require__, 7056))).runSchemaCommand(options);
        case 'lint':
            return runLintCommand(options);
    }
}
/** Errors the user can act on: one line, no stack trace. */
const userErrors = [cli_options/* UsageError */.eb, discover/* TargetNotFoundError */.n_, find_config/* ConfigError */.xL];
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    const known = userErrors.some((kind) => error instanceof kind);
    process.stderr.write(`bc-lint: ${known ? '' : 'internal error: '}${error?.message ?? String(error)}\n`);
    if (!known && process.env.BC_LINT_DEBUG)
        process.stderr.write(`${error?.stack}\n`);
    process.exitCode = 2;
});


/***/ }),

/***/ 698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ parseCliArguments),
/* harmony export */   BK: () => (/* binding */ helpText),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   jZ: () => (/* binding */ localToday)
/* harmony export */ });
/* unused harmony export isCalendarDate */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _formatters_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9005);
/* harmony import */ var _model_profiles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4077);



/** Bad command-line usage: printed as one line, exit 2. */
class UsageError extends Error {
}
const helpText = `Usage: bc-lint [options] [file|folder|glob ...]
       bc-lint rules
       bc-lint explain <rule>
       bc-lint init [--integration <name>] [path]
       bc-lint schema [--print]

Lints BigCommerce connection files (bigcommerce.connection.yaml, *.bigcommerce.connection.yaml).
With no paths, searches the current folder, skipping node_modules and .git.

Options:
  -f, --format <name>     Output format: ${_formatters_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatterNames */ .r.join(', ')} (default: stylish)
  -c, --config <file>     Project config file (default: the nearest .bc-lint.yaml)
      --fix               Fix what can be fixed safely, in place
      --fix-dry-run       Fix without writing; report what would remain
      --report-unused-disable-directives
                          Report bc-lint-disable comments that suppress nothing
      --max-warnings <n>  Exit 1 when there are more than n warnings
      --quiet             Report errors only
      --today <date>      Date for date-bound rules, YYYY-MM-DD (default: today)
      --no-color          Plain output (NO_COLOR is honoured too)
  -h, --help              Show this help
  -v, --version           Show the version

Commands:
  rules                   List the rules with their default severities
  explain <rule>          Show a rule's documentation
  init [path]             Write a starter connection file (schema modeline, secret references): path, or
                          bigcommerce.connection.yaml inside path when it is a folder (default: .).
                          Never overwrites a file.
    --integration <name>  With the scopes that integration needs, one of:
                          ${_model_profiles_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinProfiles */ .G.map((profile) => profile.name).join(', ')}
  schema                  Print the path of the bundled JSON Schema, for editors (works offline)
    --print               Print the schema itself

Exit codes: 0 no errors, 1 errors or too many warnings, 2 bad usage or internal failure.
`;
function parseCliArguments(argv) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', short: 'f' },
                config: { type: 'string', short: 'c' },
                fix: { type: 'boolean' },
                'fix-dry-run': { type: 'boolean' },
                'report-unused-disable-directives': { type: 'boolean' },
                'max-warnings': { type: 'string' },
                quiet: { type: 'boolean' },
                today: { type: 'string' },
                color: { type: 'boolean' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
                integration: { type: 'string' },
                print: { type: 'boolean' },
            },
        });
    }
    catch (error) {
        // node's messages are long and mention internals; keep the first sentence.
        throw new UsageError(String(error.message).split('. ')[0].replace(/\.$/, ''));
    }
    const { values, positionals } = parsed;
    const format = values.format ?? 'stylish';
    if (!_formatters_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatterNames */ .r.includes(format))
        throw new UsageError(`unknown format "${format}"; use one of ${_formatters_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatterNames */ .r.join(', ')}`);
    let maxWarnings = -1;
    if (values['max-warnings'] !== undefined) {
        if (!/^\d+$/.test(values['max-warnings']))
            throw new UsageError(`--max-warnings needs a whole number, not "${values['max-warnings']}"`);
        maxWarnings = Number(values['max-warnings']);
    }
    if (values.today !== undefined && !isCalendarDate(values.today)) {
        throw new UsageError(`--today needs a date as YYYY-MM-DD, not "${values.today}"`);
    }
    let command = 'lint';
    let targets = positionals;
    if (values.help)
        command = 'help';
    else if (values.version)
        command = 'version';
    else if (['rules', 'explain', 'init', 'schema'].includes(positionals[0] ?? '')) {
        command = positionals[0];
        targets = positionals.slice(1);
    }
    if (values.fix && values['fix-dry-run'])
        throw new UsageError('--fix and --fix-dry-run cannot be used together');
    if (values.integration !== undefined && command !== 'init')
        throw new UsageError('--integration is an option of bc-lint init');
    if (values.print && command !== 'schema')
        throw new UsageError('--print is an option of bc-lint schema');
    if (command === 'init' && targets.length > 1)
        throw new UsageError(`bc-lint init takes one path, not ${targets.length}`);
    if (command === 'schema' && targets.length > 0)
        throw new UsageError('bc-lint schema takes no paths');
    return {
        command,
        targets,
        format,
        maxWarnings,
        quiet: values.quiet ?? false,
        today: values.today,
        color: values['no-color'] ? false : values.color,
        config: values.config,
        fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
        reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
        integration: values.integration,
        print: values.print ?? false,
    };
}
/** A real calendar date written as YYYY-MM-DD (--today, the Action's `today`). */
function isCalendarDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
/** The local calendar date as YYYY-MM-DD. */
function localToday(now = new Date()) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}


/***/ }),

/***/ 9528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "if": () => (/* binding */ findConfigFile),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export configFileNames */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** A project config that cannot be used: exit 2, naming the key and the reason. */
class ConfigError extends Error {
}
const configFileNames = ['.bc-lint.yaml', '.bc-lint.yml'];
/** The nearest .bc-lint.yaml (or .yml) in the folder or its parents. */
async function findConfigFile(cwd) {
    for (let folder = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd);; folder = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder)) {
        for (const name of configFileNames) {
            const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, name);
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(candidate).then(() => true, () => false))
                return candidate;
        }
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder) === folder)
            return undefined;
    }
}


/***/ }),

/***/ 4162:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h5: () => (/* binding */ resolveTargets),
/* harmony export */   n_: () => (/* binding */ TargetNotFoundError),
/* harmony export */   wT: () => (/* binding */ isConnectionFileName)
/* harmony export */ });
/* unused harmony export connectionFileGlobs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** Connection file names, as globs below a folder. */
const connectionFileGlobs = ['**/bigcommerce.connection.{yaml,yml}', '**/*.bigcommerce.connection.{yaml,yml}'];
const skipped = ['**/node_modules/**', '**/.git/**'];
function isConnectionFileName(fileName) {
    return /(^|\.)bigcommerce\.connection\.ya?ml$/.test(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(fileName));
}
/** A path argument that matches nothing: bad usage, exit 2. */
class TargetNotFoundError extends Error {
}
/**
 * Turns the command line's paths, folders and globs into a sorted list of absolute file paths.
 * No targets means: search the working folder. Files named explicitly are linted whatever their name.
 */
async function resolveTargets(targets, cwd) {
    const found = new Set();
    for (const target of targets.length > 0 ? targets : ['.']) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, target);
        // Synchronous file-system calls throughout: discovery is many small calls, and a CLI has nothing to overlap.
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute, { throwIfNoEntry: false });
        if (info?.isDirectory()) {
            const files = await searchFolder(absolute);
            if (files.length === 0 && targets.length > 0)
                throw new TargetNotFoundError(`no connection files found in ${target}`);
            for (const file of files)
                found.add(file);
        }
        else if (info) {
            found.add(absolute);
        }
        else {
            const { globSync, isDynamicPattern } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
            if (!isDynamicPattern(target))
                throw new TargetNotFoundError(`no such file or folder: ${target}`);
            const files = globSync(target, { cwd, absolute: true, dot: true, ignore: skipped, onlyFiles: true, expandDirectories: false });
            if (files.length === 0)
                throw new TargetNotFoundError(`no files match the pattern ${target}`);
            for (const file of files)
                found.add(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file));
        }
    }
    return onePathPerFile([...found]);
}
/**
 * Symlinked folders reach the same file by several paths (a loop such as `ln -s . loop` by one more path per
 * lap the glob follows). Each file is linted once, under its shortest path, so it is reported once and --fix
 * never writes it twice at the same time.
 */
function onePathPerFile(files) {
    const byRealPath = new Map();
    const shortestFirst = files.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    for (const file of shortestFirst) {
        let real = file; // a dangling link keeps its path and is reported as unreadable later
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(file);
        }
        catch { }
        if (!byRealPath.has(real))
            byRealPath.set(real, file);
    }
    return [...byRealPath.values()].sort();
}
/** tinyglobby is loaded on demand: linting named files (pre-commit, editors) never needs it. */
async function searchFolder(folder) {
    const { globSync } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
    const files = globSync(connectionFileGlobs, { cwd: folder, absolute: true, dot: true, ignore: skipped, onlyFiles: true, expandDirectories: false });
    return files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file));
}


/***/ }),

/***/ 9005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatterLoaders),
/* harmony export */   r: () => (/* binding */ formatterNames)
/* harmony export */ });
/** Formatters by name, loaded on demand so start-up pays only for the one in use. */
const formatterLoaders = {
    stylish: async () => (await __webpack_require__.e(/* import() */ 283).then(__webpack_require__.bind(__webpack_require__, 1283))).formatStylish,
    json: async () => (await __webpack_require__.e(/* import() */ 7).then(__webpack_require__.bind(__webpack_require__, 5007))).formatJson,
    sarif: async () => (await __webpack_require__.e(/* import() */ 732).then(__webpack_require__.bind(__webpack_require__, 4732))).formatSarif,
    github: async () => (await __webpack_require__.e(/* import() */ 774).then(__webpack_require__.bind(__webpack_require__, 5774))).formatGithub,
};
const formatterNames = Object.keys(formatterLoaders);


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ packageInfo)
/* harmony export */ });
// Generated by scripts/generate-validator.mjs from package.json. Do not edit.
const packageInfo = { "name": "bc-lint", "version": "0.1.0", "repositoryUrl": "https://github.com/bc-lint/bc-lint" };


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

/***/ 4077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ builtinProfiles)
/* harmony export */ });
/**
 * Built-in integration profiles: data, not code. Each says what an integrator needs from a connection.
 * Sources are in ../shared/spec/domain.md ("Integrators' needs").
 */
const migrationScopes = ['content', 'informationAndSettings', 'marketing', 'channelSettings', 'channelListings'];
const migrationOptional = ['customers', 'orders', 'products'];
const all = (keys, level) => Object.fromEntries(keys.map((key) => [key, level]));
const builtinProfiles = [
    {
        name: 'celigo',
        description: "Celigo's BigCommerce (GraphQL) connection",
        storefrontTokens: true,
        authType: 'custom',
        fields: ['subdomain'],
        needs: { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' },
    },
    {
        name: 'migration-import',
        description: 'a migration tool moving data into BigCommerce (LitExtension, Next-Cart)',
        storefrontTokens: false,
        needs: all(migrationScopes, 'modify'),
        ifGranted: all(migrationOptional, 'modify'),
        allowed: all([...migrationScopes, ...migrationOptional], 'modify'),
    },
    {
        name: 'migration-export',
        description: 'a migration tool moving data out of BigCommerce (LitExtension, Next-Cart)',
        storefrontTokens: false,
        needs: all(migrationScopes, 'read-only'),
        allowed: all([...migrationScopes, ...migrationOptional], 'read-only'),
    },
    {
        name: 'storeautomator',
        description: 'StoreAutomator',
        storefrontTokens: false,
        needs: { content: 'read-only', orders: 'read-only', informationAndSettings: 'read-only' },
    },
    {
        name: 'wordpress',
        description: 'BigCommerce for WordPress',
        storefrontTokens: true,
        needs: {
            customers: 'modify',
            customersLogin: 'login',
            informationAndSettings: 'modify',
            marketing: 'read-only',
            orders: 'read-only',
            orderTransactions: 'read-only',
            getPaymentMethods: 'read-only',
            products: 'read-only',
            carts: 'modify',
            checkouts: 'modify',
            sitesAndRoutes: 'modify',
            channelSettings: 'modify',
            channelListings: 'modify',
        },
    },
];


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

/***/ 8165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/** The closest candidate to a misspelt name, or undefined when none is close enough to be a likely typo. */
function closest(input, candidates) {
    const lowered = input.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = candidate.toLowerCase() === lowered ? 0 : editDistance(lowered, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.max(2, Math.floor(input.length / 3));
    return bestDistance <= allowed ? best : undefined;
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

/***/ 7795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ parseConnectionSource),
/* harmony export */   Wn: () => (/* binding */ pointer),
/* harmony export */   lt: () => (/* binding */ composeDocuments),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
/* unused harmony exports maxNestingDepth, maxTokensPerFile, ConnectionDocument, yamlParseOptions */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** JSON Pointer (RFC 6901) of a path, the key findings and schema errors are matched on. */
function pointer(path) {
    return path.map((key) => '/' + key.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
function parsePointer(text) {
    return text === '' ? [] : text.slice(1).split('/').map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/**
 * Values reached through aliases are counted; past this many the document is treated as an alias bomb.
 * A real connection has well under a hundred nodes.
 */
const aliasNodeBudget = 10_000;
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
const tooLargeMessage = `the file is too large to check: over ${maxTokensPerFile.toLocaleString('en-US')} YAML tokens (a connection has about 150)`;
/** One YAML document of a connection file: its plain value plus the source node behind every path. */
class ConnectionDocument {
    index;
    value;
    located;
    positions;
    constructor(index, value, located, positions) {
        this.index = index;
        this.value = value;
        this.located = located;
        this.positions = positions;
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
        return this.located.get(pointer(path))?.node;
    }
    /** Range of the value at path; for a missing path, the nearest mapping that should hold it. */
    valueRange(path) {
        for (let depth = path.length; depth >= 0; depth--) {
            const node = this.located.get(pointer(path.slice(0, depth)))?.node;
            if (node?.range)
                return this.positions.range(node.range[0], node.range[1]);
        }
        return this.positions.range(0, 0);
    }
    /** Range of the key of the entry at path, falling back to its value. */
    keyRange(path) {
        const key = this.located.get(pointer(path))?.key;
        return key?.range ? this.positions.range(key.range[0], key.range[1]) : this.valueRange(path);
    }
    static fromYaml(index, doc, positions) {
        const builder = new PlainValueBuilder(doc);
        const value = builder.build(doc.contents, []);
        return { document: new ConnectionDocument(index, value, builder.located, positions), problems: builder.problems };
    }
}
class AliasBomb extends Error {
}
class TooDeep extends Error {
}
/** Turns YAML nodes into plain data the schema can check, remembering which node each path came from. */
class PlainValueBuilder {
    doc;
    located = new Map();
    problems = [];
    aliasBudget = aliasNodeBudget;
    aliasDepth = 0;
    /** Collections entered; aliases can nest values deeper than the text does. */
    depth = 0;
    /** Built on the first alias, so a document without aliases is not walked twice. */
    aliasTargets;
    constructor(doc) {
        this.doc = doc;
    }
    resolve(alias) {
        this.aliasTargets ??= resolveAliases(this.doc);
        return this.aliasTargets.get(alias);
    }
    build(node, path) {
        if (node)
            this.located.set(pointer(path), { node });
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            return node.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return null;
        if (++this.depth > maxNestingDepth)
            throw new TooDeep();
        try {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
                return node.items.map((item, index) => {
                    const itemPath = [...path, String(index)];
                    if (item && typeof item === 'object' && 'range' in item)
                        this.located.set(pointer(itemPath), { node: item });
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
        this.problems.push({ start, end, message: `the alias \`*${alias.source}\` refers to no anchor \`&${alias.source}\` before it` });
        return null;
    }
    /** Adds a mapping's entries; merge keys (<<) add only keys not already set, explicit keys win. */
    addEntries(out, map, path) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
            return;
        const merges = [];
        for (const pair of map.items) {
            // Entries reached through merge keys count like values reached through aliases: nested merges of the same
            // mapping are a bomb too, even though repeated keys are skipped.
            if (this.aliasDepth > 0 && --this.aliasBudget < 0)
                throw new AliasBomb();
            const keyNode = pair.key;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) && typeof keyNode.value === 'symbol') {
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
                this.located.set(pointer(valuePath), { node: valueNode, ...(keyNode ? { key: keyNode } : {}) });
            // defineProperty, so a "__proto__" key is data and never the prototype.
            Object.defineProperty(out, key, {
                value: this.toPlain(pair.value, valuePath),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        for (const merge of merges) {
            const source = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(merge) ? this.resolve(merge) : merge;
            if (!source) {
                this.unknownAnchor(merge);
                continue;
            }
            const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(source) ? source.items.map((item) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(item) ? (this.resolve(item) ?? item) : item)) : [source];
            for (const item of sources) {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(item)) {
                    this.unknownAnchor(item);
                    continue;
                }
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
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
/**
 * Each alias's target: the last node with its anchor before it, as Alias.resolve() finds it. Alias.resolve() walks
 * the whole document on every call, so a file with many aliases took quadratic time; one walk serves them all.
 */
function resolveAliases(doc) {
    const anchors = new Map();
    const targets = new Map();
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Node(_key, node) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
                targets.set(node, anchors.get(node.source));
            else if (((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node)) && node.anchor)
                anchors.set(node.anchor, node);
        },
    });
    return targets;
}
function keyText(node) {
    if (node === null)
        return '';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return String(node.value);
    return String(node);
}
/** How connection files are parsed: YAML 1.2 with merge keys, duplicate keys rejected. */
const yamlParseOptions = { merge: true, prettyErrors: false, uniqueKeys: true };
function parseConnectionSource(positions) {
    const comments = [];
    const documents = [];
    const syntaxProblems = [];
    let hasContent = false;
    let index = 0;
    const stopped = (problem) => {
        hasContent = true;
        syntaxProblems.push(problem);
    };
    for (const doc of composeDocuments(positions.text, comments, stopped)) {
        const empty = isEmptyDocument(doc);
        if (!empty)
            hasContent = true;
        if (doc.errors.length > 0) {
            for (const error of doc.errors)
                syntaxProblems.push({ start: error.pos[0], end: error.pos[1], message: error.message });
        }
        else if (!empty) {
            const { document, problems } = ConnectionDocument.fromYaml(index, doc, positions);
            if (problems.length > 0)
                syntaxProblems.push(...problems);
            else
                documents.push(document);
        }
        index++;
    }
    syntaxProblems.sort((a, b) => a.start - b.start);
    return { positions, documents, syntaxProblems, hasContent, comments };
}
/**
 * parseAllDocuments, driven token by token so that parsing stops at nesting deeper than maxNestingDepth, before
 * yaml's recursive composer sees it, or after maxTokensPerFile tokens. The documents before that point are still
 * returned; the rest of the file is not checked. Comments are collected in the same pass.
 */
function* composeDocuments(text, comments = [], onStop = () => undefined) {
    const composer = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk(yamlParseOptions);
    const parser = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX();
    // Only directives need comments: text without the marker skips classifying every token.
    const collectComments = text.includes('bc-lint-disable');
    let atScalar = false;
    let tokens = 0;
    for (const lexeme of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
        const offset = parser.offset;
        if (collectComments) {
            // The parser classifies tokens this way: the token after a scalar marker is scalar text, whatever it starts with.
            const type = atScalar ? 'scalar text' : yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.tokenType(lexeme);
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
/** A document with nothing in it (a stray `---`); an explicit `null` or `~` is content, and not a mapping. */
function isEmptyDocument(doc) {
    const contents = doc.contents;
    return contents === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(contents) && contents.source === '' && contents.value === null);
}


/***/ }),

/***/ 4215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ decodeSource)
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

/***/ 7880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M1: () => (/* binding */ allRuleMetas),
  mK: () => (/* binding */ domainRules),
  WT: () => (/* binding */ ruleMetaById)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/src/rules/fix.js

/**
 * A fix that replaces the scalar at path with a new string, keeping its quoting style so that every other
 * byte of the file stays as it was. No fix for block scalars or values reached through an alias.
 */
function replaceStringFix(document, path, replacement) {
    const node = document.node(path);
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
        return undefined;
    let text;
    switch (node.type) {
        case dist/* Scalar */.X5.QUOTE_DOUBLE:
            text = JSON.stringify(replacement);
            break;
        case dist/* Scalar */.X5.QUOTE_SINGLE:
            text = `'${replacement.replace(/'/g, "''")}'`;
            break;
        case dist/* Scalar */.X5.PLAIN:
            // A plain all-digit hash would read back as a number: quote it then.
            text = (0,dist/* parse */.qg)(replacement) === replacement ? replacement : `'${replacement}'`;
            break;
        default:
            return undefined;
    }
    return { range: [node.range[0], node.range[1]], text };
}

;// CONCATENATED MODULE: ./build/src/rules/store-hash-format.js

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
    return fromHost?.[1];
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
function describe(value) {
    if (/api\.bigcommerce\.com/i.test(value))
        return 'an API path';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return 'a URL';
    if (/^\/?stores\//i.test(value))
        return 'a stores/<hash> reference';
    if (value.includes('.'))
        return 'a host name';
    return '';
}
const storeHashFormat = {
    meta: {
        id: 'store-hash-format',
        defaultSeverity: 'error',
        description: '`storeHash` must be the bare store hash, not an API path, URL or host.',
        docs: 'The store hash is the part of the API path https://api.bigcommerce.com/stores/{store_hash}/v3/ and of the ' +
            'control-panel address https://store-{store_hash}.mybigcommerce.com/manage. Every BigCommerce example is ' +
            'lowercase letters and digits (ci4bzn8adz). Integrators ask for the bare hash, so a pasted path or URL ' +
            'breaks the connection. Fixable when the hash can be read out of the pasted value.',
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
            const fix = replaceStringFix(document, path, hash);
            report({
                path,
                message: `\`storeHash\` holds ${what || 'more than the hash'}; use the bare store hash \`${hash}\`.`,
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

;// CONCATENATED MODULE: ./build/src/rules/api-path-format.js

const apiPath = /^https:\/\/api\.bigcommerce\.com\/stores\/([a-z0-9]+)\/v3\/$/;
const expected = 'https://api.bigcommerce.com/stores/<storeHash>/v3/';
function whatIsWrong(value) {
    if (/\/graphql\/?$/.test(value))
        return 'is the GraphQL Admin endpoint';
    if (/\/v2\/?$/.test(value))
        return 'points at the V2 API';
    if (/^http:\/\//i.test(value))
        return 'uses http, not https';
    if (/\/v3$/.test(value))
        return 'lacks the trailing slash';
    if (/\/stores\/[^/]*[A-Z]/.test(value))
        return 'has uppercase letters in the store hash';
    return 'is not an API path';
}
const apiPathFormat = {
    meta: {
        id: 'api-path-format',
        defaultSeverity: 'error',
        description: '`apiPath` must be https://api.bigcommerce.com/stores/<storeHash>/v3/ for the same store.',
        docs: 'When an API account is created, the control panel shows its API path: ' +
            'https://api.bigcommerce.com/stores/{store_hash}/v3/. Integrators that ask for it expect exactly that form, ' +
            'and its store hash must be the connection\'s `storeHash`.',
        fixable: false,
    },
    check({ connection, report }) {
        const value = connection.apiPath;
        if (typeof value !== 'string')
            return;
        const path = ['apiPath'];
        const match = apiPath.exec(value);
        if (!match) {
            report({ path, message: `\`apiPath\` ${whatIsWrong(value)}; it must be ${expected}.` });
            return;
        }
        const storeHash = intendedStoreHash(connection.storeHash);
        if (storeHash !== undefined && match[1] !== storeHash) {
            report({ path, message: `\`apiPath\` names store \`${match[1]}\` but \`storeHash\` is \`${storeHash}\`; they must be the same store.` });
        }
    },
};

// EXTERNAL MODULE: ./build/src/model/scopes.js
var model_scopes = __webpack_require__(5454);
// EXTERNAL MODULE: ./build/src/rules/rule.js
var rule = __webpack_require__(1543);
;// CONCATENATED MODULE: ./build/src/rules/excess-scopes.js


const excessScopes = {
    meta: {
        id: 'excess-scopes',
        defaultSeverity: 'warning',
        description: 'Scopes granted above what the declared `integration` needs (least privilege).',
        docs: 'An API account\'s token can do everything its scopes allow, for as long as it lives. Grant an integration ' +
            'only what it uses: a migration tool importing data needs modify on the eight migration scopes and nothing ' +
            'else; one exporting data needs read-only. Profiles without an excess check (celigo, storeautomator, ' +
            'wordpress) are not checked. One finding per scope.',
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
                message: `\`${scope}: ${String(level)}\` is more than integration \`${profile.name}\` needs; lower it to \`${limit}\`.`,
            });
        }
    },
};

// EXTERNAL MODULE: ./build/src/model/suggest.js
var suggest = __webpack_require__(8165);
;// CONCATENATED MODULE: ./build/src/rules/integration-requirements.js



const integrationRequirements = {
    meta: {
        id: 'integration-requirements',
        defaultSeverity: 'error',
        description: 'The connection must give the declared `integration` every field and scope level it needs.',
        docs: 'With `integration` set, the connection is checked against that integrator\'s needs: Celigo needs ' +
            '`authType: custom`, a `subdomain` and both storefront-token scopes at manage; migration tools need Content, ' +
            'Information & settings, Marketing, Channel settings and Channel listings (modify to import, read-only to ' +
            'export); StoreAutomator needs Content, Orders and Information & settings read-only; BigCommerce for ' +
            'WordPress needs the scope list of its multi-site guide. API account scopes cannot be changed after ' +
            'creation, so a missing scope means a new API account. One finding per need; an unknown profile name is ' +
            'reported too.',
        fixable: false,
    },
    check({ connection, profile, profiles, report }) {
        const name = connection.integration;
        if (typeof name !== 'string')
            return;
        if (!profile) {
            const suggestion = (0,suggest/* closest */.k)(name, profiles.keys());
            report({
                path: ['integration'],
                message: `unknown integration profile \`${name}\`` +
                    (suggestion ? `; did you mean \`${suggestion}\`?` : `; known profiles: ${[...profiles.keys()].join(', ')}.`),
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
                report({ path: [field], message: `${who} needs \`${field}\` to be set.` });
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
            const now = scopes[scope] === undefined ? 'it is left out' : `it is \`${String(level)}\``;
            report({
                path: ['scopes', scope],
                message: onlyIfGranted
                    ? `${who} needs \`${scope}\` at \`${need}\` when granted; ${now}.`
                    : `${who} needs \`${scope}\` at least \`${need}\`; ${now}.`,
            });
        };
        for (const [scope, need] of Object.entries(profile.needs))
            check(scope, need, false);
        for (const [scope, need] of Object.entries(profile.ifGranted ?? {}))
            check(scope, need, true);
    },
};

// EXTERNAL MODULE: ./build/src/rules/no-plaintext-secret.js
var no_plaintext_secret = __webpack_require__(5133);
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

// EXTERNAL MODULE: ./build/src/rules/schema.js + 1 modules
var schema = __webpack_require__(7487);
// EXTERNAL MODULE: ./build/src/rules/storefront-scopes-manage.js
var storefront_scopes_manage = __webpack_require__(7315);
;// CONCATENATED MODULE: ./build/src/rules/subdomain-format.js

const label = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const controlPanelLabel = /^store-[a-z0-9]+(-\d+)?$/i;
const storefrontSuffix = '.mybigcommerce.com';
const subdomainFormat = {
    meta: {
        id: 'subdomain-format',
        defaultSeverity: 'error',
        description: '`subdomain` must be the bare storefront label, not a URL or host.',
        docs: 'The storefront subdomain is the label before .mybigcommerce.com in the store address: ' +
            'https://acme.mybigcommerce.com gives `acme`. It is not the store-{store_hash} control-panel host. ' +
            'Fixable when the label can be read out of a pasted URL or host.',
        fixable: true,
    },
    check({ connection, document, report }) {
        const value = connection.subdomain;
        if (typeof value !== 'string')
            return;
        const path = ['subdomain'];
        if (label.test(value) && !controlPanelLabel.test(value))
            return;
        const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
        const host = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#:]/)[0].toLowerCase();
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
            const fix = replaceStringFix(document, path, candidate);
            report({
                path,
                message: what
                    ? `\`subdomain\` holds ${what}; use the bare label \`${candidate}\`.`
                    : `\`subdomain\` has uppercase letters; host labels are lowercase: \`${candidate}\`.`,
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
 * Domain rules in precedence order: when two report on the same value, the earlier one's finding is kept
 * (one problem, one finding).
 */
const domainRules = [
    noTokenAuth,
    storeHashFormat,
    subdomainFormat,
    apiPathFormat,
    storefront_scopes_manage/* storefrontScopesManage */.t,
    no_plaintext_secret/* noPlaintextSecret */.X3,
    tokenType,
    integrationRequirements,
    excessScopes,
];
/** Every rule's metadata, in the contract's order. */
const allRuleMetas = [yamlSyntaxMeta, schema/* schemaMeta */.Hq, ...domainRules.map((rule) => rule.meta)];
const ruleMetaById = new Map(allRuleMetas.map((meta) => [meta.id, meta]));


/***/ }),

/***/ 5133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ isPlaintextSecret),
/* harmony export */   X3: () => (/* binding */ noPlaintextSecret),
/* harmony export */   kv: () => (/* binding */ secretFields)
/* harmony export */ });
/* unused harmony export secretReference */
const secretReference = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;
/** Secret fields and the reference suggested for each. */
const secretFields = {
    accessToken: '${BIGCOMMERCE_ACCESS_TOKEN}',
    clientSecret: '${BIGCOMMERCE_CLIENT_SECRET}',
    supportPin: '${BIGCOMMERCE_SUPPORT_PIN}',
};
/** A secret field's value that is written in plain text (the thing to mask and never print). */
function isPlaintextSecret(value) {
    if (value === null || value === undefined || value === '')
        return false;
    if (typeof value === 'string')
        return !secretReference.test(value);
    return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value instanceof Uint8Array;
}
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
    },
    check({ connection, report }) {
        for (const [key, example] of Object.entries(secretFields)) {
            if (!Object.hasOwn(connection, key))
                continue;
            const value = connection[key];
            if (value === '') {
                report({ path: [key], message: `\`${key}\` is empty; write a secret reference such as ${example}.` });
            }
            else if (isPlaintextSecret(value)) {
                report({
                    path: [key],
                    message: `\`${key}\` holds a plaintext secret. Reference it instead, as ${example}, keep the value in the ` +
                        'environment or a vault, and rotate the committed one.',
                });
            }
        }
    },
};


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
            if (data2.length > 255) {
                const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 255 } };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (data2.length < 4) {
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
// EXTERNAL MODULE: ./build/src/model/scopes.js
var scopes = __webpack_require__(5454);
// EXTERNAL MODULE: ./build/src/model/suggest.js
var suggest = __webpack_require__(8165);
// EXTERNAL MODULE: ./build/src/parse/connection-document.js
var connection_document = __webpack_require__(7795);
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
    const described = (schema_validate.errors ?? []).flatMap((error) => describe(error, (0,connection_document/* parsePointer */.vp)(error.instancePath), document) ?? []);
    // A misspelt key is one problem: "unknown key `storehash`; did you mean `storeHash`?" also explains the missing one.
    const explainedByTypo = new Set(described.flatMap((problem) => (problem.suggested ? [(0,connection_document/* pointer */.Wn)(problem.suggested)] : [])));
    const seen = new Set();
    for (const problem of described) {
        const subject = (0,connection_document/* pointer */.Wn)(problem.subject);
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
function describe(error, at, document) {
    const name = at.length === 0 ? 'the connection' : `\`${at.join('.')}\``;
    const value = document.get(at);
    const params = error.params;
    switch (error.keyword) {
        case 'required': {
            const key = String(params.missingProperty);
            const why = key === 'scopes' ? ' (required with `authType: custom`)' : '';
            return { subject: [...at, key], on: 'value', missing: true, message: `missing required key \`${key}\`${why}.` };
        }
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const inScopes = at.length === 1 && at[0] === 'scopes';
            const known = inScopes ? scopes/* scopeKeys */.fo : at.length === 0 ? schema_facts/* schemaFacts */.h.topLevelKeys : [];
            const suggestion = (0,suggest/* closest */.k)(key, known);
            const what = inScopes ? 'unknown scope key' : 'unknown key';
            return {
                subject: [...at, key],
                on: 'key',
                message: `${what} \`${key}\`` + (suggestion ? `; did you mean \`${suggestion}\`?` : '.'),
                ...(suggestion ? { suggested: [...at, suggestion] } : {}),
            };
        }
        case 'type': {
            if (at.length === 0) {
                return { subject: at, on: 'value', message: `a connection must be a mapping of keys (name:, storeHash:, ...), not ${kindOf(value)}.` };
            }
            const wanted = params.type === 'object' ? 'a mapping' : params.type === 'integer' ? 'an integer' : `a ${String(params.type)}`;
            return { subject: at, on: 'value', message: `${name} must be ${wanted}, not ${kindOf(value)}.` };
        }
        case 'enum': {
            const allowed = params.allowedValues.map((v) => `\`${String(v)}\``);
            const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed.join('');
            const got = typeof value === 'string' ? ` \`${value}\` is not one of them.` : '';
            const isScope = at.length === 2 && at[0] === 'scopes';
            return { subject: at, on: 'value', message: `${name} ${isScope ? 'offers' : 'must be'} ${list};${got}` };
        }
        case 'minLength':
            return { subject: at, on: 'value', message: `${name} must be at least ${String(params.limit)} characters long.` };
        case 'maxLength':
            return { subject: at, on: 'value', message: `${name} must be at most ${String(params.limit)} characters long.` };
        case 'minimum':
            return { subject: at, on: 'value', message: `${name} must be ${String(params.limit)} or more.` };
        case 'pattern': {
            // Normally another rule owns these values; this is the fallback when that rule is turned off.
            const messages = schema_facts/* schemaFacts */.h.patternMessages;
            const hint = messages[error.instancePath];
            return { subject: at, on: 'value', message: `${name} is not in the expected form.${hint ? ` ${hint}` : ''}` };
        }
        case 'if':
            return undefined; // the `then` branch's own error says what is missing
        default:
            return { subject: at, on: 'value', message: `${name} is not valid (${error.keyword}).` };
    }
}
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

/***/ 7315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ storefrontTokenScopes),
/* harmony export */   t: () => (/* binding */ storefrontScopesManage)
/* harmony export */ });
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1543);

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
        if (!(0,_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .p)(scopes))
            return; // the schema reports missing or malformed scopes
        for (const [scope, { row, oauth }] of Object.entries(storefrontTokenScopes)) {
            const level = scopes[scope];
            if (level === 'manage')
                continue;
            const now = level === undefined ? 'is left out (none)' : `is \`${String(level)}\``;
            report({
                path: ['scopes', scope],
                message: `\`${scope}\` ${now}; with \`authType: custom\` the integration mints storefront tokens itself and needs ${row} = manage (${oauth}).`,
            });
        }
    },
};


/***/ })

};
