import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../config/find-config.js';
import { isConnectionFileName } from '../files/discover.js';
import type { Finding } from '../model/types.js';
import { ruleDocsUrl } from '../model/docs-url.js';
import { runConnectionsOf } from '../model/run-connections.js';
import { runLintText } from '../run.js';
import { LintPositions } from './lint-positions.js';
import type { WorkspaceConnections } from './workspace-connections.js';

export interface LinterSettings {
  /** The date for date-bound rules, YYYY-MM-DD; asked at each lint, so a server left running follows the calendar. */
  today(): string;
  reportUnusedDisableDirectives: boolean;
  /**
   * Test-only: a file name (basename) whose lint throws, to show that an internal error in one file is logged and
   * the server keeps serving the others. Set by the BC_LINT_LSP_TEST_THROW_FOR environment variable.
   */
  throwFor: string | undefined;
}

/** A finding with the diagnostic the editor shows for it. */
export interface ShownFinding {
  finding: Finding;
  diagnostic: Diagnostic;
}

type LintOutcome =
  /** The document's findings, exactly as the CLI reports them for the same text, config and date. */
  | { kind: 'findings'; findings: ShownFinding[] }
  /** Not a connection file, or the project config ignores it: no diagnostics. */
  | { kind: 'skipped' }
  /** The project config cannot be used (the CLI exits 2): one diagnostic saying why. */
  | { kind: 'config-error'; diagnostics: Diagnostic[] }
  /** A bug in bc-lint: logged, one diagnostic saying so; other documents are unaffected. */
  | { kind: 'internal-error'; diagnostics: Diagnostic[]; log: string };

export interface LintedDocument {
  version: number;
  positions: LintPositions;
  outcome: LintOutcome;
}

/** What the linter sees of a document: its file path, when it is a connection file on disk. */
export function connectionFilePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const file = fileURLToPath(uri);
  return isConnectionFileName(file) ? file : undefined;
}

const wholeFileStart = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Lints editor documents through the CLI's own run (runLintText), with the config found from each file's folder. */
export class DocumentLinter {
  /** The last lint of each document, reused while its version is unchanged (hover and code actions). */
  private readonly cache = new Map<string, Promise<LintedDocument>>();
  private readonly cachedVersion = new Map<string, number>();

  constructor(
    private readonly settings: LinterSettings,
    /** The workspace's other connection files, for client-id-reuse. */
    private readonly workspace: WorkspaceConnections,
  ) {}

  lint(document: TextDocument): Promise<LintedDocument> {
    if (this.cachedVersion.get(document.uri) === document.version) return this.cache.get(document.uri)!;
    const linted = this.lintNow(document);
    this.cache.set(document.uri, linted);
    this.cachedVersion.set(document.uri, document.version);
    return linted;
  }

  /** Forgets cached results: a closed document, or every document when a config changed. */
  forget(uri?: string): void {
    if (uri === undefined) {
      this.cache.clear();
      this.cachedVersion.clear();
    } else {
      this.cache.delete(uri);
      this.cachedVersion.delete(uri);
    }
  }

  /**
   * The text `bc-lint --fix` would write for this document, or undefined when it fixes nothing (or the document
   * cannot be linted).
   */
  async fixedText(document: TextDocument): Promise<string | undefined> {
    const file = connectionFilePath(document.uri);
    if (file === undefined) return undefined;
    try {
      this.throwIfTestSwitchSet(file);
      const earlierConnections = await this.workspace.earlierThan(file);
      const { reports } = await runLintText({ ...this.request(file, document.getText()), earlierConnections, fix: true });
      return reports[0]?.output;
    } catch {
      return undefined; // lint() reports the problem with the document
    }
  }

  private request(file: string, text: string) {
    return {
      cwd: path.dirname(file),
      filePath: file,
      text,
      today: this.settings.today(),
      reportUnusedDisableDirectives: this.settings.reportUnusedDisableDirectives,
    };
  }

  private throwIfTestSwitchSet(file: string): void {
    if (this.settings.throwFor !== undefined && path.basename(file) === this.settings.throwFor) {
      throw new Error(`test-induced internal error (BC_LINT_LSP_TEST_THROW_FOR)`);
    }
  }

  private async lintNow(document: TextDocument): Promise<LintedDocument> {
    const positions = new LintPositions(document);
    const done = (outcome: LintOutcome): LintedDocument => ({ version: document.version, positions, outcome });
    const file = connectionFilePath(document.uri);
    if (file === undefined) return done({ kind: 'skipped' });
    try {
      this.throwIfTestSwitchSet(file);
      // As `bc-lint` over the workspace folder: the files sorted before this one come first (client-id-reuse).
      const earlierConnections = await this.workspace.earlierThan(file);
      const { reports } = await runLintText({ ...this.request(file, document.getText()), earlierConnections });
      const report = reports[0];
      await this.workspace.record(file, document.version, report ? runConnectionsOf(report) : []);
      if (report === undefined) return done({ kind: 'skipped' });
      return done({ kind: 'findings', findings: report.findings.map((finding) => ({ finding, diagnostic: toDiagnostic(finding, positions) })) });
    } catch (error) {
      if (error instanceof ConfigError) {
        const message = `bc-lint cannot use the project config: ${error.message}`;
        return done({ kind: 'config-error', diagnostics: [{ range: wholeFileStart, severity: DiagnosticSeverity.Error, source: 'bc-lint', message }] });
      }
      const message = 'bc-lint could not lint this file (internal error); the bc-lint output has the details.';
      return done({
        kind: 'internal-error',
        diagnostics: [{ range: wholeFileStart, severity: DiagnosticSeverity.Error, source: 'bc-lint', message }],
        log: `bc-lint: internal error while linting ${file}: ${describeError(error)}`,
      });
    }
  }
}

/** The editor's diagnostic for a finding: same range, severity and message; the rule ID as code, its docs as href. */
function toDiagnostic(finding: Finding, positions: LintPositions): Diagnostic {
  return {
    range: positions.range(finding),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'bc-lint',
    message: finding.message,
    ...(finding.ruleId !== null ? { code: finding.ruleId, codeDescription: { href: ruleDocsUrl(finding.ruleId) } } : {}),
  };
}

/**
 * An internal error as it may be logged: its kind and where it was thrown, never its message, which could quote
 * the document (and so a secret) the way a parser's message does.
 */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'a non-Error value was thrown';
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [error.name, ...frames].join('\n');
}
