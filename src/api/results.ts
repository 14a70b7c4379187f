import { toJsonResults } from '../formatters/json.js';
import { summarize } from '../lint-report.js';
import type { FileReport, Finding } from '../model/types.js';
import type { LintMessage, LintResult } from './types.js';

/** The pipeline's reports in the public (`--format json`) shape, plus the fixed text. */
export function toLintResults(reports: readonly FileReport[]): LintResult[] {
  const results: LintResult[] = toJsonResults(reports) as LintResult[];
  return results.map((result, index) => {
    const output = reports[index]!.output;
    return output === undefined ? result : { ...result, output };
  });
}

/** Back to the pipeline's reports, for the formatters; counts follow the messages, so filtered results stay right. */
export function toFileReports(results: readonly LintResult[]): FileReport[] {
  return results.map((result) => {
    const report = summarize(
      result.filePath,
      result.messages.map(toFinding),
      result.suppressedMessages.map((message) => ({ ...toFinding(message), justification: message.suppressions[0]?.justification ?? '' })),
    );
    if (typeof result.source !== 'string') return report;
    // The starred-out source, printed again by the JSON formats. Which lines the pipeline could not clean for
    // certain is not in the results, so fingerprints treat every line as such and hash line numbers only.
    return { ...report, source: result.source, unredactableLines: [[1, Number.MAX_SAFE_INTEGER]] as [number, number][] };
  });
}

function toFinding(message: LintMessage): Finding {
  return {
    ruleId: message.ruleId,
    severity: message.severity === 2 ? 'error' : 'warning',
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ...(message.fix ? { fix: message.fix } : {}),
    ...(message.fatal ? { fatal: true } : {}),
  };
}
