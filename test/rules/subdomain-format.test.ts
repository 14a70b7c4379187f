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

/** The one subdomain-format finding of a connection with `subdomain: <written>` on line 5. */
function onlyFinding(written: string): { text: string; finding: Finding } {
  const text = connection({ subdomain: written });
  const findings = lintRule('subdomain-format', text);
  assert.equal(findings.length, 1, `expected one finding for ${written}`);
  return { text, finding: findings[0]! };
}

// Passing cases

test('a bare label passes', () => {
  assert.deepEqual(lint(connection({ subdomain: 'acme' })), []);
});

test('a label with digits and an inner hyphen passes', () => {
  assert.deepEqual(lintRule('subdomain-format', connection({ subdomain: 'acme-store2' })), []);
});

test('a connection without subdomain passes', () => {
  assert.deepEqual(lintRule('subdomain-format', connection()), []);
});

// Fixable: the label can be read out of a URL or host

test('a storefront URL is reported with its label as fix', () => {
  const { text, finding } = onlyFinding('https://acme.mybigcommerce.com/?ctk=e237');
  assert.equal(at(finding), '5:12-5:52');
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /a URL/);
  assert.match(finding.message, /`acme`/);
  assert.equal(finding.fix?.text, 'acme');
  const fixed = applyFix(text, finding);
  assert.equal(fixed, connection({ subdomain: 'acme' }));
  assert.deepEqual(lintRule('subdomain-format', fixed), []);
});

test('a storefront host is reported with its label as fix', () => {
  const { text, finding } = onlyFinding('acme.mybigcommerce.com');
  assert.equal(at(finding), '5:12-5:34');
  assert.match(finding.message, /a host name/);
  assert.match(finding.message, /`acme`/);
  const fixed = applyFix(text, finding);
  assert.match(fixed, /^subdomain: acme$/m);
  assert.deepEqual(lintRule('subdomain-format', fixed), []);
});

test('the fix range covers exactly the written value', () => {
  const { text, finding } = onlyFinding('acme.mybigcommerce.com');
  const [start, end] = finding.fix!.range;
  assert.equal(text.slice(start, end), 'acme.mybigcommerce.com');
});

test('a double-quoted URL is fixed with double quotes', () => {
  const { text, finding } = onlyFinding('"https://acme.mybigcommerce.com"');
  assert.equal(at(finding), '5:12-5:44');
  assert.equal(finding.fix?.text, '"acme"');
  assert.match(applyFix(text, finding), /^subdomain: "acme"$/m);
});

test('a single-quoted URL is fixed with single quotes, keeping a trailing comment', () => {
  const { text, finding } = onlyFinding("'https://acme.mybigcommerce.com' # the storefront");
  assert.equal(finding.fix?.text, "'acme'");
  const fixed = applyFix(text, finding);
  assert.match(fixed, /^subdomain: 'acme' # the storefront$/m);
  assert.deepEqual(lintRule('subdomain-format', fixed), []);
});

test('a label with uppercase letters is fixed to lowercase', () => {
  const { text, finding } = onlyFinding('Acme');
  assert.equal(finding.fix?.text, 'acme');
  assert.deepEqual(lintRule('subdomain-format', applyFix(text, finding)), []);
});

// Not fixable

test('the control-panel label store-<hash> is reported without a fix', () => {
  const { finding } = onlyFinding('store-abc123');
  assert.equal(at(finding), '5:12-5:24');
  assert.match(finding.message, /control-panel host/);
  assert.equal(finding.fix, undefined);
});

test('the control-panel URL is reported without a fix', () => {
  const { finding } = onlyFinding('https://store-abc123.mybigcommerce.com/manage');
  assert.match(finding.message, /control-panel host/);
  assert.equal(finding.fix, undefined);
});

test('a channel control-panel host store-<hash>-<channel> is reported without a fix', () => {
  const { finding } = onlyFinding('store-abc123-2.mybigcommerce.com');
  assert.match(finding.message, /control-panel host/);
  assert.equal(finding.fix, undefined);
});

test('a custom domain URL is reported without a fix', () => {
  const { finding } = onlyFinding('https://www.acme.com');
  assert.equal(at(finding), '5:12-5:32');
  assert.match(finding.message, /a URL that is not a \*\.mybigcommerce\.com storefront/);
  assert.equal(finding.fix, undefined);
});

test('a custom domain host is reported without a fix', () => {
  const { finding } = onlyFinding('shop.acme.com');
  assert.match(finding.message, /a host name that is not a \*\.mybigcommerce\.com storefront/);
  assert.equal(finding.fix, undefined);
});

test('a label with an underscore is reported without a fix', () => {
  const { finding } = onlyFinding('acme_store');
  assert.match(finding.message, /host label/);
  assert.equal(finding.fix, undefined);
});

test('a label ending in a hyphen is reported without a fix', () => {
  const { finding } = onlyFinding('acme-');
  assert.equal(finding.fix, undefined);
});

// Interplay

test('a pasted subdomain gives one finding in total', () => {
  assert.deepEqual(
    lint(connection({ subdomain: 'https://acme.mybigcommerce.com' })).map((finding) => finding.ruleId),
    ['subdomain-format'],
  );
});

test('a non-string subdomain is left to the schema', () => {
  const findings = lint(connection({ subdomain: '42' }));
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['schema'],
  );
});
