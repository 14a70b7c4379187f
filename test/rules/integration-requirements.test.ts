import { connection, repoRoot } from '../helpers.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { oauthScopes } from '../../src/model/oauth-scopes.js';
import { builtinProfiles } from '../../src/model/profiles.js';
import { ruleTester, type ExpectedError } from '../rule-tester.js';

const unchangeable =
  ' Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).';

const rule = 'integration-requirements';

const storefrontManage = { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' };
const migrationScopes = ['content', 'informationAndSettings', 'marketing', 'channelSettings', 'channelListings'];
const allAt = (keys: string[], level: string) => Object.fromEntries(keys.map((key) => [key, level]));
/** Keys some profiles need, appended after the scopes so that the scopes' line numbers stay put. */
const apiPathLine = 'apiPath: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/\n';
const clientIdLine = 'clientId: ${BIGCOMMERCE_CLIENT_ID}\n';
const clientSecretLine = 'clientSecret: ${BIGCOMMERCE_CLIENT_SECRET}\n';
const migrationFields = apiPathLine + clientIdLine;
const wordpressFields = apiPathLine + clientIdLine + clientSecretLine;
const migrationImport = (extra: Record<string, string>) =>
  connection({ integration: 'migration-import' }, { ...allAt(migrationScopes, 'modify'), ...extra }) + migrationFields;
const migrationExport = (extra: Record<string, string>) =>
  connection({ integration: 'migration-export' }, { ...allAt(migrationScopes, 'read-only'), ...extra }) + migrationFields;
const celigoWithTokenAuth = connection({ authType: 'token', subdomain: 'acme', integration: 'celigo' });
const celigoWithoutStorefrontTokens = connection(
  { subdomain: 'acme', integration: 'celigo' },
  { storefrontApiTokens: 'none', storefrontApiCustomerImpersonationTokens: 'manage' },
);

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
const storeautomatorScopes = { content: 'read-only', orders: 'read-only', informationAndSettings: 'read-only' };

/** One "left out" finding per needed scope, all on the same range (the scopes mapping), in the profile's order. */
const leftOut = (integration: string, needs: Record<string, string>, range: Omit<ExpectedError, 'message'>): ExpectedError[] =>
  Object.entries(needs).map(([scope, level]) => ({
    ...range,
    message: `integration \`${integration}\` needs \`${scope}\` at least \`${level}\` (${oauthScopes[scope]![level]}); it is left out.${unchangeable}`,
  }));
const emptyScopes = { line: 6, column: 9, endLine: 6, endColumn: 11 };

ruleTester(rule, {
  valid: [
    {
      name: 'celigo: a custom connection with subdomain and both storefront scopes at manage',
      code: connection({ subdomain: 'acme', integration: 'celigo' }),
      otherRules: [],
    },
    {
      name: 'celigo: authType token gives one finding on authType, from no-token-auth, after its cut-off',
      code: celigoWithTokenAuth,
      today: '2026-07-01',
      otherRules: ['no-token-auth'],
    },
    {
      name: 'celigo: a storefront scope not at manage gives exactly one finding (from storefront-scopes-manage)',
      code: celigoWithoutStorefrontTokens,
      otherRules: ['storefront-scopes-manage'],
    },
    {
      name: 'celigo: a storefront scope left out gives exactly one finding (from storefront-scopes-manage)',
      code: connection({ subdomain: 'acme', integration: 'celigo' }, { storefrontApiTokens: 'manage' }),
      otherRules: ['storefront-scopes-manage'],
    },
    { name: 'migration-import: modify on the five required scopes', code: migrationImport({}), otherRules: [] },
    {
      name: 'migration-import: customers, orders and products granted at modify',
      code: migrationImport({ customers: 'modify', orders: 'modify', products: 'modify' }),
      otherRules: [],
    },
    { name: 'migration-import: orders at none counts as not granted', code: migrationImport({ orders: 'none' }) },
    { name: 'migration-export: read-only on the five required scopes', code: migrationExport({}), otherRules: [] },
    { name: 'migration-export: customers, orders and products are not required', code: migrationExport({ orders: 'none' }) },
    {
      name: 'storeautomator: read-only on content, orders and informationAndSettings',
      code: connection({ integration: 'storeautomator' }, storeautomatorScopes) + clientIdLine,
      otherRules: [],
    },
    {
      name: 'storeautomator: modify counts as at least read-only',
      code: connection({ integration: 'storeautomator' }, allAt(['content', 'orders', 'informationAndSettings'], 'modify')) + clientIdLine,
      otherRules: [],
    },
    {
      name: "wordpress (Full Import): its scope list, with no storefront-token scopes (BigCommerce's table says None)",
      code: connection({ integration: 'wordpress' }, wordpressScopes) + wordpressFields,
      otherRules: [],
    },
    {
      name: 'wordpress-headless (Fast Headless): its scope list plus both storefront scopes at manage',
      code: connection({ integration: 'wordpress-headless' }, { ...wordpressScopes, ...storefrontManage }) + wordpressFields,
      otherRules: [],
    },
    {
      name: 'catalyst: the scopes of the Catalyst CLI device flow, no impersonation scope needed',
      code: connection(
        { integration: 'catalyst' },
        { ...allAt(['content', 'informationAndSettings', 'products', 'carts', 'sitesAndRoutes', 'channelSettings'], 'modify'), storefrontApiTokens: 'manage' },
      ),
      otherRules: [],
    },
    {
      name: 'akeneo: products, channel settings and channel listings at modify',
      code: connection({ integration: 'akeneo' }, allAt(['products', 'channelSettings', 'channelListings'], 'modify')),
      otherRules: [],
    },
    {
      name: 'stitch: read-only on orders, customers, products and marketing, with a client ID',
      code: connection({ integration: 'stitch' }, allAt(['customers', 'marketing', 'orders', 'products'], 'read-only')) + clientIdLine,
      otherRules: [],
    },
    { name: 'no integration means no requirements', code: connection({}, { products: 'read-only' }) },
    { name: 'a non-string integration is left to the schema', code: connection({ integration: '42' }), otherRules: ['schema'] },
    // One problem, one finding (contract v2): authType and the storefront scopes are owned by the earlier rules in the
    // table; this rule never reports them, whatever their severity and even when they are turned off.
    {
      name: 'celigo: with no-token-auth turned off, authType token is reported by no rule',
      code: celigoWithTokenAuth,
      today: '2026-07-01',
      config: { rules: { 'no-token-auth': 'off' } },
      otherRules: [],
    },
    {
      name: 'celigo with authType token before the cut-off: one warning, from no-token-auth (its date-bound severity is final)',
      code: celigoWithTokenAuth,
      today: '2026-06-30',
      otherRules: ['no-token-auth'],
    },
    {
      name: 'celigo with authType token and no-token-auth: warn after the cut-off: one finding, from no-token-auth',
      code: celigoWithTokenAuth,
      today: '2026-07-01',
      config: { rules: { 'no-token-auth': 'warning' } },
      otherRules: ['no-token-auth'],
    },
    {
      name: 'celigo: with storefront-scopes-manage turned off, the scope below manage is reported by no rule',
      code: celigoWithoutStorefrontTokens,
      config: { rules: { 'storefront-scopes-manage': 'off' } },
      otherRules: [],
    },
    {
      name: 'celigo: with storefront-scopes-manage at warning, the scope below manage is its warning only',
      code: celigoWithoutStorefrontTokens,
      config: { rules: { 'storefront-scopes-manage': 'warning' } },
      otherRules: ['storefront-scopes-manage'],
    },
  ],
  invalid: [
    {
      name: 'celigo: a missing subdomain is reported on the connection mapping',
      code: connection({ integration: 'celigo' }),
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 8,
          endColumn: 51,
          severity: 'error',
          message:
            'integration `celigo` needs `subdomain` to be set: the label before .mybigcommerce.com in the storefront address (acme for https://acme.mybigcommerce.com).',
        },
      ],
      output: null,
    },
    {
      name: 'migration-import: a required scope below modify is reported on its level',
      code: migrationImport({ content: 'read-only' }),
      errors: [
        {
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 21,
          message:
            'integration `migration-import` needs `content` at least `modify` (store_v2_content); it is `read-only`. Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).',
        },
      ],
    },
    {
      name: 'migration-import: a required scope left out is reported on the scopes mapping',
      code:
        connection({ integration: 'migration-import' }, allAt(['content', 'informationAndSettings', 'channelSettings', 'channelListings'], 'modify')) +
        migrationFields,
      errors: [
        {
          line: 7,
          column: 3,
          endLine: 10,
          endColumn: 26,
          message:
            'integration `migration-import` needs `marketing` at least `modify` (store_v2_marketing); it is left out. Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).',
        },
      ],
    },
    {
      name: 'migration-import: empty scopes give one finding per need',
      code: connection({ integration: 'migration-import', scopes: '{}' }) + migrationFields,
      errors: leftOut('migration-import', allAt(migrationScopes, 'modify'), emptyScopes),
    },
    {
      name: 'migration-import: orders granted read-only must be modify',
      code: migrationImport({ orders: 'read-only' }),
      errors: [
        {
          line: 12,
          column: 11,
          endLine: 12,
          endColumn: 20,
          message:
            'integration `migration-import` needs `orders` at `modify` (store_v2_orders) when granted; it is `read-only`. Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).',
        },
      ],
    },
    {
      name: 'migration-import: customers and products granted read-only give one finding each',
      code: migrationImport({ customers: 'read-only', products: 'read-only' }),
      errors: [
        { line: 12, column: 14, endLine: 12, endColumn: 23 },
        { line: 13, column: 13, endLine: 13, endColumn: 22 },
      ],
    },
    {
      name: 'migration-export: a required scope at none is reported on its level',
      code: migrationExport({ marketing: 'none' }),
      errors: [
        {
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 18,
          message:
            'integration `migration-export` needs `marketing` at least `read-only` (store_v2_marketing_read_only); it is `none`. Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).',
        },
      ],
    },
    {
      name: 'migration-export: empty scopes give one finding per need',
      code: connection({ integration: 'migration-export', scopes: '{}' }) + migrationFields,
      errors: leftOut('migration-export', allAt(migrationScopes, 'read-only'), emptyScopes),
    },
    {
      name: 'storeautomator: orders at none is reported on its level',
      code: connection({ integration: 'storeautomator' }, { ...storeautomatorScopes, orders: 'none' }) + clientIdLine,
      errors: [
        {
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 15,
          message:
            'integration `storeautomator` needs `orders` at least `read-only` (store_v2_orders_read_only); it is `none`. Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).',
        },
      ],
    },
    {
      name: 'storeautomator: empty scopes give one finding per need',
      code: connection({ integration: 'storeautomator', scopes: '{}' }) + clientIdLine,
      errors: leftOut('storeautomator', storeautomatorScopes, emptyScopes),
    },
    {
      name: 'wordpress: two scopes too low give one finding each, on their levels',
      code: connection({ integration: 'wordpress' }, { ...wordpressScopes, customersLogin: 'none', carts: 'read-only', ...storefrontManage }) + wordpressFields,
      errors: [
        {
          line: 8,
          column: 19,
          endLine: 8,
          endColumn: 23,
          message:
            'integration `wordpress` needs `customersLogin` at least `login` (store_v2_customers_login); it is `none`. Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).',
        },
        {
          line: 15,
          column: 10,
          endLine: 15,
          endColumn: 19,
          message:
            'integration `wordpress` needs `carts` at least `modify` (store_cart); it is `read-only`. Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).',
        },
      ],
    },
    {
      name: 'wordpress: only the storefront scopes gives one finding per needed scope',
      code: connection({ integration: 'wordpress' }, storefrontManage) + wordpressFields,
      errors: leftOut('wordpress', wordpressScopes, { line: 7, column: 3, endLine: 8, endColumn: 51 }),
    },
    {
      name: 'wordpress: a missing clientSecret is reported on the connection mapping, saying where the value comes from',
      code: connection({ integration: 'wordpress' }, wordpressScopes) + apiPathLine + clientIdLine,
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 21,
          endColumn: 35,
          message:
            'integration `wordpress` needs `clientSecret` to be set: a reference such as ${BIGCOMMERCE_CLIENT_SECRET} to the Client Secret shown when the API account was created.',
        },
      ],
      otherRules: ['customer-login-needs-secret'],
    },
    {
      name: "wordpress-headless: a storefront scope left out is storefront-scopes-manage's finding (one problem, one finding)",
      code: connection({ integration: 'wordpress-headless' }, { ...wordpressScopes, storefrontApiTokens: 'manage' }) + wordpressFields,
      errors: [],
      otherRules: ['storefront-scopes-manage'],
    },
    {
      name: "catalyst: storefrontApiTokens left out is this rule's (catalyst mints no impersonation tokens, storefront-scopes-manage does not apply)",
      code: connection(
        { integration: 'catalyst' },
        allAt(['content', 'informationAndSettings', 'products', 'carts', 'sitesAndRoutes', 'channelSettings'], 'modify'),
      ),
      errors: [
        { line: 7, column: 3, endLine: 12, endColumn: 26, message: /needs `storefrontApiTokens` at least `manage` \(store_storefront_api\); it is left out/ },
      ],
      otherRules: [],
    },
    {
      name: 'pos-foundation: createPayments left out names its OAuth scope',
      code: connection(
        { integration: 'pos-foundation' },
        {
          customers: 'modify',
          informationAndSettings: 'read-only',
          orders: 'modify',
          getPaymentMethods: 'read-only',
          products: 'read-only',
          carts: 'modify',
          checkouts: 'modify',
          channelSettings: 'modify',
          storefrontApiTokens: 'manage',
        },
      ),
      errors: [
        {
          line: 7,
          column: 3,
          endLine: 15,
          endColumn: 30,
          message: /needs `createPayments` at least `create` \(store_payments_access_token_create\); it is left out/,
        },
      ],
    },
    {
      name: 'dropstream: empty scopes and no client ID or secret: one finding per missing field and per scope',
      code: connection({ integration: 'dropstream', scopes: '{}' }),
      errors: [
        { line: 1, column: 1, endLine: 6, endColumn: 11, message: /needs `clientId` to be set/ },
        { line: 1, column: 1, endLine: 6, endColumn: 11, message: /needs `clientSecret` to be set/ },
        ...Array.from({ length: 20 }, () => ({ ...emptyScopes, message: /it is left out/ })),
      ],
    },
    {
      name: 'stitch: a scope below read-only is reported on its level',
      code: connection({ integration: 'stitch' }, { customers: 'read-only', marketing: 'none', orders: 'read-only', products: 'read-only' }) + clientIdLine,
      errors: [
        { line: 8, column: 14, endLine: 8, endColumn: 18, message: /needs `marketing` at least `read-only` \(store_v2_marketing_read_only\); it is `none`/ },
      ],
    },
    {
      name: 'an unknown profile name close to a known one is reported with a suggestion',
      code: connection({ integration: 'celigoo' }),
      errors: [{ line: 5, column: 14, endLine: 5, endColumn: 21, severity: 'error', message: /unknown integration profile; did you mean `celigo`\?/ }],
    },
    {
      name: 'an unknown profile name far from every known one lists the known profiles',
      code: connection({ integration: 'netsuite' }),
      errors: [
        {
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 22,
          message: /unknown integration profile; known profiles: celigo, migration-import, migration-export, storeautomator, wordpress/,
        },
      ],
    },
    {
      name: 'a profile given in the options is known',
      code: connection({ integration: 'acme-erp' }, { products: 'read-only' }),
      config: { profiles: [{ name: 'acme-erp', description: 'Acme ERP', storefrontTokens: false, needs: { orders: 'read-only' } }] },
      errors: [
        {
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 22,
          message: /integration `acme-erp` needs `orders` at least `read-only` \(store_v2_orders_read_only\); it is left out/,
        },
      ],
    },
  ],
});

test("the OAuth scope strings in messages are the ones the schema's hover text names (one set of facts)", () => {
  const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas/bigcommerce.connection.schema.json'), 'utf8'));
  const scopes = schema.properties.scopes.properties as Record<string, { enum: string[]; enumDescriptions: string[] }>;
  for (const [key, { enum: levels, enumDescriptions }] of Object.entries(scopes)) {
    const fromSchema = Object.fromEntries(
      levels.flatMap((level, index) => {
        const oauth = /^(store_[a-z0-9_]+): /.exec(enumDescriptions[index]!)?.[1];
        return oauth ? [[level, oauth]] : [];
      }),
    );
    assert.deepEqual(oauthScopes[key], fromSchema, key);
  }
  for (const profile of builtinProfiles) {
    assert.match(schema.properties.integration.markdownDescription, new RegExp(`- \`${profile.name}\`: `), profile.name);
    for (const [scope, level] of Object.entries(profile.needs)) assert.ok(oauthScopes[scope]?.[level], `${profile.name}: ${scope} ${level}`);
  }
});
