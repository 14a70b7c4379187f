import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { builtinProfiles } from '../src/model/profiles.js';
import { levelRank } from '../src/model/scopes.js';
import { ruleMetaById } from '../src/rules/index.js';
import { installedCopy, repoRoot, runCli } from './helpers.js';

const schemaPath = path.join(repoRoot, 'schemas/bigcommerce.connection.schema.json');
const schemaUrl: string = JSON.parse(readFileSync(schemaPath, 'utf8')).$id;
const emptyFolder = () => mkdtempSync(path.join(tmpdir(), 'bc-lint-init-'));

/**
 * A starter file passes every rule but placeholder-value, which reports each placeholder left in it (on the given
 * keys, once that rule is part of the build: it arrives with the v2 rules).
 */
function assertOnlyPlaceholders(lint: { status: number | null; stdout: string }, keys: string[]) {
  const [result] = JSON.parse(lint.stdout) as { messages: { ruleId: string; line: number }[]; source?: string }[];
  const messages = result!.messages;
  assert.deepEqual(
    messages.filter((m) => m.ruleId !== 'placeholder-value'),
    [],
    lint.stdout,
  );
  if (!ruleMetaById.has('placeholder-value')) return assert.equal(lint.status, 0);
  assert.equal(lint.status, 1);
  const lines = (result!.source ?? '').split('\n');
  const reported = messages.map((m) => /^(\w+):/.exec(lines[m.line - 1] ?? '')?.[1]);
  assert.deepEqual([...new Set(reported)].sort(), [...new Set(keys)].sort());
}

function assertOneLineFailure(run: { status: number | null; stdout: string; stderr: string }, reason: RegExp) {
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, reason);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
}

test('init writes ./bigcommerce.connection.yaml with a modeline, a secret reference and placeholders; only placeholder-value reports it', () => {
  const folder = emptyFolder();
  const init = runCli(['init'], { cwd: folder });
  assert.equal(init.status, 0, init.stderr);
  assert.match(init.stdout, /^Wrote bigcommerce\.connection\.yaml\. Replace the values marked REPLACE \(bc-lint reports each placeholder left until you do\)/);
  const text = readFileSync(path.join(folder, 'bigcommerce.connection.yaml'), 'utf8');
  // From a clone (not installed in this folder's project) the modeline names the published URL.
  assert.equal(text.split('\n')[0], `# yaml-language-server: $schema=${schemaUrl}`);
  assert.match(text, /^accessToken: \$\{BIGCOMMERCE_ACCESS_TOKEN\}$/m);
  // A placeholder from placeholder-value's list (contract v2), so a forgotten one never passes.
  assert.match(text, /^storeHash: yourstorehash # REPLACE with your store hash/m);
  const connection = parse(text);
  assert.equal(connection.authType, 'custom');
  assert.deepEqual(connection.scopes, { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' });
  // Discovery finds it; the schema and every other rule accept it: only its placeholders are reported.
  assertOnlyPlaceholders(runCli(['--format', 'json'], { cwd: folder }), ['storeHash']);
});

for (const profile of builtinProfiles) {
  test(`init --integration ${profile.name} gives the scopes the profile needs, and bc-lint reports only its placeholders`, () => {
    const folder = emptyFolder();
    const init = runCli(['init', '--integration', profile.name], { cwd: folder });
    assert.equal(init.status, 0, init.stderr);
    const file = path.join(folder, 'bigcommerce.connection.yaml');
    const connection = parse(readFileSync(file, 'utf8'));
    assert.equal(connection.integration, profile.name);
    for (const [scope, level] of Object.entries(profile.needs)) {
      assert.ok(levelRank(scope, connection.scopes[scope]) >= levelRank(scope, level), `${scope} at least ${level}`);
    }
    if (profile.storefrontTokens) {
      assert.equal(connection.scopes.storefrontApiTokens, 'manage');
      assert.equal(connection.scopes.storefrontApiCustomerImpersonationTokens, 'manage');
    }
    for (const field of profile.fields ?? []) assert.ok(connection[field], field);
    assertOnlyPlaceholders(runCli(['--format', 'json', file], { cwd: folder }), [
      'storeHash',
      ...(profile.fields ?? []).filter((field) => field !== 'clientSecret'),
    ]);
  });
}

test('init into a folder writes bigcommerce.connection.yaml inside it; any other path is used as the file name', () => {
  const folder = emptyFolder();
  mkdirSync(path.join(folder, 'stores'));
  assert.equal(runCli(['init', 'stores'], { cwd: folder }).status, 0);
  assert.ok(existsSync(path.join(folder, 'stores/bigcommerce.connection.yaml')));

  const named = runCli(['init', '--integration', 'storeautomator', 'stores/eu.bigcommerce.connection.yml'], { cwd: folder });
  assert.equal(named.status, 0, named.stderr);
  assert.match(named.stdout, /Wrote stores\/eu\.bigcommerce\.connection\.yml with the scopes integration storeautomator needs/);
  assert.equal(parse(readFileSync(path.join(folder, 'stores/eu.bigcommerce.connection.yml'), 'utf8')).integration, 'storeautomator');
  const stores = JSON.parse(runCli(['--format', 'json', 'stores'], { cwd: folder }).stdout) as { messages: { ruleId: string }[] }[];
  assert.deepEqual(
    stores.flatMap((result) => result.messages.map((m) => m.ruleId)).filter((id) => id !== 'placeholder-value'),
    [],
  );

  // A name discovery does not find still works, and init says how to lint it.
  const other = runCli(['init', 'connection.yaml'], { cwd: folder });
  assert.equal(other.status, 0);
  assert.match(other.stdout, /lint this one by its path/);

  // Missing folders are created, as `mkdir -p`.
  assert.equal(runCli(['init', 'missing/'], { cwd: folder }).status, 0);
  assert.ok(existsSync(path.join(folder, 'missing/bigcommerce.connection.yaml')));
  assert.equal(runCli(['init', 'new/eu/eu.bigcommerce.connection.yaml'], { cwd: folder }).status, 0);
  assert.ok(existsSync(path.join(folder, 'new/eu/eu.bigcommerce.connection.yaml')));
});

test('init never overwrites a file: exit 2, one line, the file unchanged', () => {
  const folder = emptyFolder();
  const file = path.join(folder, 'bigcommerce.connection.yaml');
  writeFileSync(file, 'keep: me\n');
  assertOneLineFailure(runCli(['init'], { cwd: folder }), /bigcommerce\.connection\.yaml already exists; bc-lint init does not overwrite files/);
  assertOneLineFailure(runCli(['init', '--integration', 'celigo', '.'], { cwd: folder }), /already exists/);
  assertOneLineFailure(runCli(['init', 'bigcommerce.connection.yaml'], { cwd: folder }), /already exists/);
  assert.equal(readFileSync(file, 'utf8'), 'keep: me\n');
});

test('init with an unknown integration exits 2, names the known ones and writes nothing', () => {
  const folder = emptyFolder();
  const run = runCli(['init', '--integration', 'shopify'], { cwd: folder });
  assertOneLineFailure(run, /unknown integration "shopify"; known integrations: /);
  for (const profile of builtinProfiles) assert.match(run.stderr, new RegExp(`\\b${profile.name}\\b`));
  assert.deepEqual(readdirSync(folder), []);
  const typo = runCli(['init', '--integration', 'celgio'], { cwd: folder });
  assertOneLineFailure(typo, /unknown integration "celgio"; did you mean "celigo"\? \(known integrations: celigo, /);
  assert.deepEqual(readdirSync(folder), []);
});

test('init and schema options are refused elsewhere', () => {
  assertOneLineFailure(runCli(['--integration', 'celigo', 'examples/']), /--integration is an option of bc-lint init/);
  assertOneLineFailure(runCli(['--print', 'examples/']), /--print is an option of bc-lint schema/);
  assertOneLineFailure(runCli(['init', 'a.yaml', 'b.yaml'], { cwd: emptyFolder() }), /bc-lint init takes one path, not 2/);
  assertOneLineFailure(runCli(['schema', 'examples/']), /bc-lint schema takes no paths/);
});

test('schema prints the absolute path of the bundled schema, and --print its text', () => {
  const where = runCli(['schema'], { cwd: emptyFolder() });
  assert.equal(where.status, 0, where.stderr);
  assert.equal(where.stdout, `${schemaPath}\n`);
  const printed = runCli(['schema', '--print']);
  assert.equal(printed.status, 0);
  assert.equal(printed.stdout, readFileSync(schemaPath, 'utf8'));
  const help = runCli(['--help']);
  assert.match(help.stdout, /bc-lint init \[--integration <name>\] \[path\]/);
  assert.match(help.stdout, /bc-lint schema \[--print\]/);
});

test('installed in a project, schema points into node_modules and init writes a relative modeline that works offline', () => {
  const { project, cli } = installedCopy();
  const installedSchema = path.join(project, 'node_modules/bc-lint/schemas/bigcommerce.connection.schema.json');
  assert.equal(runCli(['schema'], { cwd: project, cli }).stdout, `${installedSchema}\n`);

  mkdirSync(path.join(project, 'config'));
  assert.equal(runCli(['init'], { cwd: project, cli }).status, 0);
  assert.equal(runCli(['init', 'config'], { cwd: project, cli }).status, 0);
  const modelines = ['bigcommerce.connection.yaml', 'config/bigcommerce.connection.yaml'].map((name) => {
    const file = path.join(project, name);
    const reference = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    assert.equal(path.resolve(path.dirname(file), reference), installedSchema, name);
    return reference;
  });
  assert.deepEqual(modelines, [
    './node_modules/bc-lint/schemas/bigcommerce.connection.schema.json',
    '../node_modules/bc-lint/schemas/bigcommerce.connection.schema.json',
  ]);
  // Outside that project the installed copy is not reachable: the published URL.
  const elsewhere = emptyFolder();
  assert.equal(runCli(['init', elsewhere], { cwd: project, cli }).status, 0);
  assert.match(
    readFileSync(path.join(elsewhere, 'bigcommerce.connection.yaml'), 'utf8'),
    new RegExp(`^# yaml-language-server: \\$schema=${schemaUrl.replace(/[.]/g, '\\.')}\n`),
  );
});
