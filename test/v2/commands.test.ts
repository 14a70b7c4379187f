/** Contract v2's small things a new user hit, through the built CLI: rules --format json, explain, yaml-syntax. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ruleDocsUrl } from '../../src/model/docs-url.js';
import { allRuleMetas } from '../../src/rules/index.js';
import { connection, runCli, type JsonResult } from '../helpers.js';

test("bc-lint rules --format json prints every rule's metadata: id, default severity, description, fixable, docs URL", () => {
  const run = runCli(['rules', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const rules = JSON.parse(run.stdout) as Record<string, unknown>[];
  assert.deepEqual(
    rules,
    allRuleMetas.map((meta) => ({
      id: meta.id,
      defaultSeverity: meta.defaultSeverity,
      description: meta.description,
      fixable: meta.fixable,
      docsUrl: ruleDocsUrl(meta.id),
    })),
  );
  assert.deepEqual(rules.map((rule) => rule.id).slice(0, 2), ['yaml-syntax', 'no-plaintext-secret'], "in the contract's table order");
  const bad = runCli(['rules', '--format', 'sarif']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown format "sarif" for bc-lint rules; use stylish or json/);
  assert.equal(runCli(['rules', '-f', 'stylish']).stdout, runCli(['rules']).stdout);
});

test('bc-lint explain suggests the closest rule for a typo', () => {
  const run = runCli(['explain', 'no-token-aut']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /unknown rule "no-token-aut"; did you mean `no-token-auth`\?/);
});

test('yaml-syntax names the repeated key, escaped and cut, never its value', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-v2-'));
  const longKey = `k${'e'.repeat(60)}\u001b[2J`;
  writeFileSync(
    path.join(root, 'a.bigcommerce.connection.yaml'),
    connection({
      subdomain: 'acme',
      accessToken: '${A}\nsubdomain: shop',
      [`"${longKey.replace('\u001b', '\\e')}"`]: '1\n"' + longKey.replace('\u001b', '\\e') + '": 2',
    }),
  );
  const run = runCli(['--format', 'json'], { cwd: root });
  assert.equal(run.status, 1);
  const messages = (JSON.parse(run.stdout) as JsonResult[])[0]!.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`);
  assert.deepEqual(messages, [
    'yaml-syntax 6:1 keys must be unique: `subdomain` is written twice in this mapping.',
    `yaml-syntax 8:1 keys must be unique: \`k${'e'.repeat(39)}...\` is written twice in this mapping.`,
  ]);
  assert.ok(messages.every((message) => !message.includes('shop')));
});
