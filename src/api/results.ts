import { toJsonResults } from '../formatters/json.js';
import { summarize } from '../lint.js';
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
    // The secret-free source the pipeline made, for the formatters that show it (json).
    return result.source === undefined ? report : { ...report, source: result.source };
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
