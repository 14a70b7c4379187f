import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { builtinProfileNames } from '../src/model/profile-text.js';
import { allRuleMetas } from '../src/rules/index.js';
import { cliPath, connection, examplesDir, fixturesDir, repoRoot, runCli, type JsonMessage, type JsonResult } from './helpers.js';

const cliFixtures = path.join(fixturesDir, 'cli');

function tempProject(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** Every range must lie inside its file: lines exist, columns within the line (end one past the last character). */
function assertRangeInside(file: string, message: JsonMessage) {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''));
  const where = `${path.basename(file)} ${message.ruleId} ${message.line}:${message.column}-${message.endLine}:${message.endColumn}`;
  assert.ok(message.line >= 1 && message.line <= lines.length, where);
  assert.ok(message.endLine >= message.line && message.endLine <= lines.length, where);
  assert.ok(message.column >= 1 && message.column <= lines[message.line - 1]!.length + 1, where);
  assert.ok(message.endColumn >= 1 && message.endColumn <= lines[message.endLine - 1]!.length + 1, where);
  if (message.endLine === message.line) assert.ok(message.endColumn >= message.column, where);
}

test('--format json on examples/ prints ESLint-shaped results with ranges inside each file', () => {
  const run = runCli(['--format', 'json', '--today', '2026-11-22', 'examples/']);
  assert.equal(run.status, 1, run.stderr);
  const results = JSON.parse(run.stdout) as JsonResult[];
  assert.ok(results.length >= 5);
  let total = 0;
  for (const result of results) {
    assert.ok(path.isAbsolute(result.filePath));
    // `source` (the secret-free text) is there exactly when the file has findings, as in ESLint.
    assert.equal('source' in result, result.messages.length > 0);
    assert.deepEqual(
      Object.keys(result)
        .filter((key) => key !== 'source')
        .sort(),
      [
        'errorCount',
        'fatalErrorCount',
        'filePath',
        'fixableErrorCount',
        'fixableWarningCount',
        'messages',
        'suppressedMessages',
        'usedDeprecatedRules',
        'warningCount',
      ],
    );
    assert.equal(result.errorCount, result.messages.filter((m) => m.severity === 2).length);
    assert.equal(result.warningCount, result.messages.filter((m) => m.severity === 1).length);
    assert.equal(result.fixableErrorCount, result.messages.filter((m) => m.severity === 2 && m.fix).length);
    for (const message of result.messages) {
      assert.ok(
        allRuleMetas.some((meta) => meta.id === message.ruleId),
        String(message.ruleId),
      );
      assert.ok(message.severity === 1 || message.severity === 2);
      assert.ok(message.message.length > 10);
      assertRangeInside(result.filePath, message);
      if (message.fix) {
        const text = readFileSync(result.filePath, 'utf8');
        assert.ok(message.fix.range[0] >= 0 && message.fix.range[1] <= text.length);
      }
      total++;
    }
  }
  assert.ok(total >= 10);
  const valid = results.filter((result) => result.filePath.includes(`${path.sep}valid${path.sep}`));
  assert.ok(valid.length >= 2);
  for (const result of valid) assert.deepEqual(result.messages, []);
});

test('a new user linting a pasted API path, a committed token and token auth gets three findings and exit 1', () => {
  const run = runCli(['--today', '2026-11-22', path.join(cliFixtures, 'new-user.bigcommerce.connection.yaml')]);
  assert.equal(run.status, 1);
  const rows = run.stdout.split('\n').filter((line) => /^\s+\d+:\d+\s/.test(line));
  assert.equal(rows.length, 3, run.stdout);
  assert.match(rows[0]!, /^\s+2:12\s+error\s+.*API path.*`ci4bzn8adz`.*store-hash-format$/);
  assert.match(rows[1]!, /^\s+3:11\s+error\s+.*authType: token.*no-token-auth$/);
  assert.match(rows[2]!, /^\s+4:14\s+error\s+.*plaintext secret.*no-plaintext-secret$/);
  assert.match(run.stdout, /3 problems \(3 errors, 0 warnings\)/);
  assert.doesNotMatch(run.stdout, /q8w7e6r5t4y3u2i1o0p9a8s7d6f5g4h/);
});

test('clean files: exit 0 and no output', () => {
  const run = runCli([path.join(examplesDir, 'valid')]);
  assert.equal(run.status, 0, run.stdout);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr, '');
});

test('with no paths, finds both file-name forms below the folder, skipping node_modules and .git', () => {
  const root = tempProject({
    'bigcommerce.connection.yaml': connection({ tokenType: 'stencil-cli' }),
    'stores/us.bigcommerce.connection.yml': connection({ storeHash: 'stores/pq7rs2' }),
    'node_modules/pkg/bigcommerce.connection.yaml': 'broken: [',
    '.git/bigcommerce.connection.yaml': 'broken: [',
    'other.yaml': 'broken: [',
    'bigcommerce.connection.yaml.bak': 'broken: [',
  });
  const run = runCli(['--format', 'json'], { cwd: root });
  assert.equal(run.status, 1, run.stderr);
  const results = JSON.parse(run.stdout) as JsonResult[];
  assert.deepEqual(
    results.map((result) => [path.relative(root, result.filePath), result.messages.map((m) => m.ruleId)]),
    [
      ['bigcommerce.connection.yaml', ['token-type']],
      [path.join('stores', 'us.bigcommerce.connection.yml'), ['store-hash-format']],
    ],
  );
});

test('globs and explicit files are linted whatever their names', () => {
  const root = tempProject({ 'a/one.yaml': connection(), 'a/two.yaml': connection({ tokenType: 'stencil-cli' }) });
  const run = runCli(['--format', 'json', 'a/*.yaml'], { cwd: root });
  assert.equal(run.status, 1);
  assert.equal((JSON.parse(run.stdout) as JsonResult[]).length, 2);
  assert.equal(runCli(['a/one.yaml'], { cwd: root }).status, 0);
});

test('bad usage exits 2 with a one-line reason and no stack trace', () => {
  const cases: [string[], RegExp][] = [
    [['--no-such-flag'], /Unknown option '--no-such-flag'/],
    [['does/not/exist.yaml'], /no such file or folder: does\/not\/exist\.yaml/],
    [['nothing-*.yaml'], /no files match the pattern nothing-\*\.yaml/],
    [['--format', 'xml', 'examples/'], /unknown format "xml"/],
    [['--today', '2026-13-01', 'examples/'], /--today needs a date as YYYY-MM-DD/],
    [['--max-warnings', 'many', 'examples/'], /--max-warnings needs a whole number/],
  ];
  for (const [args, reason] of cases) {
    const run = runCli(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(run.stdout, '');
    assert.match(run.stderr, reason);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  }
});

test('a folder with no connection files exits 2 and says what it looked for', () => {
  const root = tempProject({ 'readme.md': '# nothing here' });
  const run = runCli([], { cwd: root });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /no connection files found below .*bigcommerce\.connection\.yaml/);
});

test('a file that cannot be read or parsed is reported and the other files are still linted', () => {
  const root = tempProject({
    'good.bigcommerce.connection.yaml': connection({ tokenType: 'stencil-cli' }),
    'syntax.bigcommerce.connection.yaml': 'name: [unclosed\n',
  });
  writeFileSync(path.join(root, 'latin1.bigcommerce.connection.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
  writeFileSync(path.join(root, 'locked.bigcommerce.connection.yaml'), connection());
  chmodSync(path.join(root, 'locked.bigcommerce.connection.yaml'), 0o000);
  // Root reads anything: respectFileModes makes the mode-000 file give the CLI a real EACCES, as root too.
  const run = runCli(['--format', 'json', '.'], { cwd: root, respectFileModes: true });
  assert.equal(run.status, 1, run.stderr);
  const byName = Object.fromEntries((JSON.parse(run.stdout) as JsonResult[]).map((result) => [path.basename(result.filePath), result.messages]));
  assert.deepEqual(
    byName['good.bigcommerce.connection.yaml']!.map((m) => m.ruleId),
    ['token-type'],
  );
  assert.deepEqual(
    byName['syntax.bigcommerce.connection.yaml']!.map((m) => m.ruleId),
    ['yaml-syntax'],
  );
  assert.deepEqual(
    byName['latin1.bigcommerce.connection.yaml']!.map((m) => m.ruleId),
    ['yaml-syntax'],
  );
  const locked = byName['locked.bigcommerce.connection.yaml'];
  assert.ok(locked, 'the unreadable file is reported');
  assert.equal(locked[0]!.ruleId, null);
  assert.match(locked[0]!.message, /cannot read the file \(EACCES\)/);
});

test('--today moves the no-token-auth boundary: 2026-06-30 warns, 2026-07-01 errs', () => {
  const root = tempProject({ 'bigcommerce.connection.yaml': connection({ authType: 'token', scopes: '<omit>' }).replace('scopes: <omit>\n', '') });
  const before = runCli(['--today', '2026-06-30'], { cwd: root });
  assert.equal(before.status, 0, before.stdout);
  assert.match(before.stdout, /warning .* no-token-auth/);
  const after = runCli(['--today', '2026-07-01'], { cwd: root });
  assert.equal(after.status, 1);
  assert.match(after.stdout, /error .* no-token-auth/);
});

test('--max-warnings and --quiet', () => {
  const root = tempProject({ 'bigcommerce.connection.yaml': connection({ authType: 'token', scopes: '<omit>' }) });
  assert.equal(runCli(['--today', '2026-06-30', '--max-warnings', '1'], { cwd: root }).status, 0);
  const strict = runCli(['--today', '2026-06-30', '--max-warnings', '0'], { cwd: root });
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /too many warnings \(maximum: 0\)/);
  const quiet = runCli(['--today', '2026-06-30', '--quiet', '--max-warnings', '0'], { cwd: root });
  assert.equal(quiet.status, 0);
  assert.equal(quiet.stdout, '');
});

test('colour: off with NO_COLOR or --no-color, on with FORCE_COLOR', () => {
  const file = path.join(cliFixtures, 'new-user.bigcommerce.connection.yaml');
  const escape = /\u001b\[/;
  assert.doesNotMatch(runCli([file], { env: { NO_COLOR: '1' } }).stdout, escape);
  assert.match(runCli([file], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout, escape);
  assert.doesNotMatch(runCli(['--no-color', file], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout, escape);
});

test('colour on a terminal: on by default, off with FORCE_COLOR=0 or NO_COLOR', (t) => {
  // util-linux's script gives the CLI a real terminal (a pty) as stdout, where colour is on unless told otherwise.
  if (spawnSync('script', ['--version']).status !== 0) {
    if (process.env.CI) assert.fail('script (util-linux/bsdutils) is needed in CI to give the CLI a terminal');
    t.skip('script (util-linux) is not installed: no terminal to test on');
    return;
  }
  const file = path.join(cliFixtures, 'new-user.bigcommerce.connection.yaml');
  const onTerminal = (env: Record<string, string | undefined>) =>
    spawnSync('script', ['--quiet', '--return', '--command', `'${process.execPath}' '${cliPath}' '${file}'`, '/dev/null'], {
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color', ...env },
      encoding: 'utf8',
    }).stdout;
  const escape = /\u001b\[/;
  const plain = onTerminal({});
  assert.match(plain, /store-hash-format|error/, plain);
  assert.match(plain, escape, 'a terminal gets colour by default');
  assert.doesNotMatch(onTerminal({ FORCE_COLOR: '0' }), escape, 'FORCE_COLOR=0 turns colour off');
  assert.doesNotMatch(onTerminal({ FORCE_COLOR: 'false' }), escape, 'FORCE_COLOR=false turns colour off');
  assert.doesNotMatch(onTerminal({ NO_COLOR: '1' }), escape, 'NO_COLOR turns colour off');
  assert.match(onTerminal({ FORCE_COLOR: '1', NO_COLOR: '1' }), escape, 'FORCE_COLOR wins over NO_COLOR, as in Node');
});

test('--version, --help and the rules command', () => {
  const version = runCli(['--version']);
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  const help = runCli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: bc-lint/);
  for (const flag of ['--format', '--max-warnings', '--quiet', '--today', '--no-color']) assert.match(help.stdout, new RegExp(flag));
  const rules = runCli(['rules']);
  assert.equal(rules.status, 0);
  for (const meta of allRuleMetas) {
    assert.match(rules.stdout, new RegExp(`^${meta.id}\\s+${meta.defaultSeverity}\\s+(fixable\\s+)?\\S`, 'm'));
  }
  // A header and a row per rule, then a header and a row per built-in integration profile.
  const [ruleRows, profileRows] = rules.stdout
    .trim()
    .split('\n\n')
    .map((block) => block.split('\n'));
  assert.equal(ruleRows!.length, allRuleMetas.length + 1);
  assert.deepEqual(
    profileRows!.slice(1).map((row) => row.split(/\s+/)[0]),
    builtinProfileNames(),
  );
});

test('no secret value reaches any output, in any format', () => {
  const file = path.join(cliFixtures, 'secrets.bigcommerce.connection.yaml');
  const secrets = ['SECRET-client-7f3e9a1b2c4d', 'SECRET-token-0a9b8c7d6e5f', '918273', 'SECRET-quoted-11aa22bb', 'SECRET-block-33cc44dd', 'SECRET-pin-55ee'];
  for (const format of ['stylish', 'json']) {
    const run = runCli(['--format', format, file]);
    assert.equal(run.status, 1);
    const findings = format === 'json' ? (JSON.parse(run.stdout) as JsonResult[])[0]!.messages : [];
    if (format === 'json') assert.equal(findings.filter((m) => m.ruleId === 'no-plaintext-secret').length, 6);
    for (const secret of secrets) {
      assert.ok(!run.stdout.includes(secret), `${format} stdout leaks ${secret}`);
      assert.ok(!run.stderr.includes(secret), `${format} stderr leaks ${secret}`);
    }
  }
});

test('a run over 250 files reports exactly what linting each file alone reports', async () => {
  const { lintSource } = await import('../src/lint.js');
  const files: Record<string, string> = {};
  for (let i = 0; i < 250; i++) {
    const broken: Record<string, string> = i % 3 === 0 ? { storeHash: `stores/abc${i}` } : i % 3 === 1 ? { tokenType: 'stencil-cli' } : {};
    files[`team-${i % 7}/store-${String(i).padStart(3, '0')}.bigcommerce.connection.yaml`] = connection(broken);
  }
  const root = tempProject(files);
  const run = runCli(['--format', 'json', '--today', '2026-11-22'], { cwd: root });
  assert.equal(run.status, 1);
  const results = JSON.parse(run.stdout) as JsonResult[];
  assert.deepEqual(
    results.map((result) => path.relative(root, result.filePath)),
    Object.keys(files)
      .map((name) => path.join(...name.split('/')))
      .sort(),
  );
  for (const result of results) {
    const alone = lintSource(result.filePath, readFileSync(result.filePath), { today: '2026-11-22' });
    assert.deepEqual(
      result.messages.map((m) => [m.ruleId, m.line, m.column, m.message]),
      alone.findings.map((f) => [f.ruleId, f.line, f.column, f.message]),
    );
  }
});
