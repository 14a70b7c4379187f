/**
 * Contract v2 through the built CLI: a rule's configured severity is final (one problem, one finding), the
 * severity words, config errors in file order, and files the config ignores (skipped silently, exit 0 when every
 * matched file is ignored) with the CLI, with real pre-commit, and with the Action.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { makeRepo, runAction } from '../action/harness.js';
import { cliPath, connection, runCli, type JsonResult } from '../helpers.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-v2-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const celigoOnTokenAuth = connection({ authType: 'token', subdomain: 'acme', integration: 'celigo', scopes: '<omit>' });
const afterCutoff = '2026-07-01';

const messagesOf = (stdout: string) =>
  (JSON.parse(stdout) as JsonResult[]).flatMap((result) => result.messages.map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`));

test('no-token-auth: warn on a Celigo token connection gives one warning, from no-token-auth, and exit 0', () => {
  const root = project({ '.bc-lint.yaml': 'rules:\n  no-token-auth: warn\n', 'bigcommerce.connection.yaml': celigoOnTokenAuth });
  const json = runCli(['--format', 'json', '--today', afterCutoff], { cwd: root });
  assert.equal(json.status, 0, json.stdout + json.stderr);
  assert.deepEqual(messagesOf(json.stdout), ['no-token-auth 1 3:11']);
  const stylish = runCli(['--today', afterCutoff], { cwd: root });
  assert.equal(stylish.status, 0);
  assert.match(stylish.stdout, /warning {2}`authType: token` uses a storefront token.* no-token-auth\n/);
  assert.match(stylish.stdout, /1 problem \(0 errors, 1 warning\)/);
  // Without the config the same file fails, still with one finding.
  const strict = runCli(['--format', 'json', '--today', afterCutoff, '--config', '/dev/null'], { cwd: root });
  assert.equal(strict.status, 1);
  assert.deepEqual(messagesOf(strict.stdout), ['no-token-auth 2 3:11']);
});

test('no-plaintext-secret: off silences plaintext secrets, and the schema does not report them instead', () => {
  const secret = 'f'.repeat(64);
  const root = project({ '.bc-lint.yaml': 'rules:\n  no-plaintext-secret: off\n', 'bigcommerce.connection.yaml': connection({ clientSecret: secret }) });
  const run = runCli(['--format', 'json'], { cwd: root });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.deepEqual(messagesOf(run.stdout), []);
  assert.ok(!run.stdout.includes(secret));
});

test('severity words: off, warn, warning, error and 0, 1, 2', () => {
  const file = connection({ tokenType: 'stencil-cli', authType: 'token', scopes: '<omit>' });
  const cases: [string, string, number, string[]][] = [
    ['warning', '2', 1, ['no-token-auth 1', 'token-type 2']],
    ['1', 'off', 0, ['no-token-auth 1']],
    ['0', 'warn', 0, ['token-type 1']],
    ['2', '0', 1, ['no-token-auth 2']],
    ['error', '1', 1, ['no-token-auth 2', 'token-type 1']],
  ];
  for (const [tokenAuth, tokenType, status, expected] of cases) {
    const root = project({ '.bc-lint.yaml': `rules:\n  no-token-auth: ${tokenAuth}\n  token-type: ${tokenType}\n`, 'bigcommerce.connection.yaml': file });
    const run = runCli(['--format', 'json', '--today', afterCutoff], { cwd: root });
    assert.equal(run.status, status, `${tokenAuth}/${tokenType}: ${run.stdout}${run.stderr}`);
    assert.deepEqual(
      messagesOf(run.stdout).map((m) => m.split(' ').slice(0, 2).join(' ')),
      expected,
      `${tokenAuth}/${tokenType}`,
    );
  }
  for (const bad of ['3', '"1"', 'warnings', 'true']) {
    const root = project({ '.bc-lint.yaml': `rules:\n  schema: ${bad}\n`, 'bigcommerce.connection.yaml': connection() });
    const run = runCli([], { cwd: root });
    assert.equal(run.status, 2, bad);
    assert.match(
      run.stderr,
      /\.bc-lint\.yaml:2:11: `rules\.schema` must be `off`, `warn`, `warning`, `error`, `0`, `1` or `2`; (the value is not one of them|it is .*)\.\n/,
      bad,
    );
  }
});

test('config errors come in file order', () => {
  const config = [
    'rules:',
    '  yaml-syntax: wrn',
    '  no-token-atuh: warn',
    'ignore:',
    '  - 42',
    'integrations:',
    '  erp:',
    '    needs: { orderz: modify }',
    'rulez: {}',
    '',
  ].join('\n');
  const root = project({ '.bc-lint.yaml': config, 'bigcommerce.connection.yaml': connection() });
  const run = runCli([], { cwd: root });
  assert.equal(run.status, 2);
  const lines = [...run.stderr.matchAll(/\.bc-lint\.yaml:(\d+):(\d+):/g)].map((match) => Number(match[1]));
  assert.deepEqual(lines, [2, 3, 5, 8, 9], run.stderr);
});

const ignoringLegacy = { '.bc-lint.yaml': 'ignore:\n  - legacy/**\n', 'legacy/old.bigcommerce.connection.yaml': 'broken: [\n' };

test('a file named on the command line that the config ignores is skipped silently; exit 0 when it is the only one', () => {
  const root = project({ ...ignoringLegacy, 'stores/us.bigcommerce.connection.yaml': connection() });
  const only = runCli(['legacy/old.bigcommerce.connection.yaml'], { cwd: root });
  assert.deepEqual([only.status, only.stdout, only.stderr], [0, '', '']);
  const json = runCli(['--format', 'json', 'legacy/old.bigcommerce.connection.yaml'], { cwd: root });
  assert.deepEqual([json.status, JSON.parse(json.stdout)], [0, []]);
  const withOther = runCli(['--format', 'json', 'legacy/old.bigcommerce.connection.yaml', 'stores/us.bigcommerce.connection.yaml'], { cwd: root });
  assert.equal(withOther.status, 0);
  assert.deepEqual(
    (JSON.parse(withOther.stdout) as JsonResult[]).map((r) => path.relative(root, r.filePath)),
    [path.join('stores', 'us.bigcommerce.connection.yaml')],
  );
  // A folder or a glob whose every file is ignored, and discovery in a folder whose every file is ignored.
  assert.equal(runCli(['legacy'], { cwd: root }).status, 0);
  assert.equal(runCli(['legacy/*.bigcommerce.connection.yaml'], { cwd: root }).status, 0);
  assert.equal(runCli([], { cwd: path.join(root, 'legacy') }).status, 0);
});

test('exit 2 "no connection files found" only when nothing matched at all', () => {
  const root = project({ ...ignoringLegacy, 'notes/readme.md': 'nothing\n' });
  const run = runCli([], { cwd: path.join(root, 'notes') });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /no connection files found/);
});

test("ignore globs are relative to the config file's folder, from any working folder and with --config", () => {
  const root = project({
    'config/.bc-lint.yaml': 'ignore:\n  - legacy/**\n',
    'config/legacy/old.bigcommerce.connection.yaml': 'broken: [\n',
    'legacy/not-ignored.bigcommerce.connection.yaml': 'broken: [\n',
  });
  const fromRoot = runCli(['--format', 'json', '--config', 'config/.bc-lint.yaml'], { cwd: root });
  assert.equal(fromRoot.status, 1);
  assert.deepEqual(
    (JSON.parse(fromRoot.stdout) as JsonResult[]).map((r) => path.relative(root, r.filePath)),
    [path.join('legacy', 'not-ignored.bigcommerce.connection.yaml')],
  );
  const fromLegacy = runCli(['old.bigcommerce.connection.yaml'], { cwd: path.join(root, 'config/legacy') });
  assert.deepEqual([fromLegacy.status, fromLegacy.stdout], [0, '']);
});

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

test('pre-commit (the real program) passes a commit whose only connection file is ignored, and fails one that is not', () => {
  const root = project({
    ...ignoringLegacy,
    // The hook as .pre-commit-hooks.yaml declares it, run from this build instead of an npm install.
    '.pre-commit-config.yaml': [
      'repos:',
      '  - repo: local',
      '    hooks:',
      '      - id: bc-lint',
      '        name: bc-lint',
      `        entry: '${process.execPath} ${cliPath}'`,
      '        language: system',
      '        files: (^|/)([^/]+\\.)?bigcommerce\\.connection\\.ya?ml$',
      '        types: [file]',
      '',
    ].join('\n'),
  });
  const env = {
    ...process.env,
    PRE_COMMIT_HOME: path.join(root, '.cache'),
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
  git(root, 'init', '-q');
  git(root, 'add', '.bc-lint.yaml', '.pre-commit-config.yaml', 'legacy/old.bigcommerce.connection.yaml');
  const ignored = spawnSync('pre-commit', ['run'], { cwd: root, encoding: 'utf8', env });
  assert.equal(ignored.status, 0, ignored.stdout + ignored.stderr);
  assert.match(ignored.stdout, /bc-lint\.+Passed/);

  writeFileSync(path.join(root, 'us.bigcommerce.connection.yaml'), 'broken: [\n');
  git(root, 'add', 'us.bigcommerce.connection.yaml');
  const broken = spawnSync('pre-commit', ['run'], { cwd: root, encoding: 'utf8', env });
  assert.equal(broken.status, 1, broken.stdout + broken.stderr);
  assert.match(broken.stdout, /bc-lint\.+Failed/);
  assert.match(broken.stdout, /us\.bigcommerce\.connection\.yaml/);
  assert.doesNotMatch(broken.stdout, /old\.bigcommerce\.connection\.yaml/);
});

test('the Action: every connection file ignored by the config passes, and the log says why', async () => {
  const workspace = makeRepo(ignoringLegacy);
  const run = await runAction({ workspace, inputs: { today: afterCutoff } });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^::notice title=bc-lint::Every connection file found \(1 file\) is ignored by the project config's `ignore`/m);
  assert.match(run.stdout, /^skip, ignored by the project config: legacy\/old\.bigcommerce\.connection\.yaml$/m);
  assert.doesNotMatch(run.stdout, /No connection files found/);
  assert.equal(run.outputs.files, '0');
});

test('the Action: fail-on accepts warn as well as warning', async () => {
  const workspace = makeRepo({ 'bigcommerce.connection.yaml': connection({ authType: 'token', scopes: '<omit>' }) });
  for (const failOn of ['warn', 'warning']) {
    const run = await runAction({ workspace, inputs: { today: '2026-06-30', 'fail-on': failOn } });
    assert.equal(run.status, 1, `${failOn}: ${run.stdout}`);
    assert.match(run.stdout, /::error::bc-lint found 0 errors and 1 warning in 1 file \(fail-on: warning\)\./);
  }
  const never = await runAction({ workspace, inputs: { today: '2026-06-30', 'fail-on': 'error' } });
  assert.equal(never.status, 0);
});
