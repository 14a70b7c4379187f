import { ruleDocsUrl } from '../model/docs-url.js';
import { ruleMetaById } from '../rules/index.js';
import type { LintResult, RuleMetaData } from './types.js';

/** The metadata of every rule that reported (or had silenced) a finding in the results. */
export function rulesMetaFor(results: readonly LintResult[]): Record<string, RuleMetaData> {
  const metas: Record<string, RuleMetaData> = {};
  for (const result of results) {
    for (const { ruleId } of [...result.messages, ...result.suppressedMessages]) {
      const meta = ruleId === null ? undefined : ruleMetaById.get(ruleId);
      if (!meta || metas[meta.id]) continue;
      metas[meta.id] = {
        type: meta.defaultSeverity === 'error' ? 'problem' : 'suggestion',
        docs: { description: meta.description, url: ruleDocsUrl(meta.id) },
        ...(meta.fixable ? { fixable: 'code' as const } : {}),
      };
    }
  }
  return metas;
}
