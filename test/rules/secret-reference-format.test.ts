import { connection, onValueOf } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const rule = 'secret-reference-format';
const onAccessToken = (length: number) => ({ line: 4, column: 14, endLine: 4, endColumn: 14 + length });
const resolvesOnly =
  'the connection file resolves only `${NAME}` references (from the environment or a vault at run time), so this value would be sent to BigCommerce as written';
const convertible = (syntax: string, name: string) => `\`accessToken\` holds ${syntax}; ${resolvesOnly}. Write \`\${${name}}\`.`;
const notConvertible = (key: string, syntax: string) =>
  `\`${key}\` holds ${syntax}; ${resolvesOnly}. Resolve it into an environment variable first (for example in the workflow's \`env:\`) and write \`\${NAME}\`.`;
const plaintextToken = 'k7x2m9p4q8r1s5t3v6w0y2z4a8b1c3d';

ruleTester(rule, {
  valid: [
    { name: "the file format's own reference ${NAME}", code: connection(), otherRules: [] },
    {
      name: "a plaintext secret is no-plaintext-secret's, not this rule's",
      code: connection({ accessToken: plaintextToken }),
      otherRules: ['no-plaintext-secret'],
    },
    {
      name: 'a reference lookalike that is no reference (${1ABC}) is a plaintext secret',
      code: connection({ accessToken: '${1ABC}' }),
      otherRules: ['no-plaintext-secret'],
    },
    {
      name: 'clientId is not a secret field: client-id-format speaks for it',
      code: connection({ clientId: '$BC_CLIENT_ID' }),
      otherRules: ['client-id-format'],
    },
  ],
  invalid: [
    {
      name: '$NAME, fixed to ${NAME} (quoted, so the fix is safe in any context); one finding in total',
      code: connection({ accessToken: '$BC_TOKEN' }),
      errors: [{ ...onAccessToken(9), severity: 'error', message: convertible('a shell-style `$NAME` reference', 'BC_TOKEN') }],
      output: connection({ accessToken: "'${BC_TOKEN}'" }),
      otherRules: [],
    },
    {
      name: '${ NAME } with spaces, fixed keeping double quotes',
      code: connection({ accessToken: '"${ BC_TOKEN }"' }),
      errors: [{ ...onAccessToken(15), message: convertible('a `${ NAME }` reference with spaces', 'BC_TOKEN') }],
      output: connection({ accessToken: '"${BC_TOKEN}"' }),
    },
    {
      name: '${env:NAME} (VS Code, Serverless), fixed',
      code: connection({ accessToken: '${env:BC_TOKEN}' }),
      errors: [{ ...onAccessToken(15), message: convertible('a `${env:NAME}` reference', 'BC_TOKEN') }],
      output: connection({ accessToken: "'${BC_TOKEN}'" }),
    },
    {
      name: '%NAME% (Windows), fixed keeping single quotes',
      code: connection({ accessToken: "'%BC_TOKEN%'" }),
      errors: [{ ...onAccessToken(12), message: convertible('a Windows-style `%NAME%` reference', 'BC_TOKEN') }],
      output: connection({ accessToken: "'${BC_TOKEN}'" }),
    },
    {
      name: 'a GitHub Actions expression is reported, not fixed, and is no plaintext secret (no "rotate")',
      code: connection({ accessToken: '${{ secrets.BC_TOKEN }}' }),
      errors: [{ ...onAccessToken(23), message: notConvertible('accessToken', 'a GitHub Actions expression (`${{ secrets.NAME }}`)') }],
      output: null,
      otherRules: [],
    },
    {
      name: '${{ env.NAME }} in clientSecret',
      code: connection({ clientSecret: '${{ env.BC_SECRET }}' }),
      errors: [
        {
          ...onValueOf('clientSecret', '${{ env.BC_SECRET }}'),
          message: notConvertible('clientSecret', 'a GitHub Actions expression (`${{ secrets.NAME }}`)'),
        },
      ],
    },
    {
      name: 'a {{ ... }} template in clientSecret',
      code: connection({ clientSecret: '"{{ bc_client_secret }}"' }),
      errors: [{ ...onValueOf('clientSecret', '"{{ bc_client_secret }}"'), message: notConvertible('clientSecret', 'a template expression (`{{ ... }}`)') }],
    },
    {
      name: 'a 1Password reference in supportPin',
      code: connection({ supportPin: 'op://Private/BigCommerce/support-pin' }),
      errors: [
        {
          ...onValueOf('supportPin', 'op://Private/BigCommerce/support-pin'),
          message: notConvertible('supportPin', 'a 1Password secret reference (`op://...`)'),
        },
      ],
    },
    {
      name: 'a Vault reference',
      code: connection({ accessToken: 'vault:secret/data/bigcommerce#token' }),
      errors: [{ ...onAccessToken(35), message: notConvertible('accessToken', 'a Vault reference (`vault:...`)') }],
    },
    {
      name: 'an AWS Secrets Manager ARN',
      code: connection({ accessToken: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:bc-token-AbCdEf' }),
      errors: [{ ...onAccessToken(68), message: notConvertible('accessToken', 'an AWS Secrets Manager ARN') }],
    },
    {
      name: 'beside a plaintext secret in another field, no message quotes that secret',
      code: connection({ accessToken: '$BC_TOKEN', clientSecret: plaintextToken }),
      errors: [onAccessToken(9)],
      output: connection({ accessToken: "'${BC_TOKEN}'", clientSecret: plaintextToken }),
      otherRules: ['no-plaintext-secret'],
      notInMessages: [plaintextToken],
    },
  ],
});
