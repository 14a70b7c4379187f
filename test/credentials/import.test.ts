/** `bc-lint import` through the built CLI: the download becomes a connection file; secrets only in a git-ignored file. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, type JsonResult } from '../helpers.js';
import { accessToken, allSecrets, clientSecret, download, makeFolder, sixLineDownload } from './fixtures.js';

function assertNoSecret(text: string, label: string): void {
  for (const secret of allSecrets) assert.ok(!text.includes(secret), `${label} shows a credential value`);
}

test('import, then lint: only the scopes are left to decide, each pointing at the control panel', () => {
  const folder = makeFolder({ 'api-account.txt': download });
  const run = runCli(['import', 'api-account.txt'], { cwd: folder });
  assert.equal(run.status, 0, run.stderr);
  assertNoSecret(run.stdout + run.stderr, 'import output');
  const written = readFileSync(path.join(folder, 'bigcommerce.connection.yaml'), 'utf8');
  assertNoSecret(written, 'the connection file');
  for (const line of [
    'name: Acme ERP sync',
    'storeHash: ci4bzn8adz',
    'apiPath: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/',
    'authType: custom',
    'clientId: k3j4h5g6f7d8s9a0p1o2i3u4y5t6r7e',
    'clientSecret: ${BIGCOMMERCE_CLIENT_SECRET}',
    'accessToken: ${BIGCOMMERCE_ACCESS_TOKEN}',
  ]) {
    assert.ok(written.includes(`\n${line}\n`), `writes ${line}`);
  }
  const lint = runCli(['-f', 'json', 'bigcommerce.connection.yaml'], { cwd: folder });
  assert.equal(lint.status, 1);
  const messages = (JSON.parse(lint.stdout) as JsonResult[])[0]!.messages;
  assert.equal(messages.length, 28, 'one finding per scope row');
  for (const message of messages) {
    assert.equal(message.ruleId, 'schema');
    assert.match(
      message.message,
      /^`scopes\.\w+` is still to decide: set the level of the ".+" row of this API account, shown in the control panel under Settings > API > Store-level API accounts/,
    );
  }
  assert.match(messages.find((m) => m.message.startsWith('`scopes.sitesAndRoutes`'))!.message, /"Sites & routes" row/);
});

test("import --integration writes the profile's scopes, and the file lints clean", () => {
  const folder = makeFolder({ 'download.txt': sixLineDownload });
  const run = runCli(['import', 'download.txt', '--integration', 'wordpress', '--out', 'wp.bigcommerce.connection.yaml'], { cwd: folder });
  assert.equal(run.status, 0, run.stderr);
  assertNoSecret(run.stdout + run.stderr, 'import output');
  const lint = runCli(['wp.bigcommerce.connection.yaml'], { cwd: folder });
  assert.equal(lint.stdout, '');
  assert.equal(lint.status, 0);
  assert.match(readFileSync(path.join(folder, 'wp.bigcommerce.connection.yaml'), 'utf8'), /\nintegration: wordpress\n/);
});

test('both label orders and the six-line variant give the same connection', () => {
  const reordered = download.split('\n').filter(Boolean).reverse().join('\n') + '\n';
  const texts = [download, sixLineDownload, reordered];
  const folder = makeFolder(Object.fromEntries(texts.map((text, i) => [`d${i}.txt`, text])));
  const written = texts.map((_, i) => {
    const run = runCli(['import', `d${i}.txt`, '--out', `c${i}.yaml`], { cwd: folder });
    assert.equal(run.status, 0, run.stderr);
    return readFileSync(path.join(folder, `c${i}.yaml`), 'utf8').replace(/from d\d\.txt/, '');
  });
  assert.equal(written[1], written[0]);
  assert.equal(written[2], written[0]);
});

test('a file that is not the download exits 2 saying what was expected; nothing is written', () => {
  const folder = makeFolder({ 'notes.txt': 'NAME: shopping list\nmilk\n', 'binary.txt': Buffer.from([0, 1, 2, 3]) });
  for (const file of ['notes.txt', 'binary.txt']) {
    const run = runCli(['import', file], { cwd: folder });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /is not the API-credentials download .*expected .*"ACCESS TOKEN: \.\.\.", "CLIENT ID: \.\.\."/);
  }
  assert.ok(!existsSync(path.join(folder, 'bigcommerce.connection.yaml')));
  assert.equal(runCli(['import'], { cwd: folder }).status, 2);
});

test('import never overwrites a file', () => {
  const folder = makeFolder({ 'd.txt': download, 'bigcommerce.connection.yaml': 'mine\n' });
  const run = runCli(['import', 'd.txt'], { cwd: folder });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /already exists; bc-lint import does not overwrite files/);
  assert.equal(readFileSync(path.join(folder, 'bigcommerce.connection.yaml'), 'utf8'), 'mine\n');
});

test('--env-file writes the secrets only to a file git ignores, else exit 2 saying why', () => {
  const repo = makeFolder({ 'd.txt': download, '.gitignore': '.env.local\n' }, { tracked: ['.gitignore'] });
  const notIgnored = runCli(['import', 'd.txt', '-E', '.env.shared'], { cwd: repo });
  assert.equal(notIgnored.status, 2);
  assert.match(notIgnored.stderr, /\.env\.shared would hold the access token and client secret, but git does not ignore it/);
  assert.ok(!existsSync(path.join(repo, '.env.shared')) && !existsSync(path.join(repo, 'bigcommerce.connection.yaml')));

  const run = runCli(['import', 'd.txt', '-E', '.env.local'], { cwd: repo });
  assert.equal(run.status, 0, run.stderr);
  assertNoSecret(run.stdout + run.stderr, 'import output');
  const envFile = path.join(repo, '.env.local');
  assert.equal(
    readFileSync(envFile, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n'),
    `BIGCOMMERCE_ACCESS_TOKEN=${accessToken}\nBIGCOMMERCE_CLIENT_SECRET=${clientSecret}\n`,
  );
  assert.equal(statSync(envFile).mode & 0o077, 0, 'readable by its owner only');
  // The repository now holds the download (untracked, not ignored) and an ignored .env.local: only the download is reported.
  const lint = runCli(['-f', 'json'], { cwd: repo });
  const reported = (JSON.parse(lint.stdout) as JsonResult[])
    .filter((result) => result.messages.some((m) => m.ruleId === 'no-committed-credentials'))
    .map((result) => path.basename(result.filePath));
  assert.deepEqual(reported, ['d.txt']);

  // An existing ignored file that already sets the variables is not changed.
  writeFileSync(path.join(repo, 'd2.txt'), download);
  const again = runCli(['import', 'd2.txt', '--out', 'second.yaml', '-E', '.env.local'], { cwd: repo });
  assert.equal(again.status, 2);
  assert.match(again.stderr, /already sets BIGCOMMERCE_ACCESS_TOKEN and BIGCOMMERCE_CLIENT_SECRET/);
});

test('--env-file outside a git work tree exits 2: nothing would keep the secrets out of a commit', () => {
  const folder = makeFolder({ 'd.txt': download });
  const run = runCli(['import', 'd.txt', '-E', 'secrets.env'], { cwd: folder });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /not inside a git work tree/);
  assert.ok(!existsSync(path.join(folder, 'secrets.env')));
});
