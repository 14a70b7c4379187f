// Property: for random secret-bearing documents, broken and not, no output of any format holds six or more
// consecutive characters of a secret. Runs the pipeline and the formatters in process (the CLI's own code).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { test } from 'node:test';
import { createFormatContext } from '../../src/format-context.js';
import { formatGithub } from '../../src/formatters/github.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import { lintSource } from '../../src/lint.js';
import { runRedactor } from '../../src/model/redaction.js';
import { propertySettings } from './arbitraries.js';

/** A secret: a marker no output holds, random letters and digits, sometimes a YAML indicator in front or a comma inside. */
const secret = fc
  .tuple(
    fc.constantFrom('', '>', '|', ']', '}', '*', '&', '!', '%', '@', '-', '?'),
    // Letters and digits in turn: no six characters of it can be a word of a message or of the rule docs.
    fc
      .array(fc.tuple(fc.constantFrom(...'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ'), fc.constantFrom(...'23456789')), { minLength: 3, maxLength: 8 })
      .map((pairs) => pairs.flat().join('')),
    // Not ' #': YAML reads the rest as a comment, which no tool can tell from a secret's tail.
    fc.constantFrom('', ',', ', ', '\\q', ': '),
    fc.string({ unit: fc.constantFrom(...'23456789'), minLength: 0, maxLength: 6 }),
  )
  .map(([lead, body, middle, tail]) => `${lead}Zq${body}${middle}${tail}`);

const secretKey = fc.constantFrom('accessToken', 'clientSecret', 'supportPin', 'acessToken', 'client_secret', 'supportPn', 'AccessToken');

/** How a secret is written: plain, quoted, in a list, anchored and reused elsewhere. */
const placement = fc.constantFrom(
  'plain',
  'double',
  'single',
  'list',
  'block',
  'alias-tokenType',
  'alias-integration',
  'alias-subdomain',
  'alias-scope',
  'alias-storeHash',
);

/** How the document is broken, if it is. */
const breakage = fc.constantFrom('none', 'none', 'flow-reference', 'bad-indent', 'unclosed-quote', 'tab', 'duplicate-key');

function documentText(key: string, value: string, how: string, broken: string): string {
  const escapedDouble = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const lines = ['name: Property test', 'storeHash: abc123', 'authType: custom'];
  const scopes = ['scopes:', '  storefrontApiTokens: manage', '  storefrontApiCustomerImpersonationTokens: manage'];
  switch (how) {
    case 'double':
      lines.push(`${key}: "${escapedDouble}"`);
      break;
    case 'single':
      lines.push(`${key}: '${value.replace(/'/g, "''")}'`);
      break;
    case 'list':
      lines.push(`${key}: [${value}]`);
      break;
    case 'block':
      lines.push(`${key}: |`, `  ${value}`);
      break;
    case 'plain':
      lines.push(`${key}: ${value}`);
      break;
    default: {
      lines.push(`${key}: &s "${escapedDouble}"`);
      const target = how.slice('alias-'.length);
      if (target === 'scope') scopes[1] = '  storefrontApiTokens: *s';
      else lines.push(`${target}: *s`);
    }
  }
  lines.push(...scopes);
  if (broken === 'flow-reference') {
    return `{ name: Flow, accessToken: \${BIGCOMMERCE_ACCESS_TOKEN}, ${key}: ${value}, storeHash: abc123 }\n`;
  }
  if (broken === 'bad-indent') lines.splice(2, 0, '   oops: indented');
  if (broken === 'unclosed-quote') lines.push('clientId: "never closed');
  if (broken === 'tab') lines.push('\tchannelId: 1');
  if (broken === 'duplicate-key') lines.push('authType: token');
  return lines.join('\n') + '\n';
}

const context = createFormatContext({ cwd: '/work', color: false });

test('no output of any format holds six consecutive characters of a secret', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(secret, secretKey, placement, breakage), { minLength: 1, maxLength: 3 }), (files) => {
      const reports = files.map(([value, key, how, broken], index) =>
        lintSource(`/work/f${index}.bigcommerce.connection.yaml`, documentText(key, value, how, broken), { today: '2026-11-22' }),
      );
      const redactor = runRedactor(reports);
      const shown = reports.map((report) => redactor.redactReport(report));
      const outputs = [formatStylish, formatJson, formatSarif, formatGithub].map((format) => format(shown, context).toLowerCase());
      for (const [value] of files) {
        const needle = value.toLowerCase();
        for (let i = 0; i + 6 <= needle.length; i++) {
          const fragment = needle.slice(i, i + 6);
          // Only fragments of the random part: a fragment made of the fixed marker and punctuation proves nothing.
          if (!/[2-9].*[2-9]/.test(fragment)) continue;
          for (const output of outputs) {
            assert.ok(!output.includes(fragment) && !output.includes(JSON.stringify(fragment).slice(1, -1)), `"${fragment}" shown:\n${output.slice(0, 2000)}`);
          }
        }
      }
    }),
    { ...propertySettings, numRuns: 300 },
  );
});
