import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, connection, lint, lintRule } from '../helpers.js';

const rule = 'token-type';

test('tokenType v2-v3-api passes', () => {
  assert.deepEqual(lint(connection({ tokenType: 'v2-v3-api' })), []);
});

test('leaving out tokenType passes (the default is v2-v3-api)', () => {
  assert.deepEqual(lintRule(rule, connection()), []);
});

test('tokenType stencil-cli is reported on its value', () => {
  const findings = lintRule(rule, connection({ tokenType: 'stencil-cli' }));
  assert.equal(findings.length, 1);
  const [finding] = findings;
  assert.equal(at(finding), '5:12-5:23');
  assert.equal(finding!.severity, 'error');
  assert.equal(finding!.fix, undefined);
  assert.match(finding!.message, /`tokenType: stencil-cli`/);
  assert.match(finding!.message, /theme/);
  assert.match(finding!.message, /cannot call the V2\/V3 APIs/);
  assert.match(finding!.message, /`v2-v3-api`/);
});

test('a quoted stencil-cli is reported too', () => {
  const findings = lintRule(rule, connection({ tokenType: '"stencil-cli"' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '5:12-5:25');
});

test('stencil-cli gives one finding in total', () => {
  assert.deepEqual(
    lint(connection({ tokenType: 'stencil-cli' })).map((finding) => finding.ruleId),
    [rule],
  );
});

test('a token type that does not exist is left to the schema', () => {
  const findings = lint(connection({ tokenType: 'stencil' }));
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['schema'],
  );
  assert.match(findings[0]!.message, /`tokenType` must be `v2-v3-api` or `stencil-cli`/);
});

test('turning the rule off removes its finding', () => {
  assert.deepEqual(lint(connection({ tokenType: 'stencil-cli' }), { rules: { [rule]: 'off' } }), []);
});
