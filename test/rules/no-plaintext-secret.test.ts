import { connection, onValueOf } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const rule = 'no-plaintext-secret';
const onAccessToken = (length: number) => ({ line: 4, column: 14, endLine: 4, endColumn: 14 + length });
// Messages are matched, not compared, where a secret is involved: they may change, but must never quote the value.
// No message of any rule may repeat a plaintext secret.
const secrets = { accessToken: 'eyJhbGciOiJFUzI1NiJ9.eyJjaWQiOjF9.c2lnbmF0dXJl', clientSecret: 'zq9x8c7v6b5n4m3l2k1j', supportPin: '48151623' };
const plaintext = (key: string, reference: string) => new RegExp(`^\`${key}\` holds a plaintext secret.*\\$\\{${reference}\\}.*rotate`);

ruleTester(rule, {
  valid: [
    // References in another tool's syntax are not plaintext secrets: secret-reference-format reports them, with no "rotate".
    ...[
      '$NAME',
      '"${ TOKEN }"',
      '${env:BC_TOKEN}',
      "'%BC_TOKEN%'",
      '${{ secrets.BC_TOKEN }}',
      '"{{ bc_token }}"',
      'op://vault/bigcommerce/token',
      'vault:secret/data/bc#token',
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:bc-token',
    ].map((written) => ({
      name: `${written} is a reference in another syntax, not a plaintext secret`,
      code: connection({ accessToken: written }),
      otherRules: ['secret-reference-format'],
    })),
    {
      name: 'secret references in all three secret fields',
      code: connection({ clientSecret: '${BIGCOMMERCE_CLIENT_SECRET}', supportPin: '${BIGCOMMERCE_SUPPORT_PIN}' }),
      otherRules: [],
    },
    ...['${A}', '${_token}', '${bc_token_2}', '"${QUOTED_REFERENCE}"'].map((reference) => ({
      name: `the reference ${reference}`,
      code: connection({ accessToken: reference }),
    })),
    { name: 'a literal clientId is not a secret', code: connection({ clientId: 'abcdefghijklmnopqrstuvwxyz12345' }), otherRules: [] },
    { name: 'leaving out clientSecret and supportPin', code: connection() },
    { name: 'an accessToken with no value at all is a schema type error', code: connection({ accessToken: '' }), otherRules: ['schema'] },
    {
      name: 'turned off, the rule silences plaintext secrets: the schema does not report them instead (v2)',
      code: connection({ clientSecret: secrets.clientSecret }),
      config: { rules: { [rule]: 'off' } },
      otherRules: [],
      notInMessages: [secrets.clientSecret],
    },
    {
      name: 'no message repeats a secret written in a misspelt secret key',
      code: connection({ clientSecrett: secrets.clientSecret }),
      otherRules: ['schema'],
      notInMessages: [secrets.clientSecret],
    },
  ],
  invalid: [
    {
      name: 'a plaintext accessToken is reported on its value',
      code: connection({ accessToken: 'k2n4v8s0q1w3e5r7t9y2u4i6o8p0a1s' }),
      errors: [{ ...onAccessToken(31), severity: 'error', message: plaintext('accessToken', 'BIGCOMMERCE_ACCESS_TOKEN') }],
      output: null,
    },
    {
      name: 'a plaintext clientSecret is reported on its value',
      code: connection({ clientSecret: 'a1b2c3d4e5f6g7h8i9j0' }),
      errors: [{ ...onValueOf('clientSecret', 'a1b2c3d4e5f6g7h8i9j0'), message: plaintext('clientSecret', 'BIGCOMMERCE_CLIENT_SECRET') }],
    },
    {
      name: 'a numeric supportPin is reported on its value, one finding in total (not also a schema type error)',
      code: connection({ supportPin: '1234' }),
      errors: [{ ...onValueOf('supportPin', '1234'), message: plaintext('supportPin', 'BIGCOMMERCE_SUPPORT_PIN') }],
      otherRules: [],
    },
    {
      name: 'a quoted supportPin is reported on its value, quotes included',
      code: connection({ supportPin: "'1234'" }),
      errors: [onValueOf('supportPin', "'1234'")],
    },
    { name: 'a boolean accessToken is a plaintext secret', code: connection({ accessToken: 'true' }), errors: [onAccessToken(4)] },
    {
      name: 'each plaintext secret field is its own finding',
      code: connection({ accessToken: 'plain-token', clientSecret: 'plain-secret', supportPin: '9876' }),
      errors: [
        { line: 4, column: 14, endLine: 4, endColumn: 25 },
        { line: 5, column: 15, endLine: 5, endColumn: 27 },
        { line: 6, column: 13, endLine: 6, endColumn: 17 },
      ],
    },
    {
      name: 'an empty accessToken is reported as empty',
      code: connection({ accessToken: '""' }),
      errors: [{ ...onAccessToken(2), message: /^`accessToken` is empty.*\$\{BIGCOMMERCE_ACCESS_TOKEN\}/ }],
    },
    {
      name: 'an empty clientSecret is reported as empty',
      code: connection({ clientSecret: "''" }),
      errors: [{ line: 5, column: 15, endLine: 5, endColumn: 17, message: /^`clientSecret` is empty/ }],
    },
    ...Object.entries(secrets).map(([key, secret]) => ({
      name: `no message repeats the plaintext ${key}`,
      code: connection({ [key]: secret }),
      errors: [onValueOf(key, secret)],
      notInMessages: [secret],
    })),
    // Things that look like references but are not.
    ...['${1ABC}', '${NAME', '${MY-TOKEN}', '"Bearer ${TOKEN}"', '"${TOKEN}x"', '$1TOKEN', '"op:/not-a-reference"'].map((written) => ({
      name: `${written} is not a secret reference`,
      code: connection({ accessToken: written }),
      errors: [{ ...onAccessToken(written.length), message: /plaintext secret/ }],
    })),
  ],
});
