import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, connection, lint, lintRule } from '../helpers.js';

const rule = 'excess-scopes';

const allAt = (keys: string[], level: string) => Object.fromEntries(keys.map((key) => [key, level]));
const requiredMigrationScopes = ['content', 'informationAndSettings', 'marketing', 'channelSettings', 'channelListings'];
const allEightMigrationScopes = [...requiredMigrationScopes, 'customers', 'orders', 'products'];

// migration-import

test('migration-import: modify on all eight migration scopes is not excess', () => {
  assert.deepEqual(lint(connection({ integration: 'migration-import' }, allAt(allEightMigrationScopes, 'modify'))), []);
});

test('migration-import: a scope outside the eight is a warning on its level', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'modify'), themes: 'modify' };
  const findings = lintRule(rule, connection({ integration: 'migration-import' }, scopes));
  assert.equal(findings.length, 1);
  const [finding] = findings;
  assert.equal(at(finding), '12:11-12:17');
  assert.equal(finding!.severity, 'warning');
  assert.equal(finding!.fix, undefined);
  assert.match(finding!.message, /`themes: modify` is more than integration `migration-import` needs; lower it to `none`/);
});

test('migration-import: a scope outside the eight at read-only is excess too', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'modify'), storeLogs: 'read-only' };
  const findings = lintRule(rule, connection({ integration: 'migration-import' }, scopes));
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /`storeLogs: read-only`/);
});

test('migration-import: the storefront-token scopes are excess, and storefront-scopes-manage does not apply', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'modify'), storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' };
  const findings = lint(connection({ integration: 'migration-import' }, scopes));
  assert.deepEqual(
    findings.map((finding) => [finding.ruleId, finding.severity, at(finding)]),
    [
      [rule, 'warning', '12:24-12:30'],
      [rule, 'warning', '13:45-13:51'],
    ],
  );
});

test('migration-import: a scope outside the eight at none is not excess', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'modify'), themes: 'none' };
  assert.deepEqual(lintRule(rule, connection({ integration: 'migration-import' }, scopes)), []);
});

test('migration-import: metafieldsAccess at its lowest level, standard, is not excess', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'modify'), metafieldsAccess: 'standard' };
  assert.deepEqual(lintRule(rule, connection({ integration: 'migration-import' }, scopes)), []);
});

test('migration-import: metafieldsAccess full is excess, to be lowered to standard', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'modify'), metafieldsAccess: 'full' };
  const findings = lintRule(rule, connection({ integration: 'migration-import' }, scopes));
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /lower it to `standard`/);
});

test('migration-import: two excess scopes give one finding each', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'modify'), themes: 'read-only', carts: 'modify' };
  const findings = lintRule(rule, connection({ integration: 'migration-import' }, scopes));
  assert.deepEqual(findings.map(at), ['12:11-12:20', '13:10-13:16']);
});

// migration-export

test('migration-export: read-only on all eight migration scopes is not excess', () => {
  assert.deepEqual(lint(connection({ integration: 'migration-export' }, allAt(allEightMigrationScopes, 'read-only'))), []);
});

test('migration-export: modify on a required scope is a warning, to be lowered to read-only', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'read-only'), content: 'modify' };
  const findings = lintRule(rule, connection({ integration: 'migration-export' }, scopes));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '7:12-7:18');
  assert.equal(findings[0]!.severity, 'warning');
  assert.match(findings[0]!.message, /`content: modify` is more than integration `migration-export` needs; lower it to `read-only`/);
});

test('migration-export: modify on an optional migration scope is a warning', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'read-only'), orders: 'modify' };
  const findings = lintRule(rule, connection({ integration: 'migration-export' }, scopes));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '12:11-12:17');
  assert.match(findings[0]!.message, /lower it to `read-only`/);
});

test('migration-export: a scope outside the eight is a warning', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'read-only'), storeLogs: 'read-only' };
  const findings = lintRule(rule, connection({ integration: 'migration-export' }, scopes));
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /lower it to `none`/);
});

// Profiles and connections without an excess check

const everythingGranted = {
  ...allAt(allEightMigrationScopes, 'modify'),
  themes: 'modify',
  carts: 'modify',
  storeLogs: 'read-only',
  storefrontApiTokens: 'manage',
  storefrontApiCustomerImpersonationTokens: 'manage',
};

for (const integration of ['celigo', 'storeautomator', 'wordpress']) {
  test(`${integration}: no excess check`, () => {
    assert.deepEqual(lintRule(rule, connection({ subdomain: 'acme', integration }, everythingGranted)), []);
  });
}

test('no integration: no excess check', () => {
  assert.deepEqual(lintRule(rule, connection({}, everythingGranted)), []);
});

test('an unknown integration: no excess check', () => {
  assert.deepEqual(lintRule(rule, connection({ integration: 'netsuite' }, everythingGranted)), []);
});

// Configuration

test('the rule can be raised to an error', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'modify'), themes: 'modify' };
  const findings = lintRule(rule, connection({ integration: 'migration-import' }, scopes), { rules: { [rule]: 'error' } });
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'error');
});

test('the rule can be turned off', () => {
  const scopes = { ...allAt(requiredMigrationScopes, 'modify'), themes: 'modify' };
  assert.deepEqual(lint(connection({ integration: 'migration-import' }, scopes), { rules: { [rule]: 'off' } }), []);
});
