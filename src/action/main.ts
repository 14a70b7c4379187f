import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { createFormatContext } from '../format-context.js';
import { formatSarif } from '../formatters/sarif.js';
import { escapeLogText } from '../formatters/escape.js';
import { repoRelativePath } from '../formatters/relative-path.js';
import { Redactor } from '../model/redaction.js';
import { runLint } from '../run.js';
import { annotate } from './annotations.js';
import { listPullRequestFiles, selectTargets, type ListPullRequestFiles, type PullRequestFiles } from './changed-files.js';
import { readInputs } from './inputs.js';
import { failureMessage, logSelection, plural, setOutputs, totalsOf } from './outputs.js';
import { refuseLintedSarifFile, resolveSarifFile, writeSarifFile } from './sarif-file.js';
import { maskSecrets } from './secrets.js';
import { postSuggestions } from './suggestions.js';
import { writeSummary } from './summary.js';

/** The GitHub Action: the CLI's lint run, reported as annotations, a job summary, outputs and SARIF. */
export async function run(): Promise<void> {
  const inputs = readInputs();
  // Paths in inputs, in the pull request and in annotations are all relative to the repository checkout.
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const sarifFile = inputs.sarifFile === undefined ? undefined : resolveSarifFile(inputs.sarifFile, workspace);
  // only-changed and suggestions read the same listing of the pull request's files: it is fetched once.
  let listing: Promise<PullRequestFiles> | undefined;
  const listFiles: ListPullRequestFiles = (...request) => (listing ??= listPullRequestFiles(...request));
  const selection = await selectTargets(inputs, workspace, github.context, listFiles);
  const nothingSelected = !selection.everything && selection.targets.length === 0;
  const { reports, ignoredFiles, redactor } = nothingSelected
    ? { reports: [], ignoredFiles: [], redactor: new Redactor([]) }
    : await runLint({
        cwd: workspace,
        targets: selection.targets,
        resolvedTargets: selection.everything ? undefined : selection.resolved,
        configPath: inputs.config,
        today: inputs.today,
      });
  if (sarifFile)
    refuseLintedSarifFile(
      sarifFile,
      reports.map((report) => report.filePath),
      workspace,
    );

  // Masks first: from here on the log may show findings, and nothing before this line printed file contents.
  // The reports are already redacted by the run; the runner's masking guards every other line of the log.
  maskSecrets(redactor);

  logSelection(selection, reports, workspace, ignoredFiles);
  if (reports.length === 0) {
    if (nothingSelected) core.notice('No connection file changed in this pull request, so there was nothing to lint.', { title: 'bc-lint' });
    else if (ignoredFiles.length > 0) {
      core.notice(
        `Every connection file found (${plural(ignoredFiles.length, 'file')}) is ignored by the project config's \`ignore\`, so there was nothing to lint.`,
        { title: 'bc-lint' },
      );
    } else core.warning('No connection files found (bigcommerce.connection.yaml, *.bigcommerce.connection.yaml).', { title: 'bc-lint' });
  }
  annotate(reports, workspace);

  if (sarifFile) {
    await writeSarifFile(sarifFile, formatSarif(reports, createFormatContext({ cwd: workspace, color: false })));
    core.info(`SARIF written to ${escapeLogText(repoRelativePath(sarifFile, workspace))}.`);
  }

  const totals = totalsOf(reports);
  await writeSummary(reports, totals, selection, workspace);
  setOutputs(totals, sarifFile);
  if (inputs.suggestions) {
    await postSuggestions({ reports, redactor, workspace, context: github.context, token: inputs.githubToken, listFiles });
  }
  const failure = failureMessage(totals, inputs.failOn);
  if (failure) core.setFailed(failure);
  else
    core.info(
      `bc-lint: ${plural(totals.errors, 'error')} and ${plural(totals.warnings, 'warning')} in ${plural(totals.files, 'file')} (fail-on: ${inputs.failOn}).`,
    );
}
