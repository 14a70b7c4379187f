import { packageInfo } from '../generated/package-info.js';

/**
 * Where a rule's documentation page lives: docs/rules/<id>.md at this release's tag, so a link printed by an
 * older bc-lint still shows the rule as that version checks it.
 */
export function ruleDocsUrl(ruleId: string): string {
  return `${packageInfo.repositoryUrl}/blob/v${packageInfo.version}/docs/rules/${ruleId}.md`;
}
