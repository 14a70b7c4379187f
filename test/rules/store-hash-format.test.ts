import { connection } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const rule = 'store-hash-format';
const withStoreHash = (storeHash: string) => connection({ storeHash });
const onStoreHash = (length: number) => ({ line: 2, column: 12, endLine: 2, endColumn: 12 + length });
const lowercaseOnly = '`storeHash` must be lowercase letters and digits only, as in `ci4bzn8adz`.';

ruleTester(rule, {
  valid: [
    { name: 'a bare lowercase hash', code: withStoreHash('ci4bzn8adz') },
    { name: 'a short bare hash', code: withStoreHash('pq7rs2') },
    { name: 'a quoted all-digit hash (what a fix of stores/1234567 writes)', code: withStoreHash("'1234567'"), otherRules: [] },
    { name: 'a double-quoted bare hash', code: withStoreHash('"pq7rs2"') },
    { name: 'a bare hash followed by a comment', code: withStoreHash('pq7rs2   # pasted from the app callback') },
    { name: 'a numeric storeHash is a type problem for the schema, not this rule', code: withStoreHash('123456'), otherRules: ['schema'] },
  ],
  invalid: [
    // Pasted paths, URLs and hosts: fixable.
    {
      name: 'an API path, fixed to the bare hash',
      code: withStoreHash('https://api.bigcommerce.com/stores/ci4bzn8adz/v3/'),
      errors: [{ ...onStoreHash(49), severity: 'error', message: /^`storeHash` holds an API path; .*`ci4bzn8adz`/ }],
      output: withStoreHash('ci4bzn8adz'),
    },
    {
      name: 'a control-panel URL, fixed to the hash of its host (one finding in total)',
      code: withStoreHash('https://store-pq7rs2.mybigcommerce.com/manage'),
      errors: [{ ...onStoreHash(45), message: /^`storeHash` holds a URL; .*`pq7rs2`/ }],
      output: withStoreHash('pq7rs2'),
      otherRules: [],
    },
    {
      name: 'a channel host store-<hash>-<channel>, fixed to the hash',
      code: withStoreHash('store-pq7rs2-2.mybigcommerce.com'),
      errors: [{ ...onStoreHash(32), message: /^`storeHash` holds a host name; .*`pq7rs2`/ }],
      output: withStoreHash('pq7rs2'),
    },
    {
      name: 'a stores/<hash> reference, fixed to the hash (the fix touches only the value)',
      code: withStoreHash('stores/pq7rs2'),
      errors: [{ ...onStoreHash(13), message: /^`storeHash` holds a stores\/<hash> reference; .*`pq7rs2`/ }],
      output: withStoreHash('pq7rs2'),
    },
    {
      name: 'an all-digit hash extracted from a plain scalar gets a quoted fix, so it stays a string',
      code: withStoreHash('stores/1234567'),
      errors: [onStoreHash(14)],
      output: withStoreHash("'1234567'"),
    },
    {
      name: 'a double-quoted value is fixed with double quotes',
      code: withStoreHash('"https://api.bigcommerce.com/stores/pq7rs2/v3/"'),
      errors: [onStoreHash(47)],
      output: withStoreHash('"pq7rs2"'),
    },
    {
      name: 'a single-quoted value is fixed with single quotes',
      code: withStoreHash("'https://api.bigcommerce.com/stores/pq7rs2/v3/'"),
      errors: [onStoreHash(47)],
      output: withStoreHash("'pq7rs2'"),
    },
    {
      name: 'a trailing comment after the value is left untouched by the fix',
      code: withStoreHash('stores/pq7rs2   # pasted from the app callback'),
      errors: [onStoreHash(13)],
      output: withStoreHash('pq7rs2   # pasted from the app callback'),
    },
    {
      name: 'the control-panel host label store-<hash>, fixed to the hash',
      code: withStoreHash('store-ci4bzn8adz'),
      errors: [{ ...onStoreHash(16), message: '`storeHash` holds the control-panel host label store-<hash>; use the bare store hash `ci4bzn8adz`.' }],
      output: withStoreHash('ci4bzn8adz'),
      otherRules: [],
    },
    {
      name: 'a channel label store-<hash>-<channel>, fixed to the hash',
      code: withStoreHash('store-ci4bzn8adz-2'),
      errors: [onStoreHash(18)],
      output: withStoreHash('ci4bzn8adz'),
    },
    {
      name: 'a hash left in its template braces {<hash>}, fixed to the hash (quoted: a plain { starts a flow mapping)',
      code: withStoreHash("'{ci4bzn8adz}'"),
      errors: [{ ...onStoreHash(14), message: '`storeHash` holds the hash inside template brackets ({<hash>}); use the bare store hash `ci4bzn8adz`.' }],
      output: withStoreHash("'ci4bzn8adz'"),
      otherRules: [],
    },
    {
      name: 'a hash in double braces {{<hash>}}, fixed to the hash',
      code: withStoreHash('"{{ ci4bzn8adz }}"'),
      errors: [onStoreHash(18)],
      output: withStoreHash('"ci4bzn8adz"'),
    },
    {
      name: 'a store-<HASH> label with uppercase letters is reported, not fixed',
      code: withStoreHash('store-CI4BZN8ADZ'),
      errors: [{ ...onStoreHash(16), message: /store-<hash>, and its hash has characters other than lowercase letters and digits/ }],
      output: null,
    },
    // Not fixable.
    { name: 'uppercase letters', code: withStoreHash('CI4BZN8ADZ'), errors: [{ ...onStoreHash(10), severity: 'error', message: lowercaseOnly }], output: null },
    { name: 'a mixed-case hash', code: withStoreHash('kl28jKd3w5o'), errors: [{ ...onStoreHash(11), message: lowercaseOnly }] },
    {
      name: 'an API path whose hash has uppercase letters',
      code: withStoreHash('https://api.bigcommerce.com/stores/ABC123/v3/'),
      errors: [{ ...onStoreHash(45), message: '`storeHash` holds an API path, and its hash has characters other than lowercase letters and digits.' }],
    },
    {
      name: 'a storefront URL with no hash in it',
      code: withStoreHash('https://acme.mybigcommerce.com'),
      errors: [
        {
          ...onStoreHash(30),
          message:
            '`storeHash` holds a URL with no store hash in it. Take the hash from the API path ' +
            '(https://api.bigcommerce.com/stores/{store_hash}/v3/) or the control-panel address (store-{store_hash}.mybigcommerce.com).',
        },
      ],
    },
    {
      name: 'an empty storeHash',
      code: withStoreHash('""'),
      errors: [{ ...onStoreHash(2), message: '`storeHash` is empty; set the bare store hash from the API path.' }],
    },
    { name: 'a hash with punctuation', code: withStoreHash('ci4bzn8adz!'), errors: [{ ...onStoreHash(11), message: lowercaseOnly }] },
    {
      name: 'the rule can be lowered to a warning',
      code: withStoreHash('stores/pq7rs2'),
      config: { rules: { [rule]: 'warning' } },
      errors: [{ ...onStoreHash(13), severity: 'warning' }],
      output: withStoreHash('pq7rs2'),
    },
  ],
});
