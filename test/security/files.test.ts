// The workspace is the boundary: what the built CLI and the Action may read. Hostile links and special files in
// fresh temporary projects; every run is bounded by the hang guard of runCliMeasured.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { runAction } from '../action/harness.js';
import { connection, defaultToday, type JsonResult } from '../helpers.js';
import { assertEndedCleanly, runCliMeasured, type MeasuredRun } from '../hostile/hostile-run.js';

/** What a checkout's .git/config holds after actions/checkout: the token, base64 in an HTTP header. */
const gitCredential = 'eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldFRva2VuRnJvbUNoZWNrb3V0';
const gitConfig = `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${gitCredential}\n`;
const outsideMarker = 'OutsideTheWorkspace-7f3a9c';

const outsideMessage = /^the file is a symbolic link to a path outside the workspace; it was not read$/;
const gitMessage = /^the file is a symbolic link into a \.git folder; it was not read$/;

const created: string[] = [];
after(() => {
  for (const folder of created) rmSync(folder, { recursive: true, force: true });
});

/** A project with a checkout's .git/config, one ordinary connection file (one token-type error) and a folder beside it. */
function project(): { root: string; outside: string } {
  const parent = mkdtempSync(path.join(tmpdir(), 'bc-lint-boundary-'));
  created.push(parent);
  const root = path.join(parent, 'repo');
  const outside = path.join(parent, 'outside');
  mkdirSync(path.join(root, '.git'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(root, '.git', 'config'), gitConfig);
  writeFileSync(path.join(root, 'normal.bigcommerce.connection.yaml'), connection({ tokenType: 'stencil-cli' }));
  writeFileSync(path.join(outside, 'secret.yaml'), `name: ${outsideMarker}\nclientSecret: ${outsideMarker}\n`);
  return { root, outside };
}

function lint(root: string, args: string[]): Promise<MeasuredRun> {
  return runCliMeasured(['--format', 'json', '--today', defaultToday, ...args], { cwd: root });
}

/** Messages by path relative to root. */
function byFile(run: MeasuredRun, root: string): Map<string, JsonResult['messages']> {
  const results = JSON.parse(run.stdout) as JsonResult[];
  return new Map(results.map((result) => [path.relative(root, result.filePath), result.messages]));
}

function expectRefused(messages: JsonResult['messages'] | undefined, message: RegExp): void {
  assert.ok(messages, 'the file is reported');
  assert.equal(messages.length, 1, JSON.stringify(messages));
  assert.equal(messages[0]!.ruleId, null);
  assert.equal(messages[0]!.fatal, true);
  assert.match(messages[0]!.message, message);
}

function assertNothingLeaked(text: string): void {
  assert.doesNotMatch(text, /AUTHORIZATION|extraheader|repositoryformatversion/i);
  assert.ok(!text.includes(gitCredential), 'the credential from .git/config was printed');
  assert.ok(!text.includes(outsideMarker), 'content from outside the workspace was printed');
  assert.doesNotMatch(text, /root:x?:0:0|\/bin\/(ba)?sh/, '/etc/passwd was printed');
}

test('links out of the workspace, into .git, to / and to /dev/zero are reported and never read, in a search', async () => {
  const { root } = project();
  symlinkSync('.git/config', path.join(root, 'git.bigcommerce.connection.yaml'));
  symlinkSync('/etc/passwd', path.join(root, 'passwd.bigcommerce.connection.yaml'));
  symlinkSync('../outside/secret.yaml', path.join(root, 'outside.bigcommerce.connection.yaml'));
  symlinkSync('/', path.join(root, 'root.bigcommerce.connection.yaml'));
  symlinkSync('/dev/zero', path.join(root, 'zero.bigcommerce.connection.yaml'));
  symlinkSync('/', path.join(root, 'whole-disk')); // a folder link: a search must not walk it
  symlinkSync('../outside', path.join(root, 'outside-folder'));

  const run = await lint(root, []);
  assertEndedCleanly(run);
  assert.equal(run.status, 1);
  assert.equal(run.stderr, '');
  assertNothingLeaked(run.stdout);
  const files = byFile(run, root);
  assert.deepEqual(
    [...files.keys()],
    [
      'git.bigcommerce.connection.yaml',
      'normal.bigcommerce.connection.yaml',
      'outside.bigcommerce.connection.yaml',
      'passwd.bigcommerce.connection.yaml',
      'root.bigcommerce.connection.yaml',
      'zero.bigcommerce.connection.yaml',
    ],
    'nothing found through the folder links',
  );
  expectRefused(files.get('git.bigcommerce.connection.yaml'), gitMessage);
  for (const name of ['passwd', 'outside', 'root', 'zero']) expectRefused(files.get(`${name}.bigcommerce.connection.yaml`), outsideMessage);
  assert.deepEqual(
    files.get('normal.bigcommerce.connection.yaml')?.map((m) => m.ruleId),
    ['token-type'],
  );
});

test('the same links named on the command line (as pre-commit and the Action pass them) and matched by a glob are refused', async () => {
  const { root } = project();
  symlinkSync('.git/config', path.join(root, 'git.bigcommerce.connection.yaml'));
  symlinkSync('../outside/secret.yaml', path.join(root, 'outside.bigcommerce.connection.yaml'));
  symlinkSync('/', path.join(root, 'root.bigcommerce.connection.yaml'));
  // A link to the .git folder, then a file below it: reached through a link, still refused.
  writeFileSync(path.join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  symlinkSync('.git', path.join(root, 'dotgit'));

  /** Each link, named or matched by a glob, is refused without being read. */
  const refusedLinks = async (targets: string[]) => {
    const run = await lint(root, targets);
    assertEndedCleanly(run);
    assertNothingLeaked(run.stdout);
    const files = byFile(run, root);
    expectRefused(files.get('git.bigcommerce.connection.yaml'), gitMessage);
    expectRefused(files.get('outside.bigcommerce.connection.yaml'), outsideMessage);
    expectRefused(files.get('root.bigcommerce.connection.yaml'), outsideMessage);
    return files;
  };
  const named = await refusedLinks([
    '--',
    'git.bigcommerce.connection.yaml',
    'outside.bigcommerce.connection.yaml',
    'root.bigcommerce.connection.yaml',
    'dotgit/HEAD',
  ]);
  expectRefused(named.get(path.join('dotgit', 'HEAD')), /^the file is reached through a symbolic link into a \.git folder; it was not read$/);
  await refusedLinks(['*.yaml']);
});

test('links that stay inside the workspace are followed, and a path named outside it is linted but its links are held to its folder', async () => {
  const { root, outside } = project();
  mkdirSync(path.join(root, 'shared'));
  writeFileSync(path.join(root, 'shared', 'base.yaml'), connection({ storeHash: 'stores/pq7rs2' }));
  symlinkSync('shared/base.yaml', path.join(root, 'linked.bigcommerce.connection.yaml'));
  const inside = await lint(root, []);
  assertEndedCleanly(inside);
  assert.deepEqual(
    byFile(inside, root)
      .get('linked.bigcommerce.connection.yaml')
      ?.map((m) => m.ruleId),
    ['store-hash-format'],
  );

  // As ESLint does, a file the user names outside the working folder is linted...
  writeFileSync(path.join(outside, 'other.bigcommerce.connection.yaml'), connection({ tokenType: 'stencil-cli' }));
  // ...but a link in that folder that leaves it (here into the repository's .git) is not followed.
  symlinkSync(path.join(root, '.git', 'config'), path.join(outside, 'escape.bigcommerce.connection.yaml'));
  const named = await lint(root, [path.join(outside, 'other.bigcommerce.connection.yaml'), outside]);
  assertEndedCleanly(named);
  assertNothingLeaked(named.stdout);
  const files = byFile(named, outside);
  assert.deepEqual(
    files.get('other.bigcommerce.connection.yaml')?.map((m) => m.ruleId),
    ['token-type'],
  );
  expectRefused(files.get('escape.bigcommerce.connection.yaml'), outsideMessage);
});

test('a FIFO, a socket and a device named on the command line are refused at once, never opened for reading', async () => {
  const { root } = project();
  execFileSync('mkfifo', [path.join(root, 'pipe.bigcommerce.connection.yaml')]);
  const socketPath = path.join(root, 'socket.bigcommerce.connection.yaml');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  try {
    // Nothing ever writes to the FIFO: a read would wait for ever (the hang guard would then fail the test).
    const named = await lint(root, [
      'pipe.bigcommerce.connection.yaml',
      'socket.bigcommerce.connection.yaml',
      '/dev/zero',
      'normal.bigcommerce.connection.yaml',
    ]);
    assertEndedCleanly(named);
    assert.equal(named.status, 1);
    const files = byFile(named, root);
    expectRefused(files.get('pipe.bigcommerce.connection.yaml'), /^the file is a named pipe \(FIFO\), not a regular file; it was not read$/);
    expectRefused(files.get('socket.bigcommerce.connection.yaml'), /^the file is a socket, not a regular file; it was not read$/);
    expectRefused(files.get(path.relative(root, '/dev/zero')), /^the file is a character device, not a regular file; it was not read$/);
    assert.deepEqual(
      files.get('normal.bigcommerce.connection.yaml')?.map((m) => m.ruleId),
      ['token-type'],
    );

    // Found by a search, the same.
    const searched = await lint(root, []);
    assertEndedCleanly(searched);
    const found = byFile(searched, root);
    expectRefused(found.get('pipe.bigcommerce.connection.yaml'), /named pipe \(FIFO\)/);
    expectRefused(found.get('socket.bigcommerce.connection.yaml'), /a socket/);
  } finally {
    server.close();
  }
});

test('the Action does not read a committed link to .git/config: nothing of it in the log, annotations, summary or SARIF', async () => {
  const { root } = project();
  symlinkSync('.git/config', path.join(root, 'leak.bigcommerce.connection.yaml'));
  symlinkSync('/dev/zero', path.join(root, 'zero.bigcommerce.connection.yaml'));
  const run = await runAction({ workspace: root, inputs: { today: defaultToday, 'sarif-file': 'bc-lint.sarif' } });
  const sarif = readFileSync(path.join(root, 'bc-lint.sarif'), 'utf8');
  for (const output of [run.stdout, run.stderr, run.summary, run.outputFile, sarif]) assertNothingLeaked(output);
  assert.equal(run.status, 1, run.stdout);
  // Each refused file is named in an annotation, with why.
  assert.match(run.stdout, /::error [^\n]*file=leak\.bigcommerce\.connection\.yaml,[^\n]*::the file is a symbolic link into a \.git folder; it was not read/);
  assert.match(
    run.stdout,
    /::error [^\n]*file=zero\.bigcommerce\.connection\.yaml,[^\n]*::the file is a symbolic link to a path outside the workspace; it was not read/,
  );
  assert.equal(run.outputs.files, '3');
});
