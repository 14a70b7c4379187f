import { connection } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const storefrontScopes = ['scopes:', '  storefrontApiTokens: manage', '  storefrontApiCustomerImpersonationTokens: manage'];
const storefrontManage = { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' };
const yaml = (...lines: string[]) => lines.join('\n') + '\n';

ruleTester('schema', {
  valid: [
    { name: 'the helper connection', code: connection() },
    {
      name: 'a connection using every optional key passes every rule',
      code: yaml(
        '$schema: https://unpkg.com/bc-lint/schemas/bigcommerce.connection.schema.json',
        'name: Acme production',
        'storeHash: ci4bzn8adz',
        'subdomain: acme',
        'channelId: 2',
        'apiPath: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/',
        'authType: custom',
        'tokenType: v2-v3-api',
        'clientId: abcdefghijklmnopqrstuvwxyz12345',
        'clientSecret: ${BIGCOMMERCE_CLIENT_SECRET}',
        'accessToken: ${BIGCOMMERCE_ACCESS_TOKEN}',
        'supportPin: ${BIGCOMMERCE_SUPPORT_PIN}',
        'integration: celigo',
        ...storefrontScopes,
        '  metafieldsAccess: full',
      ),
      otherRules: [],
    },
    { name: 'a name of exactly 4 characters is long enough', code: connection({ name: 'Acme' }) },
    { name: 'scopes are not required with authType token', code: connection({ authType: 'token', scopes: '<omit>' }) },
    // One problem, one finding: a value a domain rule reports is not reported again by the schema.
    {
      name: 'a storeHash holding a URL is reported by store-hash-format only',
      code: connection({ storeHash: 'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/' }),
      otherRules: ['store-hash-format'],
    },
    {
      name: 'a plaintext accessToken is reported by no-plaintext-secret only',
      code: connection({ accessToken: 'not-a-reference' }),
      otherRules: ['no-plaintext-secret'],
    },
    {
      name: 'a subdomain holding a URL is reported by subdomain-format only',
      code: connection({ subdomain: 'https://acme.mybigcommerce.com' }),
      otherRules: ['subdomain-format'],
    },
    {
      name: 'an apiPath for V2 is reported by api-path-format only',
      code: connection({ apiPath: 'https://api.bigcommerce.com/stores/ci4bzn8adz/v2/' }),
      otherRules: ['api-path-format'],
    },
    {
      name: 'a storefront scope at a level it does not offer is reported by storefront-scopes-manage only',
      code: connection({}, { storefrontApiTokens: 'read-only', storefrontApiCustomerImpersonationTokens: 'manage' }),
      otherRules: ['storefront-scopes-manage'],
    },
    // One problem, one finding (contract v2): a value a domain rule owns is never the schema's, even with that rule off.
    {
      name: 'with store-hash-format turned off, a storeHash holding a URL is reported by no rule',
      code: connection({ storeHash: 'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/' }),
      config: { rules: { 'store-hash-format': 'off' } },
      otherRules: [],
    },
    {
      name: 'with subdomain-format turned off, a subdomain holding a URL is reported by no rule',
      code: connection({ subdomain: 'https://acme.mybigcommerce.com/' }),
      config: { rules: { 'subdomain-format': 'off' } },
      otherRules: [],
    },
    {
      name: 'with api-path-format turned off, a malformed apiPath is reported by no rule',
      code: connection({ apiPath: 'https://api.bigcommerce.com/stores/ci4bzn8adz/v2' }),
      config: { rules: { 'api-path-format': 'off' } },
      otherRules: [],
    },
    {
      name: 'with no-plaintext-secret turned off, a plaintext accessToken is reported by no rule',
      code: connection({ accessToken: 'abcdefghijklmnopqrstuvwxyz12345' }),
      config: { rules: { 'no-plaintext-secret': 'off' } },
      otherRules: [],
      notInMessages: ['abcdefghijklmnopqrstuvwxyz12345'],
    },
    {
      name: 'with store-hash-format at warning, the schema does not add an error for the same storeHash',
      code: connection({ storeHash: 'CI4BZN8ADZ' }),
      config: { rules: { 'store-hash-format': 'warning' } },
      otherRules: ['store-hash-format'],
    },
    { name: 'the schema rule can be turned off', code: connection({ name: 'abc' }), config: { rules: { schema: 'off' } }, otherRules: [] },
  ],
  invalid: [
    // Missing required keys.
    {
      name: 'a missing required key is reported on the mapping that should hold it',
      code: yaml('name: Test connection', 'storeHash: ci4bzn8adz', 'authType: custom', ...storefrontScopes),
      errors: [{ line: 1, column: 1, endLine: 6, endColumn: 51, severity: 'error', message: /missing required key `accessToken`/ }],
      output: null,
    },
    {
      name: 'scopes are required with authType custom',
      code: connection({ scopes: '<omit>' }),
      errors: [{ line: 1, column: 1, endLine: 4, endColumn: 41, message: /missing required key `scopes`.*authType: custom/ }],
    },
    {
      name: 'each missing required key is its own finding',
      code: yaml('name: Test connection', 'authType: token'),
      errors: [
        { line: 1, column: 1, endLine: 2, endColumn: 16, message: /`storeHash`/ },
        { line: 1, column: 1, endLine: 2, endColumn: 16, message: /`accessToken`/ },
      ],
    },
    // Wrong types.
    {
      name: 'channelId written as a string is a wrong type',
      code: connection({ channelId: '"2"' }),
      errors: [{ line: 5, column: 12, endLine: 5, endColumn: 15, severity: 'error', message: /`channelId` must be an integer, not a string/ }],
    },
    {
      name: 'a numeric name is a wrong type',
      code: connection({ name: '12345' }),
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 12, message: /`name` must be a string, not a number/ }],
    },
    {
      name: 'scopes written as a list is a wrong type',
      code: yaml('name: Test connection', 'storeHash: ci4bzn8adz', 'authType: custom', 'accessToken: ${TOKEN}', 'scopes:', '  - storefrontApiTokens'),
      errors: [{ line: 6, column: 3, endLine: 6, endColumn: 24, message: /`scopes` must be a mapping, not a list/ }],
    },
    {
      name: 'a token type that does not exist',
      code: connection({ tokenType: 'stencil' }),
      errors: [{ line: 5, column: 12, endLine: 5, endColumn: 19, message: /`tokenType` must be `v2-v3-api` or `stencil-cli`/ }],
      otherRules: [],
    },
    {
      name: 'a numeric storeHash is a type problem',
      code: connection({ storeHash: '123456' }),
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 18, message: /`storeHash` must be a string, not a number/ }],
      otherRules: [],
    },
    {
      name: 'an accessToken with no value at all',
      code: connection({ accessToken: '' }),
      errors: [{ line: 4, column: 14, endLine: 4, endColumn: 14, message: /`accessToken` must be a string/ }],
      otherRules: [],
    },
    // Unknown keys.
    {
      name: 'an unknown key is reported on the key with the closest known key suggested',
      code: connection({ subDomain: 'acme' }),
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 10, severity: 'error', message: /unknown key `subDomain`; did you mean `subdomain`\?/ }],
    },
    {
      name: 'an unknown key far from every known key gets no suggestion',
      code: connection({ foo: 'bar' }),
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 4, message: /^(?!.*did you mean).*unknown key `foo`/ }],
    },
    {
      name: 'a misspelt required key gives one finding, not also "missing required key"',
      code: yaml('name: Test connection', 'storehash: ci4bzn8adz', 'authType: custom', 'accessToken: ${TOKEN}', ...storefrontScopes),
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 10, message: /unknown key `storehash`; did you mean `storeHash`\?/ }],
    },
    {
      name: 'a misspelt accessToken key gives one finding',
      code: yaml('name: Test connection', 'storeHash: ci4bzn8adz', 'authType: custom', 'accesToken: ${TOKEN}', ...storefrontScopes),
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 11, message: /did you mean `accessToken`\?/ }],
      otherRules: [],
    },
    // Scopes.
    {
      name: 'an unknown scope key is reported on the key with a suggestion',
      code: connection({}, { ...storefrontManage, product: 'read-only' }),
      errors: [{ line: 8, column: 3, endLine: 8, endColumn: 10, message: /unknown scope key `product`; did you mean `products`\?/ }],
    },
    {
      name: 'a level the scope does not offer is reported on the level',
      code: connection({}, { ...storefrontManage, customersLogin: 'modify' }),
      errors: [
        {
          line: 8,
          column: 19,
          endLine: 8,
          endColumn: 25,
          severity: 'error',
          message: /`scopes.customersLogin` offers `none` or `login`.*the value is not one of them/,
        },
      ],
    },
    {
      name: 'metafieldsAccess has no "none" level',
      code: connection({}, { ...storefrontManage, metafieldsAccess: 'none' }),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 25, message: /offers `standard` or `full`/ }],
    },
    // Value constraints.
    {
      name: 'a name shorter than 4 characters is too short',
      code: connection({ name: 'abc' }),
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 10, message: /`name` must be at least 4 characters/ }],
    },
    {
      name: 'a name longer than 255 characters is too long',
      code: connection({ name: 'x'.repeat(256) }),
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 263, message: /at most 255 characters/ }],
    },
    {
      name: 'channelId 0 is below the minimum of 1',
      code: connection({ channelId: '0' }),
      errors: [{ line: 5, column: 12, endLine: 5, endColumn: 13, message: /`channelId` must be 1 or more/ }],
    },
    {
      name: 'an authType other than custom or token is reported with the allowed values',
      code: connection({ authType: 'oauth' }),
      errors: [{ line: 3, column: 11, endLine: 3, endColumn: 16, message: /`authType` must be `custom` or `token`; the value is not one of them/ }],
    },
    {
      name: 'an authType that differs from token only in case',
      code: connection({ authType: 'Token' }),
      errors: [{ line: 3, column: 11, endLine: 3, endColumn: 16 }],
      otherRules: [],
    },
    // The root of a document.
    {
      name: 'a list at the root is not a connection',
      code: yaml('- name: Test connection', '- storeHash: ci4bzn8adz'),
      errors: [{ line: 1, column: 1, endLine: 2, endColumn: 24, message: /must be a mapping of keys.*not a list/ }],
      otherRules: [],
    },
    {
      name: 'a scalar at the root is not a connection',
      code: yaml('ci4bzn8adz'),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 11, message: /must be a mapping of keys.*not a string/ }],
      otherRules: [],
    },
    // Files with no connection.
    {
      name: 'an empty file holds no connection',
      code: '',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message: /holds no connection/ }],
      otherRules: [],
    },
    {
      name: 'a file holding only comments holds no connection',
      code: yaml('# TODO: add the production store', '# (ask the owner for the API account)'),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 33, message: /holds no connection/ }],
      otherRules: [],
    },
    {
      name: 'a file holding only a document marker holds no connection',
      code: yaml('---'),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: /holds no connection/ }],
      otherRules: [],
    },
    {
      name: 'a second document with a connection is checked with line numbers of the whole file',
      code: connection() + '---\n' + connection({ name: 'abc' }),
      errors: [{ line: 9, column: 7, endLine: 9, endColumn: 10 }],
    },
    {
      name: 'the schema rule can be lowered to a warning',
      code: connection({ name: 'abc' }),
      config: { rules: { schema: 'warning' } },
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 10, severity: 'warning' }],
    },
  ],
});
