import { builtinProfiles, type IntegrationProfile } from './model/profiles.js';
import type { FileReport, Finding, Fix, Severity, SeveritySetting, SourceRange } from './model/types.js';
import { decodeSource } from './parse/decode.js';
import { parseConnectionSource, pointer, type ConnectionDocument } from './parse/connection-document.js';
import { SourcePositions } from './parse/source-positions.js';
import { domainRules, ruleMetaById } from './rules/index.js';
import { isMapping } from './rules/rule.js';
import { checkSchema, noConnectionProblem } from './rules/schema.js';

export interface LintOptions {
  /** YYYY-MM-DD used by date-bound rules. */
  today: string;
  /** Per-rule severity overrides (a project config's `rules:`). */
  rules?: Readonly<Record<string, SeveritySetting>>;
  /** Integration profiles beyond the built-in ones. */
  profiles?: readonly IntegrationProfile[];
}

interface RawFinding {
  ruleId: string;
  range: SourceRange;
  message: string;
  severity?: Severity;
  fix?: Fix;
  fatal?: boolean;
}

/** The whole pipeline for one file: bytes -> text -> YAML documents -> findings. */
export function lintSource(filePath: string, source: Uint8Array | string, options: LintOptions): FileReport {
  const decoded = typeof source === 'string' ? { ok: true as const, text: source.replace(/^\uFEFF/, '') } : decodeSource(source);
  if (!decoded.ok) {
    const positions = new SourcePositions(decoded.textBefore);
    const at = positions.range(decoded.offsetInText, decoded.offsetInText + 1);
    return toReport(filePath, [{ ruleId: 'yaml-syntax', range: at, message: decoded.reason, fatal: true }], options);
  }
  const positions = new SourcePositions(decoded.text);
  const nul = decoded.text.indexOf('\0');
  if (nul !== -1) {
    const message = 'the file contains a NUL byte; a connection file is YAML text, not binary data.';
    return toReport(filePath, [{ ruleId: 'yaml-syntax', range: positions.range(nul, nul + 1), message, fatal: true }], options);
  }

  const parsed = parseConnectionSource(positions);
  const raw: RawFinding[] = parsed.syntaxProblems.map((problem) => ({
    ruleId: 'yaml-syntax',
    range: positions.range(problem.start, Math.max(problem.end, problem.start + 1)),
    message: problem.message,
    fatal: true,
  }));
  if (!parsed.hasContent && raw.length === 0) {
    const firstLineEnd = positions.text.indexOf('\n');
    const range = positions.range(0, firstLineEnd === -1 ? positions.text.length : firstLineEnd);
    raw.push({ ruleId: 'schema', range, message: noConnectionProblem() });
  }
  const profiles = new Map(builtinProfiles.map((profile) => [profile.name, profile]));
  for (const profile of options.profiles ?? []) profiles.set(profile.name, profile);
  for (const document of parsed.documents) raw.push(...lintDocument(document, profiles, options));
  return toReport(filePath, raw, options);
}

function lintDocument(document: ConnectionDocument, profiles: ReadonlyMap<string, IntegrationProfile>, options: LintOptions): RawFinding[] {
  const findings: RawFinding[] = [];
  const covered = new Set<string>();
  const connection = document.value;
  if (isMapping(connection)) {
    const integration = connection.integration;
    const profile = typeof integration === 'string' ? profiles.get(integration) : undefined;
    for (const rule of domainRules) {
      // A rule turned off does not run, so it claims no values and the schema or a later rule may report them.
      if (options.rules?.[rule.meta.id] === 'off') continue;
      rule.check({
        document,
        connection,
        today: options.today,
        profiles,
        profile,
        report(report) {
          const subject = pointer(report.path);
          if (covered.has(subject)) return; // an earlier rule already reported this value
          covered.add(subject);
          findings.push({
            ruleId: rule.meta.id,
            range: report.on === 'key' ? document.keyRange(report.path) : document.valueRange(report.path),
            message: report.message,
            ...(report.severity ? { severity: report.severity } : {}),
            ...(report.fix ? { fix: report.fix } : {}),
          });
        },
      });
    }
  }
  for (const problem of checkSchema(document, covered)) findings.push({ ruleId: 'schema', range: problem.range, message: problem.message });
  return findings;
}

function toReport(filePath: string, raw: RawFinding[], options: LintOptions): FileReport {
  const findings: Finding[] = [];
  for (const item of raw) {
    const meta = ruleMetaById.get(item.ruleId);
    const configured = options.rules?.[item.ruleId];
    if (configured === 'off' && !item.fatal) continue; // a file that cannot be parsed is always reported
    const severity: Severity = (configured !== 'off' ? configured : undefined) ?? item.severity ?? meta?.defaultSeverity ?? 'error';
    findings.push({
      ruleId: item.ruleId,
      severity,
      message: item.message,
      ...item.range,
      ...(item.fix ? { fix: item.fix } : {}),
      ...(item.fatal ? { fatal: true } : {}),
    });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)));
  return summarize(filePath, findings);
}

export function summarize(filePath: string, findings: Finding[]): FileReport {
  const count = (severity: Severity, fixable: boolean) =>
    findings.filter((f) => f.severity === severity && (!fixable || f.fix !== undefined)).length;
  return {
    filePath,
    findings,
    errorCount: count('error', false),
    warningCount: count('warning', false),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warning', true),
    fatalErrorCount: findings.filter((f) => f.fatal).length,
  };
}
