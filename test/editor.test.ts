/**
 * The editor experience, through the real yaml-language-server (what VS Code, Neovim and others run) with the
 * bundled schema: diagnostics agree with the CLI, hover shows the OAuth scopes, completion offers levels and
 * starter snippets.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test as nodeTest, type TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import { builtinProfiles } from '../src/model/profiles.js';
import { scopeKeys } from '../src/model/scopes.js';
import { defaultToday, examplesDir, fixturesDir, installedCopy, lint, repoRoot, runCli, type JsonMessage } from './helpers.js';
import { editorNode, expandSnippet, schemaId, startYamlLanguageServer, type Diagnostic, type EditorSession } from './yaml-language-server.js';

const node = editorNode();
/** Every test here drives the server; on a Node too old for it they are skipped, saying why. */
const skip = 'skip' in node ? node.skip : false;
const test = (name: string, fn: (t: TestContext) => Promise<void>) => nodeTest(name, { skip }, fn);

/** CLI rules whose every finding must show in the editor on the same line. */
const mirroredRules = ['schema', 'store-hash-format', 'subdomain-format'];
/** Further rules the schema mirrors (deprecationMessage, the secret-reference pattern). */
const alsoMirroredRules = ['no-token-auth', 'token-type', 'no-plaintext-secret'];

let editor: EditorSession;
before(async () => {
  if (!skip) editor = await startYamlLanguageServer();
});
after(async () => {
  await editor?.close();
});

function connectionFilesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /(^|[./\\])bigcommerce\.connection\.ya?ml$/.test(name))
    .map((name) => path.join(folder, name))
    .sort();
}

/** Index of the YAML document each 1-based line belongs to (documents split at `---` lines). */
function documentIndexOfLine(text: string): (line: number) => number {
  const starts = text.split('\n').flatMap((line, index) => (/^---(\s|$)/.test(line) ? [index + 1] : []));
  return (line) => starts.filter((start) => start <= line).length;
}

const describe = (diagnostic: Diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`;
let scratch = 0;
/** A document that exists only in the editor, named like a connection file so the schema applies. */
const scratchUri = (name = 'bigcommerce.connection.yaml') => pathToFileURL(path.join(tmpdir(), `bc-lint-editor-${process.pid}-${++scratch}`, name)).href;

/**
 * The agreement on one file: a document the CLI finds clean gets no editor diagnostics, and every finding of a
 * mirrored rule has an editor diagnostic on its line. Returns what it checked.
 */
function assertAgreement(file: string, text: string, messages: JsonMessage[], diagnostics: Diagnostic[]) {
  const name = path.relative(repoRoot, file);
  const lines = text.split('\n');
  const documentOf = documentIndexOfLine(text);
  const documents = new Set(lines.map((_, index) => documentOf(index + 1)));
  let cleanDocuments = 0;
  for (const document of documents) {
    if (messages.some((message) => documentOf(message.line) === document)) continue;
    const shown = diagnostics.filter((diagnostic) => documentOf(diagnostic.range.start.line + 1) === document);
    assert.deepEqual(shown.map(describe), [], `${name}: the CLI finds document ${document} clean, the editor does not`);
    const holdsKeys = lines.some((line, index) => documentOf(index + 1) === document && /^\s*[\w$"'{]/.test(line));
    if (holdsKeys) cleanDocuments++;
  }
  const checked: string[] = [];
  for (const message of messages) {
    if (!message.ruleId || ![...mirroredRules, ...alsoMirroredRules].includes(message.ruleId)) continue;
    assert.ok(
      diagnostics.some((diagnostic) => diagnostic.range.start.line + 1 === message.line),
      `${name}:${message.line} ${message.ruleId} "${message.message}" has no editor diagnostic on its line; the editor shows:\n` +
        diagnostics.map(describe).join('\n'),
    );
    checked.push(message.ruleId);
  }
  return { cleanDocuments, checked };
}

const firstConnection =
  'name: First store\nstoreHash: ci4bzn8adz\nauthType: custom\naccessToken: ${T}\n' +
  'scopes: {storefrontApiTokens: manage, storefrontApiCustomerImpersonationTokens: manage}\n';
/** The second connection pastes an API path as its store hash. */
const secondConnection = firstConnection.replace('First store', 'Second store').replace('storeHash: ci4bzn8adz', 'storeHash: stores/abc123');
const lineOf = (text: string, start: string) => text.split('\n').findIndex((row) => row.startsWith(start)) + 1;

test('editor and CLI agree on every fixture and example', async (t) => {
  const files = [...connectionFilesBelow(fixturesDir), ...connectionFilesBelow(examplesDir)];
  const run = runCli(['--format', 'json', '--today', defaultToday, ...files]);
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: JsonMessage[] }[];
  assert.equal(results.length, files.length);

  let cleanDocuments = 0;
  const checked: string[] = [];
  for (const result of results) {
    const diagnostics = await editor.openFile(result.filePath);
    const outcome = assertAgreement(result.filePath, readFileSync(result.filePath, 'utf8'), result.messages, diagnostics);
    cleanDocuments += outcome.cleanDocuments;
    checked.push(...outcome.checked);
  }
  // Not vacuous: clean documents were compared, and findings of every mirrored rule were matched.
  assert.ok(cleanDocuments >= 8, `only ${cleanDocuments} clean documents`);
  assert.ok(checked.length >= 40, `only ${checked.length} findings checked`);
  assert.deepEqual([...new Set(checked)].sort(), [...mirroredRules, ...alsoMirroredRules].sort());
  t.diagnostic(`${files.length} files: ${cleanDocuments} clean documents without editor diagnostics, ${checked.length} CLI findings matched`);
});

test('the CLI-clean control-panel look-alike store-front-eu is not flagged by the editor either', async () => {
  const text =
    'name: Look-alike label\nstoreHash: ci4bzn8adz\nsubdomain: store-front-eu\nauthType: custom\n' +
    'accessToken: ${TOKEN}\nscopes: {storefrontApiTokens: manage, storefrontApiCustomerImpersonationTokens: manage}\n';
  assert.deepEqual(lint(text), []);
  assert.deepEqual((await editor.open(scratchUri(), text)).map(describe), []);
  const controlPanel = text.replace('store-front-eu', 'store-ci4bzn8adz');
  assert.deepEqual(
    lint(controlPanel).map((finding) => `${finding.line} ${finding.ruleId}`),
    ['3 subdomain-format'],
  );
  const diagnostics = await editor.open(scratchUri(), controlPanel);
  assert.deepEqual(
    diagnostics.map((diagnostic) => diagnostic.range.start.line + 1),
    [3],
  );
  assert.match(diagnostics[0]!.message, /control-panel host store-\{store_hash\}/);
});

/** Findings other than placeholder-value's (a starter's placeholders are reported by the CLI, not by the schema). */
const besidePlaceholders = (text: string) => lint(text).filter((finding) => finding.ruleId !== 'placeholder-value');

test('bc-lint init output for every profile has only placeholder findings for the CLI and none for the editor, which finds the schema by its modeline', async () => {
  const { cli, project } = installedCopy();
  // Named so that no yaml.schemas glob matches: only the modeline can bring the schema in.
  const starters = [undefined, ...builtinProfiles.map((profile) => profile.name)].map((name) => {
    const file = path.join(project, `${name ?? 'custom'}-starter.yaml`);
    const run = runCli(['init', ...(name ? ['--integration', name] : []), file], { cwd: project, cli });
    assert.equal(run.status, 0, run.stderr);
    return file;
  });
  for (const file of starters) {
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^# yaml-language-server: \$schema=\.\/node_modules\/bc-lint\/schemas\/bigcommerce\.connection\.schema\.json\n/);
    assert.deepEqual(besidePlaceholders(text), [], file);
    assert.deepEqual((await editor.openFile(file)).map(describe), [], file);
    // The same file with a pasted API path: the editor reports it, so the modeline did load the schema.
    const broken = file.replace(/\.yaml$/, '-broken.yaml');
    writeFileSync(broken, text.replace(/^storeHash: \S+/m, 'storeHash: https://api.bigcommerce.com/stores/pq7rs2/v3/'));
    const line = text.split('\n').findIndex((row) => row.startsWith('storeHash:')) + 1;
    assert.deepEqual(
      (await editor.openFile(broken)).map((diagnostic) => diagnostic.range.start.line + 1),
      [line],
      broken,
    );
  }
  // A second connection added as the starter's comment says (---, then its modeline again) is checked too.
  const text = readFileSync(starters[0]!, 'utf8');
  assert.match(text, /^# More connections: start each with --- and then the modeline above again/m);
  const twoConnections = starters[0]!.replace(/\.yaml$/, '-two.yaml');
  writeFileSync(twoConnections, `${text}---\n${text.split('\n')[0]}\n${secondConnection}`);
  const shown = await editor.openFile(twoConnections);
  assert.deepEqual(
    shown.map((diagnostic) => diagnostic.range.start.line + 1),
    [lineOf(readFileSync(twoConnections, 'utf8'), 'storeHash: stores/')],
  );
});

test('a modeline or a $schema key naming the published URL brings the schema in', async () => {
  const body =
    'name: Named by URL\nstoreHash: stores/ci4bzn8adz\nauthType: custom\naccessToken: ${T}\nscopes: {storefrontApiTokens: manage, storefrontApiCustomerImpersonationTokens: manage}\n';
  const modeline = await editor.open(scratchUri('starter.yaml'), `# yaml-language-server: $schema=${schemaId}\n${body}`);
  assert.deepEqual(
    modeline.map((diagnostic) => diagnostic.range.start.line + 1),
    [3],
  );
  const key = await editor.open(scratchUri('starter.yaml'), `$schema: ${schemaId}\n${body}`);
  assert.deepEqual(
    key.map((diagnostic) => diagnostic.range.start.line + 1),
    [3],
  );
  // Without either, a file whose name matches no glob is not checked at all.
  assert.deepEqual(await editor.open(scratchUri('starter.yaml'), body), []);
});

test('hover on a scope key shows its control-panel row and OAuth scope strings', async () => {
  const uri = scratchUri();
  const text = readFileSync(path.join(examplesDir, 'valid/us-prod.bigcommerce.connection.yaml'), 'utf8');
  await editor.open(uri, text);
  const line = text.split('\n').findIndex((row) => row.trimStart().startsWith('storefrontApiTokens:'));
  const hover = await editor.hover(uri, { line, character: 4 });
  const shown = typeof hover?.contents === 'string' ? hover.contents : (hover?.contents.value ?? '');
  assert.match(shown, /Storefront API tokens/);
  assert.match(shown, /store_storefront_api\b/);
  assert.match(shown, /Settings > API > Store-level API accounts/);

  const hashLine = text.split('\n').findIndex((row) => row.startsWith('storeHash:'));
  const storeHash = await editor.hover(uri, { line: hashLine, character: 2 });
  const hashText = typeof storeHash?.contents === 'string' ? storeHash.contents : (storeHash?.contents.value ?? '');
  assert.match(hashText, /https:\/\/api\.bigcommerce\.com\/stores\/\{store_hash\}\/v3\//);
});

test('completing a scope level offers the levels that scope has, lowest first', async () => {
  const uri = scratchUri();
  const text = 'name: Completion\nstoreHash: ci4bzn8adz\nauthType: custom\naccessToken: ${T}\nscopes:\n  orders: \n  customersLogin: \n  \n';
  await editor.open(uri, text);
  const orders = await editor.completion(uri, { line: 5, character: 10 });
  assert.deepEqual(
    orders.map((item) => item.label),
    ['none', 'read-only', 'modify'],
  );
  const documented = orders.find((item) => item.label === 'read-only');
  const documentation = typeof documented?.documentation === 'string' ? documented.documentation : documented?.documentation?.value;
  assert.match(String(documentation), /store_v2_orders_read_only/);
  const login = await editor.completion(uri, { line: 6, character: 18 });
  assert.deepEqual(
    login.map((item) => item.label),
    ['none', 'login'],
  );
  // A new key under scopes: every scope not written yet, one per control-panel row.
  const keys = await editor.completion(uri, { line: 7, character: 2 });
  assert.deepEqual(
    keys.map((item) => item.label),
    scopeKeys.filter((key) => key !== 'orders' && key !== 'customersLogin'),
  );
});

test('an empty connection file offers a starter snippet per profile, and each inserts a file with only placeholder findings', async () => {
  const uri = scratchUri();
  await editor.open(uri, '');
  const items = await editor.completion(uri, { line: 0, character: 0 });
  const snippets = new Map(items.filter((item) => item.label.startsWith('New connection')).map((item) => [item.label, item]));
  const expected = ['New connection', ...builtinProfiles.map((profile) => `New connection: ${profile.name}`)];
  assert.deepEqual([...snippets.keys()].sort(), expected.sort());
  for (const [label, item] of snippets) {
    const text = `${expandSnippet(item.insertText ?? item.textEdit?.newText ?? '')}\n`;
    const profile = label.split(': ')[1];
    if (profile) assert.match(text, new RegExp(`^integration: ${profile}$`, 'm'));
    assert.match(text, /^accessToken: \$\{BIGCOMMERCE_ACCESS_TOKEN\}$/m);
    assert.deepEqual(besidePlaceholders(text), [], `${label}:\n${text}`);
    assert.deepEqual((await editor.open(scratchUri(), text)).map(describe), [], `${label}:\n${text}`);
  }
});

test('a multi-document file gets every document checked: by yaml.schemas, or by a modeline at the top of each document', async () => {
  const modeline = `# yaml-language-server: $schema=${schemaId}\n`;
  const brokenLine = (text: string) => lineOf(text, 'storeHash: stores/');
  // The file-name association (yaml.schemas, or SchemaStore's catalog) applies to every document.
  const byName = `${firstConnection}---\n${secondConnection}`;
  assert.deepEqual(
    lint(byName).map((finding) => `${finding.line} ${finding.ruleId}`),
    [`${brokenLine(byName)} store-hash-format`],
  );
  assert.deepEqual(
    (await editor.open(scratchUri(), byName)).map((diagnostic) => diagnostic.range.start.line + 1),
    [brokenLine(byName)],
  );
  // A modeline applies to the document it is in: repeated after each ---, every document is checked ...
  const perDocument = `${modeline}${firstConnection}---\n${modeline}${secondConnection}`;
  const shown = await editor.open(scratchUri('starter.yaml'), perDocument);
  assert.deepEqual(
    shown.map((diagnostic) => diagnostic.range.start.line + 1),
    [brokenLine(perDocument)],
  );
  assert.match(shown[0]!.message, /bare store hash/);
  // ... while one modeline on the first line leaves the second document unchecked (what the docs warn about).
  const firstOnly = `${modeline}${firstConnection}---\n${secondConnection}`;
  assert.deepEqual(await editor.open(scratchUri('starter.yaml'), firstOnly), []);
});

test('an empty document (after a final ---, or between two) raises nothing in the editor, as in the CLI', async () => {
  const documents = [
    `${firstConnection}---\n`,
    `${firstConnection}---\n# retired connection removed\n`,
    `---\n${firstConnection}---\n---\n${firstConnection.replace('First store', 'Second store')}`,
  ];
  for (const text of documents) {
    assert.deepEqual(lint(text), [], text);
    assert.deepEqual((await editor.open(scratchUri(), text)).map(describe), [], text);
  }
  // Not vacuous: the same trailing document with content is checked.
  const filled = `${firstConnection}---\nname: Third\n`;
  assert.ok((await editor.open(scratchUri(), filled)).some((diagnostic) => diagnostic.range.start.line + 1 === lineOf(filled, 'name: Third')));
  // A file with no connection at all is still the CLI's finding (the schema cannot see files, only documents).
  assert.deepEqual(
    lint('---\n# nothing yet\n').map((finding) => finding.ruleId),
    ['schema'],
  );
});
