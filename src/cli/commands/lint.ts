import path from 'node:path';
import { showControlCharacters } from '../../formatters/escape.js';
import { formatterLoaders } from '../../formatters/index.js';
import { TargetNotFoundError } from '../../files/discover.js';
import { runLint } from '../../run.js';
import { localToday } from '../../model/dates.js';
import type { FileReport } from '../../model/types.js';
import type { CliOptions } from '../options.js';

/** `bc-lint [paths]`: lint, print in the chosen format, and return the exit code. */
export async function runLintCommand(options: CliOptions): Promise<number> {
  const cwd = process.cwd();
  const { reports, ignoredFiles } = await runLint({
    cwd,
    targets: options.targets,
    configPath: options.config,
    today: options.today ?? localToday(),
    fix: options.fix,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
  });
  // Exit 2 only when nothing matched at all; files the config ignores are skipped silently, so a pre-commit run
  // whose only connection file is ignored passes (contract v2).
  if (reports.length === 0 && ignoredFiles.length === 0) {
    throw new TargetNotFoundError(`no connection files found below ${cwd} (looked for bigcommerce.connection.yaml and *.bigcommerce.connection.yaml)`);
  }
  const shown = options.quiet
    ? reports.map((report) => ({ ...report, findings: report.findings.filter((f) => f.severity === 'error'), warningCount: 0, fixableWarningCount: 0 }))
    : reports;
  const format = await formatterLoaders[options.format]!();
  process.stdout.write(format(shown, { cwd, color: useColor(options) }));
  // Part of stylish's report, for people; the machine formats (json, sarif, github) stay exactly their format.
  if (options.fix && options.format === 'stylish') process.stdout.write(fixList(reports, cwd, options.fix));

  const errors = shown.reduce((sum, report) => sum + report.errorCount, 0);
  const warnings = shown.reduce((sum, report) => sum + report.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    process.stderr.write(`bc-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

export function useColor(options: CliOptions): boolean {
  if (options.color !== undefined) return options.color;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
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
