export const id = 90;
export const ids = [90];
export const modules = {

/***/ 5090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLintCommand: () => (/* binding */ runLintCommand),
  useColor: () => (/* binding */ useColor)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/src/generated/package-info.js
var package_info = __webpack_require__(9820);
// EXTERNAL MODULE: ./build/src/model/docs-url.js
var docs_url = __webpack_require__(4140);
// EXTERNAL MODULE: ./build/src/rules/index.js + 14 modules
var rules = __webpack_require__(6170);
;// CONCATENATED MODULE: ./build/src/format-context.js





/**
 * The context every formatter gets, built once per run by the CLI, the API and the Action from the rules'
 * metadata: formatters then need no registry and no file system.
 */
function createFormatContext(options) {
    const cwd = external_node_path_.resolve(options.cwd);
    return {
        cwd,
        color: options.color,
        rules: formatRules(),
        repositoryRoot: options.repositoryRoot ?? findRepositoryRoot(cwd),
        automation: automationDetails(options.env ?? process.env),
    };
}
/**
 * SARIF's automationDetails. In an Azure DevOps pipeline (TF_BUILD), the build identity GitHub Advanced Security
 * for Azure DevOps requires, from the pipeline's predefined variables; elsewhere `bc-lint/`, the code-scanning
 * category GitHub groups the analysis under.
 */
function automationDetails(env) {
    const fallback = { id: `${package_info.packageInfo.name}/` };
    if (env.TF_BUILD?.toLowerCase() !== 'true')
        return fallback;
    const [collection, project, definitionId, definitionName, phaseId, phaseName, branch, buildId] = [
        env.SYSTEM_COLLECTIONURI,
        env.SYSTEM_TEAMPROJECT,
        env.SYSTEM_DEFINITIONID,
        env.BUILD_DEFINITIONNAME,
        env.SYSTEM_PHASEID,
        env.SYSTEM_PHASENAME,
        env.BUILD_SOURCEBRANCH,
        env.BUILD_BUILDID,
    ];
    const organization = collection === undefined ? undefined : organizationOf(collection);
    if (![organization, project, definitionId, definitionName, phaseId, phaseName, branch, buildId].every(Boolean))
        return fallback;
    const prefix = 'azuredevops/pipeline/build';
    return {
        id: `${prefix}/${organization}/${project}/${definitionId}/${phaseId}/${branch}/${buildId}`,
        properties: {
            [`${prefix}/buildDefinitionId`]: definitionId,
            [`${prefix}/buildDefinitionName`]: definitionName,
            [`${prefix}/phaseId`]: phaseId,
            [`${prefix}/phaseName`]: phaseName,
        },
    };
}
/** `contoso` from https://dev.azure.com/contoso/ or https://contoso.visualstudio.com/. */
function organizationOf(collectionUri) {
    try {
        const url = new URL(collectionUri);
        const segment = url.pathname.split('/').find(Boolean);
        return url.hostname.endsWith('.visualstudio.com') ? url.hostname.split('.')[0] : segment;
    }
    catch {
        return undefined;
    }
}
/** The nearest folder at or above folder that holds `.git` (a folder, or a file in a worktree or submodule). */
function findRepositoryRoot(folder) {
    for (let current = external_node_path_.resolve(folder);; current = external_node_path_.dirname(current)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(current, '.git')))
            return current;
        if (external_node_path_.dirname(current) === current)
            return undefined;
    }
}
/** Every rule's metadata with its docs URL, as formatters and the API's rule metadata take it. */
function formatRules() {
    return rules/* allRuleMetas */.M1.map((meta) => ({ ...meta, docsUrl: (0,docs_url/* ruleDocsUrl */.h)(meta.id) }));
}

// EXTERNAL MODULE: ./build/src/formatters/index.js
var formatters = __webpack_require__(9005);
// EXTERNAL MODULE: ./build/src/files/discover.js
var discover = __webpack_require__(4162);
// EXTERNAL MODULE: ./build/src/formatters/escape.js
var formatters_escape = __webpack_require__(4738);
// EXTERNAL MODULE: ./build/src/parallel/young-generation.js
var young_generation = __webpack_require__(9992);
// EXTERNAL MODULE: ./build/src/run.js
var src_run = __webpack_require__(4392);
// EXTERNAL MODULE: ./build/src/model/dates.js
var dates = __webpack_require__(2190);
// EXTERNAL MODULE: ./build/src/cli/options.js
var cli_options = __webpack_require__(698);
// EXTERNAL MODULE: ./build/src/files/read-file.js
var read_file = __webpack_require__(5204);
;// CONCATENATED MODULE: ./build/src/cli/commands/lint-io.js



/** A report that could not be written, or standard input that could not be read: one line, exit 2. */
class OutputError extends Error {
}
/** Standard input as text, refused past the size limit a connection file read from disk has. */
async function readStandardInput() {
    const chunks = [];
    let size = 0;
    for await (const chunk of process.stdin) {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        size += bytes.length;
        if (size > read_file/* maxFileBytes */.eV)
            throw new OutputError(`standard input is larger than ${read_file/* maxFileBytes */.eV / 1024 / 1024} MB, too large for a connection file`);
        chunks.push(bytes);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * Writes the report to file (relative to cwd), creating its folders. Refuses a file this run lints, so a
 * report can never replace a connection file; any failure is an OutputError naming the path as given.
 */
function writeReportFile(file, report, cwd, lintedFiles) {
    const target = external_node_path_.resolve(cwd, file);
    const real = realOrSelf(target);
    if (lintedFiles.some((linted) => linted === target || realOrSelf(linted) === real)) {
        throw new OutputError(`cannot write the report to ${file}: it is a connection file this run lints`);
    }
    try {
        if ((0,external_node_fs_.statSync)(target, { throwIfNoEntry: false })?.isDirectory())
            throw Object.assign(new Error(), { code: 'EISDIR' });
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(target), { recursive: true });
        (0,external_node_fs_.writeFileSync)(target, report);
    }
    catch (error) {
        throw new OutputError(`cannot write the report to ${file} (${error.code ?? error.message})`);
    }
}
function realOrSelf(file) {
    try {
        return (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return file;
    }
}

;// CONCATENATED MODULE: ./build/src/cli/commands/lint.js










/** `bc-lint [paths]` (or `--stdin`): lint, print or write the report in the chosen format, and return the exit code. */
async function runLintCommand(options) {
    checkStdinUsage(options);
    const cwd = process.cwd();
    const today = options.today ?? (0,dates/* localToday */.j)();
    const common = { cwd, configPath: options.config, today, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives };
    (0,young_generation/* allowYoungGenerationCap */.c)(); // this process is the CLI's own: a run of many files may cap V8's young generation
    let run;
    try {
        run = options.stdin
            ? await (0,src_run/* runLintText */.W)({ ...common, text: await readStandardInput(), filePath: options.stdinFilename, fix: options.fix === 'dry-run' })
            : await (0,src_run/* runLint */.n)({ ...common, targets: options.targets, fix: options.fix, omitSource: formatters/* formatsWithoutSource */.QH.has(options.format) });
    }
    catch (error) {
        if (error instanceof OutputError)
            return failed(error);
        throw error;
    }
    const { reports, ignoredFiles } = run;
    if (reports.length === 0 && options.stdin) {
        process.stderr.write(`bc-lint: ${(0,formatters_escape/* escapeLogText */.dD)(options.stdinFilename ?? '')} is ignored by the project config; nothing was linted.\n`);
    }
    else if (reports.length === 0 && ignoredFiles.length === 0) {
        // Exit 2 only when nothing matched at all; files the config ignores are skipped silently, so a pre-commit run
        // whose only connection file is ignored passes (contract v2).
        throw new discover/* TargetNotFoundError */.n_(`no connection files found below ${cwd} (looked for bigcommerce.connection.yaml and *.bigcommerce.connection.yaml)`);
    }
    const shown = options.quiet
        ? reports.map((report) => ({ ...report, findings: report.findings.filter((f) => f.severity === 'error'), warningCount: 0, fixableWarningCount: 0 }))
        : reports;
    const format = await formatters/* formatterLoaders */.Bv[options.format]();
    let output = format(shown, createFormatContext({ cwd, color: options.outputFile === undefined && useColor(options) }));
    // Part of stylish's report, for people; the machine formats (json, sarif, github...) stay exactly their format.
    if (options.fix && options.format === 'stylish')
        output += fixList(reports, cwd, options.fix);
    if (options.outputFile === undefined)
        writeInChunks(output);
    else {
        try {
            writeReportFile(options.outputFile, output, cwd, options.stdin ? [] : reports.map((report) => report.filePath));
        }
        catch (error) {
            if (error instanceof OutputError)
                return failed(error);
            throw error;
        }
    }
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
/**
 * A report of 20,000 files is megabytes of text: written whole, it is converted to one buffer of its full size at
 * once (about 10 MB of the run's peak memory); in slices, each buffer is freed as its write completes.
 */
function writeInChunks(output) {
    const chunk = 1 << 16;
    for (let start = 0; start < output.length;) {
        let end = Math.min(output.length, start + chunk);
        // Never between the two halves of a surrogate pair (an emoji in a message), which would print as two U+FFFD.
        if (end < output.length && /[\uD800-\uDBFF]/.test(output[end - 1]))
            end--;
        process.stdout.write(output.slice(start, end));
        start = end;
    }
}
function failed(error) {
    process.stderr.write(`bc-lint: ${(0,formatters_escape/* escapeLogText */.dD)(error.message)}\n`);
    return 2;
}
/** Standard input has no paths beside it and no file to fix in place; --stdin-filename only names it. */
function checkStdinUsage(options) {
    if (options.stdinFilename !== undefined && !options.stdin)
        throw new cli_options/* UsageError */.e('--stdin-filename names standard input; give --stdin too');
    if (!options.stdin)
        return;
    if (options.targets.length > 0)
        throw new cli_options/* UsageError */.e('--stdin lints standard input; give no paths with it');
    if (options.fix === 'write')
        throw new cli_options/* UsageError */.e('--fix cannot rewrite standard input; use --fix-dry-run');
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
/**
 * What --fix changed, or --fix-dry-run would change: file, line and rule of each fix, at the place in the file as
 * it was read. Rule ids and line numbers only: no value is quoted.
 */
function fixList(reports, cwd, mode) {
    const lines = reports.flatMap((report) => {
        const file = external_node_path_.relative(cwd, report.filePath) || report.filePath;
        return (report.fixed ?? []).map((fix) => `  ${(0,formatters_escape/* showControlCharacters */.f$)(file)}:${fix.line}:${fix.column}  ${fix.ruleId}`);
    });
    if (lines.length === 0)
        return '';
    const count = `${lines.length} problem${lines.length === 1 ? '' : 's'}`;
    const heading = mode === 'write' ? `bc-lint --fix fixed ${count}:` : `bc-lint --fix-dry-run would fix ${count} (nothing was written):`;
    return `${heading}\n${lines.join('\n')}\n`;
}


/***/ }),

/***/ 4738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ escapeJsonControls),
/* harmony export */   P1: () => (/* binding */ annotationFileName),
/* harmony export */   V9: () => (/* binding */ escapeCommandData),
/* harmony export */   YG: () => (/* binding */ escapeCommandProperty),
/* harmony export */   _P: () => (/* binding */ escapeLogLine),
/* harmony export */   dD: () => (/* binding */ escapeLogText),
/* harmony export */   f$: () => (/* reexport safe */ _model_display_js__WEBPACK_IMPORTED_MODULE_0__.f$)
/* harmony export */ });
/* unused harmony export escapeHtml */
/* harmony import */ var _model_display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9529);
/**
 * Escaping for every place bc-lint prints text it did not write itself (file names, quoted keys and values):
 * terminals, GitHub Actions logs and workflow commands, and the HTML of the job summary. Output stays inert:
 * such text can never move the cursor, recolour the screen, start a workflow command or break a table.
 */


/** The same without C0, which JSON.stringify escapes inside strings and uses as layout outside them. */
const controlCharactersJsonLeavesRaw = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * A file name for an annotation's `file` property: line breaks kept, since the property escaping makes them
 * inert and the runner restores them, so the annotation still lands on the file; other control characters
 * visible, as no escaping the runner undoes can carry them.
 */
function annotationFileName(name) {
    return name.replace(_model_display_js__WEBPACK_IMPORTED_MODULE_0__/* .controlCharacters */ .Qi, (character) => (character === '\n' || character === '\r' ? character : (0,_model_display_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleEscape */ .cE)(character)));
}
/**
 * Text inside a terminal or Actions log line: control characters visible, and no `##[`, which the runner
 * reads as a legacy workflow command anywhere in a line (`##[stop-commands]` would silence every later one).
 */
function escapeLogText(text) {
    return (0,_model_display_js__WEBPACK_IMPORTED_MODULE_0__/* .showControlCharacters */ .f$)(text).replace(/##\[/g, '#\\x23[');
}
/** Text that starts a log line: also never `::`, which the runner reads as a workflow command. */
function escapeLogLine(text) {
    return escapeLogText(text).replace(/^(\s*):/, '$1\\x3a');
}
// The runner's own escaping (as @actions/core's command.ts), for the data and properties of a workflow
// command: reversible, so an annotation's file property still names the exact file.
function escapeCommandData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeCommandProperty(value) {
    return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Serialized JSON with the control characters JSON.stringify leaves raw (DEL, C1, bidi, line separators) as
 * `\uXXXX` escapes: the same JSON value, but inert when printed to a terminal. They only occur inside strings.
 */
function escapeJsonControls(json) {
    return json.replace(controlCharactersJsonLeavesRaw, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Text inside the job summary's HTML: markup characters as entities, and control characters visible, so a
 * blank line in a name cannot end the HTML block and turn the rest into Markdown.
 */
function escapeHtml(text) {
    return showControlCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}


/***/ })

};
