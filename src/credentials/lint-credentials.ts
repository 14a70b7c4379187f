import { credentialKindByName, type CredentialFileKind } from '../files/credential-names.js';
import type { LintTarget } from '../files/discover.js';
import { readWorkspaceFile, sniffWorkspaceFile } from '../files/read-file.js';
import type { LintOptions } from '../lint.js';
import { summarize } from '../lint-report.js';
import { attachSecrets, Redactor, starred } from '../model/redaction.js';
import type { FileReport, Finding } from '../model/types.js';
import { SourcePositions } from '../parse/source-positions.js';
import { committedCredentialMessage, noCommittedCredentialsMeta } from '../rules/no-committed-credentials.js';
import { credentialText, mayHoldDownloadLabel } from './decode-text.js';
import { isDownloadLayout } from './download.js';
import { findCredentials, type CredentialFile } from './find-credentials.js';
import { gitIgnoreAsker } from './git-ignored.js';

/** The download is a few hundred bytes: its labels are in a `.txt` file's first bytes, or the file is something else. */
export const sniffBytes = 4 * 1024;
/** Every sniff reads into this buffer: only the text decoded from it is kept. */
const sniffBuffer = Buffer.alloc(sniffBytes);
/** How much of a download is parsed; a file larger than this is not the download, whatever its first lines say. */
const downloadBytes = 64 * 1024;
/** How much of a .env or JSON credential file is parsed. */
const credentialFileBytes = 1024 * 1024;

export interface CredentialCheck {
  /** One report per credential file, with or without findings. */
  reports: FileReport[];
  /** What the connection pipeline lints: connection files, and named files that hold no credential layout. */
  connectionTargets: LintTarget[];
}

type Severity = 'error' | 'warning';

/**
 * The credential pipeline: bytes -> credential layout -> findings of no-committed-credentials. Files a search found
 * are skipped when git ignores them; files the user named are always checked. Each report carries its credential
 * values beside it (attachSecrets) for the run's redactor, and a source with every value starred.
 */
export async function checkCredentialFiles(targets: readonly LintTarget[], options: Pick<LintOptions, 'rules'>): Promise<CredentialCheck> {
  const setting = options.rules?.[noCommittedCredentialsMeta.id];
  const severity: Severity | undefined = setting === 'off' ? undefined : (setting ?? noCommittedCredentialsMeta.defaultSeverity);
  const reports: FileReport[] = [];
  const found = new Map<string, FileReport>();
  // Git is asked only about the few credential files found, not the thousands of *.txt a search lists, and
  // answers while the next files are read.
  const git = gitIgnoreAsker();
  const connectionTargets: LintTarget[] = [];
  for (const target of targets) {
    if (target.credential === undefined) {
      connectionTargets.push(target);
      continue;
    }
    // Turned off, the rule costs nothing: no search results are read and git is not asked.
    if (target.credential === 'found' && !severity) continue;
    const report = checkFile(target, severity);
    if (report && target.credential === 'found') {
      found.set(target.file, report);
      git.add(target.file);
    } else if (report) reports.push(report);
    else if (target.credential === 'named') connectionTargets.push(target);
  }
  const ignored = await git.ignored();
  for (const [file, report] of found) if (!ignored.has(file)) reports.push(report);
  return { reports, connectionTargets };
}

/** The file's report, or undefined when it is not a credential file (or cannot be read: named files then go on). */
function checkFile(target: LintTarget, severity: Severity | undefined): FileReport | undefined {
  const kind: CredentialFileKind | 'named' = credentialKindByName(target.file) ?? 'named';
  const read = readText(target, kind);
  if (!read) return undefined;
  const credentialFile = findCredentials(kind, read.text);
  if (!credentialFile) return undefined;
  return credentialReport(target.file, read, credentialFile, severity);
}

interface ReadText {
  text: string;
  /** The whole file was read (not only its first bytes). */
  complete: boolean;
}

function readText({ file, boundary, linkFree }: LintTarget, kind: CredentialFileKind | 'named'): ReadText | undefined {
  if (kind === 'stencil' || kind === 'catalyst' || kind === 'env') return readPrefixText(file, boundary, linkFree, credentialFileBytes);
  // A .txt or other named file: its first bytes say whether it is the download, before more is read.
  const count = sniffWorkspaceFile(file, boundary, linkFree, sniffBuffer);
  if (count < 0) return undefined;
  sniffBuffer.fill(0, count); // no bytes of the file sniffed before
  if (!mayHoldDownloadLabel(sniffBuffer)) return undefined;
  const text = credentialText(sniffBuffer.subarray(0, count));
  if (text === undefined || !isDownloadLayout(text)) return undefined;
  return count < sniffBytes ? { text, complete: true } : readPrefixText(file, boundary, linkFree, downloadBytes);
}

function readPrefixText(file: string, boundary: string, linkFree: boolean | undefined, limit: number): ReadText | undefined {
  const result = readWorkspaceFile(file, boundary, { prefixBytes: limit, linkFree });
  if (!result.ok) return undefined;
  const text = credentialText(result.bytes);
  return text === undefined ? undefined : { text, complete: result.stats.size <= result.bytes.length };
}

function credentialReport(file: string, read: ReadText, credentialFile: CredentialFile, severity: Severity | undefined): FileReport {
  const positions = new SourcePositions(read.text);
  const findings: Finding[] = severity
    ? credentialFile.credentials.map((credential) => ({
        ruleId: noCommittedCredentialsMeta.id,
        severity,
        message: committedCredentialMessage(credential.name, credentialFile.kind),
        ...positions.range(credential.start, credential.end),
      }))
    : [];
  const forms = credentialFile.credentials.flatMap((credential) => credential.forms);
  const report = new Redactor(forms).redactReport(summarize(file, findings));
  // Every value is starred, not only the credentials: these files hold other secrets too (Stencil's githubToken).
  if (findings.length > 0 && read.complete) report.source = starValues(read.text, credentialFile.values);
  attachSecrets(report, forms);
  return report;
}

function starValues(text: string, values: readonly [number, number][]): string {
  let out = '';
  let cursor = 0;
  for (const [start, end] of [...values].sort((a, b) => a[0] - b[0])) {
    if (start < cursor) continue;
    out += text.slice(cursor, start) + starred(text.slice(start, end));
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** The pipeline on text already read (rule tables, the API): undefined when the text is no credential file. */
export function lintCredentialText(filePath: string, text: string, options: Pick<LintOptions, 'rules'>): FileReport | undefined {
  const setting = options.rules?.[noCommittedCredentialsMeta.id];
  const severity: Severity | undefined = setting === 'off' ? undefined : (setting ?? noCommittedCredentialsMeta.defaultSeverity);
  const credentialFile = findCredentials(credentialKindByName(filePath) ?? 'named', text);
  return credentialFile && credentialReport(filePath, { text, complete: true }, credentialFile, severity);
}
