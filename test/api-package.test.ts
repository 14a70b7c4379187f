import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { repoRoot } from './helpers.js';

/** The package as npm publishes it (npm pack), installed from the tarball in an empty project, offline. */
let project: string;
const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

before(() => {
  const packed = mkdtempSync(path.join(tmpdir(), 'bc-lint-pack-'));
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packed], repoRoot)) as [{ filename: string }];
  project = mkdtempSync(path.join(tmpdir(), 'bc-lint-consumer-'));
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(packed, filename)], project);
});

test('the installed tarball is one package with no dependencies, and npx bc-lint runs its CLI', () => {
  assert.deepEqual(
    readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.')),
    ['bc-lint'],
  );
  const lock = JSON.parse(readFileSync(path.join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  assert.deepEqual(Object.keys(lock.packages).sort(), ['', 'node_modules/bc-lint']);
  assert.equal(run('npx', ['--offline', 'bc-lint', '--version'], project).trim(), version);
});

const brokenConnection = [
  'name: Broken store',
  'storeHash: https://api.bigcommerce.com/stores/pq7rs2/v3/',
  'authType: token',
  'accessToken: ${BIGCOMMERCE_ACCESS_TOKEN}',
  '',
].join('\n');

test('from plain JavaScript: lintText, lintFiles, loadFormatter, getRulesMetaForResults and outputFixes', () => {
  const folder = path.join(project, 'stores');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'bigcommerce.connection.yaml'), brokenConnection);
  writeFileSync(
    path.join(project, 'use-api.js'),
    `import { BcLint } from 'bc-lint';
const linter = new BcLint({ today: '2026-11-22' });
const text = await linter.lintText(${JSON.stringify(brokenConnection)}, { filePath: 'pasted.bigcommerce.connection.yaml' });
const files = await linter.lintFiles(['stores/']);
const stylish = (await linter.loadFormatter('stylish')).format(files);
const json = JSON.parse((await linter.loadFormatter('json')).format(text));
const meta = linter.getRulesMetaForResults(text);
const fixer = new BcLint({ today: '2026-11-22', fix: true });
const fixed = await fixer.lintFiles('stores/');
await BcLint.outputFixes(fixed);
console.log(JSON.stringify({ text, files, stylish, json, meta, fixed }));
`,
  );
  const out = JSON.parse(run(process.execPath, ['use-api.js'], project));

  const [result] = out.text;
  assert.equal(out.text.length, 1);
  assert.equal(result.filePath, path.join(project, 'pasted.bigcommerce.connection.yaml'));
  assert.deepEqual(
    result.messages.map((message: { ruleId: string; line: number; severity: number }) => [message.ruleId, message.line, message.severity]),
    [
      ['store-hash-format', 2, 2],
      ['no-token-auth', 3, 2],
    ],
  );
  assert.equal(result.errorCount, 2);
  const apiPath = 'https://api.bigcommerce.com/stores/pq7rs2/v3/';
  const start = brokenConnection.indexOf(apiPath);
  assert.deepEqual(result.messages[0].fix, { range: [start, start + apiPath.length], text: 'pq7rs2' });
  assert.deepEqual(
    out.json,
    out.text.map(({ output, ...rest }: { output?: string }) => rest),
    'results have the --format json shape',
  );

  assert.equal(out.files.length, 1);
  assert.equal(out.files[0].filePath, path.join(folder, 'bigcommerce.connection.yaml'));
  assert.match(out.stylish, /^stores\/bigcommerce\.connection\.yaml\n\s+2:\d+\s+error\s+.*store-hash-format/m);

  assert.deepEqual(out.meta['store-hash-format'], {
    type: 'problem',
    docs: { description: out.meta['store-hash-format'].docs.description, url: out.meta['store-hash-format'].docs.url },
    fixable: 'code',
  });
  assert.match(out.meta['store-hash-format'].docs.url, /docs\/rules\/store-hash-format\.md$/);
  assert.equal(out.meta['no-token-auth'].fixable, undefined);
  assert.deepEqual(Object.keys(out.meta).sort(), ['no-token-auth', 'store-hash-format']);

  // fix: true computes the fix without writing; outputFixes writes it.
  assert.equal(out.fixed[0].output, brokenConnection.replace(apiPath, 'pq7rs2'));
  assert.deepEqual(
    out.fixed[0].messages.map((message: { ruleId: string }) => message.ruleId),
    ['no-token-auth'],
  );
  assert.equal(readFileSync(path.join(folder, 'bigcommerce.connection.yaml'), 'utf8'), out.fixed[0].output);
});

test('from TypeScript (strict, NodeNext): the types check a correct consumer and reject a wrong one', () => {
  writeFileSync(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022'], types: [], noEmit: true },
      include: ['consumer.ts'],
    }),
  );
  writeFileSync(
    path.join(project, 'consumer.ts'),
    `import { BcLint, type LintResult, type RuleMetaData } from 'bc-lint';
const linter = new BcLint({ cwd: '.', today: '2026-11-22', fix: false, overrideConfigFile: '.bc-lint.yaml' });
const results: LintResult[] = await linter.lintText('name: x\\n', { filePath: 'a.bigcommerce.connection.yaml' });
const severity: 1 | 2 | undefined = results[0]?.messages[0]?.severity;
const ruleId: string | null | undefined = results[0]?.messages[0]?.ruleId;
const text: string = (await linter.loadFormatter('json')).format(await linter.lintFiles(['.']));
const meta: Record<string, RuleMetaData> = linter.getRulesMetaForResults(results);
const url: string | undefined = meta['schema']?.docs.url;
await BcLint.outputFixes(results);
export { severity, ruleId, text, url };
`,
  );
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);

  // The types are real, not `any`: a wrong option and a wrong use of a result fail to compile.
  writeFileSync(
    path.join(project, 'consumer.ts'),
    `import { BcLint } from 'bc-lint';
new BcLint({ today: 20261122 });
const [result] = await new BcLint().lintFiles('.');
const count: string = result!.errorCount;
export { count };
`,
  );
  const wrong = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
  assert.equal(wrong.status, 2, wrong.stdout);
  assert.match(wrong.stdout, /consumer\.ts\(2,14\): error TS2322: Type 'number' is not assignable to type 'string'/);
  assert.match(wrong.stdout, /consumer\.ts\(4,7\): error TS2322: Type 'number' is not assignable to type 'string'/);
});
