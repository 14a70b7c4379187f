import { connection } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const rule = 'customer-login-needs-secret';
const storefront = { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' };
const message =
  '`customersLogin: login` (store_v2_customers_login) is granted but the connection has no `clientSecret`: Customer Login ' +
  "JWTs are signed with the API account's client secret. Add `clientSecret: ${BIGCOMMERCE_CLIENT_SECRET}` (the Client " +
  'Secret shown when the API account was created, Settings > API > Store-level API accounts), or drop the scope.';
const plaintextToken = 'k7x2m9p4q8r1s5t3v6w0y2z4a8b1c3d';

ruleTester(rule, {
  valid: [
    {
      name: 'customersLogin login with a clientSecret reference',
      code: connection({ clientSecret: '${BIGCOMMERCE_CLIENT_SECRET}' }, { customersLogin: 'login', ...storefront }),
      otherRules: [],
    },
    { name: 'customersLogin none without a clientSecret', code: connection({}, { customersLogin: 'none', ...storefront }), otherRules: [] },
    { name: 'customersLogin left out', code: connection(), otherRules: [] },
    {
      name: "a plaintext clientSecret is there (no-plaintext-secret's finding, not this one)",
      code: connection({ clientSecret: plaintextToken }, { customersLogin: 'login', ...storefront }),
      otherRules: ['no-plaintext-secret'],
      notInMessages: [plaintextToken],
    },
  ],
  invalid: [
    {
      name: 'customersLogin login without clientSecret: a warning on the scope level',
      code: connection({}, { customersLogin: 'login', ...storefront }),
      errors: [{ line: 6, column: 19, endLine: 6, endColumn: 24, severity: 'warning', message }],
      output: null,
      otherRules: [],
    },
    {
      name: 'clientSecret with no value counts as missing',
      code: connection({ clientSecret: '' }, { customersLogin: 'login', ...storefront }).replace('clientSecret: \n', 'clientSecret:\n'),
      errors: [{ line: 7, column: 19, endLine: 7, endColumn: 24 }],
      otherRules: ['schema'],
    },
    {
      name: 'no message quotes the plaintext access token beside it',
      code: connection({ accessToken: plaintextToken }, { customersLogin: 'login', ...storefront }),
      errors: [{ line: 6, column: 19, endLine: 6, endColumn: 24 }],
      otherRules: ['no-plaintext-secret'],
      notInMessages: [plaintextToken],
    },
    {
      name: 'the rule can be raised to an error',
      code: connection({}, { customersLogin: 'login', ...storefront }),
      config: { rules: { [rule]: 'error' } },
      errors: [{ line: 6, column: 19, endLine: 6, endColumn: 24, severity: 'error' }],
    },
  ],
});
