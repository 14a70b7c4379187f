import { connection } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const withSubdomain = (subdomain: string) => connection({ subdomain });
const onSubdomain = (length: number) => ({ line: 5, column: 12, endLine: 5, endColumn: 12 + length });
const controlPanel =
  '`subdomain` holds the control-panel host store-{store_hash}, not the storefront subdomain; use the label of the storefront ' +
  'address (acme for https://acme.mybigcommerce.com).';
const hostLabel = '`subdomain` must be a host label: lowercase letters, digits and inner hyphens, as in `acme`.';

ruleTester('subdomain-format', {
  valid: [
    { name: 'a bare label', code: withSubdomain('acme'), otherRules: [] },
    { name: 'a label with digits and an inner hyphen', code: withSubdomain('acme-store2') },
    { name: 'a connection without subdomain', code: connection() },
    { name: 'a quoted label with a trailing comment (what a fix writes)', code: withSubdomain("'acme' # the storefront") },
    { name: 'a non-string subdomain is left to the schema', code: withSubdomain('42'), otherRules: ['schema'] },
  ],
  invalid: [
    // Fixable: the label can be read out of a URL or host.
    {
      name: 'a storefront URL, fixed to its label',
      code: withSubdomain('https://acme.mybigcommerce.com/?ctk=e237'),
      errors: [{ ...onSubdomain(40), severity: 'error', message: /^`subdomain` holds a URL; .*`acme`/ }],
      output: withSubdomain('acme'),
    },
    {
      name: 'a storefront host, fixed to its label (the fix covers exactly the value)',
      code: withSubdomain('acme.mybigcommerce.com'),
      errors: [{ ...onSubdomain(22), message: /^`subdomain` holds a host name; .*`acme`/ }],
      output: withSubdomain('acme'),
    },
    {
      name: 'a double-quoted URL is fixed with double quotes',
      code: withSubdomain('"https://acme.mybigcommerce.com"'),
      errors: [onSubdomain(32)],
      output: withSubdomain('"acme"'),
    },
    {
      name: 'a single-quoted URL is fixed with single quotes, keeping a trailing comment',
      code: withSubdomain("'https://acme.mybigcommerce.com' # the storefront"),
      errors: [onSubdomain(32)],
      output: withSubdomain("'acme' # the storefront"),
    },
    {
      name: 'a pasted subdomain gives one finding in total',
      code: withSubdomain('https://acme.mybigcommerce.com'),
      errors: [onSubdomain(30)],
      output: withSubdomain('acme'),
      otherRules: [],
    },
    {
      name: 'a label with uppercase letters is fixed to lowercase',
      code: withSubdomain('Acme'),
      errors: [{ ...onSubdomain(4), message: /^`subdomain` has uppercase letters; host labels are lowercase/ }],
      output: withSubdomain('acme'),
    },
    // Not fixable.
    {
      name: 'the control-panel label store-<hash>',
      code: withSubdomain('store-pq7rs2'),
      errors: [{ ...onSubdomain(12), message: controlPanel }],
      output: null,
    },
    {
      name: 'the control-panel URL',
      code: withSubdomain('https://store-pq7rs2.mybigcommerce.com/manage'),
      errors: [{ ...onSubdomain(45), message: controlPanel }],
    },
    {
      name: 'a channel control-panel host store-<hash>-<channel>',
      code: withSubdomain('store-pq7rs2-2.mybigcommerce.com'),
      errors: [{ ...onSubdomain(32), message: controlPanel }],
    },
    {
      name: 'a custom domain URL',
      code: withSubdomain('https://www.acme.com'),
      errors: [
        { ...onSubdomain(20), message: '`subdomain` holds a URL that is not a *.mybigcommerce.com storefront; set the label before .mybigcommerce.com.' },
      ],
    },
    {
      name: 'a custom domain host',
      code: withSubdomain('shop.acme.com'),
      errors: [
        { ...onSubdomain(13), message: '`subdomain` holds a host name that is not a *.mybigcommerce.com storefront; set the label before .mybigcommerce.com.' },
      ],
    },
    { name: 'a label with an underscore', code: withSubdomain('acme_store'), errors: [{ ...onSubdomain(10), message: hostLabel }] },
    { name: 'a label ending in a hyphen', code: withSubdomain('acme-'), errors: [{ ...onSubdomain(5), message: hostLabel }] },
    {
      name: 'the store hash as subdomain (the control-panel host, not the storefront): reported, not fixed; one finding in total',
      code: withSubdomain('ci4bzn8adz'),
      errors: [
        {
          ...onSubdomain(10),
          severity: 'error',
          message:
            '`subdomain` is the store hash, which names the control-panel host store-{store_hash}.mybigcommerce.com, not the ' +
            'storefront; use the label of the storefront address (acme for https://acme.mybigcommerce.com).',
        },
      ],
      output: null,
      otherRules: [],
    },
    {
      name: 'the store hash of a pasted storeHash path as subdomain',
      code: connection({ storeHash: 'stores/ci4bzn8adz', subdomain: 'ci4bzn8adz' }),
      errors: [{ ...onSubdomain(10), message: /is the store hash/ }],
    },
    {
      name: 'store-<hash> of this store',
      code: withSubdomain('store-ci4bzn8adz'),
      errors: [{ ...onSubdomain(16), message: controlPanel }],
      output: null,
      otherRules: [],
    },
  ],
});
