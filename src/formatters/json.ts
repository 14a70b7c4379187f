import type { FileReport, Finding } from '../model/types.js';
import { escapeJsonControls } from './escape.js';
import type { Formatter } from './formatter.js';

const toMessage = (finding: Finding) => ({
  ruleId: finding.ruleId,
  severity: finding.severity === 'error' ? 2 : 1,
  ...(finding.fatal ? { fatal: true } : {}),
  message: finding.message,
  line: finding.line,
  column: finding.column,
  nodeType: null,
  endLine: finding.endLine,
  endColumn: finding.endColumn,
  ...(finding.fix ? { fix: finding.fix } : {}),
});

/**
 * ESLint's JSON formatter shape, so tools built for ESLint output can read it. `source` is the pipeline's
 * secret-free text (every secret character starred out), present as in ESLint when the file has findings.
 */
export const formatJson: Formatter = (reports) => escapeJsonControls(JSON.stringify(toJsonResults(reports))) + '\n';

/** The results as ESLint's JSON formatter prints them; also the API's results. */
export const toJsonResults = (reports: readonly FileReport[]) =>
  reports.map((report) => ({
    filePath: report.filePath,
    messages: report.findings.map(toMessage),
    suppressedMessages: report.suppressed.map((finding) => ({
      ...toMessage(finding),
      suppressions: [{ kind: 'directive', justification: finding.justification }],
    })),
    errorCount: report.errorCount,
    fatalErrorCount: report.fatalErrorCount,
    warningCount: report.warningCount,
    fixableErrorCount: report.fixableErrorCount,
    fixableWarningCount: report.fixableWarningCount,
    ...(report.source !== undefined ? { source: report.source } : {}),
    usedDeprecatedRules: [],
  }));
