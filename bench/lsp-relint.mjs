// The `bc-lint lsp` row of npm run bench: how long the language server takes to answer a change to an open file
// (didChange sent -> publishDiagnostics for that version received), as an editor sees it while the user types.
// Usage: node bench/lsp-relint.mjs <node> <dist/cli/index.js> <connection file> [edits]; prints the median in ms.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const [node, cli, file, editCount = '41'] = process.argv.slice(2);
const server = spawn(node, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', ({ uri, version }) => waiting.get(`${uri}@${version}`)?.());
connection.listen();
const answered = (uri, version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve));

const folder = pathToFileURL(path.dirname(file)).href;
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: folder,
  workspaceFolders: [{ uri: folder, name: 'bench' }],
  capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
});
await connection.sendNotification('initialized', {});
const uri = pathToFileURL(file).href;
const text = readFileSync(file, 'utf8');
const opened = answered(uri, 1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
await opened;

// Each edit changes the text (a comment line that grows), so every version is linted afresh.
const times = [];
for (let version = 2; version < 2 + Number(editCount); version++) {
  const diagnostics = answered(uri, version);
  const start = process.hrtime.bigint();
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ text: `${text}# edit ${'x'.repeat(version)}\n` }],
  });
  await diagnostics;
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
times.sort((a, b) => a - b);
process.stdout.write(`${times[times.length >> 1].toFixed(2)}\n`);
