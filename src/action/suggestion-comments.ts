/** The review comments' text: the marker that ties a comment to its finding, and the Markdown around a suggestion. */
import { showControlCharacters } from '../formatters/escape.js';
import { ruleDocsUrl } from '../model/docs-url.js';
import type { Finding } from '../model/types.js';

const markerPattern = /^<!-- bc-lint(-resolved)?:([a-z0-9-]+):([0-9a-f]{16}) -->/;

/** A review comment's bc-lint marker, if its body starts with one; `resolved` for one already marked fixed. */
export function readMarker(body: string): { marker: string; resolved: boolean } | undefined {
  const match = markerPattern.exec(body);
  return match ? { marker: `${match[2]}:${match[3]}`, resolved: match[1] !== undefined } : undefined;
}

/** The body of a review comment: marker, rule with its docs link, message, and the suggested lines. */
export function commentBody(marker: string, finding: Finding & { ruleId: string }, fixed: string[]): string {
  const longestRun = Math.max(0, ...fixed.map((line) => Math.max(0, ...[...line.matchAll(/`+/g)].map((run) => run[0].length))));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return [
    `<!-- bc-lint:${marker} -->`,
    `**bc-lint** [\`${finding.ruleId}\`](${ruleDocsUrl(finding.ruleId)}) (${finding.severity}): ${markdownMessage(finding.message)}`,
    '',
    `${fence}suggestion`,
    ...fixed,
    fence,
  ].join('\n');
}

/** A resolved comment's body: the marker kept (as resolved, so a later run knows it), the suggestion removed. */
export function resolvedBody(marker: string, headSha: string): string {
  const ruleId = marker.split(':')[0]!;
  return [
    `<!-- bc-lint-resolved:${marker} -->`,
    `**bc-lint** [\`${ruleId}\`](${ruleDocsUrl(ruleId)}): resolved in ${headSha}; bc-lint no longer reports this finding here.`,
  ].join('\n');
}

/**
 * A message as Markdown: its code spans kept, and outside them the characters that would start HTML, a link,
 * emphasis, a mention or a table escaped, so a message renders as the text it is.
 */
function markdownMessage(message: string): string {
  return showControlCharacters(message)
    .split(/(`[^`\n]+`)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/@/g, '&#64;')
            .replace(/[\\*_[\]|~]/g, '\\$&'),
    )
    .join('');
}
