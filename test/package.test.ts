// The npm package as `npm pack` builds it: what `npx bc-lint` and the API need, not the Action's bundle.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { formatterNames } from '../src/formatters/index.js';
import { connection, repoRoot } from './helpers.js';

interface PackResult {
  filename: string;
  files: { path: string }[];
}

function npmPack(args: string[]): PackResult {
  const run = spawnSync('npm', ['pack', '--json', '--ignore-scripts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, npm_config_offline: 'true', npm_config_loglevel: 'error' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return (JSON.parse(run.stdout) as PackResult[])[0]!;
}

/** Files package.json points into (bin, main, types, exports): their folders belong in the package. */
function referencedFolders(manifest: Record<string, unknown>): string[] {
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const field of ['bin', 'main', 'module', 'types', 'exports']) collect(manifest[field]);
  return targets.map((target) => `${path.posix.dirname(path.posix.normalize(target))}/`);
}

test('npm pack ships the CLI, the schemas, the rule docs, README and LICENSE, and not the Action bundle', () => {
  const files = npmPack(['--dry-run'])
    .files.map((file) => file.path)
    .sort();
  for (const wanted of [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/cli/index.js',
    'dist/cli/package.json',
    'schemas/bigcommerce.connection.schema.json',
    'schemas/bc-lint.config.schema.json',
    'docs/rules/schema.md',
  ]) {
    assert.ok(files.includes(wanted), `${wanted} is missing from the package`);
  }
  // The Action's 1 MB bundle and its chunks (dist/index.js, dist/<n>.index.js): npx never runs them.
  assert.deepEqual(
    files.filter((file) => /^dist\/[^/]+$/.test(file)),
    [],
  );

  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  const folders = ['dist/cli/', 'docs/rules/', ...referencedFolders(manifest)];
  const unexpected = files.filter(
    (file) =>
      !['package.json', 'README.md', 'LICENSE'].includes(file) && !/^schemas\/[^/]+\.json$/.test(file) && !folders.some((folder) => file.startsWith(folder)),
  );
  assert.deepEqual(unexpected, [], 'files the CLI and the API do not need');
});

test('the packed CLI runs from the tarball alone: lint with every lazily loaded part, explain, schema', () => {
  const destination = mkdtempSync(path.join(tmpdir(), 'bc-lint-pack-'));
  const { filename } = npmPack(['--pack-destination', destination]);
  const untar = spawnSync('tar', ['-xzf', path.join(destination, filename), '-C', destination], { encoding: 'utf8' });
  assert.equal(untar.status, 0, untar.stderr);
  const cli = path.join(destination, 'package', 'dist/cli/index.js');
  const project = mkdtempSync(path.join(tmpdir(), 'bc-lint-pack-project-'));
  writeFileSync(path.join(project, 'bigcommerce.connection.yaml'), connection({ storeHash: 'stores/pq7rs2' }));
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: project, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });

  // Each format is a lazily loaded chunk of the bundle: all of them must be in the package.
  for (const format of formatterNames) {
    const lint = run('--format', format, '--today', '2026-11-22');
    assert.equal(lint.status, 1, `${format}: ${lint.stderr}`);
    assert.equal(lint.stderr, '', format);
    assert.notEqual(lint.stdout.trim(), '', format);
  }
  assert.match(run('--today', '2026-11-22').stdout, /store-hash-format/);
  const fixed = run('--fix', '--today', '2026-11-22');
  assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
  const explain = run('explain', 'store-hash-format');
  assert.equal(explain.status, 0, explain.stderr);
  assert.match(explain.stdout, /store-hash-format/);
  const schema = run('schema', '--print');
  assert.equal(schema.status, 0, schema.stderr);
  assert.equal((JSON.parse(schema.stdout) as { title?: string }).title !== undefined, true);
});
