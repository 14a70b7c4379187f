#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { resolveTargets, TargetNotFoundError } from '../files/discover.js';
import { formatterLoaders } from '../formatters/index.js';
import { packageInfo } from '../generated/package-info.js';
import { lintFiles } from '../lint-files.js';
import { allRuleMetas } from '../rules/index.js';
import { helpText, localToday, parseCliArguments, UsageError, type CliOptions } from './options.js';

async function main(argv: readonly string[]): Promise<number> {
  const options = parseCliArguments(argv);
  switch (options.command) {
    case 'help':
      process.stdout.write(helpText);
      return 0;
    case 'version':
      process.stdout.write(`${packageInfo.version}\n`);
      return 0;
    case 'rules':
      process.stdout.write(rulesTable());
      return 0;
    case 'lint':
      return lint(options);
  }
}

async function lint(options: CliOptions): Promise<number> {
  const cwd = process.cwd();
  const files = await resolveTargets(options.targets, cwd);
  if (files.length === 0) {
    throw new TargetNotFoundError(`no connection files found below ${cwd} (looked for bigcommerce.connection.yaml and *.bigcommerce.connection.yaml)`);
  }
  const reports = await lintFiles(files, { today: options.today ?? localToday() }, (file) => readFile(file));
  const shown = options.quiet
    ? reports.map((report) => ({ ...report, findings: report.findings.filter((f) => f.severity === 'error'), warningCount: 0, fixableWarningCount: 0 }))
    : reports;
  const format = await formatterLoaders[options.format]!();
  process.stdout.write(format(shown, { cwd, color: useColor(options) }));

  const errors = shown.reduce((sum, report) => sum + report.errorCount, 0);
  const warnings = shown.reduce((sum, report) => sum + report.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    process.stderr.write(`bc-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function useColor(options: CliOptions): boolean {
  if (options.color !== undefined) return options.color;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

function rulesTable(): string {
  const width = Math.max(...allRuleMetas.map((meta) => meta.id.length));
  const rows = allRuleMetas.map(
    (meta) => `${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.fixable ? 'fixable' : '       '}  ${meta.description}`,
  );
  return `${'rule'.padEnd(width)}  default  fix      description\n${rows.join('\n')}\n`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof TargetNotFoundError;
    process.stderr.write(`bc-lint: ${known ? '' : 'internal error: '}${(error as Error)?.message ?? String(error)}\n`);
    if (!known && process.env.BC_LINT_DEBUG) process.stderr.write(`${(error as Error)?.stack}\n`);
    process.exitCode = 2;
  },
);
