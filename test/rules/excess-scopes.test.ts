import { oauthScopes } from '../../src/model/oauth-scopes.js';
import { connection } from '../helpers.js';
import { onLine, ruleTester } from '../rule-tester.js';

const rule = 'excess-scopes';

const allAt = (keys: string[], level: string) => Object.fromEntries(keys.map((key) => [key, level]));
const requiredMigrationScopes = ['content', 'informationAndSettings', 'marketing', 'channelSettings', 'channelListings'];
const allEightMigrationScopes = [...requiredMigrationScopes, 'customers', 'orders', 'products'];
/** The keys the migration profiles need, appended after the scopes so that the scopes' line numbers stay put. */
const migrationFields = 'apiPath: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/\nclientId: ${BIGCOMMERCE_CLIENT_ID}\n';
const clientIdLine = 'clientId: ${BIGCOMMERCE_CLIENT_ID}\n';
const migrationImport = (extra: Record<string, string>) =>
  connection({ integration: 'migration-import' }, { ...allAt(requiredMigrationScopes, 'modify'), ...extra }) + migrationFields;
const migrationExport = (extra: Record<string, string>) =>
  connection({ integration: 'migration-export' }, { ...allAt(requiredMigrationScopes, 'read-only'), ...extra }) + migrationFields;
const stitch = (extra: Record<string, string>) =>
  connection({ integration: 'stitch' }, { ...allAt(['customers', 'marketing', 'orders', 'products'], 'read-only'), ...extra }) + clientIdLine;
const excess = (written: string, integration: string, lowerTo: string) => {
  const [scope, level] = written.split(': ') as [string, string];
  const oauth = oauthScopes[scope]?.[level];
  return (
    `\`${written}\`${oauth ? ` (${oauth})` : ''} is more than integration \`${integration}\` needs; lower it to \`${lowerTo}\`. ` +
    'Scopes cannot be changed after the API account is created: create a new account with fewer (Settings > API > Store-level API accounts).'
  );
};

const everythingGranted = {
  ...allAt(allEightMigrationScopes, 'modify'),
  themes: 'modify',
  carts: 'modify',
  storeLogs: 'read-only',
  storefrontApiTokens: 'manage',
  storefrontApiCustomerImpersonationTokens: 'manage',
};

ruleTester(rule, {
  valid: [
    {
      name: 'migration-import: modify on all eight migration scopes',
      code: connection({ integration: 'migration-import' }, allAt(allEightMigrationScopes, 'modify')) + migrationFields,
      otherRules: [],
    },
    { name: 'migration-import: a scope outside the eight at none', code: migrationImport({ themes: 'none' }) },
    { name: 'migration-import: metafieldsAccess at its lowest level, standard', code: migrationImport({ metafieldsAccess: 'standard' }) },
    {
      name: 'migration-export: read-only on all eight migration scopes',
      code: connection({ integration: 'migration-export' }, allAt(allEightMigrationScopes, 'read-only')) + migrationFields,
      otherRules: [],
    },
    { name: 'stitch: read-only on what it reads', code: stitch({}), otherRules: [] },
    {
      name: 'stitch: only modify is excess; levels that are not modify (login, manage, full) are not',
      code: stitch({ customersLogin: 'login', storefrontApiTokens: 'manage', metafieldsAccess: 'full', storeLogs: 'read-only' }),
    },
    ...['celigo', 'storeautomator', 'wordpress', 'wordpress-headless', 'catalyst', 'pos-foundation', 'starshipit', 'dropstream', 'sumtracker', 'akeneo'].map(
      (integration) => ({
        name: `${integration}: no excess check`,
        code: connection({ subdomain: 'acme', integration }, everythingGranted),
      }),
    ),
    { name: 'no integration: no excess check', code: connection({}, everythingGranted) },
    { name: 'an unknown integration: no excess check', code: connection({ integration: 'netsuite' }, everythingGranted) },
    { name: 'the rule can be turned off', code: migrationImport({ themes: 'modify' }), config: { rules: { [rule]: 'off' } }, otherRules: [] },
  ],
  invalid: [
    {
      name: 'migration-import: a scope outside the eight is a warning on its level',
      code: migrationImport({ themes: 'modify' }),
      errors: [onLine(12, 11, 17, { severity: 'warning', message: excess('themes: modify', 'migration-import', 'none') })],
      output: null,
    },
    {
      name: 'migration-import: a scope outside the eight at read-only is excess too',
      code: migrationImport({ storeLogs: 'read-only' }),
      errors: [onLine(12, 14, 23, { message: excess('storeLogs: read-only', 'migration-import', 'none') })],
    },
    {
      name: 'migration-import: the storefront-token scopes are excess, and storefront-scopes-manage does not apply',
      code: migrationImport({ storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' }),
      errors: [onLine(12, 24, 30, { severity: 'warning' }), onLine(13, 45, 51, { severity: 'warning' })],
      otherRules: [],
    },
    {
      name: 'migration-import: metafieldsAccess full is excess, to be lowered to standard',
      code: migrationImport({ metafieldsAccess: 'full' }),
      errors: [onLine(12, 21, 25, { message: excess('metafieldsAccess: full', 'migration-import', 'standard') })],
    },
    {
      name: 'migration-import: two excess scopes give one finding each',
      code: migrationImport({ themes: 'read-only', carts: 'modify' }),
      errors: [onLine(12, 11, 20), onLine(13, 10, 16)],
    },
    {
      name: 'migration-export: modify on a required scope is a warning, to be lowered to read-only',
      code: migrationExport({ content: 'modify' }),
      errors: [onLine(7, 12, 18, { severity: 'warning', message: excess('content: modify', 'migration-export', 'read-only') })],
    },
    {
      name: 'migration-export: modify on an optional migration scope is a warning',
      code: migrationExport({ orders: 'modify' }),
      errors: [onLine(12, 11, 17, { message: excess('orders: modify', 'migration-export', 'read-only') })],
    },
    {
      name: 'migration-export: a scope outside the eight is a warning',
      code: migrationExport({ storeLogs: 'read-only' }),
      errors: [onLine(12, 14, 23, { message: excess('storeLogs: read-only', 'migration-export', 'none') })],
    },
    {
      name: 'stitch: modify on a scope it reads is excess, to be lowered to read-only, naming the OAuth scope',
      code: stitch({ orders: 'modify' }),
      errors: [{ line: 9, column: 11, endLine: 9, endColumn: 17, severity: 'warning', message: excess('orders: modify', 'stitch', 'read-only') }],
    },
    {
      name: 'stitch: modify on a scope it does not use is excess too, to be lowered to read-only',
      code: stitch({ themes: 'modify' }),
      errors: [{ line: 11, column: 11, endLine: 11, endColumn: 17, message: excess('themes: modify', 'stitch', 'read-only') }],
    },
    {
      name: 'migration-export: modify on a scope outside the eight is excess',
      code: migrationExport({ themes: 'modify' }),
      errors: [{ line: 12, column: 11, endLine: 12, endColumn: 17, message: excess('themes: modify', 'migration-export', 'none') }],
    },
    {
      name: 'the rule can be raised to an error',
      code: migrationImport({ themes: 'modify' }),
      config: { rules: { [rule]: 'error' } },
      errors: [onLine(12, 11, 17, { severity: 'error' })],
    },
  ],
});
