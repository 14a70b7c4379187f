import type { LintOptions } from './lint.js';
import { attachSecrets, Redactor } from './model/redaction.js';
import type { FileReport, Finding, Fix, Severity, SourceRange } from './model/types.js';
import type { ParsedSource } from './parse/connection-document.js';
import { applyDisableDirectives, type DisableDirective, type SuppressedFinding } from './directives/disable-directives.js';
import { allRuleMetas, ruleMetaById } from './rules/index.js';

/** A finding as the pipeline first has it: no severity chosen yet, a range not yet spread into the finding. */
export interface RawFinding {
  ruleId: string;
  range: SourceRange;
  message: string;
  severity?: Severity;
  fix?: Fix;
  fatal?: boolean;
}

/** A finding's severity: the project config's setting, else the rule's own (date-bound) choice, else its default. */
function severityOf(item: RawFinding, options: LintOptions): Severity {
  if (item.fatal) return 'error'; // a file that cannot be parsed is always an error
  const configured = options.rules?.[item.ruleId];
  return (configured !== 'off' ? configured : undefined) ?? item.severity ?? ruleMetaById.get(item.ruleId)?.defaultSeverity ?? 'error';
}

/** One file's report from its raw findings: severities set, off rules dropped, directives applied, secrets redacted. */
export function toReport(filePath: string, raw: RawFinding[], options: LintOptions, directives: DisableDirective[] = [], parsed?: ParsedSource): FileReport {
  const findings: Finding[] = [];
  for (const item of raw) {
    // An off rule's findings are dropped here, after they claimed their values; a file that cannot be parsed is
    // always reported.
    if (options.rules?.[item.ruleId] === 'off' && !item.fatal) continue;
    const severity = severityOf(item, options);
    findings.push({
      ruleId: item.ruleId,
      severity,
      message: item.message,
      ...item.range,
      ...(item.fix ? { fix: item.fix } : {}),
      ...(item.fatal ? { fatal: true } : {}),
    });
  }
  const { kept, suppressed, problems } = applyDisableDirectives(
    findings,
    directives,
    allRuleMetas.map((meta) => meta.id),
    options.reportUnusedDisableDirectives ?? false,
  );
  const shown = [...kept, ...problems].sort(byPosition);
  const report = summarize(filePath, shown, suppressed.sort(byPosition));
  return parsed ? redactedReport(report, parsed, options.omitSource ?? false) : report;
}

/**
 * The redaction boundary of one file: every message and fix passes the file's redactor, the report gets its
 * secret-free source, and the secrets travel beside the report (never in it) for the run's redactor.
 */
function redactedReport(report: FileReport, parsed: ParsedSource, omitSource: boolean): FileReport {
  const secrets = parsed.secrets;
  const values = secrets.values;
  const redacted = new Redactor(values).redactReport(report);
  if (report.findings.length > 0 && parsed.complete && !omitSource) {
    redacted.source = secrets.secretFreeText();
    if (secrets.unredactable.length > 0) {
      redacted.unredactableLines = secrets.unredactable.map(([start, end]) => {
        const range = parsed.positions.range(start, Math.max(start, end));
        return [range.line, range.endLine];
      });
    }
  }
  attachSecrets(redacted, values);
  return redacted;
}

const byPosition = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId));

export function summarize(filePath: string, findings: Finding[], suppressed: SuppressedFinding[] = []): FileReport {
  const count = (severity: Severity, fixable: boolean) => findings.filter((f) => f.severity === severity && (!fixable || f.fix !== undefined)).length;
  return {
    filePath,
    findings,
    suppressed,
    errorCount: count('error', false),
    warningCount: count('warning', false),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warning', true),
    fatalErrorCount: findings.filter((f) => f.fatal).length,
  };
}
