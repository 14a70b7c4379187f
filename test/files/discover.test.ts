// Discovery's shortcut (issue #13): files a search finds as regular files on a path with no symbolic link are
// marked linkFree and read without resolving their path; everything else keeps the full link checks.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { discoverTargets, type LintTarget } from '../../src/files/discover.js';
import { readWorkspaceFile, sniffWorkspaceFile } from '../../src/files/read-file.js';

const created: string[] = [];
after(() => {
  for (const folder of created) rmSync(folder, { recursive: true, force: true });
});

/** parent/repo with a connection file, a .txt and a nested folder; parent/outside beside it. */
function project(): { parent: string; root: string; outside: string } {
  const parent = realpathSync(mkdtempSync(path.join(tmpdir(), 'bc-lint-discover-')));
  created.push(parent);
  const root = path.join(parent, 'repo');
  const outside = path.join(parent, 'outside');
  mkdirSync(path.join(root, 'docs', 'deep'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(root, 'a.bigcommerce.connection.yaml'), 'name: a\n');
  writeFileSync(path.join(root, 'docs', 'deep', 'notes.txt'), 'notes\n');
  writeFileSync(path.join(outside, 'far.txt'), 'NAME: x\nAPI PATH: y\n');
  return { parent, root, outside };
}

const byRelative = (targets: LintTarget[], root: string) =>
  Object.fromEntries(targets.map((target) => [path.relative(root, target.file), { linkFree: target.linkFree ?? false, credential: target.credential }]));

test('a search marks regular files linkFree, and links, named files and special files not', async () => {
  const { root, outside } = project();
  symlinkSync('docs/deep/notes.txt', path.join(root, 'link.txt'));
  symlinkSync(path.join(outside, 'far.txt'), path.join(root, 'far.txt'));
  symlinkSync(outside, path.join(root, 'outside-folder')); // never entered by a search
  execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);

  assert.deepEqual(byRelative(await discoverTargets([], root), root), {
    'a.bigcommerce.connection.yaml': { linkFree: true, credential: undefined },
    'docs/deep/notes.txt': { linkFree: true, credential: 'found' }, // link.txt leads here: one path per file
    'far.txt': { linkFree: false, credential: 'found' },
    'pipe.txt': { linkFree: false, credential: 'found' },
  });
  // Named on the command line: the full checks, whatever the file is.
  assert.deepEqual(byRelative(await discoverTargets(['docs/deep/notes.txt'], root), root), {
    'docs/deep/notes.txt': { linkFree: false, credential: 'named' },
  });
});

test('files below a folder reached through a link are not linkFree, and are found once under their real path', async () => {
  const { parent, root } = project();
  const viaLink = path.join(parent, 'repo-link');
  symlinkSync(root, viaLink);
  // The working folder itself through a link: every path holds a link, none is its own real path.
  assert.deepEqual(byRelative(await discoverTargets([], viaLink), viaLink), {
    'a.bigcommerce.connection.yaml': { linkFree: false, credential: undefined },
    'docs/deep/notes.txt': { linkFree: false, credential: 'found' },
  });
  // A folder link inside the workspace, searched beside the real folder: each file once, under its real path.
  symlinkSync('docs', path.join(root, 'docs-link'));
  const both = await discoverTargets(['.', 'docs-link'], root);
  assert.deepEqual(byRelative(both, root), {
    'a.bigcommerce.connection.yaml': { linkFree: true, credential: undefined },
    'docs/deep/notes.txt': { linkFree: true, credential: 'found' },
  });
  assert.deepEqual(byRelative(await discoverTargets(['docs-link'], root), root), {
    'docs-link/deep/notes.txt': { linkFree: false, credential: 'found' },
  });
});

test('a folder link inside the workspace that leads outside is not searched, and named is refused when read', async () => {
  const { root } = project();
  symlinkSync('../outside', path.join(root, 'escape'));
  assert.ok(!(await discoverTargets([], root)).some((target) => target.file.includes('far.txt')));
  const [named] = await discoverTargets(['escape'], root);
  assert.equal(named?.linkFree, undefined);
  const read = readWorkspaceFile(named!.file, named!.boundary, { prefixBytes: 4096, linkFree: named!.linkFree });
  assert.deepEqual(read, { ok: false, message: 'the file is a symbolic link to a path outside the workspace; it was not read' });
});

test('a linkFree read still refuses a link or a FIFO swapped in since the search, and reads at most the prefix', async () => {
  const { root, outside } = project();
  const notes = (await discoverTargets([], root)).find((target) => target.file.endsWith('notes.txt'));
  assert.equal(notes?.linkFree, true);
  const options = { prefixBytes: 4, linkFree: true };
  const read = readWorkspaceFile(notes!.file, notes!.boundary, options);
  assert.equal(read.ok && read.bytes.toString(), 'note');

  unlinkSync(notes!.file);
  symlinkSync(path.join(outside, 'far.txt'), notes!.file); // O_NOFOLLOW: the link is not followed
  assert.deepEqual(readWorkspaceFile(notes!.file, notes!.boundary, options), { ok: false, message: 'cannot read the file (ELOOP)' });

  unlinkSync(notes!.file);
  execFileSync('mkfifo', [notes!.file]); // O_NONBLOCK: opening does not wait for a writer; fstat refuses it
  assert.deepEqual(readWorkspaceFile(notes!.file, notes!.boundary, options), {
    ok: false,
    message: 'the file is a named pipe (FIFO), not a regular file; it was not read',
  });
});

test('a sniff reads at most the buffer into it, and refuses what readWorkspaceFile refuses with -1', async () => {
  const { root, outside } = project();
  const file = path.join(root, 'docs', 'deep', 'notes.txt');
  const buffer = Buffer.alloc(4);
  assert.equal(sniffWorkspaceFile(file, root, true, buffer), 4);
  assert.equal(buffer.toString(), 'note');
  assert.equal(sniffWorkspaceFile(file, root, false, Buffer.alloc(64)), 'notes\n'.length);

  symlinkSync(path.join(outside, 'far.txt'), path.join(root, 'far.txt'));
  assert.equal(sniffWorkspaceFile(path.join(root, 'far.txt'), root, false, buffer), -1); // a link out of the workspace
  assert.equal(sniffWorkspaceFile(path.join(root, 'far.txt'), root, true, buffer), -1); // O_NOFOLLOW
  execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
  assert.equal(sniffWorkspaceFile(path.join(root, 'pipe.txt'), root, false, buffer), -1);
  assert.equal(sniffWorkspaceFile(path.join(root, 'pipe.txt'), root, true, buffer), -1); // fstat: not a regular file
  assert.equal(sniffWorkspaceFile(path.join(root, 'docs'), root, true, buffer), -1); // a folder
});
