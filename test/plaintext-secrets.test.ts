import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlaintextSecrets, sourceText, withoutSecrets } from '../src/parse/plaintext-secrets.js';

const forms = (text: string) => findPlaintextSecrets(text).flatMap((secret) => secret.forms);

test('finds plaintext values of the secret fields in every shape, and leaves references alone', () => {
  const text = [
    'accessToken: ${BIGCOMMERCE_ACCESS_TOKEN}',
    'clientSecret: "quoted-secret"',
    'supportPin: 0x1F',
    '---',
    'accessToken: |',
    '  line-one-secret',
    '  line-two-secret',
    'clientId: not-a-secret-field',
    '---',
    'anchors: &tok anchored-secret',
    'accessToken: *tok',
    '',
  ].join('\n');
  const found = forms(text);
  for (const expected of ['quoted-secret', '31', '0x1F', 'line-one-secret', 'line-two-secret', 'anchored-secret']) {
    assert.ok(found.includes(expected), `${expected} in ${JSON.stringify(found)}`);
  }
  assert.ok(!found.some((form) => form.includes('BIGCOMMERCE_ACCESS_TOKEN') || form.includes('not-a-secret-field')));
});

test('documents the pipeline rejects (duplicate keys, syntax errors) are still searched', () => {
  assert.deepEqual(forms('accessToken: first-secret\naccessToken: second-secret\n'), ['first-secret', 'second-secret']);
  assert.ok(forms('supportPin: pin-4821\nname: [unclosed\n').includes('pin-4821'));
});

test('withoutSecrets removes the values and keeps the lines', () => {
  const text = 'name: x\naccessToken: abc-secret\nclientSecret: |\n  block-secret\nscopes: {}\n';
  const cleaned = withoutSecrets(text, findPlaintextSecrets(text));
  assert.equal(cleaned.split('\n').length, text.split('\n').length);
  assert.ok(!cleaned.includes('abc-secret') && !cleaned.includes('block-secret'));
  assert.ok(cleaned.includes('name: x') && cleaned.includes('scopes: {}'));
});

test('sourceText keeps line numbers for bytes that are not UTF-8', () => {
  const text = sourceText(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xe9, 0x0a, 0x62]));
  assert.deepEqual(text.split('\n'), ['a', '\ufffd', 'b']);
});
