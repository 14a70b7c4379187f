/**
 * Contract v2, "One problem, one finding, owned by one rule": a rule's setting acts on exactly the findings shown
 * under its id. Checked as an invariant over every rule (the v2 rules included, as they are added) and a corpus of
 * connections where rules overlap: turning a rule off removes its findings and nothing else appears; setting its
 * severity changes its findings' severity and nothing else.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSource, type LintOptions } from '../../src/lint.js';
import type { Finding, SeveritySetting } from '../../src/model/types.js';
import { allRuleMetas } from '../../src/rules/index.js';
import { connection } from '../helpers.js';

const hex64 = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);

const corpus: Record<string, string> = {
  'celigo on token auth without a subdomain': connection({ authType: 'token', integration: 'celigo', scopes: '<omit>' }),
  'celigo on custom auth without storefront scopes': connection({ subdomain: 'acme', integration: 'celigo' }, { storefrontApiTokens: 'none' }),
  'plaintext secrets in every secret field': connection({ clientSecret: hex64, supportPin: '1234' }).replace(
    '${BIGCOMMERCE_ACCESS_TOKEN}',
    'abcdefghijklmnopqrstuvwxyz12345',
  ),
  'pasted URLs': connection({
    storeHash: 'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/',
    subdomain: 'https://acme.mybigcommerce.com/',
    apiPath: 'http://api.bigcommerce.com/stores/ci4bzn8adz/v2',
    tokenType: 'stencil-cli',
  }),
  'a migration import with too little and too much': connection(
    { integration: 'migration-import' },
    { content: 'read-only', themes: 'modify', storefrontApiTokens: 'none' },
  ),
  'wordpress without its fields': connection({ integration: 'wordpress' }, { customers: 'read-only' }),
  'schema problems beside domain problems': connection({ name: 'abc', storehash: 'ci4bzn8adz', channelId: '0' }, { orderz: 'modify', products: 'manage' }),
  'v2 mistakes': connection(
    {
      storeHash: 'store-ci4bzn8adz',
      subdomain: 'ci4bzn8adz',
      clientId: hex64,
      accessToken: '$BIGCOMMERCE_ACCESS_TOKEN',
    },
    { customersLogin: 'login', storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' },
  ),
  'v2 placeholders': connection({
    storeHash: 'yourstorehash',
    subdomain: 'yoursubdomain',
    clientId: 'yourclientid',
    apiPath: 'https://api.bigcommerce.com/stores/{store_hash}/v3/',
  }),
  'two documents':
    connection({ clientId: 'abcdefghijklmnopqrstuvwxyz12345' }) +
    '---\n' +
    connection({ clientId: 'abcdefghijklmnopqrstuvwxyz12345', storeHash: 'id30h7ohwf' }),
};

const dates = ['2026-06-30', '2026-07-01'];

function lint(text: string, today: string, rules: Record<string, SeveritySetting> = {}): Finding[] {
  const options: LintOptions = { today, rules };
  return lintSource('test.bigcommerce.connection.yaml', text, options).findings;
}

const shown = (finding: Finding) =>
  `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.ruleId} ${finding.severity} ${finding.message}`;

// yaml-syntax findings are fatal (always errors) and end the document's checks; the corpus is valid YAML.
const ruleIds = allRuleMetas.map((meta) => meta.id).filter((id) => id !== 'yaml-syntax');

describe('one problem, one finding: a rule setting acts on its own findings only', () => {
  for (const ruleId of ruleIds) {
    test(`${ruleId}: off removes exactly its findings; warning or error changes only their severity`, () => {
      for (const [name, text] of Object.entries(corpus)) {
        for (const today of dates) {
          const baseline = lint(text, today);
          const without = baseline.filter((f) => f.ruleId !== ruleId).map(shown);
          assert.deepEqual(lint(text, today, { [ruleId]: 'off' }).map(shown), without, `${name} (${today}), ${ruleId} off`);
          for (const severity of ['warning', 'error'] as const) {
            const expected = baseline.map((f) => shown(f.ruleId === ruleId ? { ...f, severity } : f));
            assert.deepEqual(lint(text, today, { [ruleId]: severity }).map(shown), expected, `${name} (${today}), ${ruleId}: ${severity}`);
          }
        }
      }
    });
  }
  test('the corpus makes every pair of overlapping rules meet', () => {
    // Each of these pairs covers one value in some corpus entry; without the ownership rule both would report it.
    const all = Object.values(corpus).flatMap((text) => dates.flatMap((today) => lint(text, today)));
    const reported = new Set(all.map((f) => f.ruleId));
    for (const id of [
      'no-plaintext-secret',
      'store-hash-format',
      'subdomain-format',
      'api-path-format',
      'token-type',
      'no-token-auth',
      'storefront-scopes-manage',
      'integration-requirements',
      'excess-scopes',
      'schema',
    ]) {
      assert.ok(reported.has(id), `${id} reports something in the corpus`);
    }
  });
});
