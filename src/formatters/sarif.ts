import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageInfo } from '../generated/package-info.js';
import type { FileReport, Finding } from '../model/types.js';
import { escapeJsonControls } from './escape.js';
import type { FormatContext, FormatRule, Formatter } from './formatter.js';
import { lineFingerprints } from './line-fingerprint.js';
import { locateFile, type FileLocation } from './report-location.js';

// SARIF 2.1.0 for GitHub code scanning (docs.github.com: "SARIF support for code scanning"), checked by the SARIF
// Multitool with GitHub's ingestion rules. A finding without a rule (a file that could not be read) is not a
// problem in the file but a failed analysis, so it becomes a toolExecutionNotification and marks the invocation
// unsuccessful; it is not a result.

const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const baseIds: Readonly<Record<FileLocation['base'], string>> = { cwd: '%SRCROOT%', repository: 'REPOROOT' };
export const unreadableFileNotificationId = 'unreadable-file';
export const outsideRepositoryNotificationId = 'outside-repository';

/** Plain text for `text` fields: the one-line descriptions use Markdown code spans. */
const plain = (markdown: string) => markdown.replace(/`/g, '');
const pascalCase = (id: string) => id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

/**
 * A Pascal-case name, which GHAzDO2012 requires; SARIF1001 requires it to differ from the ID by more than case,
 * so a one-word ID (`schema`) gets `SchemaRule`.
 */
function friendlyName(id: string): string {
  const name = pascalCase(id);
  return name.toLowerCase() === id.toLowerCase() ? `${name}Rule` : name;
}

function ruleDescriptor(rule: FormatRule) {
  const { security } = rule;
  return {
    id: rule.id,
    name: friendlyName(rule.id),
    shortDescription: { text: plain(rule.description), markdown: rule.description },
    fullDescription: { text: rule.docs },
    helpUri: rule.docsUrl,
    help: {
      text: `${plain(rule.description)}\n\n${rule.docs}\n\nDocumentation: ${rule.docsUrl}`,
      markdown: `**${rule.id}**: ${rule.description}\n\n${rule.docs}\n\n[Documentation](${rule.docsUrl})`,
    },
    defaultConfiguration: { level: rule.defaultSeverity },
    properties: {
      // The security tag makes GitHub show security-severity; the CWE tag links the weakness.
      tags: ['bigcommerce', 'configuration', ...(security ? ['security', `external/cwe/cwe-${security.cwe}`] : [])],
      precision: 'very-high',
      'problem.severity': rule.defaultSeverity,
      ...(security ? { 'security-severity': security.severity.toFixed(1) } : {}),
    },
  };
}

/** A notification descriptor, with the full description and help GitHub's ingestion rules (GH2012) require. */
const notificationDescriptor = (id: string, name: string, text: { short: string; full: string; help: string }) => ({
  id,
  name,
  shortDescription: { text: text.short },
  fullDescription: { text: text.full },
  help: { text: text.help },
});

const notificationDescriptors = [
  notificationDescriptor(unreadableFileNotificationId, 'UnreadableFile', {
    short: 'A connection file could not be read, so it was not linted.',
    full: 'bc-lint could not read a connection file (no permission, not a regular file, or too large), so none of its problems are reported.',
    help: 'Make the file readable by the user that runs bc-lint, or remove it, then run bc-lint again.',
  }),
  notificationDescriptor(outsideRepositoryNotificationId, 'OutsideRepository', {
    short: 'Findings in a file outside the repository were left out.',
    full: 'A linted file lies outside both the working folder and the git repository, so code scanning could not show its findings; they were left out of this SARIF file.',
    help: 'Lint the file from the repository that holds it, or print its findings with another --format.',
  }),
];

const region = (finding: Finding) => ({
  startLine: finding.line,
  startColumn: finding.column,
  endLine: finding.endLine,
  endColumn: finding.endColumn,
});

const artifactLocation = (location: FileLocation) => ({
  uri: location.path.split('/').map(encodeURIComponent).join('/'),
  uriBaseId: baseIds[location.base],
});

const folderUri = (folder: string) => {
  const uri = pathToFileURL(folder).href;
  return { uri: uri.endsWith('/') ? uri : `${uri}/` };
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function toSarif(reports: readonly FileReport[], context: FormatContext) {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const results: object[] = [];
  const notifications: object[] = [];
  let failed = false;
  let usesRepositoryBase = false;
  for (const report of reports) {
    const location = locateFile(report.filePath, context);
    if (location?.base === 'repository') usesRepositoryBase = true;
    const locations = location ? [{ physicalLocation: { artifactLocation: artifactLocation(location) } }] : [];
    const lineHash = lineFingerprints(report);
    let leftOut = 0;
    for (const finding of report.findings) {
      if (finding.ruleId === null) {
        failed = true;
        const where = location ? '' : ` (${displayPath(report.filePath, context.cwd)})`;
        notifications.push({
          level: 'error',
          message: { text: `${finding.message}${where}` },
          ...(locations.length > 0 ? { locations } : {}),
          descriptor: { id: unreadableFileNotificationId, index: 0 },
        });
        continue;
      }
      const fingerprint = lineHash(finding);
      if (!location) {
        leftOut += 1;
        continue;
      }
      const index = ruleIndex.get(finding.ruleId);
      results.push({
        ruleId: finding.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: finding.severity,
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(location), region: region(finding) } }],
        partialFingerprints: { primaryLocationLineHash: fingerprint },
      });
    }
    if (leftOut > 0) {
      notifications.push({
        level: 'warning',
        message: {
          text:
            `${plural(leftOut, 'finding')} in ${displayPath(report.filePath, context.cwd)} left out: the file is outside the working folder ` +
            'and the git repository, so code scanning cannot show it.',
        },
        descriptor: { id: outsideRepositoryNotificationId, index: 1 },
      });
    }
  }
  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: packageInfo.name,
            fullName: `${packageInfo.name} ${packageInfo.version}`,
            version: packageInfo.version,
            semanticVersion: packageInfo.version,
            informationUri: packageInfo.repositoryUrl,
            rules: context.rules.map(ruleDescriptor),
            notifications: notificationDescriptors,
          },
        },
        automationDetails: context.automation,
        invocations: [{ executionSuccessful: !failed, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: {
          [baseIds.cwd]: folderUri(context.cwd),
          ...(usesRepositoryBase && context.repositoryRoot !== undefined ? { [baseIds.repository]: folderUri(context.repositoryRoot) } : {}),
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** A file named in a notification's text: relative to cwd (with `..`), so no absolute path is printed. */
function displayPath(file: string, cwd: string): string {
  return (path.relative(cwd, file) || file).split(path.sep).join('/');
}

/** SARIF 2.1.0 for GitHub code scanning; paths relative to the working folder (the repository root in CI). */
export const formatSarif: Formatter = (reports, context) => `${escapeJsonControls(JSON.stringify(toSarif(reports, context), null, 2))}\n`;
