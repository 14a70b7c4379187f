// Hostile input through the built CLI: YAML features a connection never needs (aliases, merge keys, tags, keys
// that name Object's prototype).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadProjectSetup } from '../../src/config/project-config.js';
import { fixSource } from '../../src/fix/apply-fixes.js';
import { lintSource } from '../../src/lint.js';
import { connection, defaultToday } from '../helpers.js';
import { expectHostileFileHandled, expectOne, hostileProject } from './hostile-run.js';

test('an alias bomb (billion laughs) is stopped and reported, not expanded', async () => {
  const lines = ['lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 12; i++)
    lines.push(
      `lol${i}: &lol${i} [${Array(10)
        .fill(`*lol${i - 1}`)
        .join(', ')}]`,
    );
  lines.push('name: *lol12');
  await expectHostileFileHandled(hostileProject(lines.join('\n') + '\n'), expectOne('yaml-syntax', /alias bomb/));
});

test('20 documents of 9,000 aliases each are resolved in linear time', async () => {
  // Alias.resolve() walks the whole document per call: about 15 s a document here, five minutes in all.
  const document = `${connection({ name: '&name Many aliases' })}extra:\n${'  - *name\n'.repeat(9_000)}`;
  await expectHostileFileHandled(hostileProject(Array(20).fill(document).join('---\n')), (messages) => {
    assert.equal(messages.length, 20);
    for (const message of messages) assert.match(message.message, /unknown key `extra`/);
  });
});

test('merge keys: merges of mappings, aliases and lists of aliases are checked; bad merges are reported', async () => {
  const text = [
    '# A merge of an inline anchored mapping; explicit keys win over merged ones.',
    "<<: &defaults { name: Merged defaults, authType: custom, accessToken: '${T}', storeHash: stores/pq7rs2 }",
    'name: Merged connection',
    'scopes:',
    '  <<: [ &manage { storefrontApiTokens: manage }, { storefrontApiCustomerImpersonationTokens: manage } ]',
    '---',
    '# A list of aliases, and a merge inside a merged mapping.',
    'name: Second connection',
    'storeHash: ci4bzn8adz',
    "<<: { authType: custom, accessToken: '${T}', tokenType: stencil-cli }",
    'scopes:',
    '  <<: [ &a { storefrontApiTokens: manage }, &b { <<: *a, storefrontApiCustomerImpersonationTokens: none } ]',
    '---',
    '# A merge of a scalar, through an alias.',
    'name: Third connection',
    'storeHash: &hash ci4bzn8adz',
    '<<: *hash',
    '---',
    '# Merges of aliases that name no anchor, alone and in a list.',
    'name: Fourth connection',
    '<<: *nowhere',
    'scopes: { <<: [ *missing ] }',
    '',
  ].join('\n');
  await expectHostileFileHandled(hostileProject(text), (messages) => {
    assert.deepEqual(
      messages.map((m) => [m.line, m.ruleId]),
      [
        [2, 'store-hash-format'],
        [10, 'token-type'],
        [12, 'storefront-scopes-manage'],
        [17, 'yaml-syntax'],
        [21, 'yaml-syntax'],
        [22, 'yaml-syntax'],
      ],
    );
    assert.match(messages[3]!.message, /a merge key \(<<\) needs a mapping or a list of mappings/);
    assert.match(messages[4]!.message, /this alias \(\*name\) refers to no anchor \(&name\) defined before it/);
    assert.match(messages[5]!.message, /this alias \(\*name\) refers to no anchor/);
  });
});

test('a merge-key bomb (each mapping merging the previous one twice) is stopped and reported', async () => {
  // 2^40 merges: before merges counted against the alias budget this never ended.
  const lines = ['m0: &m0 { k0: v }'];
  for (let i = 1; i <= 40; i++) lines.push(`m${i}: &m${i} { <<: [*m${i - 1}, *m${i - 1}], k${i}: v }`);
  await expectHostileFileHandled(
    hostileProject(lines.join('\n') + '\n'),
    expectOne('yaml-syntax', /aliases and merge keys expand to more than 10000 values; this looks like an alias bomb/),
  );
});

test('an alias to no anchor is reported, not read as an empty value', async () => {
  const text = connection({ name: '*undefinedName' });
  await expectHostileFileHandled(hostileProject(text), expectOne('yaml-syntax', /this alias \(\*name\) refers to no anchor/));
});

test('odd tags are read as plain values and checked; none is executed', async () => {
  const text = [
    'name: !!binary aGVsbG8gd29ybGQ=',
    'storeHash: !Ref StoreHashParam',
    'authType: !env AUTH_TYPE',
    'accessToken: !!js/function "function () { process.exit(3) }"',
    'clientSecret: !!python/object:os.system { args: [echo pwned] }',
    'supportPin: !!python/object/apply:os.system ["echo pwned"]',
    'channelId: !!timestamp 2001-12-14',
    'scopes: !!map { storefrontApiTokens: !!str manage, storefrontApiCustomerImpersonationTokens: !Sub manage }',
    '',
  ].join('\n');
  await expectHostileFileHandled(hostileProject(text), (messages) => {
    assert.deepEqual(
      messages.map((m) => [m.line, m.ruleId]),
      [
        [1, 'schema'],
        [2, 'store-hash-format'],
        [3, 'schema'],
        [4, 'no-plaintext-secret'],
        [5, 'schema'],
        [6, 'schema'],
        [7, 'schema'],
      ],
    );
    assert.match(messages[0]!.message, /`name` must be a string, not binary data/);
    assert.match(messages[1]!.message, /lowercase letters and digits/);
    assert.match(messages[2]!.message, /`authType` must be `custom` or `token`/);
    assert.match(messages[4]!.message, /`clientSecret` must be a string, not a mapping/);
    assert.match(messages[5]!.message, /`supportPin` must be a string, not a list/);
    assert.match(messages[6]!.message, /`channelId` must be an integer, not a date/);
  });
});

const protoConnection = [
  'name: Proto keys',
  'storeHash: ci4bzn8adz',
  'authType: custom',
  'accessToken: ${T}',
  '__proto__: { polluted: yes }',
  'constructor: { prototype: { polluted: yes } }',
  'scopes:',
  '  __proto__: { polluted: yes }',
  '  storefrontApiTokens: manage',
  '  storefrontApiCustomerImpersonationTokens: manage',
  '---',
  '<<: { __proto__: { polluted: yes }, name: Merged proto, storeHash: stores/pq7rs2 }',
  'authType: custom',
  'accessToken: ${T}',
  'scopes: { storefrontApiTokens: manage, storefrontApiCustomerImpersonationTokens: manage }',
  '',
].join('\n');

function assertNoPollution() {
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.deepEqual(
    Object.getOwnPropertyNames(Object.prototype).filter((name) => name === 'polluted' || name === 'prototype'),
    [],
  );
}

test('__proto__ and constructor keys are reported as unknown keys, through the CLI', async () => {
  await expectHostileFileHandled(hostileProject(protoConnection), (messages) => {
    assert.deepEqual(
      messages.map((m) => [m.line, m.ruleId]),
      [
        [5, 'schema'],
        [6, 'schema'],
        [8, 'schema'],
        [12, 'schema'],
        [12, 'store-hash-format'],
      ],
    );
    assert.deepEqual(
      messages.slice(0, 4).map((m) => m.message),
      ['unknown key `__proto__`.', 'unknown key `constructor`.', 'unknown scope key `__proto__`.', 'unknown key `__proto__`.'],
    );
    assert.match(messages[4]!.message, /bare store hash `pq7rs2`/);
  });
});

test('__proto__ and constructor keys pollute no prototype in-process: lint, fix and project config', async () => {
  const options = { today: defaultToday };
  const report = lintSource('proto.bigcommerce.connection.yaml', protoConnection, options);
  assert.ok(report.findings.length >= 4);
  assertNoPollution();
  const fixed = fixSource('proto.bigcommerce.connection.yaml', protoConnection, options);
  assert.ok(fixed.changed);
  assertNoPollution();

  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-proto-config-'));
  writeFileSync(path.join(root, '.bc-lint.yaml'), 'rules:\n  __proto__: { polluted: yes }\nintegrations:\n  constructor: { prototype: { polluted: yes } }\n');
  await assert.rejects(loadProjectSetup(root, path.join(root, '.bc-lint.yaml')), /__proto__|constructor/);
  assertNoPollution();
});
