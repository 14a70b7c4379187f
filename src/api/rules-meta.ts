import { formatRules } from '../format-context.js';
import { eslintRulesMeta } from '../formatters/eslint-rule-meta.js';
import type { LintResult, RuleMetaData } from './types.js';

/** The metadata of every rule that reported (or had silenced) a finding in the results; the same as json-with-metadata's. */
export function rulesMetaFor(results: readonly LintResult[]): Record<string, RuleMetaData> {
  const ruleIds = results.flatMap((result) => [...result.messages, ...result.suppressedMessages].map((message) => message.ruleId));
  return eslintRulesMeta(ruleIds, formatRules());
}
