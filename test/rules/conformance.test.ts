/**
 * Every rule has a test table, a docs page and a README entry, and `fixable` says what its cases show; every
 * test table belongs to a rule. CONTRIBUTING.md's checklists are these checks.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { allRuleMetas } from '../../src/rules/index.js';
import { collectTablesOnly, findingsOf, type RuleTable } from '../rule-tester.js';
import { repoRoot } from '../helpers.js';

const tableSuffix = '.test.ts';
const thisFile = 'conformance.test.ts';
const ruleIds = allRuleMetas.map((meta) => meta.id);
/** Table files are named after their rule: test/rules/<rule-id>.test.ts. */
const tableFiles = readdirSync(path.join(repoRoot, 'test/rules')).filter((name) => name.endsWith(tableSuffix) && name !== thisFile);
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

// Load every table without registering its tests (they run in their own files).
const tables: ReadonlyMap<string, RuleTable> = collectTablesOnly();
const compiledDir = path.dirname(fileURLToPath(import.meta.url));
for (const name of tableFiles) await import(path.join(compiledDir, name.replace(/\.ts$/, '.js')));

test('every test table is named after a known rule', () => {
  const unknown = tableFiles.map((name) => name.slice(0, -tableSuffix.length)).filter((id) => !ruleIds.includes(id));
  assert.deepEqual(unknown, [], 'test/rules/<id>.test.ts for a rule that src/rules/index.ts does not list');
});

test('every table file tests the rule it is named after, and only that one', () => {
  const expected = tableFiles.map((name) => name.slice(0, -tableSuffix.length)).sort();
  assert.deepEqual([...tables.keys()].sort(), expected);
});

for (const meta of allRuleMetas) {
  test(`${meta.id}: has a test table with valid and invalid cases`, () => {
    const table = tables.get(meta.id);
    assert.ok(table, `no test/rules/${meta.id}${tableSuffix} calling ruleTester('${meta.id}', ...)`);
    assert.ok((table.valid ?? []).length > 0, 'no valid case');
    assert.ok((table.invalid ?? []).length > 0, 'no invalid case');
  });

  test(`${meta.id}: has a docs page`, () => {
    assert.ok(existsSync(path.join(repoRoot, 'docs/rules', `${meta.id}.md`)), `no docs/rules/${meta.id}.md`);
  });

  test(`${meta.id}: has a README entry`, () => {
    const entry = new RegExp(`\\*\\*\`${meta.id}\`\\*\\*|\\[\`${meta.id}\`\\]\\(`);
    assert.match(readme, entry, `README.md has no **\`${meta.id}\`** (or [\`${meta.id}\`](...)) entry`);
  });

  test(`${meta.id}: fixable is ${meta.fixable}, as its cases show`, () => {
    const table = tables.get(meta.id) ?? {};
    const cases = [...(table.valid ?? []), ...(table.invalid ?? [])];
    const fixingCases = cases.filter((item) => findingsOf(meta.id, item).some((finding) => finding.fix !== undefined));
    const showsOutput = (table.invalid ?? []).some((item) => typeof item.output === 'string');
    if (meta.fixable) {
      assert.ok(showsOutput, `${meta.id} is fixable, but no invalid case shows the fixed \`output\``);
    } else {
      assert.deepEqual(
        fixingCases.map((item) => item.name ?? item.code),
        [],
        `${meta.id} offers fixes without fixable: true`,
      );
    }
  });
}
