import { connection } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const shownAt = 'the API Path shown when the API account was created (Settings > API > Store-level API accounts)';
const mustBe = `it must be https://api.bigcommerce.com/stores/<storeHash>/v3/, ${shownAt}.`;
/** The message of a path that names the connection's store, fixed to the canonical path. */
const fixedTo = `it must be https://api.bigcommerce.com/stores/<storeHash>/v3/, ${shownAt}: \`https://api.bigcommerce.com/stores/ci4bzn8adz/v3/\`.`;
const withApiPath = (apiPath: string, overrides: Record<string, string> = {}) => connection({ ...overrides, apiPath });
/** What --fix writes for a plain value: the canonical path, single-quoted (a URL is not a safe plain scalar). */
const canonical = withApiPath("'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/'");

ruleTester('api-path-format', {
  valid: [
    { name: 'the API path of the same store', code: withApiPath('https://api.bigcommerce.com/stores/ci4bzn8adz/v3/'), otherRules: [] },
    { name: 'a quoted API path', code: withApiPath('"https://api.bigcommerce.com/stores/ci4bzn8adz/v3/"') },
    { name: 'a connection without apiPath', code: connection() },
    {
      name: 'the hash is compared against the hash inside a pasted storeHash: same store',
      code: withApiPath('https://api.bigcommerce.com/stores/pq7rst2/v3/', { storeHash: 'https://api.bigcommerce.com/stores/pq7rst2/v3/' }),
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
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 58, severity: 'error', message: `\`apiPath\` lacks the trailing slash; ${fixedTo}` }],
      output: canonical,
    },
    {
      name: 'a V2 API path',
      code: withApiPath('https://api.bigcommerce.com/stores/ci4bzn8adz/v2/'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 59, message: `\`apiPath\` points at the V2 API; ${fixedTo}` }],
      output: canonical,
      otherRules: [],
    },
    {
      name: 'the GraphQL Admin endpoint (one finding in total)',
      code: withApiPath('https://api.bigcommerce.com/stores/ci4bzn8adz/graphql'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 63, message: `\`apiPath\` is the GraphQL Admin endpoint; ${mustBe}` }],
      output: null,
      otherRules: [],
    },
    {
      name: 'an http API path',
      code: withApiPath('http://api.bigcommerce.com/stores/ci4bzn8adz/v3/'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 58, message: `\`apiPath\` uses http, not https; ${fixedTo}` }],
      output: canonical,
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
      name: 'a resource path after /v3/ is fixed to the API path, keeping double quotes',
      code: withApiPath('"https://api.bigcommerce.com/stores/ci4bzn8adz/v3/catalog/products"'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 77, message: `\`apiPath\` has a resource path after the version; ${fixedTo}` }],
      output: withApiPath('"https://api.bigcommerce.com/stores/ci4bzn8adz/v3/"'),
    },
    {
      name: 'the legacy store-<hash>.mybigcommerce.com/api/v2/ path is fixed to the API path',
      code: withApiPath('https://store-ci4bzn8adz.mybigcommerce.com/api/v2/'),
      errors: [
        { line: 5, column: 10, endLine: 5, endColumn: 60, message: `\`apiPath\` is the legacy store-<hash>.mybigcommerce.com/api/v2/ path; ${fixedTo}` },
      ],
      output: canonical,
      otherRules: [],
    },
    {
      name: 'a V2 path of another store is reported, not fixed (which store is meant is unclear)',
      code: withApiPath('https://api.bigcommerce.com/stores/xyz789/v2/'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 55, message: `\`apiPath\` points at the V2 API; ${mustBe}` }],
      output: null,
    },
    {
      name: 'an anchored apiPath is reported but not fixed (a fix would change its aliases too)',
      code: withApiPath('&path https://api.bigcommerce.com/stores/ci4bzn8adz/v2/'),
      errors: [{ line: 5, column: 16, endLine: 5, endColumn: 65, message: /points at the V2 API; .*Not fixed automatically: the value is the anchor &path/ }],
      output: null,
    },
    {
      name: 'an API path naming another store, with both hashes',
      code: withApiPath('https://api.bigcommerce.com/stores/pq7rst2/v3/'),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 56, severity: 'error', message: /names a different store than `storeHash`/ }],
    },
    {
      name: 'the hash is compared against the hash inside a pasted storeHash: another store',
      code: withApiPath('https://api.bigcommerce.com/stores/xyz789/v3/', { storeHash: 'stores/pq7rs2' }),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 55, message: /names a different store than `storeHash`/ }],
    },
  ],
});
