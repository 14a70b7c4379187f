/** The generated parts of README.md, docs/ and the schema match the rule and profile data; a stale one fails. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { allRuleMetas } from '../src/rules/index.js';
import { repoRoot } from './helpers.js';

const script = 'scripts/generate-docs.mjs';
const generatedFiles = ['README.md', 'docs/rules/integration-requirements.md', 'schemas/bigcommerce.connection.schema.json'];
const check = (cwd: string) => spawnSync(process.execPath, [script, '--check'], { cwd, encoding: 'utf8' });

test('the committed README, docs and schema are what generate-docs writes', () => {
  const run = check(repoRoot);
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0);
});

test('the README lists every rule in the generated table, linked to its page', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  for (const meta of allRuleMetas) assert.ok(readme.includes(`| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.defaultSeverity} |`), meta.id);
});

test('--check fails on a copy whose README rule table is stale, and the generator repairs it', () => {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'bc-lint-generate-'));
  mkdirSync(path.join(copy, 'scripts'));
  cpSync(path.join(repoRoot, script), path.join(copy, script));
  symlinkSync(path.join(repoRoot, 'build'), path.join(copy, 'build'));
  for (const file of generatedFiles) cpSync(path.join(repoRoot, file), path.join(copy, file), { recursive: true });
  const readme = path.join(copy, 'README.md');
  const fresh = readFileSync(readme, 'utf8');
  writeFileSync(readme, fresh.replace(/\| \[`token-type`\][^\n]*\n/, ''));
  const stale = check(copy);
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /stale in README\.md: run 'npm run generate:docs'/);
  assert.equal(spawnSync(process.execPath, [script], { cwd: copy }).status, 0);
  assert.equal(readFileSync(readme, 'utf8'), fresh);
});
