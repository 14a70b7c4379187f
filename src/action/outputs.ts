import * as core from '@actions/core';
import { escapeLogText } from '../formatters/escape.js';
import { repoRelativePath } from '../formatters/relative-path.js';
import type { FileReport } from '../model/types.js';
import type { Selection } from './changed-files.js';
import type { FailOn } from './inputs.js';

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
}

export function totalsOf(reports: readonly FileReport[]): Totals {
  return {
    files: reports.length,
    errors: reports.reduce((sum, report) => sum + report.errorCount, 0),
    warnings: reports.reduce((sum, report) => sum + report.warningCount, 0),
  };
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function setOutputs(totals: Totals, sarifFile: string | undefined): void {
  core.setOutput('errors', totals.errors);
  core.setOutput('warnings', totals.warnings);
  core.setOutput('files', totals.files);
  core.setOutput('sarif-file', sarifFile ?? '');
}

/** Why the step fails under fail-on, or undefined when it passes. */
export function failureMessage(totals: Totals, failOn: FailOn): string | undefined {
  const failing = failOn === 'error' ? totals.errors > 0 : failOn === 'warning' ? totals.errors + totals.warnings > 0 : false;
  if (!failing) return undefined;
  return `bc-lint found ${plural(totals.errors, 'error')} and ${plural(totals.warnings, 'warning')} in ${plural(totals.files, 'file')} (fail-on: ${failOn}).`;
}

/**
 * What was selected and why, in a log group. Names come from the checkout and the pull request: escaped, so a
 * name with a newline and `::` cannot start a workflow command.
 */
export function logSelection(selection: Selection, reports: readonly FileReport[], workspace: string, ignored: readonly string[] = []): void {
  core.info(escapeLogText(selection.reason));
  const { removed, missing, notLintable } = selection.skipped;
  const leftOut = removed.length + missing.length + notLintable.length;
  core.startGroup(`Linting ${plural(reports.length, 'file')}${selection.everything ? '' : `; left out ${plural(leftOut, 'changed file')}`}`);
  for (const report of reports) core.info(`lint: ${escapeLogText(repoRelativePath(report.filePath, workspace))}`);
  for (const file of removed) core.info(`skip, removed by the pull request: ${escapeLogText(file)}`);
  for (const file of missing) core.info(`skip, not in the checkout: ${escapeLogText(file)}`);
  for (const file of notLintable) core.info(`skip, not a file to lint: ${escapeLogText(file)}`);
  for (const file of ignored) core.info(`skip, ignored by the project config: ${escapeLogText(repoRelativePath(file, workspace))}`);
  core.endGroup();
}

/** The step's failure message for an error, on one inert line. */
export function errorMessage(error: unknown): string {
  return `bc-lint: ${escapeLogText(error instanceof Error ? error.message : String(error))}`;
}
