import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../src/model/types.js';
import { at, connection, lint, lintRule } from '../helpers.js';

/** Applies a finding's fix to the text it was found in. */
function applyFix(text: string, finding: Finding | undefined): string {
  assert.ok(finding?.fix, 'expected a fix');
  const [start, end] = finding.fix.range;
  return text.slice(0, start) + finding.fix.text + text.slice(end);
}

/** The one store-hash-format finding of a connection whose storeHash line is `storeHash: <written>`. */
function onlyFinding(written: string): { text: string; finding: Finding } {
  const text = connection({ storeHash: written });
  const findings = lintRule('store-hash-format', text);
  assert.equal(findings.length, 1, `expected one finding for ${written}`);
  return { text, finding: findings[0]! };
}

// Passing cases

test('a bare lowercase hash passes', () => {
  assert.deepEqual(lintRule('store-hash-format', connection({ storeHash: 'ci4bzn8adz' })), []);
});

test('a short bare hash passes', () => {
  assert.deepEqual(lintRule('store-hash-format', connection({ storeHash: 'abc123' })), []);
});

test('a quoted all-digit hash passes', () => {
  assert.deepEqual(lint(connection({ storeHash: "'123456'" })), []);
});

// Pasted paths, URLs and hosts: fixable

test('an API path is reported with the bare hash as fix', () => {
  const { text, finding } = onlyFinding('https://api.bigcommerce.com/stores/ci4bzn8adz/v3/');
  assert.equal(at(finding), '2:12-2:61');
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /an API path/);
  assert.match(finding.message, /`ci4bzn8adz`/);
  assert.deepEqual(finding.fix, { range: [33, 82], text: 'ci4bzn8adz' });
  assert.equal(text.slice(33, 82), 'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/');
  const fixed = applyFix(text, finding);
  assert.equal(fixed, connection({ storeHash: 'ci4bzn8adz' }));
  assert.deepEqual(lintRule('store-hash-format', fixed), []);
});

test('a control-panel URL is reported with the hash of its host as fix', () => {
  const { text, finding } = onlyFinding('https://store-abc123.mybigcommerce.com/manage');
  assert.equal(at(finding), '2:12-2:57');
  assert.match(finding.message, /a URL/);
  assert.match(finding.message, /`abc123`/);
  assert.equal(finding.fix?.text, 'abc123');
  const fixed = applyFix(text, finding);
  assert.match(fixed, /^storeHash: abc123$/m);
  assert.deepEqual(lintRule('store-hash-format', fixed), []);
});

test('a channel host store-<hash>-<channel> is reported with the hash as fix', () => {
  const { text, finding } = onlyFinding('store-abc123-2.mybigcommerce.com');
  assert.equal(at(finding), '2:12-2:44');
  assert.match(finding.message, /a host name/);
  assert.match(finding.message, /`abc123`/);
  assert.equal(finding.fix?.text, 'abc123');
  assert.deepEqual(lintRule('store-hash-format', applyFix(text, finding)), []);
});

test('a stores/<hash> reference is reported with the hash as fix', () => {
  const { text, finding } = onlyFinding('stores/abc123');
  assert.equal(at(finding), '2:12-2:25');
  assert.match(finding.message, /stores\/<hash>/);
  assert.equal(finding.fix?.text, 'abc123');
  assert.deepEqual(lintRule('store-hash-format', applyFix(text, finding)), []);
});

test('an all-digit hash extracted from a plain scalar gets a quoted fix, so it stays a string', () => {
  const { text, finding } = onlyFinding('stores/123456');
  assert.equal(finding.fix?.text, "'123456'");
  const fixed = applyFix(text, finding);
  assert.match(fixed, /^storeHash: '123456'$/m);
  assert.deepEqual(lint(fixed), []);
});

// Quoting and surrounding text

test('a double-quoted value is fixed with double quotes', () => {
  const { text, finding } = onlyFinding('"https://api.bigcommerce.com/stores/abc123/v3/"');
  assert.equal(at(finding), '2:12-2:59');
  assert.equal(finding.fix?.text, '"abc123"');
  const fixed = applyFix(text, finding);
  assert.match(fixed, /^storeHash: "abc123"$/m);
  assert.deepEqual(lintRule('store-hash-format', fixed), []);
});

test('a single-quoted value is fixed with single quotes', () => {
  const { text, finding } = onlyFinding("'https://api.bigcommerce.com/stores/abc123/v3/'");
  assert.equal(finding.fix?.text, "'abc123'");
  const fixed = applyFix(text, finding);
  assert.match(fixed, /^storeHash: 'abc123'$/m);
  assert.deepEqual(lintRule('store-hash-format', fixed), []);
});

test('a trailing comment after the value is left untouched by the fix', () => {
  const { text, finding } = onlyFinding('stores/abc123   # pasted from the app callback');
  assert.equal(at(finding), '2:12-2:25');
  const fixed = applyFix(text, finding);
  assert.match(fixed, /^storeHash: abc123   # pasted from the app callback$/m);
  assert.deepEqual(lintRule('store-hash-format', fixed), []);
});

test('the fix touches only the storeHash value', () => {
  const { text, finding } = onlyFinding('stores/abc123');
  const fixed = applyFix(text, finding);
  assert.equal(fixed, text.replace('stores/abc123', 'abc123'));
});

// Not fixable

test('uppercase letters are reported without a fix', () => {
  const { finding } = onlyFinding('CI4BZN8ADZ');
  assert.equal(at(finding), '2:12-2:22');
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /lowercase letters and digits/);
  assert.equal(finding.fix, undefined);
});

test('a mixed-case hash is reported without a fix', () => {
  const { finding } = onlyFinding('kl28jKd3w5o');
  assert.match(finding.message, /lowercase letters and digits/);
  assert.equal(finding.fix, undefined);
});

test('an API path whose hash has uppercase letters is reported without a fix', () => {
  const { finding } = onlyFinding('https://api.bigcommerce.com/stores/ABC123/v3/');
  assert.match(finding.message, /an API path/);
  assert.match(finding.message, /other than lowercase letters and digits/);
  assert.equal(finding.fix, undefined);
});

test('a storefront URL with no hash in it is reported without a fix', () => {
  const { finding } = onlyFinding('https://acme.mybigcommerce.com');
  assert.equal(at(finding), '2:12-2:42');
  assert.match(finding.message, /a URL with no store hash in it/);
  assert.equal(finding.fix, undefined);
});

test('an empty storeHash is reported', () => {
  const { finding } = onlyFinding('""');
  assert.equal(at(finding), '2:12-2:14');
  assert.match(finding.message, /empty/);
  assert.equal(finding.fix, undefined);
});

test('a hash with punctuation is reported without a fix', () => {
  const { finding } = onlyFinding('ci4bzn8adz!');
  assert.match(finding.message, /lowercase letters and digits/);
  assert.equal(finding.fix, undefined);
});

// Interplay

test('a pasted storeHash gives one finding in total', () => {
  const findings = lint(connection({ storeHash: 'https://store-abc123.mybigcommerce.com/manage' }));
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['store-hash-format'],
  );
});

test('a numeric storeHash is a type problem for the schema, not this rule', () => {
  const findings = lint(connection({ storeHash: '123456' }));
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['schema'],
  );
  assert.match(findings[0]!.message, /`storeHash` must be a string, not a number/);
});

test('the rule can be lowered to a warning', () => {
  const findings = lintRule('store-hash-format', connection({ storeHash: 'stores/abc123' }), { rules: { 'store-hash-format': 'warning' } });
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'warning');
});
