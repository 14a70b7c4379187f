import * as core from '@actions/core';
import type { FileReport } from '../model/types.js';
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
