// The sarif-file input, run as the runner runs the Action: a path that would write outside the workspace, over a
// connection file or a linted file, or into a directory, fails the step before anything is written.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { connection } from '../helpers.js';
import { makeRepo, runAction, type ActionRun } from '../action/harness.js';

const today = '2026-11-22';
const broken = connection({ name: 'Broken', tokenType: 'stencil-cli' });
const config = 'name: Config linted by name\nstoreHash: ci4bzn8adz\nauthType: custom\naccessToken: ${T}\ntokenType: stencil-cli\n';

/** A checkout with a connection file that has a finding, and a YAML file linted through the files input. */
function checkout(): string {
  return makeRepo({ 'prod.bigcommerce.connection.yaml': broken, 'conf/store.yaml': config, 'reports/.keep': '' });
}

/** Asserts the step failed with exactly this reason, and nothing was reported or written first. */
function assertRefusedBeforeWriting(run: ActionRun, reason: RegExp): void {
  assert.equal(run.status, 1, run.stdout + run.stderr);
  const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
  assert.equal(commands.length, 1, `only the failure, no annotation or group first:\n${run.stdout}`);
  assert.match(commands[0]!, reason);
  assert.doesNotMatch(run.stdout + run.stderr, /EISDIR|ENOENT|\n\s+at /);
  assert.equal(run.summary, '');
  assert.equal(run.outputFile, '');
}

test('sarif-file ../x.sarif, outside the workspace, is refused and nothing is written there', async () => {
  const workspace = checkout();
  const run = await runAction({ workspace, inputs: { today, 'sarif-file': '../x.sarif' } });
  assertRefusedBeforeWriting(
    run,
    /^::error::bc-lint: sarif-file "\.\.\/x\.sarif" is outside the workspace; give a path inside the workspace for a new file or an earlier SARIF file$/,
  );
  assert.ok(!existsSync(path.join(workspace, '../x.sarif')));

  const sneaky = await runAction({ workspace, inputs: { today, 'sarif-file': 'reports/../../y.sarif' } });
  assertRefusedBeforeWriting(sneaky, /is outside the workspace/);
  assert.ok(!existsSync(path.join(workspace, '../y.sarif')));
});

test('an absolute sarif-file outside the workspace is refused; one inside is written', async () => {
  const workspace = checkout();
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'bc-lint-elsewhere-'));
  const outside = path.join(elsewhere, 'bc-lint.sarif');
  const run = await runAction({ workspace, inputs: { today, 'sarif-file': outside } });
  assertRefusedBeforeWriting(run, /is outside the workspace/);
  assert.deepEqual(readdirSync(elsewhere), []);

  const inside = await runAction({ workspace, inputs: { today, 'sarif-file': path.join(workspace, 'reports/bc-lint.sarif') } });
  assert.equal(inside.status, 1, 'the finding fails the step');
  assert.equal(inside.outputs['sarif-file'], path.join(workspace, 'reports/bc-lint.sarif'));
  assert.equal((JSON.parse(readFileSync(path.join(workspace, 'reports/bc-lint.sarif'), 'utf8')) as { version: string }).version, '2.1.0');
});

test('a sarif-file below a symlink leading out of the workspace, or that is a symlink, is refused', async () => {
  const workspace = checkout();
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'bc-lint-elsewhere-'));
  symlinkSync(elsewhere, path.join(workspace, 'out'));
  const run = await runAction({ workspace, inputs: { today, 'sarif-file': 'out/deeper/bc-lint.sarif' } });
  assertRefusedBeforeWriting(run, /is in a folder that leads outside the workspace/);
  assert.deepEqual(readdirSync(elsewhere), []);

  symlinkSync(path.join(elsewhere, 'target.sarif'), path.join(workspace, 'link.sarif'));
  const link = await runAction({ workspace, inputs: { today, 'sarif-file': 'link.sarif' } });
  assertRefusedBeforeWriting(link, /is a symbolic link/);
  assert.deepEqual(readdirSync(elsewhere), []);
});

test('a sarif-file that is a connection file, or a file the run lints, is refused and left as it was', async () => {
  const workspace = checkout();
  const run = await runAction({ workspace, inputs: { today, 'sarif-file': 'prod.bigcommerce.connection.yaml' } });
  assertRefusedBeforeWriting(run, /^::error::bc-lint: sarif-file "prod\.bigcommerce\.connection\.yaml" is named like a connection file/);
  assert.equal(readFileSync(path.join(workspace, 'prod.bigcommerce.connection.yaml'), 'utf8'), broken);

  // A new file with a connection file's name would be linted by the next run: refused too.
  const fresh = await runAction({ workspace, inputs: { today, 'sarif-file': 'reports/new.bigcommerce.connection.yml' } });
  assertRefusedBeforeWriting(fresh, /is named like a connection file/);
  assert.ok(!existsSync(path.join(workspace, 'reports/new.bigcommerce.connection.yml')));

  const linted = await runAction({ workspace, inputs: { today, files: 'conf/store.yaml', 'sarif-file': 'conf/store.yaml' } });
  assertRefusedBeforeWriting(linted, /^::error::bc-lint: sarif-file "conf\/store\.yaml" is a file this run lints/);
  assert.equal(readFileSync(path.join(workspace, 'conf/store.yaml'), 'utf8'), config);
});

test('a sarif-file that is a directory, or the workspace itself, is refused with a clear message', async () => {
  const workspace = checkout();
  mkdirSync(path.join(workspace, 'reports/sarif'));
  for (const value of ['reports/sarif', 'reports/sarif/', '.']) {
    const run = await runAction({ workspace, inputs: { today, 'sarif-file': value } });
    assertRefusedBeforeWriting(run, /is a directory|is the workspace folder/);
  }
  assert.deepEqual(readdirSync(path.join(workspace, 'reports/sarif')), []);

  const belowFile = await runAction({ workspace, inputs: { today, 'sarif-file': 'prod.bigcommerce.connection.yaml/x.sarif' } });
  assertRefusedBeforeWriting(belowFile, /is below a file, not a folder/);
});
