import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, connection, lint, lintRule } from '../helpers.js';

const rule = 'integration-requirements';

const storefrontManage = { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' };

const migrationScopes = ['content', 'informationAndSettings', 'marketing', 'channelSettings', 'channelListings'];
const allAt = (keys: string[], level: string) => Object.fromEntries(keys.map((key) => [key, level]));

const wordpressScopes = {
  customers: 'modify',
  customersLogin: 'login',
  informationAndSettings: 'modify',
  marketing: 'read-only',
  orders: 'read-only',
  orderTransactions: 'read-only',
  getPaymentMethods: 'read-only',
  products: 'read-only',
  carts: 'modify',
  checkouts: 'modify',
  sitesAndRoutes: 'modify',
  channelSettings: 'modify',
  channelListings: 'modify',
};

// celigo

test('celigo: a custom connection with subdomain and both storefront scopes at manage passes', () => {
  assert.deepEqual(lint(connection({ subdomain: 'acme', integration: 'celigo' })), []);
});

test('celigo: a missing subdomain is reported on the connection mapping', () => {
  const findings = lintRule(rule, connection({ integration: 'celigo' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '1:1-8:51');
  assert.equal(findings[0]!.severity, 'error');
  assert.match(findings[0]!.message, /integration `celigo` needs `subdomain` to be set/);
});

test('celigo: authType token gives one finding on authType, not two', () => {
  const text = connection({ authType: 'token', subdomain: 'acme', integration: 'celigo' });
  const onAuthType = lint(text).filter((finding) => finding.line === 3);
  assert.equal(onAuthType.length, 1);
  assert.equal(at(onAuthType[0]), '3:11-3:16');
});

test('celigo: with no-token-auth turned off, the need for authType custom is still reported', () => {
  const text = connection({ authType: 'token', subdomain: 'acme', integration: 'celigo' });
  const findings = lintRule(rule, text, { rules: { 'no-token-auth': 'off' } });
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '3:11-3:16');
  assert.match(findings[0]!.message, /integration `celigo` needs `authType: custom`/);
});

test('celigo: a storefront scope not at manage gives exactly one finding (from storefront-scopes-manage)', () => {
  const text = connection({ subdomain: 'acme', integration: 'celigo' }, { storefrontApiTokens: 'none', storefrontApiCustomerImpersonationTokens: 'manage' });
  const findings = lint(text);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, 'storefront-scopes-manage');
  assert.equal(at(findings[0]), '8:24-8:28');
});

test('celigo: a storefront scope left out gives exactly one finding', () => {
  const text = connection({ subdomain: 'acme', integration: 'celigo' }, { storefrontApiTokens: 'manage' });
  const findings = lint(text);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, 'storefront-scopes-manage');
});

test('celigo: with storefront-scopes-manage turned off, the scope need is still reported', () => {
  const text = connection({ subdomain: 'acme', integration: 'celigo' }, { storefrontApiTokens: 'none', storefrontApiCustomerImpersonationTokens: 'manage' });
  const findings = lint(text, { rules: { 'storefront-scopes-manage': 'off' } });
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, rule);
  assert.equal(at(findings[0]), '8:24-8:28');
  assert.match(findings[0]!.message, /integration `celigo` needs `storefrontApiTokens` at least `manage`/);
});

// migration-import

test('migration-import: modify on the five required scopes passes', () => {
  assert.deepEqual(lint(connection({ integration: 'migration-import' }, allAt(migrationScopes, 'modify'))), []);
});

test('migration-import: customers, orders and products granted at modify pass', () => {
  const scopes = { ...allAt(migrationScopes, 'modify'), customers: 'modify', orders: 'modify', products: 'modify' };
  assert.deepEqual(lint(connection({ integration: 'migration-import' }, scopes)), []);
});

test('migration-import: a required scope below modify is reported on its level', () => {
  const scopes = { ...allAt(migrationScopes, 'modify'), content: 'read-only' };
  const findings = lintRule(rule, connection({ integration: 'migration-import' }, scopes));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '7:12-7:21');
  assert.match(findings[0]!.message, /integration `migration-import` needs `content` at least `modify`; it is `read-only`/);
});

test('migration-import: a required scope left out is reported on the scopes mapping', () => {
  const scopes = allAt(['content', 'informationAndSettings', 'channelSettings', 'channelListings'], 'modify');
  const findings = lintRule(rule, connection({ integration: 'migration-import' }, scopes));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '7:3-10:26');
  assert.match(findings[0]!.message, /needs `marketing` at least `modify`; it is left out/);
});

test('migration-import: empty scopes give one finding per need', () => {
  const findings = lintRule(rule, connection({ integration: 'migration-import', scopes: '{}' }));
  assert.equal(findings.length, 5);
  assert.deepEqual(new Set(findings.map(at)), new Set(['6:9-6:11']));
  for (const scope of migrationScopes) {
    assert.ok(findings.some((finding) => finding.message.includes(`\`${scope}\``)), scope);
  }
});

test('migration-import: orders granted read-only must be modify', () => {
  const scopes = { ...allAt(migrationScopes, 'modify'), orders: 'read-only' };
  const findings = lintRule(rule, connection({ integration: 'migration-import' }, scopes));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '12:11-12:20');
  assert.match(findings[0]!.message, /needs `orders` at `modify` when granted; it is `read-only`/);
});

test('migration-import: customers and products granted read-only give one finding each', () => {
  const scopes = { ...allAt(migrationScopes, 'modify'), customers: 'read-only', products: 'read-only' };
  const findings = lintRule(rule, connection({ integration: 'migration-import' }, scopes));
  assert.deepEqual(findings.map(at), ['12:14-12:23', '13:13-13:22']);
});

test('migration-import: orders at none counts as not granted', () => {
  const scopes = { ...allAt(migrationScopes, 'modify'), orders: 'none' };
  assert.deepEqual(lintRule(rule, connection({ integration: 'migration-import' }, scopes)), []);
});

// migration-export

test('migration-export: read-only on the five required scopes passes', () => {
  assert.deepEqual(lint(connection({ integration: 'migration-export' }, allAt(migrationScopes, 'read-only'))), []);
});

test('migration-export: a required scope at none is reported on its level', () => {
  const scopes = { ...allAt(migrationScopes, 'read-only'), marketing: 'none' };
  const findings = lintRule(rule, connection({ integration: 'migration-export' }, scopes));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '9:14-9:18');
  assert.match(findings[0]!.message, /integration `migration-export` needs `marketing` at least `read-only`; it is `none`/);
});

test('migration-export: customers, orders and products are not required', () => {
  const scopes = { ...allAt(migrationScopes, 'read-only'), orders: 'none' };
  assert.deepEqual(lintRule(rule, connection({ integration: 'migration-export' }, scopes)), []);
});

test('migration-export: empty scopes give one finding per need', () => {
  assert.equal(lintRule(rule, connection({ integration: 'migration-export', scopes: '{}' })).length, 5);
});

// storeautomator

const storeautomatorScopes = { content: 'read-only', orders: 'read-only', informationAndSettings: 'read-only' };

test('storeautomator: read-only on content, orders and informationAndSettings passes', () => {
  assert.deepEqual(lint(connection({ integration: 'storeautomator' }, storeautomatorScopes)), []);
});

test('storeautomator: modify counts as at least read-only', () => {
  const scopes = allAt(['content', 'orders', 'informationAndSettings'], 'modify');
  assert.deepEqual(lint(connection({ integration: 'storeautomator' }, scopes)), []);
});

test('storeautomator: orders at none is reported on its level', () => {
  const findings = lintRule(rule, connection({ integration: 'storeautomator' }, { ...storeautomatorScopes, orders: 'none' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '8:11-8:15');
  assert.match(findings[0]!.message, /integration `storeautomator` needs `orders` at least `read-only`; it is `none`/);
});

test('storeautomator: empty scopes give one finding per need', () => {
  const findings = lintRule(rule, connection({ integration: 'storeautomator', scopes: '{}' }));
  assert.equal(findings.length, 3);
});

// wordpress

test('wordpress: its scope list plus both storefront scopes at manage passes', () => {
  assert.deepEqual(lint(connection({ integration: 'wordpress' }, { ...wordpressScopes, ...storefrontManage })), []);
});

test('wordpress: two scopes too low give one finding each, on their levels', () => {
  const scopes = { ...wordpressScopes, customersLogin: 'none', carts: 'read-only', ...storefrontManage };
  const findings = lintRule(rule, connection({ integration: 'wordpress' }, scopes));
  assert.deepEqual(findings.map(at), ['8:19-8:23', '15:10-15:19']);
  assert.match(findings[0]!.message, /integration `wordpress` needs `customersLogin` at least `login`; it is `none`/);
  assert.match(findings[1]!.message, /integration `wordpress` needs `carts` at least `modify`; it is `read-only`/);
});

test('wordpress: only the storefront scopes gives one finding per needed scope', () => {
  const findings = lintRule(rule, connection({ integration: 'wordpress' }, storefrontManage));
  assert.equal(findings.length, Object.keys(wordpressScopes).length);
  for (const scope of Object.keys(wordpressScopes)) {
    assert.ok(findings.some((finding) => finding.message.includes(`\`${scope}\``)), scope);
  }
});

// Profile names

test('an unknown profile name close to a known one is reported with a suggestion', () => {
  const findings = lintRule(rule, connection({ integration: 'celigoo' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '5:14-5:21');
  assert.equal(findings[0]!.severity, 'error');
  assert.match(findings[0]!.message, /unknown integration profile; did you mean `celigo`\?/);
});

test('an unknown profile name far from every known one lists the known profiles', () => {
  const findings = lintRule(rule, connection({ integration: 'netsuite' }));
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /unknown integration profile; known profiles: celigo,/);
  assert.match(findings[0]!.message, /celigo, migration-import, migration-export, storeautomator, wordpress/);
});

test('a profile given in the options is known', () => {
  const profiles = [{ name: 'acme-erp', description: 'Acme ERP', storefrontTokens: false, needs: { orders: 'read-only' } }];
  const text = connection({ integration: 'acme-erp' }, { products: 'read-only' });
  const findings = lintRule(rule, text, { profiles });
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /integration `acme-erp` needs `orders` at least `read-only`; it is left out/);
});

test('no integration means no requirements', () => {
  assert.deepEqual(lintRule(rule, connection({}, { products: 'read-only' })), []);
});

test('a non-string integration is left to the schema', () => {
  assert.deepEqual(
    lint(connection({ integration: '42' })).map((finding) => finding.ruleId),
    ['schema'],
  );
});

test('celigo with authType token before the cut-off: the error from this rule wins over the no-token-auth warning', () => {
  const text = connection({ authType: 'token', subdomain: 'acme', integration: 'celigo' });
  const onAuthType = lint(text, { today: '2026-06-30' }).filter((finding) => finding.line === 3);
  assert.deepEqual(
    onAuthType.map((finding) => [finding.ruleId, finding.severity]),
    [['integration-requirements', 'error']],
  );
  const after = lint(text, { today: '2026-07-01' }).filter((finding) => finding.line === 3);
  assert.deepEqual(after.map((finding) => [finding.ruleId, finding.severity]), [['no-token-auth', 'error']]);
});

test('a fatal yaml-syntax finding stays an error even when the config lowers the rule', () => {
  const findings = lint('name: [unclosed\n', { rules: { 'yaml-syntax': 'warning' } });
  assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.severity]), [['yaml-syntax', 'error']]);
});
