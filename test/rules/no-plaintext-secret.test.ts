import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, connection, lint, lintRule } from '../helpers.js';

const rule = 'no-plaintext-secret';

// Passing cases

test('secret references in all three secret fields pass', () => {
  const text = connection({
    clientSecret: '${BIGCOMMERCE_CLIENT_SECRET}',
    supportPin: '${BIGCOMMERCE_SUPPORT_PIN}',
  });
  assert.deepEqual(lint(text), []);
});

for (const reference of ['${A}', '${_token}', '${bc_token_2}', '"${QUOTED_REFERENCE}"']) {
  test(`the reference ${reference} passes`, () => {
    assert.deepEqual(lintRule(rule, connection({ accessToken: reference })), []);
  });
}

test('a literal clientId is not a secret', () => {
  assert.deepEqual(lint(connection({ clientId: 'abcdefghijklmnopqrstuvwxyz12345' })), []);
});

test('leaving out clientSecret and supportPin passes', () => {
  assert.deepEqual(lintRule(rule, connection()), []);
});

// Plaintext in each secret field

test('a plaintext accessToken is reported on its value', () => {
  const findings = lintRule(rule, connection({ accessToken: 'k2n4v8s0q1w3e5r7t9y2u4i6o8p0a1s' }));
  assert.equal(findings.length, 1);
  const [finding] = findings;
  assert.equal(at(finding), '4:14-4:45');
  assert.equal(finding!.severity, 'error');
  assert.equal(finding!.fix, undefined);
  assert.match(finding!.message, /`accessToken` holds a plaintext secret/);
  assert.match(finding!.message, /\$\{BIGCOMMERCE_ACCESS_TOKEN\}/);
  assert.match(finding!.message, /rotate/);
});

test('a plaintext clientSecret is reported on its value', () => {
  const findings = lintRule(rule, connection({ clientSecret: 'a1b2c3d4e5f6g7h8i9j0' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '5:15-5:35');
  assert.match(findings[0]!.message, /`clientSecret` holds a plaintext secret/);
  assert.match(findings[0]!.message, /\$\{BIGCOMMERCE_CLIENT_SECRET\}/);
});

test('a numeric supportPin is reported on its value', () => {
  const findings = lintRule(rule, connection({ supportPin: '1234' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '5:13-5:17');
  assert.match(findings[0]!.message, /`supportPin` holds a plaintext secret/);
  assert.match(findings[0]!.message, /\$\{BIGCOMMERCE_SUPPORT_PIN\}/);
});

test('a quoted supportPin is reported on its value, quotes included', () => {
  const findings = lintRule(rule, connection({ supportPin: "'1234'" }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '5:13-5:19');
});

test('a numeric secret gives one finding in total, not also a schema type error', () => {
  assert.deepEqual(
    lint(connection({ supportPin: '1234' })).map((finding) => finding.ruleId),
    [rule],
  );
});

test('a boolean accessToken is a plaintext secret', () => {
  const findings = lintRule(rule, connection({ accessToken: 'true' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '4:14-4:18');
});

test('each plaintext secret field is its own finding', () => {
  const findings = lintRule(rule, connection({ accessToken: 'plain-token', clientSecret: 'plain-secret', supportPin: '9876' }));
  assert.deepEqual(findings.map(at), ['4:14-4:25', '5:15-5:27', '6:13-6:17']);
});

// Empty values

test('an empty accessToken is reported as empty', () => {
  const findings = lintRule(rule, connection({ accessToken: '""' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '4:14-4:16');
  assert.match(findings[0]!.message, /`accessToken` is empty/);
  assert.match(findings[0]!.message, /\$\{BIGCOMMERCE_ACCESS_TOKEN\}/);
});

test('an empty clientSecret is reported as empty', () => {
  const findings = lintRule(rule, connection({ clientSecret: "''" }));
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /`clientSecret` is empty/);
});

test('an accessToken with no value at all is a schema type error', () => {
  const findings = lint(connection({ accessToken: '' }));
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['schema'],
  );
  assert.match(findings[0]!.message, /`accessToken` must be a string/);
});

// Things that look like references but are not

for (const written of ['${1ABC}', '$NAME', '${NAME', '${MY-TOKEN}', '"Bearer ${TOKEN}"', '"${TOKEN}x"', '"{{ TOKEN }}"', '"${ TOKEN }"']) {
  test(`${written} is not a secret reference`, () => {
    const findings = lintRule(rule, connection({ accessToken: written }));
    assert.equal(findings.length, 1);
    assert.equal(at(findings[0]), `4:14-4:${14 + written.length}`);
    assert.match(findings[0]!.message, /plaintext secret/);
  });
}

// The value never appears in any message

const secrets: Record<string, string> = {
  accessToken: 'eyJhbGciOiJFUzI1NiJ9.eyJjaWQiOjF9.c2lnbmF0dXJl',
  clientSecret: 'zq9x8c7v6b5n4m3l2k1j',
  supportPin: '48151623',
};

for (const [key, secret] of Object.entries(secrets)) {
  test(`no message repeats the plaintext ${key}`, () => {
    const findings = lint(connection({ [key]: secret }));
    assert.ok(findings.some((finding) => finding.ruleId === rule));
    for (const finding of findings) assert.ok(!finding.message.includes(secret), finding.message);
  });
}

test('no message repeats a secret even with the rule turned off', () => {
  const secret = 'zq9x8c7v6b5n4m3l2k1j';
  for (const finding of lint(connection({ clientSecret: secret }), { rules: { [rule]: 'off' } })) {
    assert.ok(!finding.message.includes(secret), finding.message);
  }
});

test('no message repeats a secret written in a misspelt secret key', () => {
  const secret = 'zq9x8c7v6b5n4m3l2k1j';
  const findings = lint(connection({ clientSecrett: secret }));
  assert.ok(findings.length > 0);
  for (const finding of findings) assert.ok(!finding.message.includes(secret), finding.message);
});
