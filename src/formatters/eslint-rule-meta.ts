import type { FileReport } from '../model/types.js';
import type { FormatRule } from './formatter.js';

/** A rule's metadata in ESLint's rule `meta` shape, for tools built for ESLint. */
export interface EslintRuleMeta {
  /** `problem` for rules that report an error by default, `suggestion` for those that warn. */
  type: 'problem' | 'suggestion';
  docs: { description: string; url: string };
  /** `code` when the rule's findings carry fixes. */
  fixable?: 'code';
}

function toEslintRuleMeta(rule: FormatRule): EslintRuleMeta {
  return {
    type: rule.defaultSeverity === 'error' ? 'problem' : 'suggestion',
    docs: { description: rule.description, url: rule.docsUrl },
    ...(rule.fixable ? { fixable: 'code' as const } : {}),
  };
}

/**
 * ESLint's `rulesMeta` (as `getRulesMetaForResults` gives it): the metadata of every rule that reported or had
 * a silenced finding, keyed by rule ID, in the order the rules first appear.
 */
export function eslintRulesMeta(ruleIds: Iterable<string | null>, rules: readonly FormatRule[]): Record<string, EslintRuleMeta> {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const metas: Record<string, EslintRuleMeta> = {};
  for (const ruleId of ruleIds) {
    const rule = ruleId === null ? undefined : byId.get(ruleId);
    if (rule && !Object.hasOwn(metas, rule.id)) metas[rule.id] = toEslintRuleMeta(rule);
  }
  return metas;
}

/** The rule IDs of every finding and silenced finding of the reports. */
export function* reportedRuleIds(reports: readonly FileReport[]): Generator<string | null> {
  for (const report of reports) for (const finding of [...report.findings, ...report.suppressed]) yield finding.ruleId;
}
