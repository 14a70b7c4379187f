import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { allRuleMetas } from '../../src/rules/index.js';
import { ruleDocsUrl } from '../../src/model/docs-url.js';
import { examplesDir, repoRoot, runCli } from '../helpers.js';

test('every rule has a docs page with what, why, examples, how to fix and options', () => {
  for (const meta of allRuleMetas) {
    const file = path.join(repoRoot, 'docs', 'rules', `${meta.id}.md`);
    assert.ok(existsSync(file), file);
    const page = readFileSync(file, 'utf8');
    assert.match(page, new RegExp(`^# ${meta.id}\\n`));
    for (const section of ['## What it reports', '## Why', '## Examples', '## How to fix', '## Options']) {
      assert.ok(page.includes(section), `${meta.id}: ${section}`);
    }
    assert.match(page, /```yaml/);
    assert.match(page, new RegExp(`Fixable: ${meta.fixable ? 'yes' : 'no'}`, 'i'));
  }
});

test('bc-lint explain prints the page in the terminal', () => {
  const run = runCli(['explain', 'store-hash-format']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^STORE-HASH-FORMAT\n/);
  assert.match(run.stdout, /\nWhat it reports\n/);
  assert.doesNotMatch(run.stdout, /```/);
  assert.match(run.stdout, /\n {4}storeHash: /, 'code blocks are indented');
});

test('bc-lint explain with an unknown or missing rule exits 2 with a suggestion', () => {
  const typo = runCli(['explain', 'store-hash-formt']);
  assert.equal(typo.status, 2);
  assert.equal(typo.stderr, 'bc-lint: unknown rule "store-hash-formt"; did you mean `store-hash-format`?\n');
  const missing = runCli(['explain']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /explain needs a rule id/);
});

test('stylish output ends with the docs URL of each rule it reported', () => {
  const run = runCli([path.join(examplesDir, 'broken', 'pasted.bigcommerce.connection.yaml')]);
  const footer = run.stdout.slice(run.stdout.indexOf('Rule docs:'));
  for (const id of ['store-hash-format', 'no-token-auth', 'no-plaintext-secret']) {
    assert.ok(footer.includes(`${id}  `) && footer.includes(ruleDocsUrl(id)), id);
  }
  // Pinned to the release's tag, so an older bc-lint links the page as that version checks the rule.
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  assert.equal(ruleDocsUrl('schema'), `https://github.com/bc-lint/bc-lint/blob/v${version}/docs/rules/schema.md`);
  assert.doesNotMatch(footer, /token-type/);
});
