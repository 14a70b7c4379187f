/**
 * `npm run schemastore` writes the SchemaStore submission; this checks the tree with the libraries SchemaStore's
 * harness (`node ./cli.js check`) uses: Ajv in strict mode with the keywords SchemaStore declares plus the ones
 * the tree's schema-validation entry declares, the modeline on every test file, and Prettier.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsImport from 'ajv-formats';
import * as prettier from 'prettier';
import { parse } from 'yaml';
import { repoRoot } from './helpers.js';

const addFormats = addFormatsImport as unknown as typeof addFormatsImport.default;
const name = 'bigcommerce-connection';

/** The non-standard keywords SchemaStore's cli.js (ajvFactory) declares for every schema. */
const schemaStoreKeywords = [
  'allowTrailingCommas',
  'defaultSnippets',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'x-taplo',
  'x-taplo-info',
  'x-intellij-language-injection',
  'x-intellij-html-description',
  'x-intellij-enum-metadata',
];

let tree = '';
const read = (relative: string) => readFileSync(path.join(tree, relative), 'utf8');
const testFiles = (kind: 'test' | 'negative_test') =>
  readdirSync(path.join(tree, 'src', kind, name))
    .sort()
    .map((file) => `src/${kind}/${name}/${file}`);

before(() => {
  tree = mkdtempSync(path.join(tmpdir(), 'bc-lint-schemastore-'));
  const run = spawnSync('npm', ['run', '--silent', 'schemastore', '--', tree], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
after(() => rmSync(tree, { recursive: true, force: true }));

/** Ajv as SchemaStore builds it for a draft-07 schema not listed under ajvNotStrictMode. */
function schemaStoreValidator() {
  const entry = JSON.parse(read('schema-validation-entry.jsonc')) as { options: Record<string, { unknownKeywords?: string[] }> };
  assert.deepEqual(Object.keys(entry.options), [`${name}.json`]);
  const ajv = new Ajv({ strict: true });
  addFormats(ajv);
  for (const keyword of [...(entry.options[`${name}.json`]!.unknownKeywords ?? []), ...schemaStoreKeywords]) ajv.addKeyword(keyword);
  return ajv.compile(JSON.parse(read(`src/schemas/json/${name}.json`)));
}

test("the tree has the schema under SchemaStore's $id, the catalog entry pointing at it, and test folders named after it", () => {
  const schema = JSON.parse(read(`src/schemas/json/${name}.json`));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(schema.$id, `https://www.schemastore.org/${name}.json`);
  const entry = JSON.parse(read('catalog-entry.json'));
  assert.equal(entry.url, schema.$id);
  // SchemaStore's catalog rules: no "schema" in name or description, no trailing punctuation, no folder globs.
  for (const text of [entry.name, entry.description]) {
    assert.doesNotMatch(text, /schema/i);
    assert.doesNotMatch(text, /[,. \t-]$/);
  }
  assert.ok(entry.fileMatch.every((glob: string) => !glob.includes('/')));
  // Apart from $id, the schema is the committed one.
  const committed = JSON.parse(readFileSync(path.join(repoRoot, 'schemas/bigcommerce.connection.schema.json'), 'utf8'));
  assert.deepEqual({ ...schema, $id: committed.$id }, committed);
  assert.ok(testFiles('test').length >= 6 && testFiles('negative_test').length >= 15);
});

test('strict Ajv compiles the schema only with the keywords the schema-validation entry declares', () => {
  assert.doesNotThrow(schemaStoreValidator);
  const bare = new Ajv({ strict: true });
  for (const keyword of schemaStoreKeywords) bare.addKeyword(keyword);
  assert.throws(() => bare.compile(JSON.parse(read(`src/schemas/json/${name}.json`))), /unknown keyword: "(patternErrorMessage|deprecationMessage)"/);
});

test('every positive test validates and every negative test fails', () => {
  const validate = schemaStoreValidator();
  for (const file of testFiles('test')) assert.ok(validate(parse(read(file))), `${file}: ${JSON.stringify(validate.errors)}`);
  for (const file of testFiles('negative_test')) assert.equal(validate(parse(read(file))), false, file);
});

test('every test file starts with the modeline SchemaStore requires', () => {
  for (const file of [...testFiles('test'), ...testFiles('negative_test')]) {
    const expected = `# yaml-language-server: $schema=${path.posix.relative(path.posix.dirname(file), `src/schemas/json/${name}.json`)}`;
    assert.equal(read(file).split('\n')[0], expected, file);
    assert.equal(expected, `# yaml-language-server: $schema=../../schemas/json/${name}.json`);
  }
});

test("Prettier, with SchemaStore's settings, reports every file formatted", async () => {
  const { prettierOptionsFor } = (await import(path.join(repoRoot, 'scripts/schemastore-submission.mjs'))) as {
    prettierOptionsFor: (relative: string) => prettier.Options;
  };
  const files = [`src/schemas/json/${name}.json`, ...testFiles('test'), ...testFiles('negative_test'), 'catalog-entry.json', 'schema-validation-entry.jsonc'];
  for (const file of files) assert.ok(await prettier.check(read(file), prettierOptionsFor(file)), `${file} is not formatted`);
  // Not vacuous: the committed schema, as written, is not in SchemaStore's key order.
  const committed = readFileSync(path.join(repoRoot, 'schemas/bigcommerce.connection.schema.json'), 'utf8');
  assert.equal(await prettier.check(committed, prettierOptionsFor(`src/schemas/json/${name}.json`)), false);
});
