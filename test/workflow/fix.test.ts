import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { connection, runCli } from '../helpers.js';

function projectWith(name: string, content: string | Buffer): { root: string; file: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-fix-'));
  const file = path.join(root, name);
  writeFileSync(file, content);
  return { root, file };
}

/** Asserts that `after` is `before` with exactly these substitutions, every other byte unchanged. */
function assertOnlyReplaced(before: string, after: string, replacements: [string, string][]) {
  let expected = before;
  for (const [from, to] of replacements) {
    assert.ok(expected.includes(from), `missing ${from}`);
    expected = expected.replace(from, to);
  }
  assert.equal(after, expected);
}

const commented = [
  '# US store, owned by the integrations team',
  'name: US store   # shown in the Celigo UI',
  '',
  "storeHash: 'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/'   # pasted from the API account .txt",
  'subdomain: "https://acme.mybigcommerce.com/?ctk=e237"',
  'authType:    custom',
  'accessToken: ${BIGCOMMERCE_ACCESS_TOKEN}',
  'scopes:   # both storefront scopes at manage',
  '  storefrontApiTokens: manage',
  '  storefrontApiCustomerImpersonationTokens: manage',
  '',
].join('\n');

test('--fix on a commented file rewrites only the two values, keeping quotes, comments and spacing', () => {
  const { root, file } = projectWith('bigcommerce.connection.yaml', commented);
  const run = runCli(['--fix'], { cwd: root });
  assert.equal(run.status, 0, run.stdout);
  // Nothing remains to report; stylish lists what was fixed (file, line, rule), as read before fixing.
  assert.equal(
    run.stdout,
    'bc-lint --fix fixed 2 problems:\n  bigcommerce.connection.yaml:4:12  store-hash-format\n  bigcommerce.connection.yaml:5:12  subdomain-format\n',
  );
  assertOnlyReplaced(commented, readFileSync(file, 'utf8'), [
    ["'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/'", "'ci4bzn8adz'"],
    ['"https://acme.mybigcommerce.com/?ctk=e237"', '"acme"'],
  ]);
});

test('--fix on a CRLF file keeps CRLF and a BOM, and every byte outside the fixed values', () => {
  const text = commented.replace(/\n/g, '\r\n');
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  const { root, file } = projectWith('us.bigcommerce.connection.yaml', bytes);
  assert.equal(runCli(['--fix'], { cwd: root }).status, 0);
  const after = readFileSync(file);
  assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const afterText = after.subarray(3).toString('utf8');
  assert.equal(afterText.split('\r\n').length, text.split('\r\n').length);
  assert.doesNotMatch(afterText.replace(/\r\n/g, ''), /\n/);
  assertOnlyReplaced(text, afterText, [
    ["'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/'", "'ci4bzn8adz'"],
    ['"https://acme.mybigcommerce.com/?ctk=e237"', '"acme"'],
  ]);
});

test('running --fix twice changes nothing the second time', () => {
  const { root, file } = projectWith('bigcommerce.connection.yaml', commented);
  runCli(['--fix'], { cwd: root });
  const once = readFileSync(file);
  const mtime = statSync(file).mtimeMs;
  const second = runCli(['--fix'], { cwd: root });
  assert.equal(second.status, 0);
  assert.deepEqual(readFileSync(file), once);
  assert.equal(statSync(file).mtimeMs, mtime, 'an unchanged file is not rewritten');
});

test('--fix writes atomically: the file is replaced by rename, keeps its mode, and no temp file is left', () => {
  const { root, file } = projectWith('bigcommerce.connection.yaml', commented);
  chmodSync(file, 0o640);
  const inodeBefore = statSync(file).ino;
  runCli(['--fix'], { cwd: root });
  assert.notEqual(statSync(file).ino, inodeBefore, 'a new file was renamed over the old one');
  assert.equal(statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(root), ['bigcommerce.connection.yaml']);
});

test('a file with yaml-syntax errors is never written', () => {
  const broken = `storeHash: stores/pq7rs2\nname: [unclosed\n`;
  const { root, file } = projectWith('bigcommerce.connection.yaml', broken);
  const run = runCli(['--fix'], { cwd: root });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /yaml-syntax/);
  assert.equal(readFileSync(file, 'utf8'), broken);
});

test('a multi-document file with a broken document is not written', () => {
  const text = `${connection({ storeHash: 'stores/pq7rs2' })}---\nname: [unclosed\n`;
  const { root, file } = projectWith('bigcommerce.connection.yaml', text);
  runCli(['--fix'], { cwd: root });
  assert.equal(readFileSync(file, 'utf8'), text);
});

test('--fix reports what remains; --fix-dry-run reports the same without writing', () => {
  const text = connection({ storeHash: 'stores/pq7rs2', tokenType: 'stencil-cli' });
  const { root, file } = projectWith('bigcommerce.connection.yaml', text);
  const dry = runCli(['--fix-dry-run', '--format', 'json'], { cwd: root });
  assert.equal(dry.status, 1);
  assert.deepEqual(
    JSON.parse(dry.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId),
    ['token-type'],
  );
  assert.equal(readFileSync(file, 'utf8'), text);
  const real = runCli(['--fix', '--format', 'json'], { cwd: root });
  assert.equal(real.stdout, dry.stdout);
  assert.equal(readFileSync(file, 'utf8'), text.replace('stores/pq7rs2', 'pq7rs2'));
});

test('JSON output carries ESLint-style fix objects that produce the fixed file', () => {
  const text = connection({ storeHash: 'stores/pq7rs2', subdomain: 'acme.mybigcommerce.com' });
  const { root } = projectWith('bigcommerce.connection.yaml', text);
  const [result] = JSON.parse(runCli(['--format', 'json'], { cwd: root }).stdout);
  assert.equal(result.fixableErrorCount, 2);
  const fixes = result.messages.map((m: { fix: { range: [number, number]; text: string } }) => m.fix);
  assert.deepEqual(fixes, [
    { range: [text.indexOf('stores/pq7rs2'), text.indexOf('stores/pq7rs2') + 13], text: 'pq7rs2' },
    { range: [text.indexOf('acme.mybigcommerce.com'), text.indexOf('acme.mybigcommerce.com') + 22], text: 'acme' },
  ]);
});

test('--fix and --fix-dry-run together are bad usage', () => {
  const run = runCli(['--fix', '--fix-dry-run', 'examples/valid']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /cannot be used together/);
});
