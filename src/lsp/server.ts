import path from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileNames } from '../config/find-config.js';
import { packageInfo } from '../generated/package-info.js';
import { isCalendarDate, localToday } from '../model/dates.js';
import { disableAction, findingsIn, fixAction, fixAllAction, fixAllKind, kindRequested } from './code-actions.js';
import { DocumentLinter, type LintedDocument } from './document-linter.js';
import { hoverAt } from './hover.js';

export interface ServerOptions {
  /** `bc-lint lsp --today`: the date for date-bound rules, unless the client's initializationOptions give one. */
  today?: string | undefined;
}

/** What a client may pass as `initializationOptions`. */
interface InitializationOptions {
  /** YYYY-MM-DD for date-bound rules (default: the local date at each lint), as the CLI's --today. */
  today?: unknown;
  /** As the CLI's --report-unused-disable-directives. */
  reportUnusedDisableDirectives?: unknown;
}

/** Edits come in bursts while typing: lint once the document has been still this long. Opening lints at once. */
const changeDebounceMs = 150;

/** Watched for `workspace/didChangeWatchedFiles` (the client registers it when it supports dynamic registration). */
const configGlob = '**/.bc-lint.{yaml,yml}';

/** `bc-lint lsp`: a language server over stdio. Resolves when the client closes the connection. */
export function startLanguageServer(options: ServerOptions): Promise<void> {
  const connection = createConnection(process.stdin, process.stdout);
  serve(connection, options);
  return new Promise((resolve) => connection.onExit(() => resolve()));
}

function serve(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  let linter = new DocumentLinter({ today: () => options.today ?? localToday(), reportUnusedDisableDirectives: false, throwFor: undefined });
  let watchConfigDynamically = false;

  connection.onInitialize((params) => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    let today = options.today;
    if (typeof init.today === 'string' && isCalendarDate(init.today)) today = init.today;
    else if (init.today !== undefined) connection.console.warn(`bc-lint: initializationOptions.today must be a date as YYYY-MM-DD; ignored`);
    linter = new DocumentLinter({
      today: () => today ?? localToday(),
      reportUnusedDisableDirectives: init.reportUnusedDisableDirectives === true,
      throwFor: process.env.BC_LINT_LSP_TEST_THROW_FOR || undefined,
    });
    watchConfigDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
        hoverProvider: true,
      },
      serverInfo: { name: 'bc-lint', version: packageInfo.version },
    };
  });

  connection.onInitialized(() => {
    if (watchConfigDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: configGlob }] });
    }
  });

  const timers = new Map<string, NodeJS.Timeout>();
  const published = new Set<string>();

  /** Lints the document as it is now and publishes its diagnostics, unless it changed meanwhile. */
  async function publish(uri: string): Promise<void> {
    timers.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    let linted: LintedDocument;
    try {
      linted = await linter.lint(document);
    } catch (error) {
      // lint() catches what the pipeline throws; this is a bug in the server itself. Keep serving.
      connection.console.error(`bc-lint: internal error in the language server (${(error as Error)?.name ?? 'unknown'})`);
      return;
    }
    if (documents.get(uri)?.version !== linted.version) return; // a newer version is on its way
    const { outcome } = linted;
    let diagnostics: Diagnostic[] = [];
    if (outcome.kind === 'findings') diagnostics = outcome.findings.map((shown) => shown.diagnostic);
    else if (outcome.kind === 'config-error') diagnostics = outcome.diagnostics;
    else if (outcome.kind === 'internal-error') {
      connection.console.error(outcome.log);
      diagnostics = outcome.diagnostics;
    }
    published.add(uri);
    await connection.sendDiagnostics({ uri, version: linted.version, diagnostics });
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => void publish(uri), delay));
  }

  documents.onDidChangeContent(({ document }) => schedule(document.uri, published.has(document.uri) ? changeDebounceMs : 0));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    linter.forget(document.uri);
    if (published.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const configChanged = changes.some((change) => configFileNames.includes(path.posix.basename(new URL(change.uri).pathname)));
    if (!configChanged) return;
    linter.forget();
    for (const document of documents.all()) schedule(document.uri, 0);
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const { outcome } = await linter.lint(document);
    return outcome.kind === 'findings' ? hoverAt(outcome.findings, position) : null;
  });

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const { outcome, positions } = await linter.lint(document);
    if (outcome.kind !== 'findings') return [];
    const actions: CodeAction[] = [];
    if (kindRequested(context.only, CodeActionKind.QuickFix)) {
      for (const shown of findingsIn(outcome.findings, range)) {
        const fix = fixAction(document.uri, shown, positions);
        if (fix) actions.push(fix);
        const disable = disableAction(document.uri, shown, positions);
        if (disable) actions.push(disable);
      }
    }
    const fixable = outcome.findings.filter((shown) => shown.finding.fix !== undefined);
    if (fixable.length > 0 && kindRequested(context.only, fixAllKind)) {
      const fixed = await linter.fixedText(document);
      if (fixed !== undefined && fixed !== document.getText()) actions.push(fixAllAction(document.uri, document, fixed, fixable));
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}
