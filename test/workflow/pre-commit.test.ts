// The pre-commit hook as users get it: real pre-commit (Debian's package) runs `try-repo` against a copy of this
// repository's current build, on a temporary git repository, with no network.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { cliPath, connection, repoRoot } from '../helpers.js';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  args?: string[];
  files: string;
}

const hooks = () => parse(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

test('.pre-commit-hooks.yaml runs the committed bundle as a script, options ended by --, on connection files only', () => {
  const all = hooks();
  assert.equal(all.length, 1);
  const [hook] = all;
  assert.equal(hook!.id, 'bc-lint');
  // language: node would make pre-commit npm-install this repository with its devDependencies (about 99 MB).
  assert.equal(hook!.language, 'script');
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  assert.equal(hook!.entry, manifest.bin['bc-lint'], 'the hook runs the same bundle as the package bin');
  assert.deepEqual(hook!.args, ['--']);
  // pre-commit matches `files` with Python's re.search; this pattern uses only syntax both engines share.
  const files = new RegExp(hook!.files);
  for (const name of [
    'bigcommerce.connection.yaml',
    'bigcommerce.connection.yml',
    'stores/us-prod.bigcommerce.connection.yaml',
    'a/b/eu.bigcommerce.connection.yml',
  ]) {
    assert.ok(files.test(name), name);
  }
  for (const name of ['bigcommerce.connection.yaml.bak', 'notbigcommerce.connection.yaml', 'connection.yaml', '.bc-lint.yaml']) {
    assert.ok(!files.test(name), name);
  }
});

test('the bundle pre-commit executes starts with a node shebang and is executable in git', () => {
  assert.equal(readFileSync(cliPath, 'utf8').split('\n', 1)[0], '#!/usr/bin/env node');
  const staged = spawnSync('git', ['ls-files', '--stage', '--', 'dist/cli/index.js'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(staged.status, 0, staged.stderr);
  assert.match(staged.stdout, /^100755 /, `dist/cli/index.js is not executable in git: ${staged.stdout}`);
});

test('the README shows the four-line pre-commit setup', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  assert.match(readme, /- repo: https:\/\/github\.com\/bc-lint\/bc-lint\n\s+rev: v[\d.]+\n\s+hooks:\n\s+- id: bc-lint/);
});

const preCommitVersion = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const havePreCommit = preCommitVersion.status === 0;
if (!havePreCommit && process.env.CI) {
  throw new Error("pre-commit is not installed: CI needs it (.ci/run installs Debian's pre-commit package)");
}
// A new network namespace has no route out: proof that the hook needs no download. Where unshare is not allowed
// the run still goes, and the PRE_COMMIT_HOME check below shows nothing was installed.
const offline = spawnSync('unshare', ['-rn', 'true']).status === 0;

describe(
  `real pre-commit try-repo (${havePreCommit ? preCommitVersion.stdout.trim() : 'not installed'}${offline ? ', no network' : ''})`,
  { skip: havePreCommit ? false : 'pre-commit is not installed (apt-get install pre-commit); .ci/run installs it' },
  () => {
    const git = (cwd: string, ...args: string[]) => {
      const run = spawnSync(
        'git',
        ['-c', 'user.name=bc-lint test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd,
          encoding: 'utf8',
        },
      );
      assert.equal(run.status, 0, `git ${args.join(' ')}: ${run.stderr}`);
    };
    let hookRepo = '';
    let preCommitHome = '';

    before(() => {
      // try-repo clones the hook repository at HEAD: commit this checkout's current hook file and build to a copy.
      hookRepo = mkdtempSync(path.join(tmpdir(), 'bc-lint-hook-repo-'));
      for (const entry of ['.pre-commit-hooks.yaml', 'package.json', 'LICENSE', 'dist']) {
        cpSync(path.join(repoRoot, entry), path.join(hookRepo, entry), { recursive: true });
      }
      git(hookRepo, 'init', '-q');
      git(hookRepo, 'add', '-A');
      git(hookRepo, 'commit', '-q', '-m', 'bc-lint as committed');
      preCommitHome = mkdtempSync(path.join(tmpdir(), 'bc-lint-pre-commit-home-'));
    });

    /** A git repository with these files, and pre-commit try-repo run in it on the bc-lint hook. */
    function tryRepo(files: Record<string, string>, selection: string[]): SpawnSyncReturns<string> {
      const project = mkdtempSync(path.join(tmpdir(), 'bc-lint-pre-commit-project-'));
      for (const [name, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(project, name)), { recursive: true });
        writeFileSync(path.join(project, name), content);
      }
      git(project, 'init', '-q');
      git(project, 'add', '-A');
      const command = ['pre-commit', 'try-repo', hookRepo, 'bc-lint', '--color', 'never', ...selection];
      const [program, ...args] = offline ? ['unshare', '-rn', ...command] : command;
      return spawnSync(program!, args, {
        cwd: project,
        env: { ...process.env, PRE_COMMIT_HOME: preCommitHome, NO_COLOR: '1', FORCE_COLOR: undefined },
        encoding: 'utf8',
      });
    }

    const clean = connection();
    const broken = connection({ storeHash: 'stores/abc123' });

    test('blocks a broken connection file and says why', () => {
      const run = tryRepo({ 'stores/us.bigcommerce.connection.yaml': broken, 'stores/eu.bigcommerce.connection.yaml': clean }, [
        '--files',
        'stores/us.bigcommerce.connection.yaml',
      ]);
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.stdout, /^bc-lint\.+Failed$/m);
      assert.match(run.stdout, /^stores\/us\.bigcommerce\.connection\.yaml\n\s+2:12\s+error\s+.*store-hash-format$/m);
      assert.doesNotMatch(run.stdout, /eu\.bigcommerce/, 'only the named file is linted');
    });

    test('passes a clean connection file', () => {
      const run = tryRepo({ 'bigcommerce.connection.yaml': clean }, ['--files', 'bigcommerce.connection.yaml']);
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /^bc-lint\.+Passed$/m);
    });

    test('a file named --config=x.bigcommerce.connection.yaml is linted as a file, not read as an option', () => {
      // Without `--`, the CLI would take this name as --config and the named config as the run's configuration.
      const run = tryRepo({ '--config=x.bigcommerce.connection.yaml': broken, 'x.bigcommerce.connection.yaml': clean }, ['--all-files']);
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.stdout, /^--config=x\.bigcommerce\.connection\.yaml\n\s+2:12\s+error\s+.*store-hash-format$/m);
      assert.doesNotMatch(run.stdout, /config file|\.bc-lint/i);
    });

    test('pre-commit installed no environment for the hook', () => {
      // language: node would leave a node-* environment here (an npm install of this repository).
      const entries = readdirSync(preCommitHome, { recursive: true }).map(String);
      assert.deepEqual(
        entries.filter((entry) => /(^|\/)(node_env|node-)/.test(entry) || entry.endsWith('node_modules')),
        [],
      );
    });
  },
);
