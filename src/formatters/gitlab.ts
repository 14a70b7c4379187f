import { createHash } from 'node:crypto';
import type { Finding } from '../model/types.js';
import { escapeJsonControls } from './escape.js';
import type { FormatContext, Formatter } from './formatter.js';
import { lineFingerprints } from './line-fingerprint.js';
import { locateFile, relativeInside } from './report-location.js';

// GitLab's Code Quality report (docs.gitlab.com: "Code Quality", "Import code quality results from a CI/CD job"):
// a JSON array of issues that GitLab shows in merge requests and compares between branches by fingerprint.

/** check_name of a file that could not be read (a finding without a rule). */
export const unreadableFileCheckName = 'unreadable-file';

type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

function severityOf(finding: Finding, securityRules: ReadonlySet<string>): GitlabSeverity {
  if (finding.severity === 'warning') return 'minor';
  return finding.ruleId !== null && securityRules.has(finding.ruleId) ? 'critical' : 'major';
}

/** Relative to the repository root, as GitLab shows files; else to cwd; undefined when outside both. */
function gitlabPath(file: string, context: FormatContext): string | undefined {
  const inRepository = context.repositoryRoot === undefined ? undefined : relativeInside(file, context.repositoryRoot);
  return inRepository ?? locateFile(file, context)?.path;
}

/**
 * The issues in report order. Fingerprints hash the path with the shared secret-free line fingerprint, so they
 * stay the same across runs and when lines move, and no secret can be recovered from them. Files outside the
 * repository and the working folder are left out: GitLab could not show them.
 */
export function toGitlabIssues(reports: Parameters<Formatter>[0], context: FormatContext) {
  const securityRules = new Set(context.rules.filter((rule) => rule.security).map((rule) => rule.id));
  return reports.flatMap((report) => {
    const filePath = gitlabPath(report.filePath, context);
    if (filePath === undefined) return [];
    const lineHash = lineFingerprints(report);
    return report.findings.map((finding) => ({
      description: finding.message,
      check_name: finding.ruleId ?? unreadableFileCheckName,
      fingerprint: createHash('sha256')
        .update(`${filePath}\0${lineHash(finding)}`)
        .digest('hex'),
      severity: severityOf(finding, securityRules),
      location: { path: filePath, lines: { begin: finding.line } },
    }));
  });
}

export const formatGitlab: Formatter = (reports, context) => `${escapeJsonControls(JSON.stringify(toGitlabIssues(reports, context), null, 2))}\n`;
