import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import * as core from '@actions/core';
import { escapeData, escapeProperty, workflowCommand, type Annotation } from '../../src/formatters/github.js';
import { connection, fixturesDir, runCli } from '../helpers.js';

/** What @actions/core prints for an annotation (it writes straight to stdout). */
function coreCommand(annotation: Annotation): string {
  const written: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    const { kind, message, ...properties } = annotation;
    core[kind](message, properties);
  } finally {
    process.stdout.write = write;
  }
  return written.join('').replace(/\r?\n$/, '');
}

/** Command name, escaped properties by key (order aside) and escaped data, without unescaping anything. */
function commandParts(line: string) {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/s.exec(line);
  assert.ok(match, line);
  const properties = Object.fromEntries(match[2]!.split(',').map((pair) => pair.split('=') as [string, string]));
  return { command: match[1], properties, data: match[3] };
}

test('escaping matches @actions/core for data and properties', () => {
  const tricky: Annotation[] = [
    {
      kind: 'error',
      message: '100% sure:\r\nline two, with `code` and ::double colons::',
      title: 'rule:with,odd%chars',
      file: 'dir, with: odd/100%.bigcommerce.connection.yaml',
      startLine: 3,
      endLine: 3,
      startColumn: 5,
      endColumn: 12,
    },
    { kind: 'warning', message: 'multi\nline\n', title: 'excess-scopes', file: 'a.yaml', startLine: 2, endLine: 4 },
    { kind: 'error', message: 'ünïcödé ✓ %0A literal', title: 'schema', file: 'ü/x.yaml', startLine: 1, endLine: 1, startColumn: 1, endColumn: 1 },
  ];
  for (const annotation of tricky) {
    assert.deepEqual(commandParts(workflowCommand(annotation)), commandParts(coreCommand(annotation)));
  }
});

test('escaping: data escapes %, CR and LF; properties also : and ,', () => {
  assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
  assert.equal(escapeProperty('dir, with: odd/100%.yaml\n'), 'dir%2C with%3A odd/100%25.yaml%0A');
  assert.equal(
    workflowCommand({ kind: 'warning', message: 'a\nb', title: 't', file: 'f,g.yaml', startLine: 2, endLine: 3 }),
    '::warning file=f%2Cg.yaml,line=2,endLine=3,title=t::a%0Ab',
  );
});

test('--format github prints one escaped workflow command per finding, columns only on one-line ranges', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-github-'));
  mkdirSync(path.join(root, 'team, eu'));
  writeFileSync(
    path.join(root, 'team, eu', 'odd,name:1.bigcommerce.connection.yaml'),
    'name: Odd file name\nstor%eHash: ci4bzn8adz\nauthType: custom\naccessToken: ${T}\n"multi\\nline": 1\n' +
      'scopes:\n  storefrontApiTokens: manage\n  storefrontApiCustomerImpersonationTokens: manage\n',
  );
  writeFileSync(
    path.join(root, 'bigcommerce.connection.yaml'),
    connection({ integration: 'storeautomator' }, { orders: 'read-only', themes: 'none' }) + 'clientId: ${BIGCOMMERCE_CLIENT_ID}\n',
  );
  const run = runCli(['--format', 'github', '--today', '2026-11-22'], { cwd: root });
  assert.equal(run.status, 1, run.stderr);
  assert.equal(
    run.stdout,
    [
      '::error file=bigcommerce.connection.yaml,line=7,endLine=8,title=integration-requirements::integration `storeautomator` needs `content` at least `read-only` (store_v2_content_read_only); it is left out. Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).',
      '::error file=bigcommerce.connection.yaml,line=7,endLine=8,title=integration-requirements::integration `storeautomator` needs `informationAndSettings` at least `read-only` (store_v2_information_read_only); it is left out. Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).',
      '::error file=team%2C eu/odd%2Cname%3A1.bigcommerce.connection.yaml,line=2,endLine=2,col=1,endColumn=11,title=schema::unknown key `stor%25eHash`; did you mean `storeHash`?',
      '::error file=team%2C eu/odd%2Cname%3A1.bigcommerce.connection.yaml,line=5,endLine=5,col=1,endColumn=14,title=schema::unknown key `multi\\nline`.', // a newline in quoted text is shown escaped, never raw
      '',
    ].join('\n'),
  );
});

test('--format github on examples/ agrees with --format json', () => {
  const github = runCli(['--format', 'github', '--today', '2026-11-22', 'examples/']);
  const json = runCli(['--format', 'json', '--today', '2026-11-22', 'examples/']);
  assert.equal(github.status, 1);
  const lines = github.stdout.trim().split('\n');
  const results = JSON.parse(json.stdout) as Array<{
    filePath: string;
    messages: Array<{ ruleId: string; severity: number; line: number; column: number; endLine: number; endColumn: number }>;
  }>;
  const expected = results.flatMap((result) =>
    result.messages.map((m) => {
      const columns = m.line === m.endLine ? `,col=${m.column},endColumn=${m.endColumn}` : '';
      return `::${m.severity === 2 ? 'error' : 'warning'} file=${path.relative(process.cwd(), result.filePath)},line=${m.line},endLine=${m.endLine}${columns},title=${m.ruleId}::`;
    }),
  );
  assert.equal(lines.length, expected.length);
  lines.forEach((line, index) => assert.ok(line.startsWith(expected[index]!), `${line}\n  expected to start with ${expected[index]}`));
});

test('no secret value reaches --format github or --format sarif', () => {
  const file = path.join(fixturesDir, 'cli/secrets.bigcommerce.connection.yaml');
  const secrets = ['SECRET-client-7f3e9a1b2c4d', 'SECRET-token-0a9b8c7d6e5f', '918273', 'SECRET-quoted-11aa22bb', 'SECRET-block-33cc44dd', 'SECRET-pin-55ee'];
  for (const format of ['github', 'sarif']) {
    const run = runCli(['--format', format, file]);
    assert.equal(run.status, 1);
    assert.equal((run.stdout.match(/no-plaintext-secret/g) ?? []).length >= 6, true, format);
    for (const secret of secrets) {
      assert.ok(!run.stdout.includes(secret), `${format} stdout leaks ${secret}`);
      assert.ok(!run.stderr.includes(secret), `${format} stderr leaks ${secret}`);
    }
  }
});
