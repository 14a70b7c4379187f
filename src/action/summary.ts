import * as core from '@actions/core';
import { escapeHtml } from '../formatters/escape.js';
import { repoRelativePath } from '../formatters/relative-path.js';
import type { FileReport } from '../model/types.js';
import { ruleDocsUrl } from '../model/docs-url.js';
import type { Selection } from './changed-files.js';
import { plural, type Totals } from './outputs.js';

/** The runner refuses step summaries over 1 MiB; stop adding rows well before that. */
const summaryBudget = 900 * 1024;

/** Messages use Markdown code spans, which GitHub does not render inside an HTML table. */
const messageHtml = (message: string) => escapeHtml(message).replace(/`([^`]+)`/g, '<code>$1</code>');

/** The job summary: totals, what was selected and why, and a table of every finding with its rule's docs. */
export async function writeSummary(reports: readonly FileReport[], totals: Totals, selection: Selection, root: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return; // not on a runner
  const summary = core.summary.addHeading('bc-lint', 2);
  summary.addRaw(
    `<p><strong>${plural(totals.errors, 'error')}</strong> and <strong>${plural(totals.warnings, 'warning')}</strong> ` +
      `in ${plural(totals.files, 'linted file')}.</p>`,
    true,
  );
  summary.addRaw(`<p>${escapeHtml(selection.reason)}</p>`, true);

  const findings = reports.flatMap((report) => report.findings.map((finding) => ({ file: repoRelativePath(report.filePath, root), finding })));
  if (findings.length === 0) {
    await summary.write();
    return;
  }
  const header = ['File', 'Line', 'Severity', 'Rule', 'Message'].map((data) => ({ data, header: true }));
  const rows: string[][] = [];
  let size = 0;
  for (const { file, finding } of findings) {
    const rule = finding.ruleId === null ? 'bc-lint' : `<a href="${escapeHtml(ruleDocsUrl(finding.ruleId))}">${escapeHtml(finding.ruleId)}</a>`;
    const row = [`<code>${escapeHtml(file)}</code>`, `${finding.line}:${finding.column}`, finding.severity, rule, messageHtml(finding.message)];
    size += row.join('').length + 40;
    if (size > summaryBudget) break;
    rows.push(row);
  }
  summary.addTable([header, ...rows]);
  if (rows.length < findings.length) {
    summary.addRaw(
      `<p>${findings.length - rows.length} more findings do not fit in a job summary; ` +
        'see the annotations, the SARIF file or <code>bc-lint --format json</code>.</p>',
      true,
    );
  }
  await summary.write();
}
