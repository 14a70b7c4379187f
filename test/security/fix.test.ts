// --fix changes nothing it should not: anchors and aliases, YAML 1.1 readings, read-only files, links, hard links,
// mode and owner, files changed during the run, unwritable folders. Through the built CLI on fresh temporary
// projects; the writer's check for a file changed during the run is tested directly, with a hook (see below).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { parse, parseDocument } from 'yaml';
import { readWorkspaceFile } from '../../src/files/read-file.js';
import { changedSince, writeFixedFile, type ReadState } from '../../src/files/write-file.js';
import { cliPath, connection, defaultToday, runCli, type JsonResult } from '../helpers.js';

const isRoot = process.getuid?.() === 0;
const nobody = 65534;

const created: string[] = [];
after(() => {
  for (const folder of created) rmSync(folder, { recursive: true, force: true });
});

/** A project folder holding the given files (name -> content). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-fix-safety-'));
  created.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** Runs --fix as a user would; as another user (uid and its group) when asked, which runCli cannot do. */
function fix(root: string, options: { status?: number; user?: number } = {}) {
  const args = [cliPath, '--fix', '--format', 'json', '--today', defaultToday];
  const spawned = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    ...(options.user !== undefined ? { uid: options.user, gid: options.user } : {}),
  });
  const run = { status: spawned.status, stdout: spawned.stdout, stderr: spawned.stderr };
  assert.equal(run.stderr, '');
  assert.equal(run.status, options.status ?? 1, run.stdout); // never exit 2: a file that cannot be written is a finding
  const results = JSON.parse(run.stdout) as JsonResult[];
  return new Map(results.map((result) => [path.relative(root, result.filePath), result.messages]));
}

const read = (root: string, name: string) => readFileSync(path.join(root, name), 'utf8');
const leftovers = (folder: string) => readdirSync(folder).filter((name) => name.includes('bc-lint-fix'));

const fixableHash = connection({ storeHash: 'https://api.bigcommerce.com/stores/pq7rs2/v3/' });
const fixedHash = fixableHash.replace('https://api.bigcommerce.com/stores/pq7rs2/v3/', 'pq7rs2');

test('a value that is an anchor or comes through an alias is not fixed, and the finding says why', () => {
  const anchored = connection({ storeHash: '&a https://api.bigcommerce.com/stores/pq7rs2/v3/', apiPath: '*a' });
  const aliased = connection({ storeHash: '<omit>', apiPath: '&p https://api.bigcommerce.com/stores/pq7rs2/v3/' }) + 'storeHash: *p\n';
  const inAnchoredScope = 'base: &conn\n  x: 1\n' + connection({ storeHash: 'stores/pq7rs2' });
  const root = project({
    'anchored.bigcommerce.connection.yaml': anchored,
    'aliased.bigcommerce.connection.yaml': aliased,
    'plain.bigcommerce.connection.yaml': inAnchoredScope,
  });
  const files = fix(root);

  assert.equal(read(root, 'anchored.bigcommerce.connection.yaml'), anchored, 'apiPath, an alias of the anchor, would have changed');
  const [anchorFinding] = files.get('anchored.bigcommerce.connection.yaml')!.filter((m) => m.ruleId === 'store-hash-format');
  assert.equal(anchorFinding?.fix, undefined);
  assert.match(anchorFinding!.message, /Not fixed automatically: the value is the anchor &a, shared with its aliases/);

  assert.equal(read(root, 'aliased.bigcommerce.connection.yaml'), aliased);
  const [aliasFinding] = files.get('aliased.bigcommerce.connection.yaml')!.filter((m) => m.ruleId === 'store-hash-format');
  assert.equal(aliasFinding?.fix, undefined);
  assert.match(aliasFinding!.message, /Not fixed automatically: the value comes through the alias \*p; change it where &p is defined/);

  // An anchor elsewhere in the file does not stop a fix of an unshared value.
  assert.equal(read(root, 'plain.bigcommerce.connection.yaml'), inAnchoredScope.replace('stores/pq7rs2', 'pq7rs2'));
});

test('fixed values read back as the same string under YAML 1.1 and 1.2', () => {
  // Each is a fix result that a plain scalar would turn into a boolean, null or number under one of the versions.
  const subdomains = ['yes', 'no', 'on', 'off', 'y', 'n', 'true', 'null'];
  const hashes = ['0b1010', '0x1f', '0o17', '123', '1e3', '0777', 'pq7rs2'];
  const files: Record<string, string> = {};
  for (const word of subdomains) {
    files[`sub-${word}.bigcommerce.connection.yaml`] = '%YAML 1.1\n---\n' + connection({ subdomain: `https://${word}.mybigcommerce.com/` });
  }
  for (const hash of hashes) {
    files[`hash-${hash}.bigcommerce.connection.yaml`] = '%YAML 1.1\n---\n' + connection({ storeHash: `stores/${hash}` });
    files[`hash12-${hash}.bigcommerce.connection.yaml`] = connection({ storeHash: `stores/${hash}` });
  }
  const root = project(files);
  const run = runCli(['--fix', '--today', defaultToday], { cwd: root });
  assert.equal(run.stderr, '');

  const expectString = (name: string, key: string, expected: string) => {
    const text = read(root, name);
    assert.doesNotMatch(text, /stores\/|mybigcommerce/, `${name} was fixed`);
    assert.equal(parseDocument(text).get(key), expected, `${name} as written (its %YAML directive, if any)`);
    const body = text.replace('%YAML 1.1\n---\n', '');
    for (const version of ['1.1', '1.2'] as const) {
      assert.equal((parse(body, { version }) as Record<string, unknown>)[key], expected, `${name} read as YAML ${version}`);
    }
  };
  for (const word of subdomains) expectString(`sub-${word}.bigcommerce.connection.yaml`, 'subdomain', word);
  for (const hash of hashes) {
    expectString(`hash-${hash}.bigcommerce.connection.yaml`, 'storeHash', hash);
    expectString(`hash12-${hash}.bigcommerce.connection.yaml`, 'storeHash', hash);
  }
  // A safe word stays plain: the fix keeps the file's style where it can.
  assert.match(read(root, 'hash-pq7rs2.bigcommerce.connection.yaml'), /^storeHash: pq7rs2$/m);
  assert.match(read(root, 'sub-yes.bigcommerce.connection.yaml'), /^subdomain: 'yes'$/m);
});

test('read-only files, symbolic links and hard-linked files are reported and left alone; the other files are fixed', () => {
  const root = project({
    'readonly.bigcommerce.connection.yaml': fixableHash,
    'target.yaml': fixableHash,
    'hard.bigcommerce.connection.yaml': fixableHash,
    'normal.bigcommerce.connection.yaml': fixableHash,
  });
  chmodSync(path.join(root, 'readonly.bigcommerce.connection.yaml'), 0o444); // root could still write it: the mode bits decide
  symlinkSync('target.yaml', path.join(root, 'link.bigcommerce.connection.yaml'));
  linkSync(path.join(root, 'hard.bigcommerce.connection.yaml'), path.join(root, 'hard-copy.yaml'));

  const files = fix(root);
  const expectLeftAlone = (name: string, why: RegExp) => {
    const [first, ...rest] = files.get(name) ?? [];
    assert.equal(first?.ruleId, null, name);
    assert.equal(first!.severity, 2);
    assert.equal(first!.fatal, undefined, 'a refused write is not a parse failure');
    assert.match(first!.message, why);
    // The file still has its finding, with its fix, since nothing was written.
    assert.deepEqual(
      rest.map((m) => [m.ruleId, m.fix?.text]),
      [['store-hash-format', 'pq7rs2']],
    );
  };
  expectLeftAlone('readonly.bigcommerce.connection.yaml', /^--fix did not rewrite the file: it is read-only \(mode 444\)\.$/);
  expectLeftAlone('link.bigcommerce.connection.yaml', /^--fix did not rewrite the file: it is a symbolic link; fix the file it points to instead\.$/);
  expectLeftAlone('hard.bigcommerce.connection.yaml', /^--fix did not rewrite the file: it has 2 hard links, and rewriting it would separate them\.$/);

  assert.equal(read(root, 'readonly.bigcommerce.connection.yaml'), fixableHash);
  assert.equal(statSync(path.join(root, 'readonly.bigcommerce.connection.yaml')).mode & 0o777, 0o444);
  assert.equal(read(root, 'target.yaml'), fixableHash);
  assert.ok(statSync(path.join(root, 'link.bigcommerce.connection.yaml'), { throwIfNoEntry: false }));
  assert.equal(read(root, 'hard.bigcommerce.connection.yaml'), fixableHash);
  assert.equal(statSync(path.join(root, 'hard.bigcommerce.connection.yaml')).ino, statSync(path.join(root, 'hard-copy.yaml')).ino);
  assert.deepEqual(files.get('normal.bigcommerce.connection.yaml'), []);
  assert.equal(read(root, 'normal.bigcommerce.connection.yaml'), fixedHash);
  assert.deepEqual(leftovers(root), []);
});

test('a rewritten file keeps its mode, and its owner and group when run as root', () => {
  const root = project({ 'kept.bigcommerce.connection.yaml': fixableHash });
  const file = path.join(root, 'kept.bigcommerce.connection.yaml');
  chmodSync(file, 0o640);
  if (isRoot) chownSync(file, nobody, nobody);
  const before = statSync(file);
  fix(root, { status: 0 });
  const after = statSync(file);
  assert.equal(read(root, 'kept.bigcommerce.connection.yaml'), fixedHash);
  assert.notEqual(after.ino, before.ino, 'replaced by rename, not written in place');
  assert.equal(after.mode & 0o7777, 0o640);
  assert.equal(after.uid, before.uid);
  assert.equal(after.gid, before.gid);
  if (isRoot) assert.equal(after.uid, nobody);
});

test('a folder where the fixed file cannot be written is reported on that file, and the run goes on (exit 1, not 2)', () => {
  const root = project({ 'locked/a.bigcommerce.connection.yaml': fixableHash, 'open/b.bigcommerce.connection.yaml': fixableHash });
  const locked = path.join(root, 'locked');
  const lockedFile = path.join(locked, 'a.bigcommerce.connection.yaml');
  let uid: number | undefined;
  if (isRoot) {
    // Root writes any folder, so run as nobody: the file is nobody's and writable, its folder is root's.
    chmodSync(root, 0o755);
    chownSync(path.join(root, 'open'), nobody, nobody);
    chownSync(path.join(root, 'open', 'b.bigcommerce.connection.yaml'), nobody, nobody);
    chownSync(lockedFile, nobody, nobody);
    chmodSync(locked, 0o755);
    uid = nobody;
  } else {
    chmodSync(locked, 0o555);
  }
  try {
    const files = fix(root, uid !== undefined ? { user: uid } : {});
    const [first, ...rest] = files.get(path.join('locked', 'a.bigcommerce.connection.yaml')) ?? [];
    assert.equal(first?.ruleId, null);
    assert.match(first!.message, /^--fix could not rewrite the file \(EACCES\); it was left unchanged\.$/);
    assert.deepEqual(
      rest.map((m) => m.ruleId),
      ['store-hash-format'],
    );
    assert.equal(readFileSync(lockedFile, 'utf8'), fixableHash);
    assert.deepEqual(files.get(path.join('open', 'b.bigcommerce.connection.yaml')), []);
    assert.equal(read(root, 'open/b.bigcommerce.connection.yaml'), fixedHash);
  } finally {
    chmodSync(locked, 0o755);
  }
});

// A file edited between bc-lint's read and its rename cannot be timed from outside the CLI, so the writer is called
// directly, with a hook that runs after the temporary file is written and before the check and the rename.
function readState(file: string): ReadState {
  const result = readWorkspaceFile(file);
  assert.ok(result.ok);
  return { bytes: result.bytes, stats: result.stats };
}

test('the writer does not overwrite a file saved while bc-lint was fixing it, and leaves no temporary file', () => {
  const root = project({ 'x.bigcommerce.connection.yaml': fixableHash });
  const file = path.join(root, 'x.bigcommerce.connection.yaml');
  const state = readState(file);
  const edited = fixableHash.replace('Test connection', 'Edited meanwhile');
  const problem = writeFixedFile(file, state, fixedHash, { beforeReplace: () => writeFileSync(file, edited) });
  assert.equal(problem, '--fix did not rewrite the file: it changed after bc-lint read it; run bc-lint --fix again.');
  assert.equal(readFileSync(file, 'utf8'), edited);
  assert.deepEqual(leftovers(root), []);
});

test('changedSince sees a same-size edit with the modification time put back, and a replaced file', () => {
  const root = project({ 'x.bigcommerce.connection.yaml': fixableHash });
  const file = path.join(root, 'x.bigcommerce.connection.yaml');
  const wholeSecond = 1_700_000_000;
  utimesSync(file, wholeSecond, wholeSecond);
  const state = readState(file);
  assert.equal(changedSince(file, state), false);
  writeFileSync(file, fixableHash.replace('pq7rs2', 'abc124'));
  utimesSync(file, wholeSecond, wholeSecond);
  assert.equal(statSync(file).mtimeMs, state.stats.mtimeMs);
  assert.equal(changedSince(file, state), true, 'same size and time, other bytes');
  writeFileSync(path.join(root, 'y'), fixableHash);
  const replaced = readState(path.join(root, 'y'));
  assert.equal(changedSince(file, { ...replaced, bytes: state.bytes }), true, 'another inode');
});

test('the temporary file has an unpredictable name and is created beside the target', () => {
  const root = project({ 'x.bigcommerce.connection.yaml': fixableHash });
  const file = path.join(root, 'x.bigcommerce.connection.yaml');
  const names: string[] = [];
  for (const content of [fixedHash, fixableHash]) {
    const problem = writeFixedFile(file, readState(file), content, { beforeReplace: (temporary) => names.push(temporary) });
    assert.equal(problem, undefined);
    assert.equal(readFileSync(file, 'utf8'), content);
  }
  assert.equal(names.length, 2);
  for (const name of names) {
    assert.equal(path.dirname(name), root);
    assert.match(path.basename(name), /^\.x\.bigcommerce\.connection\.yaml\.[0-9a-f]{16}\.bc-lint-fix\.tmp$/);
  }
  assert.notEqual(names[0], names[1]);
  assert.deepEqual(leftovers(root), []);
});
