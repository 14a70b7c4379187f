import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { rightSideLines } from '../../src/action/diff-hunks.js';
import { makeRepo } from './harness.js';

/** The hunks of `git diff` between two versions of a file, as the files endpoint's `patch` holds them. */
function gitPatch(before: string, after: string): string {
  const repo = makeRepo({ 'f.yaml': before });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  writeFileSync(path.join(repo, 'f.yaml'), after);
  return git('diff', '--', 'f.yaml')
    .replace(/^[\s\S]*?(?=^@@)/m, '')
    .replace(/\n$/, '');
}

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}`);

test('git hunks: added lines, context lines and separate hunks on the right side', () => {
  const before = numbered(30);
  const after = [...before];
  after[1] = 'changed 2';
  after.splice(20, 1, 'changed 21a', 'changed 21b');
  const lines = rightSideLines(gitPatch(before.join('\n') + '\n', after.join('\n') + '\n'));
  const added = [...lines].filter(([, line]) => line.added).map(([n, line]) => [n, line.content, line.hunk]);
  assert.deepEqual(added, [
    [2, 'changed 2', 0],
    [21, 'changed 21a', 1],
    [22, 'changed 21b', 1],
  ]);
  // Three lines of context around each change; line 10 is in no hunk.
  assert.deepEqual(lines.get(5), { content: 'line 5', added: false, hunk: 0 });
  assert.equal(lines.get(10), undefined);
  assert.deepEqual(lines.get(25), { content: 'line 24', added: false, hunk: 1 });
  for (const [number, line] of lines) assert.equal(line.content, after[number - 1]);
});

test('a new file, a missing final newline, an empty context line', () => {
  assert.deepEqual(
    [...rightSideLines(gitPatch('', 'a: 1\nb: 2'))],
    [
      [1, { content: 'a: 1', added: true, hunk: 0 }],
      [2, { content: 'b: 2', added: true, hunk: 0 }],
    ],
  );
  const lines = rightSideLines(gitPatch('a: 1\n\nb: 2\n', 'a: 1\n\nb: 3'));
  assert.deepEqual(lines.get(2), { content: '', added: false, hunk: 0 });
  assert.deepEqual(lines.get(3), { content: 'b: 3', added: true, hunk: 0 });
  assert.equal(lines.size, 3);
});

test('text that is not a diff gives no lines; a cut-off hunk keeps what it read', () => {
  assert.equal(rightSideLines('Binary files differ').size, 0);
  assert.deepEqual(
    [...rightSideLines('@@ -1,2 +1,3 @@\n a\n+b')],
    [
      [1, { content: 'a', added: false, hunk: 0 }],
      [2, { content: 'b', added: true, hunk: 0 }],
    ],
  );
});
