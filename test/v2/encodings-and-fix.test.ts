/** Contract v2 through the built CLI: --fix on UTF-16 and UTF-32 files, and what --fix / --fix-dry-run list. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, type JsonResult } from '../helpers.js';

const pasted = 'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/';
const text = [
  '# Café store, written by PowerShell',
  'name: Café ☕ store',
  `storeHash: ${pasted}   # pasted`,
  'authType: custom',
  'accessToken: ${BIGCOMMERCE_ACCESS_TOKEN}',
  'scopes:',
  '  storefrontApiTokens: manage',
  '  storefrontApiCustomerImpersonationTokens: manage',
  '',
].join('\r\n');

const encoders: Record<string, (value: string) => Buffer> = {
  'UTF-16 LE': (value) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(value, 'utf16le')]),
  'UTF-16 BE': (value) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(value, 'utf16le').swap16()]),
  'UTF-32 LE': (value) => {
    const codePoints = [0xfeff, ...[...value].map((character) => character.codePointAt(0)!)];
    const out = Buffer.alloc(codePoints.length * 4);
    codePoints.forEach((codePoint, index) => out.writeUInt32LE(codePoint, index * 4));
    return out;
  },
};

for (const [name, encode] of Object.entries(encoders)) {
  test(`--fix on a ${name} file with a BOM writes it back in ${name}, byte for byte except the fixed value`, () => {
    const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-encoding-'));
    const file = path.join(root, 'bigcommerce.connection.yaml');
    writeFileSync(file, encode(text));

    const before = runCli(['--format', 'json'], { cwd: root });
    assert.equal(before.status, 1, before.stdout + before.stderr);
    const [result] = JSON.parse(before.stdout) as JsonResult[];
    assert.deepEqual(
      result!.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`),
      ['store-hash-format 3:12'],
    );

    const fixed = runCli(['--fix'], { cwd: root });
    assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
    assert.equal(fixed.stdout, 'bc-lint --fix fixed 1 problem:\n  bigcommerce.connection.yaml:3:12  store-hash-format\n');
    assert.ok(readFileSync(file).equals(encode(text.replace(pasted, 'ci4bzn8adz'))), 'same encoding, BOM, CRLF and every other byte');
    assert.deepEqual([runCli([], { cwd: root }).status], [0]);
  });
}

test('--fix-dry-run lists what it would fix and writes nothing; --format json stays JSON', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-encoding-'));
  const file = path.join(root, 'us.bigcommerce.connection.yaml');
  writeFileSync(file, encoders['UTF-16 LE']!(text));
  const before = readFileSync(file);
  const dry = runCli(['--fix-dry-run'], { cwd: root });
  assert.equal(dry.status, 0, dry.stdout + dry.stderr);
  assert.equal(dry.stdout, 'bc-lint --fix-dry-run would fix 1 problem (nothing was written):\n  us.bigcommerce.connection.yaml:3:12  store-hash-format\n');
  const json = runCli(['--fix-dry-run', '--format', 'json'], { cwd: root });
  const [result] = JSON.parse(json.stdout) as (JsonResult & { output: string })[];
  assert.equal(result!.messages.length, 0);
  assert.ok(readFileSync(file).equals(before), 'nothing written');
});

test('a file saved as UTF-16 without a BOM, or in Windows-1252, gets one yaml-syntax finding naming the encoding', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-encoding-'));
  writeFileSync(path.join(root, 'a.bigcommerce.connection.yaml'), Buffer.from(text, 'utf16le'));
  writeFileSync(path.join(root, 'b.bigcommerce.connection.yaml'), Buffer.from(text.replace('☕ ', ''), 'latin1'));
  // Notepad's "ANSI": curly quotes are 0x93 and 0x94.
  const ansi = text.replace('# Café store, written by PowerShell', '# written by Notepad').replace('Café ☕ store', '\x93Acme\x94');
  writeFileSync(path.join(root, 'c.bigcommerce.connection.yaml'), Buffer.from(ansi, 'latin1'));
  const run = runCli(['--format', 'json'], { cwd: root });
  assert.equal(run.status, 1);
  const messages = (JSON.parse(run.stdout) as JsonResult[]).map((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
  assert.equal(messages.length, 3);
  assert.match(messages[0]![0]!, /^yaml-syntax 1:1 the file seems to be UTF-16 LE without a byte order mark/);
  assert.match(
    messages[1]![0]!,
    /^yaml-syntax 1:6 byte 0xe9 is not valid UTF-8: the file seems to be in Latin-1 \(ISO-8859-1\) or Windows-1252; save it as UTF-8/,
  );
  assert.match(messages[2]![0]!, /^yaml-syntax 2:7 byte 0x93 is not valid UTF-8: the file seems to be in Windows-1252/);
  for (const list of messages) assert.equal(list.length, 1);
});
