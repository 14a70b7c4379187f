import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runLint } from '../../src/run.js';
import { connection, defaultToday, runCli, type JsonResult } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const rule = 'client-id-reuse';
const clientId = 'k7x2m9p4q8r1s5t3v6w0y2z4a8b1c3d';
const withClientId = (overrides: Record<string, string> = {}, scopes?: Record<string, string>) => connection({ clientId, ...overrides }, scopes);
const storefront = { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' };
const otherStore = (where: string) =>
  `the same \`clientId\` is used for another store (a different \`storeHash\`) at ${where}. An API account, and its client ID, ` +
  "belongs to the one store whose control panel created it (Settings > API > Store-level API accounts): use that store's own API account here.";
const otherScopes = (where: string) =>
  `the same \`clientId\` is used with different \`scopes\` at ${where}. An API account's scopes cannot be changed after it is ` +
  'created, so one client ID has one scope set: make the scopes match, or create a new API account (Settings > API > ' +
  'Store-level API accounts) for the other set.';
/** The second document's clientId: connection() is 8 lines, then `---`. */
const onSecondClientId = { line: 14, column: 11, endLine: 14, endColumn: 42 };

ruleTester(rule, {
  valid: [
    { name: 'one connection', code: withClientId(), otherRules: [] },
    {
      name: 'the same client ID, store and scopes twice (a copy for another team)',
      code: `${withClientId()}---\n${withClientId({ name: 'Copy of the connection' })}`,
      otherRules: [],
    },
    {
      name: 'left-out scopes equal their lowest level',
      code: `${withClientId({}, { ...storefront, content: 'none' })}---\n${withClientId()}`,
    },
    {
      name: 'references are not compared (their values are unknown)',
      code: `${connection({ clientId: '${A}' })}---\n${connection({ clientId: '${A}', storeHash: 'pq7rst2' })}`,
    },
    {
      name: 'different client IDs for different stores',
      code: `${withClientId()}---\n${connection({ clientId: `${clientId.slice(0, 30)}x`, storeHash: 'pq7rst2' })}`,
    },
  ],
  invalid: [
    {
      name: 'the same client ID for another store, in the second document',
      code: `${withClientId()}---\n${withClientId({ storeHash: 'pq7rst2' })}`,
      errors: [{ ...onSecondClientId, severity: 'error', message: otherStore('line 5 of this file') }],
      output: null,
      otherRules: [],
    },
    {
      name: 'the same client ID with other scopes',
      code: `${withClientId()}---\n${withClientId({}, { ...storefront, orders: 'read-only' })}`,
      errors: [{ ...onSecondClientId, message: otherScopes('line 5 of this file') }],
      otherRules: [],
    },
    {
      name: 'compared with the store hash a pasted path means (stores/<hash>), the store is the same: only the scopes differ',
      code: `${withClientId({ storeHash: 'stores/ci4bzn8adz' })}---\n${withClientId({}, { ...storefront, orders: 'read-only' })}`,
      errors: [{ ...onSecondClientId, message: /with different `scopes` at line 5 of this file/ }],
    },
    {
      name: 'three documents: only the later ones are reported, each naming an earlier connection',
      code: `${withClientId()}---\n${withClientId({ storeHash: 'pq7rst2' })}---\n${withClientId({ storeHash: 'pq7rst2' })}`,
      errors: [onSecondClientId, { line: 23, column: 11, endLine: 23, endColumn: 42, message: otherStore('line 5 of this file') }],
    },
    {
      name: 'no message quotes a plaintext token in either connection',
      code: `${withClientId({ accessToken: 'zq9x8c7v6b5n4m3l2k1j' })}---\n${withClientId({ storeHash: 'pq7rst2' })}`,
      errors: [onSecondClientId],
      otherRules: ['no-plaintext-secret'],
      notInMessages: ['zq9x8c7v6b5n4m3l2k1j'],
    },
  ],
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-reuse-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  return root;
}

test('client-id-reuse across files: the later file (sorted order) is reported, naming the other file and line', async () => {
  const root = project({
    'a-us.bigcommerce.connection.yaml': withClientId(),
    'b-eu.bigcommerce.connection.yaml': withClientId({ storeHash: 'pq7rst2' }),
  });
  const { reports } = await runLint({ cwd: root, targets: [], today: defaultToday });
  assert.deepEqual(
    reports.map((report) => [path.basename(report.filePath), report.findings.map((f) => f.ruleId)]),
    [
      ['a-us.bigcommerce.connection.yaml', []],
      ['b-eu.bigcommerce.connection.yaml', ['client-id-reuse']],
    ],
  );
  const finding = reports[1]!.findings[0]!;
  assert.equal(finding.message, otherStore('`a-us.bigcommerce.connection.yaml` line 5'));
  assert.deepEqual([finding.line, finding.column, finding.severity], [5, 11, 'error']);
  assert.equal(reports[1]!.errorCount, 1);
});

test('client-id-reuse across files, as the built CLI reports it: exit 1, one error, the rule can be turned off', () => {
  const root = project({
    'a-us.bigcommerce.connection.yaml': withClientId(),
    'b-eu.bigcommerce.connection.yaml': withClientId({}, { ...storefront, orders: 'modify' }),
  });
  const run = runCli(['--today', defaultToday, '--format', 'json'], { cwd: root });
  assert.equal(run.status, 1, run.stderr);
  const results = JSON.parse(run.stdout) as JsonResult[];
  const messages = results.flatMap((result) => result.messages.map((message) => [path.basename(result.filePath), message.ruleId, message.line]));
  assert.deepEqual(messages, [['b-eu.bigcommerce.connection.yaml', 'client-id-reuse', 5]]);
  writeFileSync(path.join(root, '.bc-lint.yaml'), 'rules:\n  client-id-reuse: off\n');
  assert.equal(runCli(['--today', defaultToday], { cwd: root }).status, 0);
});
