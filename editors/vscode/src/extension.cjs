// The bc-lint extension: starts `bc-lint lsp` for connection files. Everything else (diagnostics, quick fixes,
// "fix all" on save, hover) comes from the server. Bundled to dist/extension.js by build.mjs.
const { existsSync } = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

const connectionFiles = ['**/bigcommerce.connection.{yaml,yml}', '**/*.bigcommerce.connection.{yaml,yml}'];

/** @type {import('vscode-languageclient/node').LanguageClient | undefined} */
let client;

/** The workspace's own bc-lint when it has one (the version its CI runs), else npx. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration('bc-lint').get('path');
  if (configured) return { command: configured, args: ['lsp'] };
  const windows = process.platform === 'win32';
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', windows ? 'bc-lint.cmd' : 'bc-lint');
    if (existsSync(local)) return { command: local, args: ['lsp'], options: { shell: windows } };
  }
  return { command: windows ? 'npx.cmd' : 'npx', args: ['--yes', 'bc-lint', 'lsp'], options: { shell: windows } };
}

async function activate(context) {
  const server = { ...serverCommand(), transport: TransportKind.stdio };
  client = new LanguageClient(
    'bc-lint',
    'bc-lint',
    { run: server, debug: server },
    {
      documentSelector: connectionFiles.map((pattern) => ({ scheme: 'file', pattern })),
      // The server registers its own watcher for .bc-lint.yaml; this covers clients without dynamic registration.
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.bc-lint.{yaml,yml}') },
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

async function deactivate() {
  await client?.stop();
}

module.exports = { activate, deactivate };
