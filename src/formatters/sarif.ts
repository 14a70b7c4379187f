import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageInfo } from '../generated/package-info.js';
import type { FileReport, Finding } from '../model/types.js';
import { ruleDocsUrl } from '../model/docs-url.js';
import { allRuleMetas } from '../rules/index.js';
import type { RuleMeta } from '../rules/rule.js';
import { escapeJsonControls } from './escape.js';
import type { Formatter } from './formatter.js';
import { repoRelativePath } from './relative-path.js';

// SARIF 2.1.0 for GitHub code scanning (docs.github.com: "SARIF support for code scanning").
// A finding without a rule (a file that could not be read) is not a problem in the file but a failed analysis,
// so it becomes a toolExecutionNotification and marks the invocation unsuccessful; it is not a result.

const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const srcRoot = '%SRCROOT%';
export const unreadableFileNotificationId = 'unreadable-file';

/** Plain text for `text` fields: the one-line descriptions use Markdown code spans. */
const plain = (markdown: string) => markdown.replace(/`/g, '');
const pascalCase = (id: string) => id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

function ruleDescriptor(meta: RuleMeta) {
  const docsUrl = ruleDocsUrl(meta.id);
  const isSecretRule = meta.id === 'no-plaintext-secret';
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: plain(meta.description), markdown: meta.description },
    fullDescription: { text: meta.docs },
    helpUri: docsUrl,
    help: {
      text: `${plain(meta.description)}\n\n${meta.docs}\n\nDocumentation: ${docsUrl}`,
      markdown: `**${meta.id}**: ${meta.description}\n\n${meta.docs}\n\n[Documentation](${docsUrl})`,
    },
    defaultConfiguration: { level: meta.defaultSeverity },
    properties: {
      // CWE-798: use of hard-coded credentials; the security tag makes GitHub show security-severity.
      tags: ['bigcommerce', 'configuration', ...(isSecretRule ? ['security', 'external/cwe/cwe-798'] : [])],
      precision: 'very-high',
      'problem.severity': meta.defaultSeverity,
      ...(isSecretRule ? { 'security-severity': '7.5' } : {}),
    },
  };
}

function artifactLocation(file: string, root: string) {
  const relative = repoRelativePath(file, root);
  if (path.isAbsolute(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: srcRoot };
}

const region = (finding: Finding) => ({
  startLine: finding.line,
  startColumn: finding.column,
  endLine: finding.endLine,
  endColumn: finding.endColumn,
});

/**
 * primaryLocationLineHash for each finding of a file, in the spirit of GitHub's own: a hash of the rule ID and
 * the finding's line with white space removed, plus the count of earlier identical hashes in the file. Lines come
 * from the report's secret-free source (secrets starred out by the pipeline), never from the file again, so a
 * short secret (a PIN) cannot be recovered by brute force; a run of stars counts as one, so not even its length
 * shows. A line the pipeline could not clean for certain (after
 * a secret key in a document that failed to parse), or a report without source, is hashed by line number only.
 */
function lineHashes(report: FileReport): (finding: Finding) => string {
  const lines = report.source?.split('\n');
  const unredactable = report.unredactableLines ?? [];
  const seen = new Map<string, number>();
  return (finding) => {
    const line = lines?.[finding.line - 1];
    const content =
      line === undefined || isWithin(finding.line, unredactable) ? `line ${finding.line}` : `text ${line.replace(/\s+/g, '').replace(/\*+/g, '*')}`;
    const digest = createHash('sha256').update(`${finding.ruleId}\0${content}`).digest('hex').slice(0, 16);
    const occurrence = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, occurrence);
    return `${digest}:${occurrence}`;
  };
}

/** Whether line lies in one of the ranges (sorted by start, as the pipeline lists them). */
function isWithin(line: number, ranges: readonly [number, number][]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [start, end] = ranges[mid]!;
    if (line < start) high = mid - 1;
    else if (line > end) low = mid + 1;
    else return true;
  }
  return false;
}

export function toSarif(reports: readonly FileReport[], root: string) {
  const ruleIndex = new Map(allRuleMetas.map((meta, index) => [meta.id, index]));
  const results: object[] = [];
  const notifications: object[] = [];
  for (const report of reports) {
    const lineHash = lineHashes(report);
    const location = artifactLocation(report.filePath, root);
    for (const finding of report.findings) {
      if (finding.ruleId === null) {
        notifications.push({
          level: 'error',
          message: { text: finding.message },
          locations: [{ physicalLocation: { artifactLocation: location } }],
          descriptor: { id: unreadableFileNotificationId, index: 0 },
        });
        continue;
      }
      const index = ruleIndex.get(finding.ruleId);
      results.push({
        ruleId: finding.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: finding.severity,
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(finding) } }],
        partialFingerprints: { primaryLocationLineHash: lineHash(finding) },
      });
    }
  }
  const rootUri = pathToFileURL(root).href;
  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: packageInfo.name,
            version: packageInfo.version,
            semanticVersion: packageInfo.version,
            informationUri: packageInfo.repositoryUrl,
            rules: allRuleMetas.map(ruleDescriptor),
            notifications: [
              {
                id: unreadableFileNotificationId,
                name: 'UnreadableFile',
                shortDescription: { text: 'A connection file could not be read, so it was not linted.' },
              },
            ],
          },
        },
        invocations: [
          { executionSuccessful: notifications.length === 0, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) },
        ],
        originalUriBaseIds: { [srcRoot]: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** SARIF 2.1.0 for GitHub code scanning; paths relative to the working folder (the repository root in CI). */
export const formatSarif: Formatter = (reports, context) => `${escapeJsonControls(JSON.stringify(toSarif(reports, context.cwd), null, 2))}\n`;
