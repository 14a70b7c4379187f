// The credential search reads the first bytes of every *.txt it finds (issue #13): regular files found on a path
// with no link are read without resolving it, so these check that links, link folders and FIFOs found by the
// search are still never read, also when a folder is searched through a link.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { download } from '../credentials/fixtures.js';
import { defaultToday, type JsonResult } from '../helpers.js';
import { assertEndedCleanly, runCliMeasured } from '../hostile/hostile-run.js';

const outsideToken = 'o1u2t3s4i5d6e7t8o9k0e1n2o3u4t5s';
const outsideDownload = `ACCESS TOKEN: ${outsideToken}\nCLIENT ID: k3j4h5g6f7d8s9a0p1o2i3u4y5t6r7e\n`;

const created: string[] = [];
after(() => {
  for (const folder of created) rmSync(folder, { recursive: true, force: true });
});

/** parent/repo with a committed download and hostile entries; parent/outside holding another download. */
function project(): { parent: string; root: string } {
  const parent = realpathSync(mkdtempSync(path.join(tmpdir(), 'bc-lint-credential-links-')));
  created.push(parent);
  const root = path.join(parent, 'repo');
  mkdirSync(path.join(root, 'docs'), { recursive: true });
  mkdirSync(path.join(parent, 'outside', 'logs'), { recursive: true });
  writeFileSync(path.join(parent, 'outside', 'api.txt'), outsideDownload);
  writeFileSync(path.join(parent, 'outside', 'logs', 'api.txt'), outsideDownload);
  writeFileSync(path.join(root, 'docs', 'api-account.txt'), download);
  symlinkSync('../outside/api.txt', path.join(root, 'linked.txt')); // a link to a file outside
  symlinkSync('../outside/logs', path.join(root, 'logs')); // a link to a folder outside
  symlinkSync('../../outside', path.join(root, 'docs', 'up.txt')); // a folder link named like a candidate
  execFileSync('mkfifo', [path.join(root, 'pipe.txt')]); // a read would wait for ever
  return { parent, root };
}

async function credentialFindings(cwd: string, args: string[] = []): Promise<{ output: string; files: Record<string, number> }> {
  const run = await runCliMeasured(['--format', 'json', '--today', defaultToday, ...args], { cwd });
  assertEndedCleanly(run);
  assert.equal(run.stderr, '');
  const results = JSON.parse(run.stdout) as JsonResult[];
  const files = Object.fromEntries(
    results.map((result) => [path.relative(cwd, result.filePath), result.messages.filter((m) => m.ruleId === 'no-committed-credentials').length]),
  );
  return { output: run.stdout, files };
}

test('a search reads the committed download, never a linked file or folder outside, nor a FIFO named *.txt', async () => {
  const { root } = project();
  const { output, files } = await credentialFindings(root);
  assert.deepEqual(files, { 'docs/api-account.txt': 2 });
  assert.ok(!output.includes(outsideToken), 'a credential from outside the workspace was read');
});

test('below a folder link named as the argument (paths that hold a link), the same: only the download inside is read', async () => {
  const { root } = project();
  symlinkSync('../../outside/api.txt', path.join(root, 'docs', 'escape.txt'));
  symlinkSync('docs', path.join(root, 'docs-link'));
  for (const args of [['docs-link'], ['docs-link/*.txt']]) {
    const { output, files } = await credentialFindings(root, args);
    const expected: Record<string, number> = { 'docs-link/api-account.txt': 2 };
    // A glob names what it matches: the refused links are reported as unreadable connection files, not read.
    if (args[0]!.includes('*')) Object.assign(expected, { 'docs-link/escape.txt': 0, 'docs-link/up.txt': 0 });
    assert.deepEqual(files, expected, args.join(' '));
    assert.ok(!output.includes(outsideToken), 'a credential from outside the workspace was read');
  }
});
