import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintSource } from '../../src/lint.js';
import { runRedactor } from '../../src/model/redaction.js';
import { connection, defaultToday } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const rule = 'client-id-format';
const onClientId = (length: number) => ({ line: 5, column: 11, endLine: 5, endColumn: 11 + length });
const clientId31 = 'k7x2m9p4q8r1s5t3v6w0y2z4a8b1c3d';
const clientSecret64 = '3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a';
const jwt = 'eyJhbGciOiJFUzI1NiJ9.eyJjaWQiOjF9.c2lnbmF0dXJl';
const shape =
  '`clientId` does not look like a BigCommerce client ID (30 to 32 lowercase letters and digits); use the Client ID shown ' +
  'when the API account was created (Settings > API > Store-level API accounts) and in the .txt file downloaded then.';

ruleTester(rule, {
  valid: [
    { name: 'a client ID of 31 lowercase letters and digits', code: connection({ clientId: clientId31 }), otherRules: [] },
    { name: '30 characters', code: connection({ clientId: clientId31.slice(0, 30) }) },
    { name: '32 characters', code: connection({ clientId: `${clientId31}x` }) },
    { name: 'a secret reference', code: connection({ clientId: '${BIGCOMMERCE_CLIENT_ID}' }), otherRules: [] },
    { name: 'a number is a type problem for the schema', code: connection({ clientId: '42' }), otherRules: ['schema'] },
  ],
  invalid: [
    {
      name: 'a made-up ID is a warning',
      code: connection({ clientId: 'my-app' }),
      errors: [{ ...onClientId(6), severity: 'warning', message: shape }],
      output: null,
      otherRules: [],
    },
    {
      name: 'uppercase letters',
      code: connection({ clientId: clientId31.toUpperCase() }),
      errors: [{ ...onClientId(31), severity: 'warning', message: shape }],
    },
    { name: '33 characters', code: connection({ clientId: `${clientId31}xy` }), errors: [onClientId(33)] },
    {
      name: 'another reference syntax is named as such',
      code: connection({ clientId: '$BC_CLIENT_ID' }),
      errors: [
        {
          ...onClientId(13),
          severity: 'warning',
          message: /^`clientId` holds a shell-style `\$NAME` reference; the connection file resolves only `\$\{NAME\}`/,
        },
      ],
    },
    {
      name: 'a client secret (64 hex digits) pasted into clientId is an error that never quotes it',
      code: connection({ clientId: clientSecret64 }),
      errors: [
        {
          ...onClientId(64),
          severity: 'error',
          message: /^`clientId` holds what looks like a client secret \(64 hex digits\), not a client ID\. The value is handled as a secret/,
        },
      ],
      otherRules: [],
      notInMessages: [clientSecret64, clientSecret64.slice(0, 16)],
    },
    {
      name: 'a JWT pasted into clientId is an error that never quotes it',
      code: connection({ clientId: `"${jwt}"` }),
      errors: [{ ...onClientId(jwt.length + 2), severity: 'error', message: /looks like a JWT token \(it starts with eyJ\).*create a new API account/ }],
      notInMessages: [jwt, jwt.slice(0, 20)],
    },
    {
      name: 'a configured severity wins over the swapped-secret error, and the value is still never quoted',
      code: connection({ clientId: clientSecret64 }),
      config: { rules: { [rule]: 'warning' } },
      errors: [{ ...onClientId(64), severity: 'warning' }],
      notInMessages: [clientSecret64],
    },
  ],
});

test('client-id-format: a swapped clientId is a secret everywhere: masked in the JSON source, in the run redactor (the Action masks it)', () => {
  const text = connection({ clientId: clientSecret64 });
  const report = lintSource('swapped.bigcommerce.connection.yaml', text, { today: defaultToday });
  assert.ok(report.source !== undefined, 'a file with findings carries its source');
  assert.ok(!report.source.includes(clientSecret64), 'the source holds the secret');
  assert.equal(report.source.length, text.length, 'masked with the same length, so ranges still line up');
  assert.ok(report.source.includes('*'.repeat(64)));
  assert.ok(runRedactor([report]).values.includes(clientSecret64), 'the run redactor (core.setSecret in the Action) has the value');
});

test('client-id-format: a real client ID is not a secret and stays in the JSON source', () => {
  const text = connection({ clientId: clientId31, tokenType: 'stencil-cli' });
  const report = lintSource('plain.bigcommerce.connection.yaml', text, { today: defaultToday });
  assert.ok(report.source?.includes(clientId31));
  assert.ok(!runRedactor([report]).values.includes(clientId31));
});
