import path from 'node:path';
import { createFormatContext } from '../../format-context.js';
import { formatsWithoutSource, formatterLoaders } from '../../formatters/index.js';
import { TargetNotFoundError } from '../../files/discover.js';
import { escapeLogText, showControlCharacters } from '../../formatters/escape.js';
import { allowYoungGenerationCap } from '../../parallel/young-generation.js';
import { runLint, runLintText, type RunResult } from '../../run.js';
import { localToday } from '../../model/dates.js';
import type { FileReport } from '../../model/types.js';
import { UsageError, type CliOptions } from '../options.js';
import { OutputError, readStandardInput, writeReportFile } from './lint-io.js';

/** `bc-lint [paths]` (or `--stdin`): lint, print or write the report in the chosen format, and return the exit code. */
export async function runLintCommand(options: CliOptions): Promise<number> {
  checkStdinUsage(options);
  const cwd = process.cwd();
  const today = options.today ?? localToday();
  const common = { cwd, configPath: options.config, today, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives };
  allowYoungGenerationCap(); // this process is the CLI's own: a run of many files may cap V8's young generation
  let run: RunResult;
  try {
    run = options.stdin
      ? await runLintText({ ...common, text: await readStandardInput(), filePath: options.stdinFilename, fix: options.fix === 'dry-run' })
      : await runLint({ ...common, targets: options.targets, fix: options.fix, omitSource: formatsWithoutSource.has(options.format) });
  } catch (error) {
    if (error instanceof OutputError) return failed(error);
    throw error;
  }
  const { reports, ignoredFiles } = run;
  if (reports.length === 0 && options.stdin) {
    process.stderr.write(`bc-lint: ${escapeLogText(options.stdinFilename ?? '')} is ignored by the project config; nothing was linted.\n`);
  } else if (reports.length === 0 && ignoredFiles.length === 0) {
    // Exit 2 only when nothing matched at all; files the config ignores are skipped silently, so a pre-commit run
    // whose only connection file is ignored passes (contract v2).
    throw new TargetNotFoundError(`no connection files found below ${cwd} (looked for bigcommerce.connection.yaml and *.bigcommerce.connection.yaml)`);
  }
  const shown = options.quiet
    ? reports.map((report) => ({ ...report, findings: report.findings.filter((f) => f.severity === 'error'), warningCount: 0, fixableWarningCount: 0 }))
    : reports;
  const format = await formatterLoaders[options.format]!();
  let output = format(shown, createFormatContext({ cwd, color: options.outputFile === undefined && useColor(options) }));
  // Part of stylish's report, for people; the machine formats (json, sarif, github...) stay exactly their format.
  if (options.fix && options.format === 'stylish') output += fixList(reports, cwd, options.fix);
  if (options.outputFile === undefined) writeInChunks(output);
  else {
    try {
      writeReportFile(options.outputFile, output, cwd, options.stdin ? [] : reports.map((report) => report.filePath));
    } catch (error) {
      if (error instanceof OutputError) return failed(error);
      throw error;
    }
  }

  const errors = shown.reduce((sum, report) => sum + report.errorCount, 0);
  const warnings = shown.reduce((sum, report) => sum + report.warningCount, 0);
  if (errors > 0) return 1;
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
function writeInChunks(output: string): void {
  const chunk = 1 << 16;
  for (let start = 0; start < output.length;) {
    let end = Math.min(output.length, start + chunk);
    // Never between the two halves of a surrogate pair (an emoji in a message), which would print as two U+FFFD.
    if (end < output.length && /[\uD800-\uDBFF]/.test(output[end - 1]!)) end--;
    process.stdout.write(output.slice(start, end));
    start = end;
  }
}

function failed(error: OutputError): number {
  process.stderr.write(`bc-lint: ${escapeLogText(error.message)}\n`);
  return 2;
}

/** Standard input has no paths beside it and no file to fix in place; --stdin-filename only names it. */
function checkStdinUsage(options: CliOptions): void {
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename names standard input; give --stdin too');
  if (!options.stdin) return;
  if (options.targets.length > 0) throw new UsageError('--stdin lints standard input; give no paths with it');
  if (options.fix === 'write') throw new UsageError('--fix cannot rewrite standard input; use --fix-dry-run');
}

export function useColor(options: CliOptions): boolean {
  if (options.color !== undefined) return options.color;
  // As Node's own colour detection: FORCE_COLOR decides when set ('', 1, 2, 3 or true: on; 0, false or else: off).
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force);
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

/**
 * What --fix changed, or --fix-dry-run would change: file, line and rule of each fix, at the place in the file as
 * it was read. Rule ids and line numbers only: no value is quoted.
 */
function fixList(reports: readonly FileReport[], cwd: string, mode: 'write' | 'dry-run'): string {
  const lines = reports.flatMap((report) => {
    const file = path.relative(cwd, report.filePath) || report.filePath;
    return (report.fixed ?? []).map((fix) => `  ${showControlCharacters(file)}:${fix.line}:${fix.column}  ${fix.ruleId}`);
  });
  if (lines.length === 0) return '';
  const count = `${lines.length} problem${lines.length === 1 ? '' : 's'}`;
  const heading = mode === 'write' ? `bc-lint --fix fixed ${count}:` : `bc-lint --fix-dry-run would fix ${count} (nothing was written):`;
  return `${heading}\n${lines.join('\n')}\n`;
}
