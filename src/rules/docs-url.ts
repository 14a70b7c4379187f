import { packageInfo } from '../generated/package-info.js';

/** Where a rule's documentation page lives (docs/rules/<id>.md in the repository). */
export function ruleDocsUrl(ruleId: string): string {
  return `${packageInfo.repositoryUrl}/blob/main/docs/rules/${ruleId}.md`;
}
