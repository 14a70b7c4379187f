// Hostile input through the built CLI: what file discovery may meet in a project folder.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { connection } from '../helpers.js';
import { assertEndedCleanly, expectHostileFileHandled, hostileFileName, hostileProject, lintProject, messagesByFile, type JsonMessage } from './hostile-run.js';

test('a folder named like a connection file is searched, not read as a file', async () => {
  const project = hostileProject(connection({ storeHash: 'stores/pq7rs2' }));
  const folder = path.join(project.root, 'x.bigcommerce.connection.yaml');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'inner.bigcommerce.connection.yaml'), connection({ authType: 'token', scopes: '<omit>' }));
  await expectHostileFileHandled(project, (messages) =>
    assert.deepEqual(
      messages.map((m) => m.ruleId),
      ['store-hash-format'],
    ),
  );

  const run = await lintProject(project);
  const byFile = messagesByFile(run);
  assert.deepEqual([...byFile.keys()].sort(), [
    'hostile.bigcommerce.connection.yaml',
    'inner.bigcommerce.connection.yaml',
    'normal.bigcommerce.connection.yaml',
  ]);
  assert.deepEqual(
    byFile.get('inner.bigcommerce.connection.yaml')?.map((m) => m.ruleId),
    ['no-token-auth'],
  );
  assert.doesNotMatch(run.stdout, /EISDIR/);
});

test('an unreadable file is reported as such and the other files are still linted', async () => {
  const project = hostileProject(connection());
  chmodSync(project.hostileFile, 0o000);
  // Root reads anything: respectFileModes makes the mode-000 file give the CLI a real EACCES, as root too.
  const run = await lintProject(project, [], { respectFileModes: true });
  assertEndedCleanly(run);
  assert.equal(run.status, 1);
  const byFile = messagesByFile(run);
  assert.deepEqual(
    byFile.get('normal.bigcommerce.connection.yaml')?.map((m) => m.ruleId),
    ['token-type'],
  );
  const [message, ...rest] = byFile.get(hostileFileName) ?? [];
  assert.deepEqual(rest, []);
  assert.equal(message?.ruleId, null);
  assert.match(message!.message, /cannot read the file \(EACCES\)/);
});

test('symlink loops during discovery: every file is linted once, under its own path, and --fix writes it once', async () => {
  const fixable = connection({ storeHash: 'stores/pq7rs2' });
  const project = hostileProject(fixable);
  mkdirSync(path.join(project.root, 'nested'));
  mkdirSync(path.join(project.root, 'a'));
  mkdirSync(path.join(project.root, 'b'));
  writeFileSync(path.join(project.root, 'b', 'inner.bigcommerce.connection.yaml'), fixable);
  symlinkSync('.', path.join(project.root, 'loop')); // the folder itself
  symlinkSync('..', path.join(project.root, 'nested', 'back')); // its parent
  symlinkSync('../b', path.join(project.root, 'a', 'to-b')); // two folders that link to each other
  symlinkSync('../a', path.join(project.root, 'b', 'to-a'));

  const run = await lintProject(project);
  assertEndedCleanly(run);
  assert.equal(run.status, 1);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: JsonMessage[] }[];
  assert.deepEqual(
    results.map((result) => [path.relative(project.root, result.filePath), result.messages.map((m) => m.ruleId)]),
    [
      [path.join('b', 'inner.bigcommerce.connection.yaml'), ['store-hash-format']],
      [hostileFileName, ['store-hash-format']],
      ['normal.bigcommerce.connection.yaml', ['token-type']],
    ],
  );

  // Fixing the same file through several paths at once raced on its temporary file: internal error, exit 2.
  const fix = await lintProject(project, ['--fix']);
  assertEndedCleanly(fix);
  assert.equal(fix.stderr, '');
  assert.equal(fix.status, 1); // the token-type error is not fixable
  const fixed = fixable.replace('stores/pq7rs2', 'pq7rs2');
  assert.equal(readFileSync(project.hostileFile, 'utf8'), fixed);
  assert.equal(readFileSync(path.join(project.root, 'b', 'inner.bigcommerce.connection.yaml'), 'utf8'), fixed);
  assert.deepEqual(
    readdirSync(project.root).filter((name) => name.includes('bc-lint-fix')),
    [],
  );
});
