import type { FileReport, Finding } from './types.js';

/**
 * Secrets shorter than this are never searched for inside other text: masking a one-character PIN would mangle
 * every message (`stor***Hash`). Messages do not quote values, so a short secret has nowhere to appear; in a
 * file's `source` it is masked by position instead.
 */
export const minMaskedLength = 4;

/** What replaces a secret inside a message. */
const messageMask = '***';

/**
 * The secret values of a run (or of one file), in every form an output could show, and the one place that masks
 * them. Built from the pipeline's own parse of each file; never serialised: a report carries its secrets in a
 * WeakMap (secretsOf), beside it, so no formatter can print them by accident.
 */
export class Redactor {
  /**
   * Forms of at least minMaskedLength characters, indexed by their first three characters, then by length (longest
   * first): a position costs one lookup, and a few more where a form starts, however many forms share the prefix
   * (thousands of tokens in a run of 20,000 files may all start `pla`, as does every "plaintext" in a message).
   */
  private readonly byPrefix = new Map<number, { lengths: number[]; forms: Set<string> }>();
  private readonly forms: string[];

  constructor(forms: Iterable<string>) {
    const distinct = new Set<string>();
    for (const form of forms) if (form.length >= minMaskedLength) distinct.add(form);
    this.forms = [...distinct];
    for (const form of this.forms.sort((a, b) => b.length - a.length)) {
      const key = prefixKey(form, 0);
      const bucket = this.byPrefix.get(key);
      if (!bucket) this.byPrefix.set(key, { lengths: [form.length], forms: new Set([form]) });
      else {
        if (bucket.lengths.at(-1) !== form.length) bucket.lengths.push(form.length);
        bucket.forms.add(form);
      }
    }
  }

  /** Every value to mask (for the Action's core.setSecret). */
  get values(): readonly string[] {
    return this.forms;
  }

  get isEmpty(): boolean {
    return this.forms.length === 0;
  }

  /** The secret forms found in text, as [start, end) spans, longest match first at each position. */
  private *matches(text: string): Generator<[number, number]> {
    if (this.forms.length === 0) return;
    for (let i = 0; i + minMaskedLength <= text.length;) {
      const bucket = this.byPrefix.get(prefixKey(text, i));
      const length = bucket?.lengths.find((length) => i + length <= text.length && bucket.forms.has(text.slice(i, i + length)));
      if (length !== undefined) {
        yield [i, i + length];
        i += length;
      } else i++;
    }
  }

  contains(text: string): boolean {
    return !this.matches(text).next().done;
  }

  /** Text with each secret replaced by ***. */
  maskMessage(text: string): string {
    let out = '';
    let cursor = 0;
    for (const [start, end] of this.matches(text)) {
      out += text.slice(cursor, start) + messageMask;
      cursor = end;
    }
    return cursor === 0 ? text : out + text.slice(cursor);
  }

  /** Text with each character of each secret replaced by `*`, line breaks kept, so lines and columns still match. */
  maskSource(text: string): string {
    let out = '';
    let cursor = 0;
    for (const [start, end] of this.matches(text)) {
      out += text.slice(cursor, start) + starred(text.slice(start, end));
      cursor = end;
    }
    return cursor === 0 ? text : out + text.slice(cursor);
  }

  /** A finding as it may be shown: secrets masked in its message, its fix dropped if the fix would write one. */
  redactFinding<T extends Finding>(finding: T): T {
    const message = this.maskMessage(finding.message);
    const dropFix = finding.fix !== undefined && this.contains(finding.fix.text);
    if (message === finding.message && !dropFix) return finding;
    const { fix, ...rest } = finding;
    return { ...rest, message, ...(fix && !dropFix ? { fix } : {}) } as T;
  }

  /**
   * A report with every finding, suppressed finding and its source passed through the redactor; counts follow.
   * The report itself when nothing in it shows a secret, so a run of many files keeps one copy of each report.
   */
  redactReport(report: FileReport): FileReport {
    if (this.isEmpty) return report;
    const findings = report.findings.map((finding) => this.redactFinding(finding));
    const suppressed = report.suppressed.map((finding) => this.redactFinding(finding));
    const source = report.source === undefined ? undefined : this.maskSource(report.source);
    const unchanged = (shown: readonly Finding[], original: readonly Finding[]) => shown.every((finding, i) => finding === original[i]);
    if (source === report.source && unchanged(findings, report.findings) && unchanged(suppressed, report.suppressed)) return report;
    const fixable = (severity: string) => findings.filter((f) => f.severity === severity && f.fix !== undefined).length;
    const redacted: FileReport = {
      ...report,
      findings,
      suppressed,
      fixableErrorCount: fixable('error'),
      fixableWarningCount: fixable('warning'),
      ...(source !== undefined ? { source } : {}),
    };
    const secrets = secretsOf(report);
    if (secrets) attachSecrets(redacted, secrets);
    return redacted;
  }
}

/** Each character replaced by `*`, line breaks kept. */
export const starred = (text: string) => text.replace(/[^\r\n]/g, '*');

/** The first three UTF-16 code units as one number (48 bits: exact in a double). */
function prefixKey(text: string, at: number): number {
  return text.charCodeAt(at) * 2 ** 32 + text.charCodeAt(at + 1) * 2 ** 16 + text.charCodeAt(at + 2);
}

/** Each report's secret forms, kept off the report object so that no output can serialise them. */
const reportSecrets = new WeakMap<FileReport, readonly string[]>();

export function attachSecrets(report: FileReport, forms: readonly string[]): void {
  if (forms.length > 0) reportSecrets.set(report, forms);
}

export function secretsOf(report: FileReport): readonly string[] | undefined {
  return reportSecrets.get(report);
}

/** One redactor for a whole run: every secret of every report. */
export function runRedactor(reports: readonly FileReport[]): Redactor {
  return new Redactor(reports.flatMap((report) => secretsOf(report) ?? []));
}
