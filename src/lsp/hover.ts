import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { ruleDocsUrl } from '../model/docs-url.js';
import { ruleMetaById } from '../rules/index.js';
import type { ShownFinding } from './document-linter.js';
import { rangeContains } from './lint-positions.js';

/**
 * The rules of the findings under the cursor: description, documentation and link, in Markdown. Only rule metadata
 * is shown, never the document's text, so a hover holds no secret.
 */
export function hoverAt(findings: readonly ShownFinding[], position: Position): Hover | null {
  const under = findings.filter((shown) => shown.finding.ruleId !== null && rangeContains(shown.diagnostic.range, position));
  const rules = [...new Set(under.map((shown) => shown.finding.ruleId!))];
  const sections = rules.flatMap((rule) => {
    const meta = ruleMetaById.get(rule);
    if (!meta) return [];
    return [`**bc-lint \`${rule}\`**: ${meta.description}\n\n${meta.docs}\n\n[Documentation of ${rule}](${ruleDocsUrl(rule)})`];
  });
  if (sections.length === 0) return null;
  const ranges = under.map((shown) => shown.diagnostic.range);
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    ...(ranges.length === 1 ? { range: ranges[0]! } : {}),
  };
}
