// Output is inert: file names and quoted text holding escape sequences, line breaks and workflow-command text
// are printed by the built CLI so that no terminal acts on them and no Actions runner reads a command in them.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, type JsonResult } from '../helpers.js';

/** Fresh names a Linux file system allows: OSC title + colour, a newline and `::`, a leading `::`, `##[`, C1 and bidi. */
const names = {
  osc: 'esc\u001b]0;pwned\u0007\u001b[31m.bigcommerce.connection.yaml',
  newline: 'line\n::warning::spoofed\n.bigcommerce.connection.yaml',
  leading: '::error::lead.bigcommerce.connection.yaml',
  legacy: 'x##[stop-commands]tok.bigcommerce.connection.yaml',
  c1bidi: 'c1\u009b2J bidi\u202eyaml.txt.bigcommerce.connection.yaml',
};

/** Each name as the terminal should show it. */
const shown: Record<keyof typeof names, string> = {
  osc: 'esc\\x1b]0;pwned\\x07\\x1b[31m.bigcommerce.connection.yaml',
  newline: 'line\\n::warning::spoofed\\n.bigcommerce.connection.yaml',
  leading: '\\x3a:error::lead.bigcommerce.connection.yaml',
  legacy: 'x#\\x23[stop-commands]tok.bigcommerce.connection.yaml',
  c1bidi: 'c1\\x9b2J bidi\\u202eyaml.txt.bigcommerce.connection.yaml',
};

/** A quoted key that holds CSI, a newline with `::`, a bidi override and an 8-bit CSI, as the schema rule shows it. */
const hostileKeyShown = 'key\\x1b[31m\\n::warning::injected\\u202e\\x9b2J';
const content =
  'name: Hostile\nstoreHash: ci4bzn8adz\nauthType: custom\naccessToken: ${T}\n' +
  '"key\\e[31m\\n::warning::injected\\u202e\\x9b2J": 1\n' +
  'scopes:\n  storefrontApiTokens: manage\n  storefrontApiCustomerImpersonationTokens: manage\n';

function hostileFolder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-inert-'));
  for (const name of Object.values(names)) writeFileSync(path.join(root, name), content);
  return root;
}

const lintArgs = ['--today', '2026-11-22'];
/** What a terminal acts on: every C0 but the line break, DEL, C1, and bidi / line-separator controls. */
const actionable = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Lines the Actions runner reads as workflow commands: `::` first (after blanks), or `##[` anywhere. */
const commandLike = (line: string) => line.trimStart().startsWith('::') || line.includes('##[');

test('stylish shows control characters in names and messages as visible escapes, and starts no workflow command', () => {
  const root = hostileFolder();
  const run = runCli(lintArgs, { cwd: root });
  assert.equal(run.status, 1, run.stderr);
  assert.doesNotMatch(run.stdout, actionable);
  const lines = run.stdout.split('\n');
  assert.deepEqual(lines.filter(commandLike), []);
  // Each file heading on one line of its own, shown escaped, then its one finding.
  for (const key of Object.keys(names) as Array<keyof typeof names>) {
    const heading = lines.indexOf(shown[key]);
    assert.notEqual(heading, -1, `no heading ${shown[key]} in\n${run.stdout}`);
    assert.equal(lines[heading + 1], `  5:1  error    unknown key \`${hostileKeyShown}\`.  schema`);
    assert.equal(lines[heading + 2], '');
  }
  assert.match(run.stdout, /\u2716 5 problems \(5 errors, 0 warnings\)/);
  assert.equal(lines.length, 5 * 3 + 1 + 3 + 1, 'no extra line from a raw line break');
});

test('stylish in colour: the only escape sequences are its own colours', () => {
  const root = hostileFolder();
  const colour = runCli([...lintArgs, '--color'], { cwd: root });
  const plain = runCli(lintArgs, { cwd: root });
  const sgr = /\u001b\[\d+m/g;
  assert.match(colour.stdout, sgr);
  const withoutColours = colour.stdout.replace(sgr, '');
  assert.doesNotMatch(withoutColours, actionable);
  assert.equal(withoutColours, plain.stdout);
});

test('--format github: one command per finding, names exact in the file property, nothing raw in the message', () => {
  const root = hostileFolder();
  const run = runCli(['--format', 'github', ...lintArgs], { cwd: root });
  assert.equal(run.status, 1, run.stderr);
  assert.doesNotMatch(run.stdout, actionable);
  const lines = run.stdout.split('\n');
  assert.equal(lines.pop(), '');
  assert.equal(lines.length, 5);
  const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const files = lines.map((line) => {
    const match = /^::error ([^:]*)::(.*)$/.exec(line);
    assert.ok(match, `not one annotation command: ${JSON.stringify(line)}`);
    assert.equal(match[2], `unknown key \`${hostileKeyShown.replace(/%/g, '%25')}\`.`);
    const properties = Object.fromEntries(match[1]!.split(',').map((pair) => pair.split('=') as [string, string]));
    assert.equal(properties.title, 'schema');
    return unescape(properties.file!);
  });
  // Line breaks survive the runner's escaping, so the annotation lands on the file; other controls are shown.
  assert.deepEqual(files.sort(), [names.leading, shown.c1bidi, shown.osc, names.newline, names.legacy].sort());
});

test('--format json and sarif: the same values, with every control character JSON-escaped', () => {
  const root = hostileFolder();
  const json = runCli(['--format', 'json', ...lintArgs], { cwd: root });
  assert.doesNotMatch(json.stdout.trimEnd(), actionable);
  assert.doesNotMatch(json.stdout.trimEnd(), /\n/);
  const results = JSON.parse(json.stdout) as JsonResult[];
  assert.deepEqual(results.map((result) => path.basename(result.filePath)).sort(), Object.values(names).sort());
  // Messages quote names escaped already (model/display.ts), so JSON and SARIF show the same visible escapes.
  for (const result of results) assert.equal(result.messages[0]!.message, `unknown key \`${hostileKeyShown}\`.`);

  const sarif = runCli(['--format', 'sarif', ...lintArgs], { cwd: root });
  assert.doesNotMatch(sarif.stdout, actionable);
  const log = JSON.parse(sarif.stdout) as {
    runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
  };
  const sarifResults = log.runs[0]!.results;
  assert.equal(sarifResults.length, 5);
  for (const result of sarifResults) assert.equal(result.message.text, `unknown key \`${hostileKeyShown}\`.`);
  assert.deepEqual(
    sarifResults.map((result) => decodeURIComponent(result.locations[0]!.physicalLocation.artifactLocation.uri)).sort(),
    Object.values(names).sort(),
  );
});
