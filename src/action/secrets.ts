import * as core from '@actions/core';
import { readBoundedFile } from '../files/read-file.js';
import type { FileReport } from '../model/types.js';
import { findPlaintextSecrets, sourceText } from '../parse/plaintext-secrets.js';

/**
 * Registers every plaintext secret value in the files with the runner (core.setSecret), so no log line can
 * show it. Call before anything is logged. Returns the masked values.
 */
export function maskSecrets(files: readonly string[]): string[] {
  const values = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = sourceText(readBoundedFile(file));
    } catch {
      continue; // unreadable: nothing of it can be printed either
    }
    for (const secret of findPlaintextSecrets(text)) for (const form of secret.forms) values.add(form);
  }
  for (const value of values) core.setSecret(value);
  return [...values];
}

/**
 * Findings with any masked value replaced by ***, as the runner's masker does, for what the runner does not
 * mask itself (the SARIF file). Messages never quote secrets; this guards against one that would.
 */
export function redactReports(reports: readonly FileReport[], secrets: readonly string[]): FileReport[] {
  if (secrets.length === 0) return [...reports];
  const longestFirst = [...secrets].sort((a, b) => b.length - a.length);
  const redact = (text: string) => longestFirst.reduce((out, secret) => out.split(secret).join('***'), text);
  return reports.map((report) => ({ ...report, findings: report.findings.map((finding) => ({ ...finding, message: redact(finding.message) })) }));
}
