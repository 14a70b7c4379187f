import { ruleTester } from '../rule-tester.js';

const rule = 'no-committed-credentials';
const token = 'abcdefghijklmnopqrstuvwxyz01234';
const secret = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const download = [
  `ACCESS TOKEN: ${token}`,
  'CLIENT NAME: My integration',
  'API PATH: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/',
  'CLIENT ID: 0123456789abcdefghijklmnopqrstu',
  `CLIENT SECRET: ${secret}`,
  '',
].join('\n');
const secrets = [token, secret];

ruleTester(rule, {
  valid: [
    {
      name: 'a .env with only placeholders',
      filePath: '.env',
      code: 'BIGCOMMERCE_ACCESS_TOKEN=\nBC_APP_SECRET=changeme\nCATALYST_ACCESS_TOKEN=<token>\nBC_AUTH_TOKEN=${VAULT_TOKEN}\nBIGCOMMERCE_CLIENT_SECRET=xxxx\n',
    },
    {
      name: 'other variables are not credentials',
      filePath: '.env.production',
      code: `BIGCOMMERCE_STORE_HASH=ci4bzn8adz\nBC_SHIPPING_ZONE=${token}\nSTRIPE_SECRET=${token}\n`,
    },
    { name: 'a Stencil file with an empty token', filePath: 'secrets.stencil.json', code: '{ "accessToken": "" }\n' },
    { name: 'a .txt with one label is not the download', filePath: 'notes.txt', code: `NAME: ${token}\n` },
    { name: 'turned off', filePath: 'creds.txt', code: download, config: { rules: { [rule]: 'off' } } },
  ],
  invalid: [
    {
      name: 'the download: its access token and client secret, never their values',
      filePath: 'creds.txt',
      code: download,
      errors: [
        {
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 46,
          message: /^plaintext access token \(`ACCESS TOKEN:`\) in the API-credentials download; .*create a new API account .* delete the old one\.$/,
        },
        { line: 5, column: 16, endLine: 5, endColumn: 80, message: /^plaintext client secret \(`CLIENT SECRET:`\) in the API-credentials download/ },
      ],
      notInMessages: secrets,
    },
    {
      name: 'the six-line download in another order, with CRLF',
      filePath: 'api-account.txt',
      code: `NAME: Shop\r\nCLIENT ID: abc\r\nCLIENT SECRET: ${secret}\r\nACCESS TOKEN: ${token}\r\nAPI PATH: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/\r\nCLIENT NAME: Shop\r\n`,
      errors: [
        { line: 3, column: 16, endLine: 3, endColumn: 80 },
        { line: 4, column: 15, endLine: 4, endColumn: 46 },
      ],
      notInMessages: secrets,
    },
    {
      name: 'the download renamed to .env',
      filePath: '.env',
      code: download,
      errors: [
        { line: 1, column: 15, endLine: 1, endColumn: 46 },
        { line: 5, column: 16, endLine: 5, endColumn: 80 },
      ],
    },
    {
      name: '.env variables: BIGCOMMERCE_, BC_ and CATALYST_ with TOKEN, SECRET or PIN, quoted or exported',
      filePath: '.env.local',
      code: `# Catalyst\nBIGCOMMERCE_STOREFRONT_TOKEN=eyJhbGciOiJFUzI1NiJ9.x.y\nexport BC_APP_SECRET="${secret}"\nCATALYST_ACCESS_TOKEN='${token}' # prod\nBIGCOMMERCE_SUPPORT_PIN=4821\nBIGCOMMERCE_CLIENT_ID=abc\n`,
      errors: [
        { line: 2, column: 30, endLine: 2, endColumn: 54, message: /^plaintext `BIGCOMMERCE_STOREFRONT_TOKEN` in a \.env file; / },
        { line: 3, column: 22, endLine: 3, endColumn: 88, message: /`BC_APP_SECRET`/ },
        { line: 4, column: 23, endLine: 4, endColumn: 56, message: /`CATALYST_ACCESS_TOKEN`/ },
        { line: 5, column: 25, endLine: 5, endColumn: 29, message: /`BIGCOMMERCE_SUPPORT_PIN`/ },
      ],
      notInMessages: secrets,
    },
    {
      name: "Stencil's secrets.stencil.json",
      filePath: 'secrets.stencil.json',
      code: `{\n  "accessToken": "${token}",\n  "githubToken": "ghp_notBigCommerce"\n}\n`,
      errors: [{ line: 2, column: 18, endLine: 2, endColumn: 51, message: /^plaintext `accessToken` in a Stencil CLI secrets file; / }],
      notInMessages: secrets,
    },
    {
      name: "Stencil's older .stencil",
      filePath: '.stencil',
      code: `{"normalStoreUrl": "https://acme.mybigcommerce.com", "port": 3000, "accessToken": "${token}"}`,
      errors: [{ line: 1, column: 83, endLine: 1, endColumn: 116 }],
    },
    {
      name: "Catalyst's .bigcommerce/project.json",
      filePath: '.bigcommerce/project.json',
      code: `{ "projectUuid": "b1c2", "accessToken": "${token}" }\n`,
      errors: [{ line: 1, column: 41, endLine: 1, endColumn: 74, message: /^plaintext `accessToken` in the Catalyst CLI project file; / }],
    },
    {
      name: 'a warning when configured so',
      filePath: '.env',
      code: `BC_AUTH_TOKEN=${token}\n`,
      config: { rules: { [rule]: 'warning' } },
      errors: [{ line: 1, column: 15, endLine: 1, endColumn: 46, severity: 'warning' }],
    },
  ],
});
