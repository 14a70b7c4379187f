import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { formatSarif } from '../formatters/sarif.js';
import { repoRelativePath } from '../formatters/relative-path.js';
import type { FileReport } from '../model/types.js';
import { runLint } from '../run.js';
import { annotate } from './annotations.js';
import { selectTargets, type Selection } from './changed-files.js';
import { readInputs } from './inputs.js';
import { failureMessage, plural, setOutputs, totalsOf } from './outputs.js';
import { maskSecrets, redactReports } from './secrets.js';
import { writeSummary } from './summary.js';

/** The GitHub Action: the CLI's lint run, reported as annotations, a job summary, outputs and SARIF. */
export async function run(): Promise<void> {
  const inputs = readInputs();
  // Paths in inputs, in the pull request and in annotations are all relative to the repository checkout.
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const selection = await selectTargets(inputs, workspace, github.context);
  const nothingSelected = !selection.everything && selection.targets.length === 0;
  const { reports: found } = nothingSelected
    ? { reports: [] }
    : await runLint({ cwd: workspace, targets: selection.targets, configPath: inputs.config, today: inputs.today });

  // Masks first: from here on the log may show findings, and nothing before this line printed file contents.
  const reports = redactReports(found, maskSecrets(found.map((report) => report.filePath)));

  logSelection(selection, reports, workspace);
  if (reports.length === 0) {
    if (nothingSelected) core.notice('No connection file changed in this pull request, so there was nothing to lint.', { title: 'bc-lint' });
    else core.warning('No connection files found (bigcommerce.connection.yaml, *.bigcommerce.connection.yaml).', { title: 'bc-lint' });
  }
  annotate(reports, workspace);

  let sarifFile: string | undefined;
  if (inputs.sarifFile) {
    sarifFile = path.resolve(workspace, inputs.sarifFile);
    await mkdir(path.dirname(sarifFile), { recursive: true });
    await writeFile(sarifFile, formatSarif(reports, { cwd: workspace, color: false }));
    core.info(`SARIF written to ${repoRelativePath(sarifFile, workspace)}.`);
  }

  const totals = totalsOf(reports);
  await writeSummary(reports, totals, selection, workspace);
  setOutputs(totals, sarifFile);
  const failure = failureMessage(totals, inputs.failOn);
  if (failure) core.setFailed(failure);
  else core.info(`bc-lint: ${plural(totals.errors, 'error')} and ${plural(totals.warnings, 'warning')} in ${plural(totals.files, 'file')} (fail-on: ${inputs.failOn}).`);
}

function logSelection(selection: Selection, reports: readonly FileReport[], workspace: string): void {
  core.info(selection.reason);
  const { removed, missing, notLintable } = selection.skipped;
  const leftOut = removed.length + missing.length + notLintable.length;
  core.startGroup(`Linting ${plural(reports.length, 'file')}${selection.everything ? '' : `; left out ${plural(leftOut, 'changed file')}`}`);
  for (const report of reports) core.info(`lint: ${repoRelativePath(report.filePath, workspace)}`);
  for (const file of removed) core.info(`skip, removed by the pull request: ${file}`);
  for (const file of missing) core.info(`skip, not in the checkout: ${file}`);
  for (const file of notLintable) core.info(`skip, not a file to lint: ${file}`);
  core.endGroup();
}
