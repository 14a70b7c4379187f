import { connection } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const rule = 'storefront-scopes-manage';
const migrationImportScopes = {
  content: 'modify',
  informationAndSettings: 'modify',
  marketing: 'modify',
  channelSettings: 'modify',
  channelListings: 'modify',
};
const needs = 'with `authType: custom` the integration mints storefront tokens itself and needs';
const tokensNeed = `${needs} Storefront API tokens = manage (store_storefront_api).`;
const impersonationNeed = `${needs} Storefront API customer impersonation tokens = manage (store_storefront_api_customer_impersonation).`;

ruleTester(rule, {
  valid: [
    { name: 'both storefront-token scopes at manage', code: connection() },
    {
      name: 'both at manage among other scopes',
      code: connection({}, { products: 'read-only', storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' }),
      otherRules: [],
    },
    { name: 'skipped with authType token', code: connection({ authType: 'token' }, { storefrontApiTokens: 'none' }) },
    {
      name: 'skipped for integration migration-import, which uses no storefront tokens',
      code:
        connection({ integration: 'migration-import' }, migrationImportScopes) +
        'apiPath: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/\nclientId: ${BIGCOMMERCE_CLIENT_ID}\n',
      otherRules: [],
    },
    {
      name: "skipped for integration wordpress (Full Import: BigCommerce's scope table says None for both)",
      code: connection({ integration: 'wordpress' }, { storefrontApiTokens: 'none' }),
    },
    {
      name: 'skipped for integration catalyst, which needs storefrontApiTokens (integration-requirements) but no impersonation tokens',
      code: connection({ integration: 'catalyst' }, { storefrontApiTokens: 'manage' }),
    },
    {
      name: 'skipped for integration storeautomator, which uses no storefront tokens',
      code:
        connection({ integration: 'storeautomator' }, { content: 'read-only', orders: 'read-only', informationAndSettings: 'read-only' }) +
        'clientId: ${BIGCOMMERCE_CLIENT_ID}\n',
      otherRules: [],
    },
    { name: 'scopes that are not a mapping are left to the schema', code: connection({ scopes: 'all' }), otherRules: ['schema'] },
    {
      name: 'turning the rule off removes its findings',
      code: connection({}, { storefrontApiTokens: 'none', storefrontApiCustomerImpersonationTokens: 'none' }),
      config: { rules: { [rule]: 'off' } },
      otherRules: [],
    },
  ],
  invalid: [
    {
      name: 'storefrontApiTokens at none is reported on its level',
      code: connection({}, { storefrontApiTokens: 'none', storefrontApiCustomerImpersonationTokens: 'manage' }),
      errors: [{ line: 6, column: 24, endLine: 6, endColumn: 28, severity: 'error', message: `\`storefrontApiTokens\` is \`none\`; ${tokensNeed}` }],
      output: null,
    },
    {
      name: 'the impersonation scope at none is reported on its level',
      code: connection({}, { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'none' }),
      errors: [{ line: 7, column: 45, endLine: 7, endColumn: 49, message: `\`storefrontApiCustomerImpersonationTokens\` is \`none\`; ${impersonationNeed}` }],
    },
    {
      name: 'both scopes wrong give one finding per scope',
      code: connection({}, { storefrontApiTokens: 'none', storefrontApiCustomerImpersonationTokens: 'none' }),
      errors: [
        { line: 6, column: 24, endLine: 6, endColumn: 28 },
        { line: 7, column: 45, endLine: 7, endColumn: 49 },
      ],
    },
    {
      name: 'a missing scope is reported on the scopes mapping',
      code: connection({}, { storefrontApiTokens: 'manage' }),
      errors: [
        { line: 6, column: 3, endLine: 6, endColumn: 30, message: `\`storefrontApiCustomerImpersonationTokens\` is left out (none); ${impersonationNeed}` },
      ],
    },
    {
      name: 'both scopes missing give two findings on the scopes mapping',
      code: connection({}, { products: 'read-only' }),
      errors: [
        { line: 6, column: 3, endLine: 6, endColumn: 22, message: `\`storefrontApiTokens\` is left out (none); ${tokensNeed}` },
        { line: 6, column: 3, endLine: 6, endColumn: 22, message: `\`storefrontApiCustomerImpersonationTokens\` is left out (none); ${impersonationNeed}` },
      ],
    },
    {
      name: 'a level the scope does not offer is reported once, by this rule',
      code: connection({}, { storefrontApiTokens: 'modify', storefrontApiCustomerImpersonationTokens: 'manage' }),
      errors: [{ line: 6, column: 24, endLine: 6, endColumn: 30, message: `\`storefrontApiTokens\` is set to a level it does not offer; ${tokensNeed}` }],
      otherRules: [],
    },
    {
      name: 'it applies with no integration',
      code: connection({}, { content: 'modify' }),
      errors: [
        { line: 6, column: 3, endLine: 6, endColumn: 18 },
        { line: 6, column: 3, endLine: 6, endColumn: 18 },
      ],
    },
    {
      name: 'it applies for integration wordpress-headless (Fast Headless), which uses storefront tokens',
      code: connection({ integration: 'wordpress-headless' }, { storefrontApiTokens: 'manage' }),
      errors: [{ line: 7, column: 3, endLine: 7, endColumn: 30, message: /^`storefrontApiCustomerImpersonationTokens` is left out/ }],
    },
    {
      name: 'it applies when the integration profile is unknown',
      code: connection({ integration: 'no-such-profile' }, { storefrontApiTokens: 'manage' }),
      errors: [{ line: 7, column: 3, endLine: 7, endColumn: 30 }],
    },
  ],
});
