import { escapeJsonControls } from './escape.js';
import { eslintRulesMeta, reportedRuleIds } from './eslint-rule-meta.js';
import type { Formatter } from './formatter.js';
import { toJsonResults } from './json.js';

/** ESLint's `json-with-metadata`: `{ results, metadata: { cwd, rulesMeta } }`, results as `--format json` prints them. */
export const formatJsonWithMetadata: Formatter = (reports, context) => {
  const metadata = { cwd: context.cwd, rulesMeta: eslintRulesMeta(reportedRuleIds(reports), context.rules) };
  return `${escapeJsonControls(JSON.stringify({ results: toJsonResults(reports), metadata }))}\n`;
};
