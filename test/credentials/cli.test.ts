/** no-committed-credentials through the built CLI, in temporary git repositories and folders without git. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, type JsonResult } from '../helpers.js';
import { allSecrets, clientSecret, download, envToken, ignoredToken, makeFolder, sixLineDownload, stencilToken, validConnection } from './fixtures.js';

const rule = 'no-committed-credentials';

function findingsOf(cwd: string, args: string[] = []): { status: number | null; results: JsonResult[] } {
  const run = runCli(['-f', 'json', ...args], { cwd });
  assert.equal(run.stderr, '');
  return { status: run.status, results: JSON.parse(run.stdout) as JsonResult[] };
}

/** "file line:column message-start" for each credential finding, in output order. */
function described(cwd: string, results: JsonResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.filter((m) => m.ruleId === rule).map((m) => `${path.relative(cwd, result.filePath)} ${m.line}:${m.column} ${m.message.split(' in ')[0]}`),
  );
}

function assertNoSecret(text: string, label: string): void {
  for (const secret of allSecrets) assert.ok(!text.includes(secret), `${label} shows a credential value`);
}

const acceptanceFiles = {
  'api-account.txt': download,
  'secrets.stencil.json': `{\n  "accessToken": "${stencilToken}"\n}\n`,
  '.env': `BIGCOMMERCE_ACCESS_TOKEN=${ignoredToken}\n`,
  '.env.production': `BIGCOMMERCE_STORE_HASH=ci4bzn8adz\nBIGCOMMERCE_ACCESS_TOKEN=${envToken}\n`,
  '.gitignore': '.env\n',
};

test('acceptance: a committed download, a tracked Stencil file, an ignored .env and a tracked .env.production give exactly four findings', () => {
  const repo = makeFolder(acceptanceFiles, { tracked: ['api-account.txt', 'secrets.stencil.json', '.env.production', '.gitignore'] });
  const { status, results } = findingsOf(repo);
  assert.equal(status, 1);
  assert.deepEqual(described(repo, results), [
    '.env.production 2:26 plaintext `BIGCOMMERCE_ACCESS_TOKEN`',
    'api-account.txt 1:15 plaintext access token (`ACCESS TOKEN:`)',
    'api-account.txt 5:16 plaintext client secret (`CLIENT SECRET:`)',
    'secrets.stencil.json 2:18 plaintext `accessToken`',
  ]);
  for (const result of results) for (const message of result.messages) assert.match(message.message, /create a new API account .*delete the old one/);
  // No value in any format: stylish, json (with its source), sarif, github.
  for (const format of ['stylish', 'json', 'sarif', 'github']) {
    const run = runCli(['-f', format], { cwd: repo });
    assert.equal(run.status, 1, format);
    assertNoSecret(run.stdout + run.stderr, format);
    if (format !== 'json') assert.match(run.stdout, /no-committed-credentials/, format);
  }
});

test('untracked files git does not ignore are checked; nested .gitignore files and negated patterns are honoured', () => {
  const repo = makeFolder(
    {
      'keep/.gitignore': '*.txt\n!visible.txt\n',
      'keep/hidden.txt': download,
      'keep/visible.txt': download,
      'deep/er/.env.local': `BC_AUTH_TOKEN=${envToken}\n`,
      'deep/.gitignore': '.env.*\n',
      'forced/.env.ci': `CATALYST_ACCESS_TOKEN=${envToken}\n`,
      '.gitignore': 'forced/\n',
      'untracked.env.txt': download,
    },
    { force: ['forced/.env.ci'] },
  );
  const { status, results } = findingsOf(repo);
  assert.equal(status, 1);
  assert.deepEqual(described(repo, results), [
    'forced/.env.ci 1:23 plaintext `CATALYST_ACCESS_TOKEN`', // tracked, though .gitignore matches it
    'keep/visible.txt 1:15 plaintext access token (`ACCESS TOKEN:`)',
    'keep/visible.txt 5:16 plaintext client secret (`CLIENT SECRET:`)',
    'untracked.env.txt 1:15 plaintext access token (`ACCESS TOKEN:`)',
    'untracked.env.txt 5:16 plaintext client secret (`CLIENT SECRET:`)',
  ]);
});

test('without git on PATH the ignore files are read by the library: the same verdicts for untracked files', () => {
  const repo = makeFolder(
    {
      'keep/.gitignore': '*.txt\n!visible.txt\n',
      'keep/hidden.txt': download,
      'keep/visible.txt': download,
      'deep/.gitignore': '.env.*\n',
      'deep/er/.env.local': `BC_AUTH_TOKEN=${envToken}\n`,
      'excluded/.env': `BC_AUTH_TOKEN=${envToken}\n`,
      'ignored-folder/sub/.gitignore': '!.env\n',
      'ignored-folder/sub/.env': `BC_AUTH_TOKEN=${envToken}\n`,
      '.gitignore': 'ignored-folder/\n',
    },
    { tracked: [] },
  );
  writeFileSync(path.join(repo, '.git/info/exclude'), 'excluded/\n');
  const run = runCli(['-f', 'json'], { cwd: repo, env: { PATH: '' } });
  const results = JSON.parse(run.stdout) as JsonResult[];
  assert.deepEqual(described(repo, results), [
    'keep/visible.txt 1:15 plaintext access token (`ACCESS TOKEN:`)',
    'keep/visible.txt 5:16 plaintext client secret (`CLIENT SECRET:`)',
  ]);
});

test('outside a git work tree every credential file found is checked, .gitignore or not', () => {
  const folder = makeFolder({ '.gitignore': '.env\n', '.env': `BC_APP_SECRET=${clientSecret}\n`, 'creds.txt': sixLineDownload });
  const { status, results } = findingsOf(folder);
  assert.equal(status, 1);
  assert.deepEqual(described(folder, results), [
    '.env 1:15 plaintext `BC_APP_SECRET`',
    'creds.txt 2:16 plaintext client secret (`CLIENT SECRET:`)',
    'creds.txt 4:15 plaintext access token (`ACCESS TOKEN:`)',
  ]);
});

test('a git-ignored file named on the command line is checked', () => {
  const repo = makeFolder({ '.env': `BC_AUTH_TOKEN=${envToken}\n`, '.gitignore': '.env\n' }, { tracked: ['.gitignore'] });
  const searched = runCli([], { cwd: repo });
  assert.equal(searched.status, 2, 'a search skips the ignored .env, and finds nothing else');
  const { status, results } = findingsOf(repo, ['.env']);
  assert.equal(status, 1);
  assert.deepEqual(described(repo, results), ['.env 1:15 plaintext `BC_AUTH_TOKEN`']);
});

test('a run that finds only credential files is not "no connection files found"; one without any is', () => {
  const clean = makeFolder({ 'secrets.stencil.json': '{ "accessToken": "" }\n', 'notes.txt': 'NAME: just notes\n' });
  const { status, results } = findingsOf(clean);
  assert.equal(status, 0);
  assert.deepEqual(
    results.map((result) => path.basename(result.filePath)),
    ['secrets.stencil.json'],
  );
  const nothing = makeFolder({ 'notes.txt': 'NAME: just notes\n', '.env': 'DATABASE_URL=postgres://x\n' });
  const run = runCli([], { cwd: nothing });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /no connection files found/);
});

test('binary and huge .txt files: only the first 4 KB decide, binary data is not the download', () => {
  const labelsLate = 'x'.repeat(5000) + '\n' + download;
  const huge = download + 'y'.repeat(40 * 1024 * 1024); // larger than a connection file may be
  const binary = Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(download)]);
  const folder = makeFolder({ 'late.txt': labelsLate, 'huge.txt': huge, 'binary.txt': binary, 'bigcommerce.connection.yaml': validConnection });
  const { status, results } = findingsOf(folder);
  assert.equal(status, 1);
  assert.deepEqual(described(folder, results), [
    'huge.txt 1:15 plaintext access token (`ACCESS TOKEN:`)',
    'huge.txt 5:16 plaintext client secret (`CLIENT SECRET:`)',
  ]);
  const hugeResult = results.find((result) => result.filePath.endsWith('huge.txt')) as JsonResult & { source?: string };
  assert.equal(hugeResult.source, undefined, 'a file read only in part has no source');
});

test('a file named on the command line holding the download is checked; a named .txt that is not the download is linted as YAML, as before', () => {
  const folder = makeFolder({ 'pasted.yaml': download, 'other.txt': 'name: x\n' });
  const named = findingsOf(folder, ['pasted.yaml']);
  assert.deepEqual(described(folder, named.results), [
    'pasted.yaml 1:15 plaintext access token (`ACCESS TOKEN:`)',
    'pasted.yaml 5:16 plaintext client secret (`CLIENT SECRET:`)',
  ]);
  const other = findingsOf(folder, ['other.txt']);
  assert.ok(other.results[0]!.messages.some((message) => message.ruleId === 'schema'));
});

test('the json source of a credential file stars every value; the rule can be turned off by the project config', () => {
  const folder = makeFolder({
    'secrets.stencil.json': `{"accessToken": "${stencilToken}", "githubToken": "ghp_0123456789abcdefghijklmnopqrstuv"}\n`,
  });
  const { results } = findingsOf(folder);
  const source = (results[0] as JsonResult & { source?: string }).source!;
  assert.equal(source, `{"accessToken": ${'*'.repeat(stencilToken.length + 2)}, "githubToken": ${'*'.repeat(38)}}\n`);
  writeFileSync(path.join(folder, '.bc-lint.yaml'), `rules:\n  ${rule}: off\n`);
  // Turned off, the rule reads no credential file: this folder then holds nothing to lint.
  const off = runCli([], { cwd: folder });
  assert.equal(off.status, 2);
  assertNoSecret(off.stdout + off.stderr, 'rule off');
});
