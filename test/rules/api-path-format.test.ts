import { connection } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const mustBe = 'it must be https://api.bigcommerce.com/stores/<storeHash>/v3/.';
const withApiPath = (apiPath: string, overrides: Record<string, string> = {}) => connection({ ...overrides, apiPath });

ruleTester('api-path-format', {
  valid: [
    { name: 'the API path of the same store', code: withApiPath('https://api.bigcommerce.com/stores/ci4bzn8adz/v3/'), otherRules: [] },
    { name: 'a quoted API path', code: withApiPath('"https://api.bigcommerce.com/stores/ci4bzn8adz/v3/"') },
    { name: 'a connection without apiPath', code: connection() },
    {
      name: 'the hash is compared against the hash inside a pasted storeHash: same store',
      code: withApiPath('https://api.bigcommerce.com/stores/abc123/v3/', { storeHash: 'https://api.bigcommerce.com/stores/abc123/v3/' }),
      otherRules: ['store-hash-format'],
    },
    {
      name: 'with a storeHash that holds no usable hash, only the form of apiPath is checked',
      code: withApiPath('https://api.bigcommerce.com/stores/ci4bzn8adz/v3/', { storeHash: 'CI4BZN8ADZ' }),
    },
  ],
  invalid: [
    {
      name: 'an API path without the trailing slash',
      code: withApiPath('https://api.bigcommerce.com/stores/ci4bzn8adz/v3'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 58, severity: 'error', message: `\`apiPath\` lacks the trailing slash; ${mustBe}` }],
      output: null,
    },
    {
      name: 'a V2 API path',
      code: withApiPath('https://api.bigcommerce.com/stores/ci4bzn8adz/v2/'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 59, message: `\`apiPath\` points at the V2 API; ${mustBe}` }],
      otherRules: [],
    },
    {
      name: 'the GraphQL Admin endpoint (one finding in total)',
      code: withApiPath('https://api.bigcommerce.com/stores/ci4bzn8adz/graphql'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 63, message: `\`apiPath\` is the GraphQL Admin endpoint; ${mustBe}` }],
      otherRules: [],
    },
    {
      name: 'an http API path',
      code: withApiPath('http://api.bigcommerce.com/stores/ci4bzn8adz/v3/'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 58, message: `\`apiPath\` uses http, not https; ${mustBe}` }],
    },
    {
      name: 'an API path with an uppercase hash',
      code: withApiPath('https://api.bigcommerce.com/stores/CI4BZN8ADZ/v3/'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 59, message: `\`apiPath\` has uppercase letters in the store hash; ${mustBe}` }],
    },
    {
      name: 'a bare hash is not an API path',
      code: withApiPath('ci4bzn8adz'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 20, message: `\`apiPath\` is not an API path; ${mustBe}` }],
    },
    {
      name: 'a control-panel URL is not an API path',
      code: withApiPath('https://store-ci4bzn8adz.mybigcommerce.com/manage'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 59, message: `\`apiPath\` is not an API path; ${mustBe}` }],
    },
    {
      name: 'an API path naming another store, with both hashes',
      code: withApiPath('https://api.bigcommerce.com/stores/abc123/v3/'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 55, severity: 'error', message: /names a different store than `storeHash`/ }],
    },
    {
      name: 'the hash is compared against the hash inside a pasted storeHash: another store',
      code: withApiPath('https://api.bigcommerce.com/stores/xyz789/v3/', { storeHash: 'stores/abc123' }),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 55, message: /names a different store than `storeHash`/ }],
    },
  ],
});
