// npm run bench: bc-lint against its floors and Spectral, measured side by side on this machine.
// Commands run alternately, round by round, so load changes hit every command alike; medians and ratios
// go to stdout and bench/results.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repo = path.dirname(benchDir);
const cli = path.join(repo, 'dist/cli/index.js');
const spectral = path.join(benchDir, 'node_modules/.bin/spectral');
const corpus = path.join(os.tmpdir(), 'bc-lint-bench');
const fileCount = 2000;
const rounds = { one: Number(process.env.BENCH_ROUNDS_ONE ?? 21), many: Number(process.env.BENCH_ROUNDS_MANY ?? 7), spectralMany: Number(process.env.BENCH_ROUNDS_SPECTRAL ?? 3) };

/** A varied corpus: valid connections of every profile and the usual mistakes, spread over 40 folders. */
function generateCorpus() {
  rmSync(corpus, { recursive: true, force: true });
  const variants = [
    (i) => connection(i, {}),
    (i) => connection(i, { storeHash: `https://api.bigcommerce.com/stores/h${i}x/v3/` }),
    (i) => connection(i, { authType: 'token' }, null),
    (i) => connection(i, { accessToken: `plain${i}token` }),
    (i) => connection(i, { integration: 'migration-export' }, { content: 'read-only', themes: 'modify' }),
    (i) => connection(i, { integration: 'celigo', subdomain: `https://shop${i}.mybigcommerce.com/` }),
    (i) => connection(i, { storehash: 'typo' }),
  ];
  for (let i = 0; i < fileCount; i++) {
    const folder = path.join(corpus, 'many', `team-${i % 40}`, `region-${i % 3}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `store-${i}.bigcommerce.connection.yaml`), variants[i % variants.length](i));
  }
  mkdirSync(path.join(corpus, 'one'), { recursive: true });
  writeFileSync(path.join(corpus, 'one', 'bigcommerce.connection.yaml'), variants[1](1));
  // Spectral gets the same schema as its ruleset.
  const schema = JSON.parse(readFileSync(path.join(repo, 'schemas/bigcommerce.connection.schema.json'), 'utf8'));
  const ruleset = { rules: { 'bc-connection-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema, allErrors: true } } } } };
  writeFileSync(path.join(corpus, 'spectral-ruleset.json'), JSON.stringify(ruleset));
}

function connection(i, overrides, scopes = { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' }) {
  const fields = { name: `Store ${i} connection`, storeHash: `h${i}x`, authType: 'custom', accessToken: '${BC_TOKEN}', ...overrides };
  let text = `# generated connection ${i}\n` + Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';
  if (scopes && fields.authType === 'custom') text += 'scopes:\n' + Object.entries(scopes).map(([k, v]) => `  ${k}: ${v}`).join('\n') + '\n';
  return text;
}

const commands = {
  'node -e ""': [process.execPath, '-e', ''],
  'bc-lint, 1 file': [process.execPath, cli, path.join(corpus, 'one', 'bigcommerce.connection.yaml')],
  'spectral, 1 file': [spectral, 'lint', '-r', path.join(corpus, 'spectral-ruleset.json'), path.join(corpus, 'one', 'bigcommerce.connection.yaml')],
  'read+parse+validate, 2,000 files': [process.execPath, path.join(benchDir, 'baseline.mjs'), path.join(corpus, 'many')],
  'bc-lint, 2,000 files': [process.execPath, cli, path.join(corpus, 'many')],
  'spectral, 2,000 files': [spectral, 'lint', '-r', path.join(corpus, 'spectral-ruleset.json'), `${path.join(corpus, 'many')}/**/*.yaml`],
};

/** Wall time in ms and, through GNU time, peak resident memory in MB. */
function measure(argv) {
  const useTime = existsSync('/usr/bin/time');
  const [program, ...args] = useTime ? ['/usr/bin/time', '-f', '%M', ...argv] : argv;
  const start = process.hrtime.bigint();
  const result = spawnSync(program, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  const rssKb = useTime ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { ms, rssMb: rssKb / 1024, status: result.status };
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

if (!existsSync(spectral)) {
  console.error('Spectral is missing: run `npm run bench` (it installs bench/ dependencies) or `npm ci --prefix bench`.');
  process.exit(2);
}
generateCorpus();
const samples = {
  ...runAlternately(['node -e ""', 'bc-lint, 1 file', 'spectral, 1 file'], rounds.one),
  ...runAlternately(['read+parse+validate, 2,000 files', 'bc-lint, 2,000 files'], rounds.many),
  ...runAlternately(['spectral, 2,000 files'], rounds.spectralMany),
};
const stats = Object.fromEntries(
  Object.entries(samples).map(([name, runs]) => [name, { ms: median(runs.map((r) => r.ms)), rssMb: Math.max(...runs.map((r) => r.rssMb)), runs: runs.length, status: runs[0].status }]),
);
const ratio = (a, b) => stats[a].ms / stats[b].ms;
const targets = [
  ['1 file: bc-lint / node -e ""', ratio('bc-lint, 1 file', 'node -e ""'), '<= 1.5', (r) => r <= 1.5],
  ['2,000 files: bc-lint / read+parse+validate', ratio('bc-lint, 2,000 files', 'read+parse+validate, 2,000 files'), '<= 1.5', (r) => r <= 1.5],
  ['1 file: spectral / bc-lint', ratio('spectral, 1 file', 'bc-lint, 1 file'), '>= 10', (r) => r >= 10],
  ['2,000 files: spectral / bc-lint', ratio('spectral, 2,000 files', 'bc-lint, 2,000 files'), '>= 10', (r) => r >= 10],
  ['2,000 files: bc-lint peak memory (MB)', stats['bc-lint, 2,000 files'].rssMb, '< 200', (r) => r < 200],
];

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
const lines = [
  '# bc-lint benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on: ${machine}.`,
  `Corpus: ${fileCount.toLocaleString('en')} generated connection files in 120 folders (valid ones and the usual mistakes), and one file.`,
  'Commands ran alternately, round by round; times are medians of wall time, memory is the peak resident set (GNU time).',
  '',
  '| command | runs | median ms | peak MB | exit |',
  '|---|---:|---:|---:|---:|',
  ...Object.entries(stats).map(([name, s]) => `| ${name} | ${s.runs} | ${s.ms.toFixed(1)} | ${s.rssMb.toFixed(0)} | ${s.status} |`),
  '',
  '| target | measured | goal | met |',
  '|---|---:|---|---|',
  ...targets.map(([name, value, goal, ok]) => `| ${name} | ${value.toFixed(2)} | ${goal} | ${ok(value) ? 'yes' : 'NO'} |`),
  '',
];
writeFileSync(path.join(benchDir, 'results.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
