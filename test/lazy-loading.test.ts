/**
 * Issue #16: the language server, credential-file discovery and the import command add nothing to a one-file lint's
 * start-up. A module-loader hook lists the bundle's files that Node loads for `bc-lint FILE`; none of those chunks
 * may hold the code of a feature the run does not use.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cliPath, examplesDir } from './helpers.js';

const hook = `export async function load(url, context, next) {
  if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n');
  return next(url, context);
}`;
const registerHook = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;

function bundleFilesLoaded(args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(registerHook)}`, cliPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  assert.equal(result.status, 0, result.stderr);
  return [...result.stderr.matchAll(/^LOADED (.*)$/gm)].map((match) => fileURLToPath(match[1]!));
}

/** Strings that only the code of one feature holds (kept by minifying: protocol names and file-format labels). */
const featureMarkers = {
  'the language server (vscode-languageserver)': 'textDocument/publishDiagnostics',
  'credential-file discovery and `bc-lint import` (the download layout)': 'API PATH',
  'the SARIF formatter': 'sarif-schema-2.1.0',
};

test('a one-file lint loads no chunk of the language server, credential discovery, import or other formats', () => {
  const loaded = bundleFilesLoaded([path.join(examplesDir, 'valid/bigcommerce.connection.yaml')]);
  assert.ok(loaded.includes(cliPath), `the hook saw the CLI load: ${loaded.join(', ')}`);
  assert.ok(loaded.length > 1, 'the lint chunks load on demand');
  for (const file of loaded) {
    const code = readFileSync(file, 'utf8');
    for (const [feature, marker] of Object.entries(featureMarkers)) {
      assert.ok(!code.includes(marker), `${path.basename(file)} holds ${feature}`);
    }
  }
});

test('the markers are real: each feature loads its chunk when it is used', () => {
  const loaded = bundleFilesLoaded(['--format', 'sarif', path.join(examplesDir, 'valid/bigcommerce.connection.yaml')]);
  assert.ok(
    loaded.some((file) => readFileSync(file, 'utf8').includes(featureMarkers['the SARIF formatter'])),
    'the SARIF run loads a chunk holding the SARIF marker',
  );
  const bundle = readdirSync(path.dirname(cliPath))
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(path.join(path.dirname(cliPath), name), 'utf8'));
  for (const [feature, marker] of Object.entries(featureMarkers)) {
    assert.ok(
      bundle.some((code) => code.includes(marker)),
      `some file of the bundle holds ${feature}`,
    );
  }
});
