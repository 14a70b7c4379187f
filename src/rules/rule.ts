import type { IntegrationProfile } from '../model/integration-profile.js';
import type { RuleMeta } from '../model/rule-meta.js';
import type { RunConnection } from '../model/run-connections.js';
import type { Fix, Severity } from '../model/types.js';
import type { ConnectionDocument, Path } from '../parse/connection-document.js';

export type { RuleMeta };

/** A connection as written: the root mapping of one YAML document. */
type Connection = Readonly<Record<string, unknown>>;

interface RuleReport {
  /** The value the finding is about; also the key that stops the schema check reporting it again. */
  path: Path;
  message: string;
  /** Point at the key instead of the value (for a key that is itself wrong). */
  on?: 'value' | 'key';
  fix?: Fix;
  /** Overrides the rule's default severity (date-bound rules); a configured severity still wins. */
  severity?: Severity;
}

interface RuleContext {
  readonly document: ConnectionDocument;
  readonly connection: Connection;
  /** YYYY-MM-DD, for date-bound rules. */
  readonly today: string;
  readonly profiles: ReadonlyMap<string, IntegrationProfile>;
  /** The declared integration profile, when the connection names a known one. */
  readonly profile: IntegrationProfile | undefined;
  /** The file being linted, as the run names it. */
  readonly filePath: string;
  /** Connections linted before this one in the same run: earlier files (in sorted order), then earlier documents. */
  readonly earlierConnections: Iterable<RunConnection>;
  report(report: RuleReport): void;
}

/** A domain rule: runs on each connection whose root is a mapping. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Plain-object test for YAML mappings turned into data. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** The words paired with the first pattern that matches the value. */
export function firstMatch(value: string, table: ReadonlyArray<readonly [RegExp, string]>): string | undefined {
  return table.find(([pattern]) => pattern.test(value))?.[1];
}
