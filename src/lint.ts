import type { IntegrationProfile } from './model/integration-profile.js';
import { builtinProfiles } from './model/profiles.js';
import { minMaskedLength } from './model/redaction.js';
import { attachRunConnections, type RunConnection } from './model/run-connections.js';
import type { FileReport, SeveritySetting } from './model/types.js';
import { decodeSource, stripBom } from './parse/decode.js';
import { parseConnectionSource, pointer, type ConnectionDocument, type ParsedSource, type Path } from './parse/connection-document.js';
import { SourcePositions } from './parse/source-positions.js';
import { findDisableDirectives } from './directives/disable-directives.js';
import { toReport, type RawFinding } from './lint-report.js';
import { runConnectionOf } from './rules/client-id-reuse.js';
import { domainRules } from './rules/index.js';
import { isMapping } from './rules/rule.js';
import { checkSchema, noConnectionProblem } from './rules/schema.js';

export interface LintOptions {
  /** YYYY-MM-DD used by date-bound rules. */
  today: string;
  /** Per-rule severity overrides (a project config's `rules:`). */
  rules?: Readonly<Record<string, SeveritySetting>>;
  /** Integration profiles beyond the built-in ones. */
  profiles?: readonly IntegrationProfile[];
  /** Report disable directives that suppress nothing. */
  reportUnusedDisableDirectives?: boolean;
  /**
   * Leave out each report's `source` (and unredactableLines): for a format that never prints them (stylish, github),
   * so a run of many files does not keep every file's text until it is formatted.
   */
  omitSource?: boolean;
  /** Connections of the files linted before this one in the same run (see lintFiles). */
  earlierConnections?: readonly RunConnection[];
}

/** The whole pipeline for one file: bytes -> text -> YAML documents -> findings. */
export function lintSource(filePath: string, source: Uint8Array | string, options: LintOptions): FileReport {
  const decoded = typeof source === 'string' ? { ok: true as const, text: stripBom(source) } : decodeSource(source);
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
  const connections: RunConnection[] = [];
  for (const document of parsed.documents) {
    raw.push(...lintDocument(document, profiles, options, parsed, filePath, earlierInRun(options.earlierConnections ?? [], connections)));
    const connection = runConnectionOf(filePath, document);
    if (connection) connections.push(connection);
  }
  const report = toReport(filePath, raw, options, findDisableDirectives(positions, parsed.comments), parsed);
  attachRunConnections(report, connections);
  return report;
}

/** The run's earlier files' connections, then this file's earlier documents', without copying the run's list. */
function earlierInRun(earlierFiles: readonly RunConnection[], earlierDocuments: readonly RunConnection[]): Iterable<RunConnection> {
  const documents = earlierDocuments.slice();
  return {
    *[Symbol.iterator]() {
      yield* earlierFiles;
      yield* documents;
    },
  };
}

function lintDocument(
  document: ConnectionDocument,
  profiles: ReadonlyMap<string, IntegrationProfile>,
  options: LintOptions,
  parsed: ParsedSource,
  filePath: string,
  earlierConnections: Iterable<RunConnection>,
): RawFinding[] {
  // One problem, one finding (contract v2): the first rule in table order to report a value owns it. Every rule runs,
  // even one turned off, so that its values stay claimed: its findings are dropped later (toReport), and no later
  // rule, nor the schema, reports those values instead. A rule's setting thus acts on all findings about its values.
  const claimed = new Map<string, RawFinding>();
  const connection = document.value;
  if (isMapping(connection)) {
    const integration = connection.integration;
    const profile = typeof integration === 'string' ? profiles.get(integration) : undefined;
    for (const rule of domainRules) {
      rule.check({
        document,
        connection,
        today: options.today,
        profiles,
        profile,
        filePath,
        earlierConnections,
        report(report) {
          const subject = pointer(report.path);
          if (claimed.has(subject)) return; // an earlier rule (or this rule's first report) owns the value
          // A value that is (through an anchor or alias) a secret: the finding quotes no part of it and fixes nothing.
          const secretForms = secretFormsAt(document, report.path, parsed);
          claimed.set(subject, {
            ruleId: rule.meta.id,
            range: report.on === 'key' ? document.keyRange(report.path) : document.valueRange(report.path),
            message: secretForms ? withoutQuotedParts(report.message, secretForms) : report.message,
            ...(report.severity ? { severity: report.severity } : {}),
            ...(report.fix && !secretForms ? { fix: report.fix } : {}),
          });
        },
      });
    }
  }
  const findings = [...claimed.values()];
  for (const problem of checkSchema(document, new Set(claimed.keys()))) {
    findings.push({ ruleId: 'schema', range: problem.range, message: problem.message });
  }
  return findings;
}

function secretFormsAt(document: ConnectionDocument, path: Path, parsed: ParsedSource): readonly string[] | undefined {
  const node = document.resolvedNode(path);
  return node === undefined ? undefined : parsed.secrets.nodes.get(node);
}

/**
 * The message with every quoted (`...`) span that is part of the secret, or holds it, masked. A rule may quote a
 * part of a value (the store hash inside a pasted path), which masking whole values would not catch.
 */
function withoutQuotedParts(message: string, forms: readonly string[]): string {
  return message.replace(/`([^`]*)`/g, (quoted, inner: string) =>
    forms.some((form) => form.includes(inner) || (form.length >= minMaskedLength && inner.includes(form))) ? '`***`' : quoted,
  );
}
