// The Action's entry as GitHub's @github/local-action runs it: it imports src/action/main.ts (TypeScript, through tsx),
// swaps in its own @actions/core and calls the exported run(). Run on the Node of action.yml's runs.using.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { connection, repoRoot } from '../helpers.js';
import { actionNode, commandLines, makeRepo } from './harness.js';

const localActionBin = path.join(repoRoot, 'node_modules/@github/local-action/bin/local-action.js');
const secret = 'plain-Secret-Token-7f3a9c1e55';

test('@github/local-action runs the exported run() on a repository with a broken connection file', () => {
  const workspace = makeRepo({
    'config/shop.bigcommerce.connection.yaml': connection({ storeHash: 'stores/abc123', accessToken: secret }),
    'config/clean.bigcommerce.connection.yaml': connection(),
  });
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'bc-lint-local-action-'));
  const summaryFile = path.join(runnerTemp, 'step_summary');
  writeFileSync(summaryFile, '');
  // local-action reads the run's environment from a dotenv file; inputs are INPUT_<NAME> as the runner sets them.
  const envFile = path.join(runnerTemp, '.env');
  writeFileSync(
    envFile,
    [
      `GITHUB_WORKSPACE=${workspace}`,
      `GITHUB_STEP_SUMMARY=${summaryFile}`,
      'GITHUB_EVENT_NAME=push',
      'GITHUB_REPOSITORY=acme/connections',
      'INPUT_TODAY=2026-11-22',
      'INPUT_FAIL-ON=error',
      'INPUT_SARIF-FILE=results.sarif',
      'INPUT_ONLY-CHANGED=false',
      'ACTIONS_STEP_DEBUG=false',
    ].join('\n') + '\n',
  );

  const node = actionNode();
  // The bin runs `npm exec tsx ...` from the working folder: tsx (`#!/usr/bin/env node`) then takes the first node on
  // PATH, so that is the Action's Node. Offline: tsx is local, nothing is fetched.
  const run = spawnSync(node, [localActionBin, 'run', repoRoot, 'src/action/main.ts', envFile], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`,
      npm_config_offline: 'true',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
  });
  const output = run.stdout + run.stderr;
  assert.match(output, /Running Action/, `local-action did not start the Action (exit ${run.status}):\n${output.slice(-3000)}`);
  assert.doesNotMatch(output, /does not export a run\(\) function/);

  // Annotations, as local-action prints the workflow commands of its @actions/core stand-in.
  const errors = commandLines(run.stdout, 'error');
  assert.ok(
    errors.some((line) => /^::error title=store-hash-format,file=config\/shop\.bigcommerce\.connection\.yaml,line=2,/.test(line)),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((line) => line.startsWith('::error title=no-plaintext-secret,file=config/shop.bigcommerce.connection.yaml,')),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((line) => /^::error::bc-lint found 2 errors and 0 warnings in 2 files \(fail-on: error\)\.$/.test(line)),
    errors.join('\n'),
  );
  assert.equal(errors.filter((line) => line.includes('clean.bigcommerce')).length, 0, 'the clean file has no finding');

  // Outputs, as local-action records them (set-output commands and its closing table).
  const outputs = Object.fromEntries([...run.stdout.matchAll(/^::set-output name=([\w-]+)::(.*)$/gm)].map((match) => [match[1], match[2]]));
  assert.deepEqual(outputs, { errors: '2', warnings: '0', files: '2', 'sarif-file': path.join(workspace, 'results.sarif') });
  assert.match(run.stdout, /Action Outputs/);
  const sarif = JSON.parse(readFileSync(path.join(workspace, 'results.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
  assert.deepEqual(sarif.runs[0]!.results.map((result) => result.ruleId).sort(), ['no-plaintext-secret', 'store-hash-format']);
  assert.match(readFileSync(summaryFile, 'utf8'), /store-hash-format/);

  // The Action registered the plaintext token with setSecret before printing anything: it is nowhere.
  assert.equal(output.includes(secret), false, 'the plaintext secret reached the output');
  assert.equal(readFileSync(summaryFile, 'utf8').includes(secret), false, 'the plaintext secret reached the summary');
});
