// The CLI never opens a socket: it runs with every network entry point of Node replaced by a recorder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allRuleMetas } from '../src/rules/index.js';
import { cliPath, connection, defaultToday, examplesDir } from './helpers.js';

const forbidNetwork = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'support/forbid-network.js')).href;

interface GuardedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** One line per network attempt, from the preload. */
  attempts: string[];
}

/** Runs node with the network preload; attempts come back on an extra pipe (fd 3). */
function runGuarded(args: string[], cwd: string): GuardedRun {
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    timeout: 60_000,
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: undefined,
      NODE_OPTIONS: `--import="${forbidNetwork}"`,
      BC_LINT_TEST_NETWORK_LOG_FD: '3',
    },
  });
  const attempts = String(result.output[3] ?? '')
    .split('\n')
    .filter(Boolean);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, attempts };
}

test('the network guard works: a script that tries every kind of connection is caught each time', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-network-control-'));
  const script = path.join(root, 'tries-the-network.mjs');
  writeFileSync(
    script,
    [
      "import dgram from 'node:dgram';",
      "import dns from 'node:dns';",
      "import http from 'node:http';",
      "import https from 'node:https';",
      "import net, { connect as namedConnect } from 'node:net';",
      "import tls from 'node:tls';",
      'const tries = [',
      "  () => net.connect(443, 'example.com'),",
      "  () => namedConnect(443, 'example.com'),",
      "  () => new net.Socket().connect(443, 'example.com'),",
      "  () => tls.connect(443, 'example.com'),",
      "  () => http.get('http://example.com/'),",
      "  () => https.request('https://example.com/'),",
      "  () => dgram.createSocket('udp4'),",
      "  () => dns.lookup('example.com', () => {}),",
      "  () => fetch('https://example.com/'),",
      '];',
      'let caught = 0;',
      'for (const attempt of tries) {',
      '  try { await attempt(); } catch { caught++; }',
      '}',
      'console.log(`caught ${caught} of ${tries.length}`);',
    ].join('\n'),
  );
  const run = runGuarded([script], root);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), 'caught 9 of 9');
  assert.deepEqual(run.attempts, [
    'net.connect',
    'net.connect',
    'net.Socket#connect',
    'tls.connect',
    'http.get',
    'https.request',
    'dgram.createSocket',
    'dns.lookup',
    'fetch',
  ]);
});

test('the CLI opens no socket: lint in every format, --fix, --fix-dry-run, rules, explain, help, version', () => {
  // A project copy, since --fix writes; with a $schema URL and a config file that a careless linter might fetch.
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-no-network-'));
  cpSync(examplesDir, path.join(root, 'examples'), { recursive: true });
  writeFileSync(
    path.join(root, 'examples', 'remote-schema.bigcommerce.connection.yaml'),
    `# yaml-language-server: $schema=https://unpkg.com/bc-lint/schemas/bigcommerce.connection.schema.json\n$schema: https://unpkg.com/bc-lint/schemas/bigcommerce.connection.schema.json\n${connection({ storeHash: 'https://api.bigcommerce.com/stores/pq7rs2/v3/' })}`,
  );
  writeFileSync(path.join(root, '.bc-lint.yaml'), 'rules:\n  no-token-auth: warn\n');

  const today = ['--today', defaultToday];
  const runs: [string[], number][] = [
    [[...today, 'examples/'], 1],
    [['--format', 'json', ...today, 'examples/'], 1],
    [['--format', 'stylish', '--quiet', '--max-warnings', '0', ...today, 'examples/'], 1],
    [[...today, 'examples/valid/'], 0],
    [['--fix-dry-run', '--format', 'json', ...today, 'examples/'], 1],
    [['--report-unused-disable-directives', ...today, 'examples/'], 1],
    [['--fix', ...today, 'examples/'], 1],
    [[...today], 1], // discovery from the working folder
    [['rules'], 0],
    [['explain', allRuleMetas[0]!.id], 0],
    [['explain', 'no-such-rule'], 2],
    [['--help'], 0],
    [['--version'], 0],
    [['--format', 'xml', 'examples/'], 2],
  ];
  for (const [args, expectedStatus] of runs) {
    const run = runGuarded([cliPath, ...args], root);
    const shown = `bc-lint ${args.join(' ')}`;
    assert.deepEqual(run.attempts, [], `${shown} tried the network`);
    assert.equal(run.status, expectedStatus, `${shown}: ${run.stderr}`);
    assert.doesNotMatch(run.stderr, /network access attempted|internal error/, shown);
    if (args.includes('json')) assert.ok(Array.isArray(JSON.parse(run.stdout)), shown);
  }
});
