/**
 * The published schema as SchemaStore checks it: Ajv in strict mode with the editor keywords known, the
 * catalog entry, and the positive and negative test files. Also what makes it worth publishing: editor text on
 * every property, and snippets that stay in step with the integration profiles.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { parse } from 'yaml';
import { builtinProfiles } from '../src/model/profiles.js';
import { starterSnippet } from '../src/model/starter.js';
import { lint, repoRoot } from './helpers.js';

// ajv-formats is CommonJS with a default export; under NodeNext it arrives as the module object.
const addFormats = addFormatsImport as unknown as typeof addFormatsImport.default;

const schemasDir = path.join(repoRoot, 'schemas');
const schema = JSON.parse(readFileSync(path.join(schemasDir, 'bigcommerce.connection.schema.json'), 'utf8'));
const catalogEntry = JSON.parse(readFileSync(path.join(schemasDir, 'catalog-entry.json'), 'utf8'));

/** Keywords editors read and validators ignore; the same list scripts/generate-validator.mjs registers. */
const editorKeywords = ['markdownDescription', 'enumDescriptions', 'defaultSnippets', 'patternErrorMessage', 'deprecationMessage'];

/** Ajv as SchemaStore runs it for draft-07: strict mode on, formats added, editor keywords known. */
function strictValidator() {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const keyword of editorKeywords) ajv.addKeyword(keyword);
  return ajv.compile(schema);
}

function testFiles(kind: 'test' | 'negative_test') {
  const folder = path.join(schemasDir, kind, 'bigcommerce-connection');
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') }));
}

test('the schema is draft-07 with a stable $id, and compiles in Ajv strict mode', () => {
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(schema.$id, 'https://unpkg.com/bc-lint/schemas/bigcommerce.connection.schema.json');
  assert.doesNotThrow(strictValidator);
  // Strict mode is what rejects unknown keywords: an unregistered one must fail to compile.
  const ajv = new Ajv({ strict: true });
  assert.throws(() => ajv.compile({ type: 'string', markdownDescription: 'x' }), /unknown keyword/);
});

test('the SchemaStore catalog entry names both file-name forms and the schema URL', () => {
  assert.deepEqual(Object.keys(catalogEntry).sort(), ['description', 'fileMatch', 'name', 'url']);
  assert.match(catalogEntry.name, /BigCommerce/);
  assert.ok(catalogEntry.description.length > 20);
  assert.deepEqual(catalogEntry.fileMatch, [
    'bigcommerce.connection.yaml',
    'bigcommerce.connection.yml',
    '*.bigcommerce.connection.yaml',
    '*.bigcommerce.connection.yml',
  ]);
  assert.equal(catalogEntry.url, schema.$id);
});

test('SchemaStore positive test files are valid', () => {
  const validate = strictValidator();
  const files = testFiles('test');
  assert.ok(files.length >= 5);
  for (const { name, text } of files) {
    assert.ok(validate(parse(text)), `${name}: ${JSON.stringify(validate.errors)}`);
  }
});

test('SchemaStore negative test files are invalid, each for the reason its first line names', () => {
  const validate = strictValidator();
  const files = testFiles('negative_test');
  assert.ok(files.length >= 10);
  for (const { name, text } of files) {
    const expected = /^# expect: (\S+) (\S+)$/m.exec(text);
    assert.ok(expected, `${name} says what it expects on its first line`);
    const [, pointer, keyword] = expected;
    assert.equal(validate(parse(text)), false, name);
    const errors = (validate.errors ?? []).map((error) => `${error.instancePath || '""'} ${error.keyword}`);
    assert.ok(errors.includes(`${pointer} ${keyword}`), `${name}: expected ${pointer} ${keyword}, got ${errors.join(', ')}`);
  }
});

test('every property has a title and a markdownDescription, and every enum an enumDescription per value', () => {
  const visit = (properties: Record<string, Record<string, unknown>>, at: string) => {
    for (const [key, property] of Object.entries(properties)) {
      const where = `${at}${key}`;
      assert.equal(typeof property.title, 'string', `${where} title`);
      assert.ok(String(property.markdownDescription ?? '').length > 40, `${where} markdownDescription`);
      if (Array.isArray(property.enum)) {
        assert.equal((property.enumDescriptions as unknown[] | undefined)?.length, property.enum.length, `${where} enumDescriptions`);
      }
      if (property.properties) visit(property.properties as Record<string, Record<string, unknown>>, `${where}.`);
    }
  };
  visit(schema.properties, '');
  assert.ok(schema.markdownDescription);
});

test('each scope key names its control-panel place and its OAuth scope strings', () => {
  const scopes = schema.properties.scopes.properties as Record<string, { markdownDescription: string; enum: string[]; enumDescriptions: string[] }>;
  for (const [key, scope] of Object.entries(scopes)) {
    assert.match(scope.markdownDescription, /Settings > API > Store-level API accounts/, key);
    // Every level but none starts its description with its OAuth scope string, which the key's text names too.
    for (const level of scope.enum.filter((candidate) => candidate !== 'none')) {
      const oauth = /^(store_[a-z0-9_]+): /.exec(scope.enumDescriptions[scope.enum.indexOf(level)]!)?.[1];
      assert.ok(oauth, `${key} ${level}`);
      assert.ok(scope.markdownDescription.includes(`\`${level}\` = \`${oauth}\``), `${key} ${level} ${oauth}`);
    }
  }
  assert.match(scopes.storefrontApiTokens!.markdownDescription, /`store_storefront_api`/);
  assert.match(scopes.metafieldsAccess!.markdownDescription, /`store_metafield_write`.*`store_metafield_write_all`/);
});

test('the integration examples are the built-in profiles', () => {
  assert.deepEqual(
    schema.properties.integration.examples,
    builtinProfiles.map((profile) => profile.name),
  );
});

test('defaultSnippets are the starters built from the integration profiles (npm run generate:docs updates them)', () => {
  assert.deepEqual(schema.defaultSnippets, [starterSnippet(), ...builtinProfiles.map((profile) => starterSnippet(profile))]);
});

test('the subdomain pattern rejects the control-panel label the CLI rejects, and only that', () => {
  const pattern = new RegExp(schema.properties.subdomain.pattern, 'u');
  const withSubdomain = (subdomain: string) =>
    `name: Subdomain check\nstoreHash: ci4bzn8adz\nsubdomain: ${subdomain}\nauthType: custom\naccessToken: \${T}\n` +
    'scopes: {storefrontApiTokens: manage, storefrontApiCustomerImpersonationTokens: manage}\n';
  for (const value of ['acme', 'store-front', 'store-abc-eu', 'stores-abc123', 'a1', 'store-ci4bzn8adz', 'store-ci4bzn8adz-2', 'store-', 'acme-']) {
    const cliAccepts = lint(withSubdomain(value)).length === 0;
    assert.equal(pattern.test(value), cliAccepts, value);
  }
});

test('lengths count characters (code points) in the CLI as in JSON Schema: 4 emoji make a valid name, 3 do not', () => {
  const validate = strictValidator();
  const withName = (name: string) =>
    `name: ${name}\nstoreHash: ci4bzn8adz\nauthType: custom\naccessToken: \${T}\n` +
    'scopes: {storefrontApiTokens: manage, storefrontApiCustomerImpersonationTokens: manage}\n';
  const cases: [string, boolean][] = [
    ['🛒🛒🛒🛒', true], // 4 characters, 8 UTF-16 units
    ['🛒🛒🛒', false], // 3 characters, 6 UTF-16 units
    ['ab🛒', false],
    ['ab🛒c', true],
    ['🛒'.repeat(255), true], // 510 UTF-16 units
    ['🛒'.repeat(256), false],
  ];
  for (const [name, valid] of cases) {
    assert.equal(validate(parse(withName(name))), valid, `schema: ${name.length} units`);
    const findings = lint(withName(name)).map((finding) => `${finding.ruleId}: ${finding.message}`);
    assert.deepEqual(findings.length === 0, valid, `CLI: ${[...name].length} characters: ${findings.join('; ')}`);
    if (!valid) assert.match(findings.join('\n'), /^schema: `name` must be at (least 4|most 255) characters long\.$/m);
  }
});

test('the committed SchemaStore-style test files name our schema in a modeline, as SchemaStore names its own', () => {
  for (const kind of ['test', 'negative_test'] as const) {
    for (const { name, text } of testFiles(kind)) {
      assert.equal(text.split('\n')[0], '# yaml-language-server: $schema=../../bigcommerce.connection.schema.json', name);
    }
  }
});

test('the schema lets an empty document (null) pass, for editors; the CLI reports an explicit ~ document and a file with no connection', () => {
  const validate = strictValidator();
  assert.equal(validate(null), true);
  assert.equal(validate(parse('---\n')), true);
  assert.deepEqual(
    lint(`name: Test conn\n---\n~\n`)
      .filter((finding) => finding.line === 3)
      .map((finding) => finding.ruleId),
    ['schema'],
  );
  assert.deepEqual(
    lint('# nothing\n').map((finding) => finding.ruleId),
    ['schema'],
  );
});
