import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, connection, lint, lintRule } from '../helpers.js';

const tokenConnection = connection({ authType: 'token', scopes: '<omit>' });

test('authType custom passes', () => {
  assert.deepEqual(lintRule('no-token-auth', connection()), []);
});

test('authType token is reported on its value', () => {
  const findings = lintRule('no-token-auth', tokenConnection);
  assert.equal(findings.length, 1);
  const [finding] = findings;
  assert.equal(at(finding), '3:11-3:16');
  assert.equal(finding!.severity, 'error');
  assert.equal(finding!.fix, undefined);
  assert.match(finding!.message, /`authType: token`/);
  assert.match(finding!.message, /storefront token/);
  assert.match(finding!.message, /2026-06-30/);
  assert.match(finding!.message, /2027-03-31/);
  assert.match(finding!.message, /`authType: custom`/);
  assert.match(finding!.message, /private token/);
});

test('authType token is the only finding of a token connection without scopes', () => {
  assert.deepEqual(
    lint(tokenConnection).map((finding) => finding.ruleId),
    ['no-token-auth'],
  );
});

test('on 2026-06-30, the last day before the cut-off, authType token is a warning', () => {
  const findings = lint(tokenConnection, { today: '2026-06-30' }).filter((finding) => finding.ruleId === 'no-token-auth');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'warning');
});

test('on 2026-07-01, the cut-off day, authType token is an error', () => {
  const findings = lint(tokenConnection, { today: '2026-07-01' }).filter((finding) => finding.ruleId === 'no-token-auth');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'error');
});

test('well before the cut-off, authType token is a warning', () => {
  const findings = lintRule('no-token-auth', tokenConnection, { today: '2025-01-15' });
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'warning');
});

test('after 2027-03-31 authType token is still an error', () => {
  const findings = lintRule('no-token-auth', tokenConnection, { today: '2027-04-01' });
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'error');
});

test('a configured severity wins over the date: warning after the cut-off', () => {
  const findings = lintRule('no-token-auth', tokenConnection, { today: '2026-11-22', rules: { 'no-token-auth': 'warning' } });
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'warning');
});

test('a configured severity wins over the date: error before the cut-off', () => {
  const findings = lintRule('no-token-auth', tokenConnection, { today: '2026-06-30', rules: { 'no-token-auth': 'error' } });
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'error');
});

test('turning the rule off removes its findings', () => {
  assert.deepEqual(lint(tokenConnection, { rules: { 'no-token-auth': 'off' } }), []);
});

test('an authType that is neither custom nor token is left to the schema', () => {
  const findings = lint(connection({ authType: 'Token' }));
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['schema'],
  );
});
