/**
 * A minimal LSP client that drives the real yaml-language-server over stdio, the way VS Code (vscode-yaml),
 * Neovim or JetBrains do: initialize, answer its settings requests, open documents, read diagnostics, hover
 * and completion. Waits are event-driven; the timeout only stops a hung server from hanging the test run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Position, Range } from 'vscode-languageserver';
import { repoRoot } from './helpers.js';

export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  source?: string;
}
export interface CompletionItem {
  label: string;
  insertText?: string;
  textEdit?: { newText: string };
  documentation?: string | { kind: string; value: string };
}
export interface Hover {
  contents: { kind: string; value: string } | string;
}

export const schemaFile = path.join(repoRoot, 'schemas/bigcommerce.connection.schema.json');
export const schemaId: string = JSON.parse(readFileSync(schemaFile, 'utf8')).$id;
export const connectionFileMatch = [
  'bigcommerce.connection.yaml',
  'bigcommerce.connection.yml',
  '*.bigcommerce.connection.yaml',
  '*.bigcommerce.connection.yml',
];

/** yaml-language-server 2.x declares `engines.node >=22.13.0`. */
const minimumNode = [22, 13] as const;

const isRecentEnough = (version: string) => {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > minimumNode[0] || (major === minimumNode[0] && minor >= minimumNode[1]);
};

/**
 * The Node that runs the server: `BC_LINT_EDITOR_NODE` when set (`.ci/run` points it at Node 24 while the suite
 * runs on Node 20), else the Node running the tests when it is recent enough. `skip` says why there is none.
 */
export function editorNode(): { path: string; version: string } | { skip: string } {
  const chosen = process.env.BC_LINT_EDITOR_NODE;
  if (!chosen) {
    if (isRecentEnough(process.version)) return { path: process.execPath, version: process.version };
    return {
      skip:
        `yaml-language-server 2.x needs Node >= ${minimumNode.join('.')}; this is Node ${process.version}. ` +
        'Set BC_LINT_EDITOR_NODE to a newer node binary to run the editor tests',
    };
  }
  const probe = spawnSync(chosen, ['--version'], { encoding: 'utf8' });
  const version = probe.stdout?.trim() ?? '';
  // A wrong path or an old Node is a broken setup, not a reason to skip quietly.
  if (probe.status !== 0 || !isRecentEnough(version)) {
    throw new Error(`BC_LINT_EDITOR_NODE=${chosen} is not a Node >= ${minimumNode.join('.')} (${probe.error?.message ?? (version || probe.stderr)})`);
  }
  return { path: chosen, version };
}

/** Generous: a safety net for a hung server, not a speed requirement. */
const safetyTimeoutMs = 120_000;

export interface SessionOptions {
  /** The `yaml.schemas` setting: schema URL to file globs. Default: the bundled schema for connection files. */
  schemas?: Record<string, string[]>;
}

export interface EditorSession {
  /** Opens a document and resolves with the first diagnostics the server publishes for it. */
  open(uri: string, text: string): Promise<Diagnostic[]>;
  openFile(file: string): Promise<Diagnostic[]>;
  hover(uri: string, position: Position): Promise<Hover | null>;
  completion(uri: string, position: Position): Promise<CompletionItem[]>;
  /** Shuts the server down and makes sure its process is gone. */
  close(): Promise<void>;
}

export async function startYamlLanguageServer(options: SessionOptions = {}): Promise<EditorSession> {
  const node = editorNode();
  if ('skip' in node) throw new Error(node.skip);
  const serverBin = path.join(repoRoot, 'node_modules/yaml-language-server/bin/yaml-language-server');
  const server = spawn(node.path, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));

  const failures = new Set<(error: Error) => void>();
  let closing = false;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.once('exit', (code, signal) => {
    if (closing) return;
    for (const fail of failures) fail(new Error(`yaml-language-server exited (${code ?? signal}); stderr: ${stderr}`));
  });
  /** Resolves with the promise, or rejects when the server dies or the safety timeout passes. */
  const guarded = <T>(promise: Promise<T>, what: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      failures.add(fail);
      const timer = setTimeout(() => reject(new Error(`no answer from yaml-language-server: ${what}`)), safetyTimeoutMs);
      promise.then(resolve, reject).finally(() => {
        clearTimeout(timer);
        failures.delete(fail);
      });
    });

  const yamlSettings = {
    validate: true,
    hover: true,
    completion: true,
    // No network: no SchemaStore catalog, no Kubernetes CRDs.
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
    schemas: options.schemas ?? { [pathToFileURL(schemaFile).href]: connectionFileMatch },
  };
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === 'yaml' ? yamlSettings : null)),
  );
  // Schemas named by URL (a modeline or a $schema key) come to the client, as in VS Code. Only the published
  // URL is known here, served from the bundled file, so nothing reaches the network.
  connection.onRequest('vscode/content', (uri: string) => {
    if (uri === schemaId) return readFileSync(schemaFile, 'utf8');
    throw new ResponseError(1, `offline test client: no content for ${uri}`);
  });
  connection.onRequest(() => null); // client/registerCapability and anything else
  const published = new Map<string, (diagnostics: Diagnostic[]) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
    published.get(params.uri)?.(params.diagnostics);
    published.delete(params.uri);
  });
  const configured = new Promise<void>((resolve) => connection.onNotification('yaml/schema/store/initialized', () => resolve()));
  connection.listen();

  await guarded(
    connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(repoRoot).href,
      workspaceFolders: [{ uri: pathToFileURL(repoRoot).href, name: 'bc-lint' }],
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        },
      },
    }),
    'initialize',
  );
  await connection.sendNotification('initialized', {});
  // Both ask the server for notifications vscode-yaml relies on: schema content requests, and a signal once
  // the settings are applied, so documents are opened only when the schema association is in place.
  await connection.sendNotification('yaml/registerContentRequest');
  await connection.sendNotification('yaml/supportSchemaSelection');
  await guarded(configured, 'settings applied');

  let opened = 0;
  const session: EditorSession = {
    open(uri, text) {
      const diagnostics = new Promise<Diagnostic[]>((resolve) => published.set(uri, resolve));
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++opened, text } });
      return guarded(diagnostics, `diagnostics for ${uri}`);
    },
    openFile(file) {
      return session.open(pathToFileURL(file).href, readFileSync(file, 'utf8'));
    },
    hover(uri, position) {
      return guarded(connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position }), `hover in ${uri}`);
    },
    async completion(uri, position) {
      const result = await guarded(
        connection.sendRequest<CompletionItem[] | { items: CompletionItem[] } | null>('textDocument/completion', { textDocument: { uri }, position }),
        `completion in ${uri}`,
      );
      return Array.isArray(result) ? result : (result?.items ?? []);
    },
    async close() {
      closing = true;
      try {
        await guarded(connection.sendRequest('shutdown'), 'shutdown');
        await connection.sendNotification('exit');
        await guarded(exited, 'exit');
      } finally {
        if (server.exitCode === null && server.signalCode === null) server.kill();
        connection.dispose();
      }
    },
  };
  return session;
}

/** The text a snippet inserts, with every tab stop left at its default (what pressing Tab through it gives). */
export function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([\\$}])/g, '$1');
}
