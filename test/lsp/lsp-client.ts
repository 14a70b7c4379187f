/**
 * An LSP client that drives the built `bc-lint lsp` (dist/cli/index.js) over stdio with vscode-jsonrpc, as an
 * editor does: initialize, open and change documents, report watched-file changes, ask for hovers and code
 * actions, then shut down and exit. Waits are event-driven; the timeout only stops a hung server from hanging the
 * test run.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Position, Range } from 'vscode-languageserver';
import { cliPath, defaultToday, repoRoot } from '../helpers.js';

export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit?: { changes?: Record<string, TextEdit[]> };
}
export interface Hover {
  contents: { kind: string; value: string };
  range?: Range;
}
export interface LogMessage {
  type: number;
  message: string;
}

/** Generous: a safety net for a hung server, not a speed requirement. */
const safetyTimeoutMs = 60_000;

export interface ServerOptions {
  initializationOptions?: Record<string, unknown>;
  /** Client capabilities beyond the defaults (dynamic registration of watched files is on). */
  dynamicWatchers?: boolean;
  env?: Record<string, string>;
  /** Arguments after `lsp`. */
  args?: readonly string[];
  /** The workspace folder the editor opened (default: the repository). */
  workspaceFolder?: string;
}

export class LspSession {
  /** Everything the server wrote to stdout and stderr, to check that no secret ever appears in it. */
  rawOutput = '';
  readonly logs: LogMessage[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private readonly waiters = new Set<{ uri: string; version: number | undefined; resolve: (d: Diagnostic[]) => void }>();
  private readonly logWaiters = new Set<{ test: (log: LogMessage) => boolean; resolve: (log: LogMessage) => void }>();
  private readonly failures = new Set<(error: Error) => void>();
  private closing = false;
  exitCode: number | null = null;
  private readonly exited: Promise<number | null>;

  private constructor(
    private readonly server: ReturnType<typeof spawn>,
    private readonly connection: ReturnType<typeof createMessageConnection>,
  ) {
    this.exited = new Promise((resolve) => server.once('exit', (code) => resolve((this.exitCode = code))));
    server.once('exit', (code, signal) => {
      if (this.closing) return;
      for (const fail of this.failures) fail(new Error(`bc-lint lsp exited (${code ?? signal}); output: ${this.rawOutput.slice(-2000)}`));
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      for (const waiter of this.waiters) {
        if (waiter.uri === params.uri && (waiter.version === undefined || waiter.version === params.version)) {
          this.waiters.delete(waiter);
          waiter.resolve(params.diagnostics);
        }
      }
    });
    connection.onNotification('window/logMessage', (log: LogMessage) => {
      this.logs.push(log);
      for (const waiter of this.logWaiters) {
        if (!waiter.test(log)) continue;
        this.logWaiters.delete(waiter);
        waiter.resolve(log);
      }
    });
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.listen();
  }

  static async start(options: ServerOptions = {}): Promise<LspSession> {
    const server = spawn(process.execPath, [cliPath, 'lsp', ...(options.args ?? ['--stdio'])], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const session = new LspSession(server, connection);
    server.stdout!.on('data', (chunk: Buffer) => (session.rawOutput += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (session.rawOutput += chunk.toString()));
    const workspaceUri = pathToFileURL(options.workspaceFolder ?? repoRoot).href;
    await session.guarded(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: workspaceUri,
        workspaceFolders: [{ uri: workspaceUri, name: 'workspace' }],
        initializationOptions: options.initializationOptions ?? { today: defaultToday },
        capabilities: {
          workspace: { didChangeWatchedFiles: { dynamicRegistration: options.dynamicWatchers ?? true } },
          textDocument: {
            publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            codeAction: {
              codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
              isPreferredSupport: true,
            },
          },
        },
      }),
      'initialize',
    );
    await connection.sendNotification('initialized', {});
    return session;
  }

  /** Resolves with the promise, or rejects when the server dies or the safety timeout passes. */
  guarded<T>(promise: Promise<T>, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      this.failures.add(fail);
      const timer = setTimeout(() => reject(new Error(`no answer from bc-lint lsp: ${what}`)), safetyTimeoutMs);
      promise.then(resolve, reject).finally(() => {
        clearTimeout(timer);
        this.failures.delete(fail);
      });
    });
  }

  /** The next diagnostics published for a document (for this version of it, when given). */
  nextDiagnostics(uri: string, version?: number): Promise<Diagnostic[]> {
    return this.guarded(new Promise<Diagnostic[]>((resolve) => this.waiters.add({ uri, version, resolve })), `diagnostics for ${uri}`);
  }

  nextLog(test: (log: LogMessage) => boolean): Promise<LogMessage> {
    const seen = this.logs.find(test);
    if (seen) return Promise.resolve(seen);
    return this.guarded(new Promise<LogMessage>((resolve) => this.logWaiters.add({ test, resolve })), 'a log message');
  }

  text(uri: string): string {
    return this.texts.get(uri)!;
  }

  /** Opens a document and resolves with the diagnostics published for it. */
  open(uri: string, text: string): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    const diagnostics = this.nextDiagnostics(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return diagnostics;
  }

  openFile(file: string): Promise<Diagnostic[]> {
    return this.open(pathToFileURL(file).href, readFileSync(file, 'utf8'));
  }

  /** Sends edits (incremental, as editors do) and resolves with the diagnostics for the new version. */
  edit(uri: string, edits: readonly TextEdit[]): Promise<Diagnostic[]> {
    const version = this.versions.get(uri)! + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, applyEdits(this.texts.get(uri)!, edits));
    const diagnostics = this.nextDiagnostics(uri, version);
    // Each change applies to the text the previous one left, so send them from the end of the document backwards.
    const ordered = [...edits].sort((a, b) => compare(b.range.start, a.range.start));
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: ordered.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
    return diagnostics;
  }

  /** Replaces the whole text (a full-document change). */
  replace(uri: string, text: string): Promise<Diagnostic[]> {
    const version = this.versions.get(uri)! + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    const diagnostics = this.nextDiagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return diagnostics;
  }

  close(uri: string): Promise<Diagnostic[]> {
    const diagnostics = this.nextDiagnostics(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return diagnostics;
  }

  /** Reports watched files as changed (type 1 created, 2 changed, 3 deleted). */
  async watchedFilesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.guarded(this.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position }), `hover in ${uri}`);
  }

  codeActions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
    return this.guarded(
      this.connection
        .sendRequest<CodeAction[] | null>('textDocument/codeAction', {
          textDocument: { uri },
          range,
          context: { diagnostics: [], ...(only ? { only } : {}) },
        })
        .then((actions) => actions ?? []),
      `code actions in ${uri}`,
    );
  }

  async setTrace(value: 'off' | 'messages' | 'verbose'): Promise<void> {
    await this.connection.sendNotification('$/setTrace', { value });
  }

  /** Shuts the server down and resolves with its exit code. */
  async shutdown(): Promise<number | null> {
    this.closing = true;
    try {
      await this.guarded(this.connection.sendRequest('shutdown'), 'shutdown');
      await this.connection.sendNotification('exit');
      return await this.guarded(this.exited, 'exit');
    } finally {
      if (this.server.exitCode === null && this.server.signalCode === null) this.server.kill();
      this.connection.dispose();
    }
  }
}

const compare = (a: Position, b: Position) => a.line - b.line || a.character - b.character;

/** The offset of an LSP position (lines broken at \n, \r\n or \r, as LSP counts them). */
export function offsetAt(text: string, position: Position): number {
  let line = 0;
  let offset = 0;
  while (line < position.line && offset < text.length) {
    const ch = text[offset++];
    if (ch === '\n' || (ch === '\r' && text[offset] !== '\n')) line++;
  }
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return Math.min(offset + position.character, end);
}

/** Applies non-overlapping edits, as an editor applies a WorkspaceEdit to one document. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const span of spans) out = out.slice(0, span.start) + span.text + out.slice(span.end);
  return out;
}

export const wholeDocument: Range = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } };
