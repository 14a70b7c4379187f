import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, connection, lint, lintRule } from '../helpers.js';

const rule = 'storefront-scopes-manage';
const migrationImportScopes = {
  content: 'modify',
  informationAndSettings: 'modify',
  marketing: 'modify',
  channelSettings: 'modify',
  channelListings: 'modify',
};

// Passing cases

test('both storefront-token scopes at manage pass', () => {
  assert.deepEqual(lintRule(rule, connection()), []);
});

test('both at manage among other scopes pass', () => {
  const text = connection({}, { products: 'read-only', storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' });
  assert.deepEqual(lint(text), []);
});

// Failing cases

test('storefrontApiTokens at none is reported on its level', () => {
  const findings = lintRule(rule, connection({}, { storefrontApiTokens: 'none', storefrontApiCustomerImpersonationTokens: 'manage' }));
  assert.equal(findings.length, 1);
  const [finding] = findings;
  assert.equal(at(finding), '6:24-6:28');
  assert.equal(finding!.severity, 'error');
  assert.equal(finding!.fix, undefined);
  assert.match(finding!.message, /`storefrontApiTokens` is `none`/);
  assert.match(finding!.message, /Storefront API tokens = manage/);
  assert.match(finding!.message, /store_storefront_api\b/);
});

test('the impersonation scope at none is reported on its level', () => {
  const findings = lintRule(rule, connection({}, { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'none' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '7:45-7:49');
  assert.match(findings[0]!.message, /`storefrontApiCustomerImpersonationTokens` is `none`/);
  assert.match(findings[0]!.message, /store_storefront_api_customer_impersonation/);
});

test('both scopes wrong give one finding per scope', () => {
  const findings = lintRule(rule, connection({}, { storefrontApiTokens: 'none', storefrontApiCustomerImpersonationTokens: 'none' }));
  assert.deepEqual(findings.map(at), ['6:24-6:28', '7:45-7:49']);
});

test('a missing scope is reported on the scopes mapping', () => {
  const findings = lintRule(rule, connection({}, { storefrontApiTokens: 'manage' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '6:3-6:30');
  assert.match(findings[0]!.message, /`storefrontApiCustomerImpersonationTokens` is left out/);
});

test('both scopes missing give two findings on the scopes mapping', () => {
  const findings = lintRule(rule, connection({}, { products: 'read-only' }));
  assert.deepEqual(findings.map(at), ['6:3-6:22', '6:3-6:22']);
  assert.match(findings[0]!.message, /storefrontApiTokens/);
  assert.match(findings[1]!.message, /storefrontApiCustomerImpersonationTokens/);
});

test('a level the scope does not offer is reported once, by this rule', () => {
  const findings = lint(connection({}, { storefrontApiTokens: 'modify', storefrontApiCustomerImpersonationTokens: 'manage' }));
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, rule);
  assert.equal(at(findings[0]), '6:24-6:30');
  assert.match(findings[0]!.message, /is set to a level it does not offer/);
});

// When the rule applies

test('it is skipped with authType token', () => {
  const text = connection({ authType: 'token' }, { storefrontApiTokens: 'none' });
  assert.deepEqual(lintRule(rule, text), []);
});

test('it is skipped for integration migration-import, which uses no storefront tokens', () => {
  const text = connection({ integration: 'migration-import' }, migrationImportScopes);
  assert.deepEqual(lintRule(rule, text), []);
  assert.deepEqual(lint(text), []);
});

test('it is skipped for integration storeautomator, which uses no storefront tokens', () => {
  const text = connection({ integration: 'storeautomator' }, { content: 'read-only', orders: 'read-only', informationAndSettings: 'read-only' });
  assert.deepEqual(lint(text), []);
});

test('it applies with no integration', () => {
  const findings = lintRule(rule, connection({}, { content: 'modify' }));
  assert.equal(findings.length, 2);
});

test('it applies for integration wordpress, which uses storefront tokens', () => {
  const text = connection({ integration: 'wordpress' }, { storefrontApiTokens: 'manage' });
  const findings = lintRule(rule, text);
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /storefrontApiCustomerImpersonationTokens/);
});

test('it applies when the integration profile is unknown', () => {
  const text = connection({ integration: 'no-such-profile' }, { storefrontApiTokens: 'manage' });
  assert.equal(lintRule(rule, text).length, 1);
});

test('scopes that are not a mapping are left to the schema', () => {
  const text = connection({ scopes: 'all' });
  assert.deepEqual(lintRule(rule, text), []);
  assert.deepEqual(
    lint(text).map((finding) => finding.ruleId),
    ['schema'],
  );
});

test('turning the rule off removes its findings', () => {
  const text = connection({}, { storefrontApiTokens: 'none', storefrontApiCustomerImpersonationTokens: 'none' });
  assert.deepEqual(lint(text, { rules: { [rule]: 'off' } }), []);
});
