import { connection } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const rule = 'placeholder-value';
const onStoreHash = (length: number) => ({ line: 2, column: 12, endLine: 2, endColumn: 12 + length });
const storeHashMessage =
  '`storeHash` still holds a placeholder; set the bare store hash: the part after /stores/ in the API path ' +
  'https://api.bigcommerce.com/stores/{store_hash}/v3/ shown when the API account was created (Settings > API > ' +
  'Store-level API accounts), as in `ci4bzn8adz`.';
const plaintextToken = 'k7x2m9p4q8r1s5t3v6w0y2z4a8b1c3d';

ruleTester(rule, {
  valid: [
    {
      name: 'a real-looking store hash, subdomain and client ID',
      code: connection({ subdomain: 'acme', clientId: 'k7x2m9p4q8r1s5t3v6w0y2z4a8b1c3d' }),
      otherRules: [],
    },
    {
      name: "a hash in braces is a wrapped hash (store-hash-format's), not a placeholder",
      code: connection({ storeHash: "'{ci4bzn8adz}'" }),
      otherRules: ['store-hash-format'],
    },
    { name: 'lowercase "replace" is a word, not the REPLACE marker', code: connection({ subdomain: 'replacement-parts' }), otherRules: [] },
    { name: 'two x are not a placeholder', code: connection({ subdomain: 'xx' }) },
    { name: 'a clientId reference is no placeholder', code: connection({ clientId: '${BIGCOMMERCE_CLIENT_ID}' }), otherRules: [] },
  ],
  invalid: [
    {
      name: 'abc123 (what bc-lint init wrote) in storeHash; one finding in total',
      code: connection({ storeHash: 'abc123' }),
      errors: [{ ...onStoreHash(6), severity: 'error', message: storeHashMessage }],
      output: null,
      otherRules: [],
    },
    { name: '<store_hash>', code: connection({ storeHash: "'<store_hash>'" }), errors: [{ ...onStoreHash(14), message: storeHashMessage }], otherRules: [] },
    { name: '{{STORE_HASH}}', code: connection({ storeHash: '"{{STORE_HASH}}"' }), errors: [onStoreHash(16)], otherRules: [] },
    { name: '{store_hash}', code: connection({ storeHash: "'{store_hash}'" }), errors: [onStoreHash(14)] },
    { name: 'only x', code: connection({ storeHash: 'xxxxxxxxxx' }), errors: [onStoreHash(10)], otherRules: [] },
    { name: 'containing REPLACE', code: connection({ storeHash: 'REPLACE_ME' }), errors: [onStoreHash(10)], otherRules: [] },
    { name: 'a listed word, ignoring case, - and _', code: connection({ storeHash: 'Your_Store-Hash' }), errors: [onStoreHash(15)], otherRules: [] },
    { name: 'a listed word with spaces', code: connection({ storeHash: 'my store hash' }), errors: [onStoreHash(13)] },
    {
      name: 'a subdomain placeholder',
      code: connection({ subdomain: 'your-subdomain' }),
      errors: [
        {
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 26,
          message:
            "`subdomain` still holds a placeholder; set the storefront label before .mybigcommerce.com in the store's address: `acme` for https://acme.mybigcommerce.com.",
        },
      ],
      otherRules: [],
    },
    {
      name: 'a clientId placeholder (also no client-id-format warning: one problem, one finding)',
      code: connection({ clientId: 'your-client-id' }),
      errors: [
        {
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 25,
          message:
            '`clientId` still holds a placeholder; set the Client ID shown when the API account was created (Settings > API > ' +
            'Store-level API accounts) and in the .txt file downloaded then, or a reference such as `${BIGCOMMERCE_CLIENT_ID}`.',
        },
      ],
      otherRules: [],
    },
    {
      name: 'the hash in apiPath (no api-path-format finding as well)',
      code: connection({ apiPath: 'https://api.bigcommerce.com/stores/{store_hash}/v3/' }),
      errors: [
        {
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 61,
          message:
            'the store hash in `apiPath` is still a placeholder; set the API Path shown when the API account was created ' +
            "(Settings > API > Store-level API accounts): https://api.bigcommerce.com/stores/{store_hash}/v3/ with the store's own hash.",
        },
      ],
      otherRules: [],
    },
    {
      name: 'a URL-encoded placeholder in apiPath',
      code: connection({ apiPath: 'https://api.bigcommerce.com/stores/%7Bstore_hash%7D/v3/' }),
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 65 }],
    },
    {
      name: 'several placeholders give one finding each; no message quotes the plaintext token beside them',
      code: connection({ storeHash: 'abc123', subdomain: 'yourstore', accessToken: plaintextToken }),
      errors: [onStoreHash(6), { line: 5, column: 12, endLine: 5, endColumn: 21 }],
      otherRules: ['no-plaintext-secret'],
      notInMessages: [plaintextToken],
    },
  ],
});
