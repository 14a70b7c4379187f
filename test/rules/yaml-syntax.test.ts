import { connection } from '../helpers.js';
import { onLine, ruleTester } from '../rule-tester.js';

const rule = 'yaml-syntax';
const unclosed = 'name: [unclosed\n';
const atUnclosedEnd = { line: 2, column: 1, endLine: 2, endColumn: 1 };
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => Buffer.from(part as string)));
const utf16le = (text: string, bom = true) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
const utf32 = (text: string, littleEndian: boolean) => {
  const codePoints = [0xfeff, ...[...text].map((character) => character.codePointAt(0)!)];
  const out = Buffer.alloc(codePoints.length * 4);
  codePoints.forEach((codePoint, index) => (littleEndian ? out.writeUInt32LE(codePoint, index * 4) : out.writeUInt32BE(codePoint, index * 4)));
  return out;
};
const quoteTheReference = "an unquoted ${NAME} reference inside {...} or [...]: YAML reads its { as the start of a mapping; quote the reference: '${NAME}'.";
const tabs = 'tabs used for indentation; YAML indents with spaces: replace the tabs with spaces.';
const flowConnection = (accessToken: string) =>
  `{ name: Test connection, storeHash: ci4bzn8adz, authType: custom, accessToken: ${accessToken}, scopes: { storefrontApiTokens: manage, storefrontApiCustomerImpersonationTokens: manage } }\n`;
const saveAsUtf8 = /save it as UTF-8 \(VS Code: "Save with Encoding" > UTF-8; PowerShell: Set-Content -Encoding utf8; iconv -t UTF-8\)$/;

ruleTester(rule, {
  valid: [
    { name: 'a valid connection', code: connection(), otherRules: [] },
    { name: 'valid multi-byte UTF-8', code: connection({ name: 'Café ☕ store' }), otherRules: [] },
    { name: "a file with no connection is the schema rule's, not a syntax error", code: '', otherRules: ['schema'] },
    // Contract v2, encodings: UTF-16 and UTF-32 with a BOM are read as YAML 1.2 requires.
    { name: "UTF-16 LE with a BOM (PowerShell's default)", code: utf16le(connection({ name: 'Café ☕ store' })), otherRules: [] },
    { name: 'UTF-16 BE with a BOM', code: utf16be(connection({ name: 'Café 𝄞 store' })), otherRules: [] },
    { name: 'UTF-32 LE with a BOM', code: utf32(connection({ name: 'Café 𝄞 store' }), true), otherRules: [] },
    { name: 'UTF-32 BE with a BOM', code: utf32(connection(), false), otherRules: [] },
    { name: 'UTF-8 with a BOM', code: bytes([0xef, 0xbb, 0xbf], connection()), otherRules: [] },
    { name: 'an empty document after a final --- is not a connection', code: `${connection()}---\n`, otherRules: [] },
    { name: 'an empty document between two --- is not a connection', code: `${connection()}---\n---\n${connection()}`, otherRules: [] },
    { name: 'a quoted ${NAME} reference in a flow mapping', code: flowConnection("'${BIGCOMMERCE_ACCESS_TOKEN}'"), otherRules: [] },
    { name: 'an empty document with a comment after a final ---', code: `${connection()}---\n# nothing here\n`, otherRules: [] },
  ],
  invalid: [
    {
      name: 'an unclosed flow sequence',
      code: unclosed,
      errors: [{ ...atUnclosedEnd, severity: 'error', message: 'a flow sequence ([...]) must end with a ] and its lines must be indented more than its key.' }],
      output: null,
      otherRules: [],
    },
    {
      name: 'a key written twice is reported on the second key, which the message names',
      code: connection({ authType: 'custom\nauthType: token' }),
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 9, message: 'keys must be unique: `authType` is written twice in this mapping.' }],
      otherRules: [],
    },
    {
      name: 'a document with a syntax error is not checked further; the other documents are',
      code: `${connection()}---\n${unclosed}---\n${connection({ tokenType: 'stencil-cli' })}`,
      errors: [{ line: 10, column: 1, endLine: 10, endColumn: 2 }],
      otherRules: ['token-type'],
    },
    // One mistake, one finding: yaml's parser loses its place at the first parse error of a document and reports
    // every later token of it (15 errors for this file); only the cause is reported, with what to do.
    {
      name: 'an unquoted ${NAME} in a flow mapping: one finding on the reference, not one per later token',
      code: 'name: x\nstoreHash: abc123\nauth: { clientId: ${CLIENT_ID}, accessToken: ${TOKEN} }\nscopes:\n  products: read-only\n',
      errors: [onLine(3, 19, 31, { message: quoteTheReference })],
      otherRules: [],
      notInMessages: ['CLIENT_ID', 'TOKEN', 'accessToken'],
    },
    {
      name: 'a whole connection as a flow mapping with an unquoted reference',
      code: flowConnection('${BIGCOMMERCE_ACCESS_TOKEN}'),
      errors: [onLine(1, 80, 107, { message: quoteTheReference })],
      otherRules: [],
    },
    {
      name: 'unquoted references in a flow sequence: one finding',
      code: 'name: x\ntokens: [${A}, ${B}]\n',
      errors: [onLine(2, 10, 14, { message: quoteTheReference })],
      otherRules: [],
    },
    {
      name: 'tabs on several lines: one finding, at the first',
      code: 'name: x\nscopes:\n\tproducts: read-only\n\torders: modify\n',
      errors: [onLine(3, 1, 1, { message: tabs })],
      otherRules: [],
    },
    {
      name: 'a missing space after a colon is reported on the colon',
      code: 'name: Test connection\nstoreHash:ci4bzn8adz\nauthType: custom\n',
      errors: [onLine(2, 10, 11, { message: 'a colon without a space after it: YAML reads key:value as one word; write key: value.' })],
      otherRules: [],
    },
    {
      name: 'an unclosed quote is reported at the opening quote, not where the file ends',
      code: 'name: "Test connection\nstoreHash: ci4bzn8adz\nauthType: custom\n',
      errors: [onLine(1, 7, 8, { message: 'a double-quoted string that is not closed: add its closing " where the value ends.' })],
      otherRules: [],
    },
    {
      name: 'an unclosed single quote',
      code: "name: 'Test connection\nstoreHash: ci4bzn8adz\n",
      errors: [onLine(1, 7, 8, { message: "a single-quoted string that is not closed: add its closing ' where the value ends." })],
      otherRules: [],
    },
    {
      name: 'text after a quoted string',
      code: 'name: "Test" connection\nstoreHash: ci4bzn8adz\n',
      errors: [onLine(1, 14, 24, { message: 'text after a quoted string: put the whole value inside the quotes.' })],
      otherRules: [],
    },
    {
      name: 'a syntax error in each document of a file: one finding each',
      code: 'name: a\nauth: { id: ${A} }\n---\nname: b\nscopes:\n\tproducts: read-only\n\torders: modify\n---\nname: "c\nstoreHash: x\n',
      errors: [onLine(2, 13, 17, { message: quoteTheReference }), onLine(6, 1, 1, { message: tabs }), onLine(9, 7, 8)],
      otherRules: [],
    },
    {
      name: 'duplicate keys are each reported beside the syntax error of their document',
      code: 'name: a\nname: b\nstoreHash: x\nstoreHash: y\nauth: { id: ${A} }\n',
      errors: [
        onLine(2, 1, 5, { message: 'keys must be unique: `name` is written twice in this mapping.' }),
        onLine(4, 1, 10, { message: 'keys must be unique: `storeHash` is written twice in this mapping.' }),
        onLine(5, 13, 17, { message: quoteTheReference }),
      ],
      otherRules: [],
    },
    {
      name: 'errors about one value (a bad escape) are each reported up to the first parse error, none after it',
      code: 'name: "\\q"\nstoreHash: "\\q"\nauth: { id: ${A} }\nother: "\\q"\n',
      errors: [
        onLine(1, 8, 9, { message: 'bad escape in a double-quoted string.' }),
        onLine(2, 13, 14, { message: 'bad escape in a double-quoted string.' }),
        onLine(3, 13, 17, { message: quoteTheReference }),
      ],
      otherRules: [],
    },
    {
      name: 'bytes that are not UTF-8 are reported at the first bad byte',
      code: bytes('name: Caf', [0xe9], ' latin-1\n'),
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 10, message: /byte 0xe9 is not valid UTF-8/ }],
      otherRules: [],
    },
    {
      name: 'UTF-16 LE without a BOM is named, with how to save as UTF-8',
      code: utf16le(connection(), false),
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          message:
            /^the file seems to be UTF-16 LE without a byte order mark \(BOM\): every other byte is NUL\. YAML reads UTF-16 and UTF-32 only with a BOM; /,
        },
      ],
      otherRules: [],
    },
    {
      name: 'UTF-16 BE without a BOM is named',
      code: utf16be(connection()).subarray(2),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /^the file seems to be UTF-16 BE without a byte order mark/ }],
    },
    {
      name: 'Windows-1252 curly quotes are named as Windows-1252',
      code: bytes('name: ', [0x93], 'Acme', [0x94], ' store\n'),
      errors: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 7,
          message: /^byte 0x93 is not valid UTF-8: the file seems to be in Windows-1252 \(the Windows "ANSI" code page\); /,
        },
      ],
    },
    {
      name: 'Latin-1 letters are named as Latin-1 or Windows-1252, with how to save as UTF-8',
      code: bytes('name: Caf', [0xe9], ' store\n'),
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 10, message: saveAsUtf8 }],
    },
    {
      name: 'a UTF-16 BOM followed by an unpaired surrogate is reported where it breaks',
      code: Buffer.concat([utf16le('name: ab'), Buffer.from([0x00, 0xd8]), Buffer.from('\n', 'utf16le')]),
      errors: [
        {
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 9,
          message: /^the file starts with a UTF-16 LE byte order mark but is not valid UTF-16 LE from here on; /,
        },
      ],
    },
    {
      name: 'NUL bytes in text that is not UTF-8, without a UTF-16/32 BOM, are binary data',
      code: bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'),
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          message: /it is binary data, not YAML text \(nor UTF-16 or UTF-32, which start with a byte order mark\)$/,
        },
      ],
    },
    {
      name: 'a NUL byte marks binary data',
      code: 'name: a\u0000b\n',
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 9, message: 'the file contains a NUL byte; a connection file is YAML text, not binary data.' }],
      otherRules: [],
    },
    {
      name: 'a fatal finding stays an error even when the config lowers the rule',
      code: unclosed,
      config: { rules: { [rule]: 'warning' } },
      errors: [{ ...atUnclosedEnd, severity: 'error' }],
      otherRules: [],
    },
    {
      name: 'a fatal finding is reported even when the config turns the rule off',
      code: unclosed,
      config: { rules: { [rule]: 'off' } },
      errors: [{ ...atUnclosedEnd, severity: 'error' }],
    },
  ],
});
