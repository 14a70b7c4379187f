import path from 'node:path';
import { escapeLogLine, escapeLogText } from './escape.js';
import type { FormatContext, Formatter } from './formatter.js';

const codes = { red: [31, 39], yellow: [33, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof codes;

function painter(enabled: boolean) {
  return (style: Style, text: string) => (enabled ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** ESLint's stylish layout: findings grouped by file, then a summary line. */
export const formatStylish: Formatter = (reports, context: FormatContext) => {
  const paint = painter(context.color);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  const rulesSeen = new Set<string>();
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    errors += report.errorCount;
    warnings += report.warningCount;
    fixableErrors += report.fixableErrorCount;
    fixableWarnings += report.fixableWarningCount;
    // Names and messages may hold control characters or workflow-command text: shown escaped, never acted on.
    lines.push(paint('underline', escapeLogLine(path.relative(context.cwd, report.filePath) || report.filePath)));
    const rows = report.findings.map((finding) => ({
      position: `${finding.line}:${finding.column}`,
      severity: finding.severity,
      message: escapeLogText(finding.message),
      ruleId: finding.ruleId ?? '',
    }));
    const positionWidth = Math.max(...rows.map((row) => row.position.length));
    for (const finding of report.findings) if (finding.ruleId) rulesSeen.add(finding.ruleId);
    for (const row of rows) {
      const severity = row.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
      lines.push(`  ${paint('dim', row.position.padEnd(positionWidth))}  ${severity}  ${row.message}  ${paint('dim', row.ruleId)}`);
    }
    lines.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  lines.push(paint('bold', errors > 0 ? paint('red', summary) : paint('yellow', summary)));
  if (fixableErrors + fixableWarnings > 0) {
    lines.push(paint('bold', `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`));
  }
  const docsUrls = new Map(context.rules.map((rule) => [rule.id, rule.docsUrl]));
  const documented = [...rulesSeen].filter((id) => docsUrls.has(id)).sort();
  const ruleWidth = Math.max(0, ...documented.map((id) => id.length));
  lines.push('', 'Rule docs:', ...documented.map((id) => `  ${id.padEnd(ruleWidth)}  ${paint('dim', docsUrls.get(id)!)}`));
  return lines.join('\n') + '\n';
};
