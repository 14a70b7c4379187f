import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileNames } from '../config/find-config.js';
import { packageInfo } from '../generated/package-info.js';
import { localToday } from '../model/dates.js';
import { disableAction, findingsIn, fixAction, fixAllAction, fixAllKind, kindRequested } from './code-actions.js';
import { connectionFilePath, DocumentLinter, type LintedDocument, type LinterSettings } from './document-linter.js';
import { hoverAt } from './hover.js';
import { LintScheduler } from './lint-scheduler.js';
import { settingsFrom } from './settings.js';
import { WorkspaceConnections } from './workspace-connections.js';

export interface ServerOptions {
  /** `bc-lint lsp --today`: the date for date-bound rules, unless the client's initializationOptions give one. */
  today?: string | undefined;
}

/**
 * Watched for `workspace/didChangeWatchedFiles` (the client registers them when it supports dynamic registration):
 * the project config, and the connection files that client-id-reuse compares across the workspace.
 */
const configGlob = '**/.bc-lint.{yaml,yml}';
const connectionFileGlob = '**/*bigcommerce.connection.{yaml,yml}';

/** `bc-lint lsp`: a language server over stdio. Resolves when the client closes the connection. */
export function startLanguageServer(options: ServerOptions): Promise<void> {
  const connection = createConnection(process.stdin, process.stdout);
  serve(connection, options);
  return new Promise((resolve) => connection.onExit(() => resolve()));
}

function serve(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  /** The open connection files, by path (the workspace compares them by path, as the CLI sorts them). */
  const openDocuments = () =>
    documents.all().flatMap((document) => {
      const file = connectionFilePath(document.uri);
      return file === undefined ? [] : [{ file, document }];
    });
  const workspace = new WorkspaceConnections({
    openTexts: () => new Map(openDocuments().map(({ file, document }) => [file, { version: document.version, text: document.getText() }])),
    today: () => settings.today(),
    log: (message) => connection.console.info(message),
    connectionsChanged: (file) => relintAfter(file),
  });
  let settings: LinterSettings = { today: () => options.today ?? localToday(), reportUnusedDisableDirectives: false, throwFor: undefined };
  let linter = new DocumentLinter(settings, workspace);
  let watchFilesDynamically = false;

  connection.onInitialize((params) => {
    settings = settingsFrom(params.initializationOptions, options.today, (message) => connection.console.warn(message));
    linter = new DocumentLinter(settings, workspace);
    const folderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.setFolders(folderUris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri)));
    watchFilesDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
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
    if (watchFilesDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: configGlob }, { globPattern: connectionFileGlob }],
      });
    }
  });

  const published = new Set<string>();
  const scheduler = new LintScheduler(publish);

  /** Lints the document as it is now and publishes its diagnostics, unless it changed meanwhile. */
  async function publish(uri: string): Promise<void> {
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

  /** Another connection file changed: lint again the open documents that a run would lint after it (client-id-reuse). */
  function relintAfter(file: string): void {
    const folder = workspace.folderOf(file);
    if (folder === undefined) return;
    for (const open of openDocuments()) {
      if (open.file > file && workspace.folderOf(open.file) === folder) {
        linter.forget(open.document.uri);
        scheduler.request(open.document.uri);
      }
    }
  }

  documents.onDidChangeContent(({ document }) => scheduler.request(document.uri));
  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    linter.forget(document.uri);
    if (published.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // The other documents now see this file as it is on disk.
    const file = connectionFilePath(document.uri);
    if (file !== undefined) void workspace.refresh(file);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const configChanged = changes.some((change) => configFileNames.includes(path.posix.basename(new URL(change.uri).pathname)));
    if (configChanged) {
      linter.forget();
      workspace.forgetAll();
      for (const document of documents.all()) scheduler.request(document.uri);
      return;
    }
    const open = new Set(openDocuments().map((document) => document.file));
    for (const change of changes) {
      const file = connectionFilePath(change.uri);
      if (file === undefined) continue;
      if (change.type !== FileChangeType.Changed) workspace.fileCreatedOrDeleted(file);
      if (open.has(file)) continue; // the editor's text stands for it, not the file on disk
      void workspace.refresh(file);
    }
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
