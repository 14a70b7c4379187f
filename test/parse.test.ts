import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintSource } from '../src/lint.js';
import { at, connection, defaultToday, lint } from './helpers.js';

const lintBytes = (bytes: Uint8Array) => lintSource('bytes.bigcommerce.connection.yaml', bytes, { today: defaultToday }).findings;

test('multi-document files: each document is a connection and lines are those of the whole file', () => {
  const text = `${connection()}---\n${connection({ storeHash: 'stores/pq7rs2' })}---\n${connection({ tokenType: 'stencil-cli' })}`;
  const findings = lint(text);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, at(f)]),
    [
      ['store-hash-format', '10:12-10:25'],
      ['token-type', '21:12-21:23'],
    ],
  );
});

test('an empty document between connections (a stray ---) is not a problem', () => {
  assert.deepEqual(lint(`${connection()}---\n---\n${connection()}---\n`), []);
});

test('flow style mappings are linted with exact ranges', () => {
  const line1 = '{ name: Flow style, storeHash: "https://api.bigcommerce.com/stores/pq7rs2/v3/", authType: custom,';
  const line2 = '  accessToken: "${TOKEN}", scopes: { storefrontApiTokens: manage, storefrontApiCustomerImpersonationTokens: none } }';
  const findings = lint(`${line1}\n${line2}\n`);
  const hashColumn = line1.indexOf('"https') + 1;
  const noneColumn = line2.indexOf('none') + 1;
  assert.deepEqual(
    findings.map((f) => [f.ruleId, at(f)]),
    [
      ['store-hash-format', `1:${hashColumn}-1:${hashColumn + 47}`],
      ['storefront-scopes-manage', `2:${noneColumn}-2:${noneColumn + 4}`],
    ],
  );
  assert.deepEqual(findings[0]!.fix, { range: [hashColumn - 1, hashColumn + 46], text: '"pq7rs2"' });
});

test('CRLF line endings: ranges stop before the carriage return', () => {
  const text = connection({ storeHash: 'stores/pq7rs2' }).replace(/\n/g, '\r\n');
  const [finding] = lint(text);
  assert.equal(finding?.ruleId, 'store-hash-format');
  assert.equal(at(finding), '2:12-2:25');
  assert.equal(text.slice(finding!.fix!.range[0], finding!.fix!.range[1]), 'stores/pq7rs2');
});

test('a UTF-8 byte order mark is skipped: columns on line 1 are as editors show them', () => {
  const text =
    'storeHash: stores/pq7rs2\nname: With a BOM\nauthType: custom\naccessToken: ${T}\nscopes: {storefrontApiTokens: manage, storefrontApiCustomerImpersonationTokens: manage}\n';
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  const [finding] = lintBytes(bytes);
  assert.equal(finding?.ruleId, 'store-hash-format');
  assert.equal(at(finding), '1:12-1:25');
  assert.deepEqual(finding?.fix, { range: [11, 24], text: 'pq7rs2' });
});

test('anchors and aliases: a value reached through an alias is checked, reported where it is written', () => {
  const text = [
    'name: Aliased',
    'storeHash: &hash stores/pq7rs2',
    'authType: custom',
    'accessToken: ${T}',
    'scopes:',
    '  storefrontApiTokens: &manage manage',
    '  storefrontApiCustomerImpersonationTokens: *manage',
    '---',
    'name: Second',
    'storeHash: ci4bzn8adz',
    'apiPath: &p https://api.bigcommerce.com/stores/zzz/v3/',
    'authType: token',
    'accessToken: ${T}',
    '',
  ].join('\n');
  const findings = lint(text);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, at(f)]),
    [
      ['store-hash-format', '2:18-2:31'],
      ['api-path-format', '11:13-11:55'],
      ['no-token-auth', '12:11-12:16'],
    ],
  );
});

test('merge keys: merged values are checked, explicit keys win over merged ones', () => {
  const text = [
    'defaults: &defaults',
    '  authType: token',
    '  accessToken: ${T}',
    '---',
    'base: &base',
    '  storefrontApiTokens: none',
    '  storefrontApiCustomerImpersonationTokens: manage',
    'name: Merged',
    '',
  ].join('\n');
  // The first document has an unknown `defaults` key and lacks required keys; the second likewise.
  assert.ok(lint(text).every((f) => f.ruleId === 'schema'));

  const merged = [
    'name: Merged scopes',
    'storeHash: ci4bzn8adz',
    'authType: custom',
    'accessToken: ${T}',
    'scopes:',
    '  <<: { storefrontApiTokens: none, storefrontApiCustomerImpersonationTokens: manage }',
    '  storefrontApiTokens: manage',
    '',
  ].join('\n');
  assert.deepEqual(lint(merged), []);

  const fromAnchor = [
    'name: Merged from an anchor',
    'storeHash: ci4bzn8adz',
    'authType: custom',
    'accessToken: ${T}',
    'scopes:',
    '  <<: &shared',
    '    storefrontApiTokens: manage',
    '    storefrontApiCustomerImpersonationTokens: none',
    '',
  ].join('\n');
  const findings = lint(fromAnchor);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, at(f)]),
    [['storefront-scopes-manage', '8:47-8:51']],
  );
});

test('a merge key whose value is not a mapping is a yaml-syntax error', () => {
  const findings = lint('name: Bad merge\n<<: just text\n');
  assert.equal(findings[0]?.ruleId, 'yaml-syntax');
  assert.match(findings[0]!.message, /merge key/);
});

test('an alias bomb (billion laughs) is stopped and reported, not expanded', () => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i <= 9; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  lines.push('name: *a9');
  const findings = lint(lines.join('\n') + '\n');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, 'yaml-syntax');
  assert.match(findings[0]!.message, /alias bomb/);
});

test('syntax errors are yaml-syntax findings with a position; other documents are still linted', () => {
  const text = `${connection()}---\nname: [unclosed\n---\n${connection({ tokenType: 'stencil-cli' })}`;
  const findings = lint(text);
  assert.deepEqual(
    findings.map((f) => f.ruleId),
    ['yaml-syntax', 'token-type'],
  );
  assert.equal(findings[0]!.line, 10);
  assert.equal(findings[0]!.fatal, true);
});

test('duplicate keys are yaml-syntax errors on the second key', () => {
  const findings = lint(connection({ authType: 'custom\nauthType: token' }));
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, 'yaml-syntax');
  assert.match(findings[0]!.message, /unique/);
  assert.equal(findings[0]!.line, 4);
});

test('bytes that are not UTF-8 are reported at the first bad byte', () => {
  const bytes = Buffer.concat([Buffer.from('name: Caf'), Buffer.from([0xe9]), Buffer.from(' latin-1\n')]);
  const findings = lintBytes(bytes);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, 'yaml-syntax');
  assert.equal(at(findings[0]), '1:10-1:10');
  assert.match(findings[0]!.message, /0xe9 is not valid UTF-8/);
});

test('valid multi-byte UTF-8 is accepted and columns count characters', () => {
  const findings = lint(connection({ name: 'Café ☕ store', storeHash: 'stores/pq7rs2' }));
  assert.equal(at(findings[0]), '2:12-2:25');
  assert.deepEqual(lint(connection({ name: 'Café ☕ store' })), []);
});

test('NUL bytes mark a binary file', () => {
  const findings = lintBytes(Buffer.from('name: a\u0000b\n'));
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, 'yaml-syntax');
  assert.match(findings[0]!.message, /NUL byte/);
});

test('a file with no connection is reported once, at its start', () => {
  for (const text of ['', '\n\n', '# only a comment\n# and another\n', '---\n']) {
    const findings = lint(text);
    assert.equal(findings.length, 1, JSON.stringify(text));
    assert.equal(findings[0]!.ruleId, 'schema');
    assert.match(findings[0]!.message, /holds no connection/);
    assert.equal(findings[0]!.line, 1);
  }
});

test('a scalar or a list at the root is a schema error', () => {
  for (const [text, kind] of [
    ['just a string\n', 'a string'],
    ['- name: a list\n- name: of connections\n', 'a list'],
    ['42\n', 'a number'],
  ] as const) {
    const findings = lint(text);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.ruleId, 'schema');
    assert.match(findings[0]!.message, new RegExp(`mapping of keys .* not ${kind}`));
  }
});

test('__proto__ and constructor keys are data: reported as unknown keys, no prototype pollution', () => {
  const findings = lint(connection({ ['__proto__']: '{ polluted: true }', constructor: 'x' }));
  assert.deepEqual(
    findings.map((f) => f.message),
    ['unknown key `__proto__`.', 'unknown key `constructor`.'],
  );
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('odd tags do not crash the linter', () => {
  const text = connection({ name: '!!binary aGVsbG8gd29ybGQ=', clientId: '!env CLIENT_ID', supportPin: '!!js/function "x"' });
  const findings = lint(text);
  assert.ok(findings.length > 0);
  for (const finding of findings) assert.ok(finding.line >= 1);
});
