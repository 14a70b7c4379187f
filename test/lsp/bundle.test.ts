/** The language server loads only for `bc-lint lsp`: the CLI's main bundle holds none of it. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cliPath } from '../helpers.js';

test("the CLI's main bundle does not include vscode-languageserver; a chunk of its own does", () => {
  // Strings of vscode-languageserver's own code, which minifying keeps.
  const serverMarkers = ['textDocument/publishDiagnostics', 'workspace/didChangeWatchedFiles', 'Content-Length'];
  const main = readFileSync(cliPath, 'utf8');
  for (const marker of serverMarkers) assert.ok(!main.includes(marker), `dist/cli/index.js contains ${marker}`);
  const chunks = readdirSync(path.dirname(cliPath)).filter((name) => /^\d+\.index\.js$/.test(name));
  const serverChunks = chunks.filter((name) => readFileSync(path.join(path.dirname(cliPath), name), 'utf8').includes('textDocument/publishDiagnostics'));
  assert.equal(serverChunks.length, 1, 'vscode-languageserver is bundled into one chunk, loaded by `bc-lint lsp`');
});
