// Linting across worker threads (BC_LINT_WORKERS) gives the single-threaded run's output exactly, keeps redaction
// across files, and falls back to one thread on one core. Through the built CLI, as a user runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { workerCountFor, minCoresForWorkers, minFilesForWorkers } from '../../src/parallel/worker-count.js';
import { cliPath, connection, defaultToday, runCli, type JsonResult } from '../helpers.js';
import { assertNoLeak } from '../security/redaction-leaks.js';

/** Enough files for several batches of 64 in each of two workers. */
const fileCount = 260;

/** A folder of varied connection files: valid, every common mistake, broken YAML, an unreadable link, fixable ones. */
function corpus(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-parallel-'));
  const variants = [
    (i: number) => connection({ name: `Store ${i}` }),
    (i: number) => connection({ storeHash: `https://api.bigcommerce.com/stores/h${i}x/v3/` }),
    () => connection({ authType: 'token', scopes: '<omit>' }),
    (i: number) => connection({ accessToken: `plain${i}Token${i}x` }),
    (i: number) => connection({ integration: 'celigo', subdomain: `https://shop${i}.mybigcommerce.com/` }),
    (i: number) => connection({ storehash: `typo${i}` }),
    (i: number) => `name: Broken ${i}\nstoreHash: [abc\n`,
    (i: number) => `# bc-lint-disable-next-line store-hash-format\n${connection({ storeHash: `https://api.bigcommerce.com/stores/d${i}/v3/` })}`,
    // One client ID for many stores, in files that land in different workers: client-id-reuse across threads.
    (i: number) => connection({ storeHash: `s${i}x`, clientId: 'k3j9x2m5q8w1v7b4n6c0z3l8r5t2y9a' }),
  ];
  for (let i = 0; i < fileCount; i++) {
    const folder = path.join(root, `team-${i % 5}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `store-${String(i).padStart(3, '0')}.bigcommerce.connection.yaml`), variants[i % variants.length]!(i));
  }
  // A link leading out of the workspace: a finding of its own, made in whichever thread reads it.
  const outside = mkdtempSync(path.join(tmpdir(), 'bc-lint-outside-'));
  writeFileSync(path.join(outside, 'elsewhere.yaml'), connection());
  symlinkSync(path.join(outside, 'elsewhere.yaml'), path.join(root, 'team-2', 'outside.bigcommerce.connection.yaml'));
  return root;
}

const lintArgs = (format: string) => ['--format', format, '--today', defaultToday, '.'];
const withWorkers = (workers: string) => ({ BC_LINT_WORKERS: workers, BC_LINT_DEBUG: '1' });

test('the main thread with 1 or 2 worker threads prints exactly what one thread prints, in every format, with the same exit code', () => {
  const root = corpus();
  for (const format of ['json', 'stylish', 'sarif', 'github']) {
    const single = runCli(lintArgs(format), { cwd: root, env: withWorkers('0') });
    assert.match(single.stderr, new RegExp(`${fileCount + 1} files, main thread only`));
    for (const [workers, threads] of [
      ['1', 'main thread and 1 worker thread'],
      ['2', 'main thread and 2 worker threads'],
    ] as const) {
      const parallel = runCli(lintArgs(format), { cwd: root, env: withWorkers(workers) });
      assert.match(parallel.stderr, new RegExp(`${fileCount + 1} files, ${threads}\n`));
      assert.equal(parallel.status, 1, parallel.stderr);
      assert.equal(parallel.status, single.status);
      assert.equal(parallel.stdout, single.stdout, `${format}, ${workers} workers`);
    }
  }
  // The run has what the comparison is about: every file, in order, with findings of many kinds.
  const results = JSON.parse(runCli(lintArgs('json'), { cwd: root, env: withWorkers('2') }).stdout) as JsonResult[];
  assert.equal(results.length, fileCount + 1);
  const files = results.map((result) => result.filePath);
  assert.deepEqual(files, [...files].sort());
  const rules = new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId)));
  for (const rule of ['store-hash-format', 'no-plaintext-secret', 'yaml-syntax', 'schema', 'client-id-reuse', null]) assert.ok(rules.has(rule), `${rule}`);
});

test('--fix-dry-run and --fix give the same results in worker threads as in one thread', () => {
  const dryRun = (workers: string, root: string) => runCli(['--fix-dry-run', ...lintArgs('json')], { cwd: root, env: withWorkers(workers) });
  const root = corpus();
  const single = dryRun('0', root);
  // Fixed in memory: the API paths in storeHash are gone from the findings.
  assert.ok(!single.stdout.includes('store-hash-format') && runCli(lintArgs('json'), { cwd: root }).stdout.includes('store-hash-format'));
  assert.equal(dryRun('2', root).stdout, single.stdout);

  const fixedSingle = corpus();
  const fixedParallel = corpus();
  const fix = (workers: string, root: string) => runCli(['--fix', ...lintArgs('json')], { cwd: root, env: withWorkers(workers) });
  const [one, two] = [fix('0', fixedSingle), fix('2', fixedParallel)];
  assert.equal(two.status, one.status);
  assert.equal(two.stdout.replaceAll(fixedParallel, '<root>'), one.stdout.replaceAll(fixedSingle, '<root>'));
  const fixedFile = 'team-1/store-001.bigcommerce.connection.yaml';
  assert.equal(readFileSync(path.join(fixedParallel, fixedFile), 'utf8'), readFileSync(path.join(fixedSingle, fixedFile), 'utf8'));
  assert.match(readFileSync(path.join(fixedParallel, fixedFile), 'utf8'), /storeHash: h1x\n/);
});

test("a token pasted in one file and used as another file's subdomain is masked when they are linted in different workers", () => {
  const token = 'Wq5Lr8Tz3Kv7Np';
  const root = corpus();
  // Sorted first and last: far apart, in different batches and so different workers.
  writeFileSync(path.join(root, 'aaa-token.bigcommerce.connection.yaml'), `name: Token here\nstoreHash: abc123\nauthType: token\naccessToken: ${token}\n`);
  writeFileSync(
    path.join(root, 'zzz-subdomain.bigcommerce.connection.yaml'),
    `name: Label\nstoreHash: abc123\nauthType: token\naccessToken: \${T}\nsubdomain: ${token}\n`,
  );
  const outputs: Record<string, string> = {};
  let json = '';
  for (const format of ['json', 'stylish', 'sarif', 'github']) {
    const run = runCli(lintArgs(format), { cwd: root, env: withWorkers('2') });
    assert.match(run.stderr, /2 worker threads/);
    assert.equal(run.status, 1, run.stderr);
    outputs[format] = run.stdout + run.stderr;
    if (format === 'json') json = run.stdout;
  }
  const results = JSON.parse(json) as (JsonResult & { source?: string })[];
  const subdomainFile = results.find((result) => result.filePath.endsWith('zzz-subdomain.bigcommerce.connection.yaml'))!;
  assert.ok(subdomainFile.messages.some((message) => message.ruleId === 'subdomain-format'));
  // Its own file has no secret there: only the other file's secret, carried back from its worker, masks it.
  assert.match(subdomainFile.source ?? '', /subdomain: \*{14}\n/);
  assertNoLeak(outputs, [token]);
});

test('on one core the run stays on the main thread, even when workers are asked for', (t) => {
  const taskset = spawnSync('taskset', ['--version']);
  if (taskset.error) return t.skip('taskset (util-linux) is not installed');
  const root = corpus();
  // taskset -c 0: the process may use one CPU, and os.availableParallelism() follows the affinity.
  const run = spawnSync('taskset', ['-c', '0', process.execPath, cliPath, ...lintArgs('json')], {
    cwd: root,
    env: { ...process.env, ...withWorkers('2') },
    encoding: 'utf8',
  });
  assert.match(run.stderr, new RegExp(`${fileCount + 1} files, main thread only`));
  assert.equal(run.status, 1);
  assert.equal(run.stdout, runCli(lintArgs('json'), { cwd: root, env: withWorkers('0') }).stdout);
});

test('workers only on more than one core: as many as BC_LINT_WORKERS asks (at most one per file), by default one per core beside the main thread from minFilesForWorkers files and minCoresForWorkers cores', () => {
  const cores = (n: number) => () => n;
  assert.equal(workerCountFor(50_000, {}, cores(1)), 0);
  assert.equal(workerCountFor(5000, { BC_LINT_WORKERS: '2' }, cores(1)), 0);
  assert.equal(workerCountFor(10, { BC_LINT_WORKERS: '2' }, cores(4)), 2);
  assert.equal(workerCountFor(1, { BC_LINT_WORKERS: '2' }, cores(4)), 1);
  assert.equal(workerCountFor(50_000, { BC_LINT_WORKERS: '0' }, cores(4)), 0);
  assert.equal(workerCountFor(minFilesForWorkers - 1, {}, cores(4)), 0);
  assert.equal(workerCountFor(minFilesForWorkers, {}, cores(minCoresForWorkers)), minCoresForWorkers - 1);
  assert.equal(workerCountFor(minFilesForWorkers, {}, cores(minCoresForWorkers - 1)), (minCoresForWorkers as number) === 2 ? 1 : 0);
  assert.equal(workerCountFor(minFilesForWorkers, { BC_LINT_WORKERS: '1' }, cores(2)), 1);
  assert.equal(workerCountFor(minFilesForWorkers, {}, cores(4)), 3);
  assert.equal(workerCountFor(minFilesForWorkers, {}, cores(1)), 0);
  // Before discovery has counted the files: how many to start while it runs.
  assert.equal(workerCountFor(Number.POSITIVE_INFINITY, {}, cores(4)), 3);
  assert.equal(workerCountFor(Number.POSITIVE_INFINITY, { BC_LINT_WORKERS: '0' }, cores(2)), 0);
});
