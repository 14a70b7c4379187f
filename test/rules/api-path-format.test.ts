import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../src/model/types.js';
import { at, connection, lint, lintRule } from '../helpers.js';

/** The one api-path-format finding of a connection with `apiPath: <written>` on line 5. */
function onlyFinding(written: string, overrides: Record<string, string> = {}): Finding {
  const findings = lintRule('api-path-format', connection({ ...overrides, apiPath: written }));
  assert.equal(findings.length, 1, `expected one finding for ${written}`);
  return findings[0]!;
}

// Passing cases

test('the API path of the same store passes', () => {
  assert.deepEqual(lint(connection({ apiPath: 'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/' })), []);
});

test('a quoted API path passes', () => {
  assert.deepEqual(lintRule('api-path-format', connection({ apiPath: '"https://api.bigcommerce.com/stores/ci4bzn8adz/v3/"' })), []);
});

test('a connection without apiPath passes', () => {
  assert.deepEqual(lintRule('api-path-format', connection()), []);
});

// Wrong form

test('an API path without the trailing slash is reported', () => {
  const finding = onlyFinding('https://api.bigcommerce.com/stores/ci4bzn8adz/v3');
  assert.equal(at(finding), '5:10-5:58');
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /trailing slash/);
  assert.match(finding.message, /https:\/\/api\.bigcommerce\.com\/stores\/<storeHash>\/v3\//);
  assert.equal(finding.fix, undefined);
});

test('a V2 API path is reported', () => {
  const finding = onlyFinding('https://api.bigcommerce.com/stores/ci4bzn8adz/v2/');
  assert.equal(at(finding), '5:10-5:59');
  assert.match(finding.message, /V2/);
});

test('the GraphQL Admin endpoint is reported', () => {
  const finding = onlyFinding('https://api.bigcommerce.com/stores/ci4bzn8adz/graphql');
  assert.equal(at(finding), '5:10-5:63');
  assert.match(finding.message, /GraphQL/);
});

test('an http API path is reported', () => {
  const finding = onlyFinding('http://api.bigcommerce.com/stores/ci4bzn8adz/v3/');
  assert.equal(at(finding), '5:10-5:58');
  assert.match(finding.message, /http, not https/);
});

test('an API path with an uppercase hash is reported', () => {
  const finding = onlyFinding('https://api.bigcommerce.com/stores/CI4BZN8ADZ/v3/');
  assert.match(finding.message, /uppercase/);
});

test('a bare hash in apiPath is reported as not an API path', () => {
  const finding = onlyFinding('ci4bzn8adz');
  assert.equal(at(finding), '5:10-5:20');
  assert.match(finding.message, /not an API path/);
});

test('a control-panel URL in apiPath is reported as not an API path', () => {
  const finding = onlyFinding('https://store-ci4bzn8adz.mybigcommerce.com/manage');
  assert.match(finding.message, /not an API path/);
});

// Same store as storeHash

test('an API path naming another store is reported (without quoting either hash: one may be a secret\'s alias)', () => {
  const finding = onlyFinding('https://api.bigcommerce.com/stores/abc123/v3/');
  assert.equal(at(finding), '5:10-5:55');
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /names a different store than `storeHash`/);
  assert.match(finding.message, /same store/);
});

test('the hash is compared against the hash inside a pasted storeHash: same store passes', () => {
  const text = connection({
    storeHash: 'https://api.bigcommerce.com/stores/abc123/v3/',
    apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/',
  });
  assert.deepEqual(lintRule('api-path-format', text), []);
  assert.deepEqual(
    lint(text).map((finding) => finding.ruleId),
    ['store-hash-format'],
  );
});

test('the hash is compared against the hash inside a pasted storeHash: another store is reported', () => {
  const finding = onlyFinding('https://api.bigcommerce.com/stores/xyz789/v3/', { storeHash: 'stores/abc123' });
  assert.match(finding.message, /names a different store than `storeHash`/);
});

test('with a storeHash that holds no usable hash, only the form of apiPath is checked', () => {
  const text = connection({ storeHash: 'CI4BZN8ADZ', apiPath: 'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/' });
  assert.deepEqual(lintRule('api-path-format', text), []);
});

test('a wrong apiPath gives one finding in total', () => {
  assert.deepEqual(
    lint(connection({ apiPath: 'https://api.bigcommerce.com/stores/ci4bzn8adz/graphql' })).map((finding) => finding.ruleId),
    ['api-path-format'],
  );
});
