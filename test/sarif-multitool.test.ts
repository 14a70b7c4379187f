// Runs Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool, the real .NET validator) on SARIF from the
// built CLI, with GitHub's ingestion rules (Gh, Ghas) and, for a run inside an Azure DevOps pipeline, the rules
// of GitHub Advanced Security for Azure DevOps (Ado) too. No error or warning may remain.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot, runCli } from './helpers.js';
import { describeErrors, sarifValidator } from './schema-validators.js';

const require = createRequire(import.meta.url);

/** The linux build of the multitool; npm 11 does not run its postinstall, which makes it executable. */
function multitool(): string {
  const binary = path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
  chmodSync(binary, 0o755);
  return binary;
}

interface ValidationResult {
  ruleId: string;
  level?: string;
  message: { id?: string; text?: string; arguments?: string[] };
}

/** Validates one SARIF file; returns every error and warning the multitool reports (from its own SARIF output). */
function validate(sarif: string, ruleKinds: string): ValidationResult[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'bc-lint-multitool-'));
  const input = path.join(folder, 'bc-lint.sarif');
  const output = path.join(folder, 'validation.sarif');
  writeFileSync(input, sarif);
  const run = spawnSync(multitool(), ['validate', '--rule-kind', ruleKinds, '--level', 'Error;Warning', '-o', output, input], {
    cwd: folder,
    encoding: 'utf8',
    // .NET wants a writable home for its caches and no telemetry.
    env: { ...process.env, HOME: folder, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /1 files scanned/);
  const log = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: Array<{ results?: ValidationResult[]; invocations: Array<{ executionSuccessful: boolean }> }>;
  };
  assert.equal(log.runs[0]!.invocations[0]!.executionSuccessful, true);
  // An absent level means warning (SARIF 3.27.10); notes were not asked for.
  return (log.runs[0]!.results ?? []).map((result) => ({ ...result, level: result.level ?? 'warning' })).filter((result) => result.level !== 'note');
}

const describe = (results: ValidationResult[]) =>
  results
    .map((result) => `${result.level} ${result.ruleId}: ${result.message.text ?? [result.message.id, ...(result.message.arguments ?? [])].join(' ')}`)
    .join('\n');

function sarifFrom(args: string[], cwd: string, env: Record<string, string | undefined> = {}): string {
  const run = runCli(['--format', 'sarif', '--today', '2026-11-22', ...args], { cwd, env });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const validateSchema = sarifValidator();
  assert.ok(validateSchema(JSON.parse(run.stdout)), describeErrors(validateSchema.errors));
  return run.stdout;
}

/**
 * A git repository (a `.git` folder is all the CLI looks for) with the examples and the fixtures that raise every
 * rule, an unreadable file (a FIFO, which bc-lint refuses to read, whoever runs the test), a file outside the
 * working folder but in the repository, and one outside the repository.
 */
function workspace(): { repository: string; cwd: string; outside: string } {
  const top = mkdtempSync(path.join(tmpdir(), 'bc-lint-sarif-workspace-'));
  const repository = path.join(top, 'repo');
  const cwd = path.join(repository, 'connections');
  const outside = path.join(top, 'elsewhere');
  for (const folder of [path.join(repository, '.git'), cwd, outside]) mkdirSync(folder, { recursive: true });
  const copy = (from: string, to: string) => writeFileSync(to, readFileSync(path.join(repoRoot, from)));
  for (const name of ['pasted', 'scopes', 'typos'])
    copy(`examples/broken/${name}.bigcommerce.connection.yaml`, path.join(cwd, `${name}.bigcommerce.connection.yaml`));
  for (const name of ['secrets', 'syntax', 'v2'])
    copy(`test/formatters/fixtures/${name}.bigcommerce.connection.yaml`, path.join(cwd, `${name}.bigcommerce.connection.yaml`));
  copy('test/fixtures/cli/new-user.bigcommerce.connection.yaml', path.join(repository, 'top.bigcommerce.connection.yaml'));
  // A committed credential (no-committed-credentials): a Catalyst-style .env file with a token.
  writeFileSync(path.join(cwd, '.env.production'), 'BIGCOMMERCE_ACCESS_TOKEN=q7rvx2kd9wm4tz8hb3nc6pj5ly1fs0g\n');
  copy('examples/broken/pasted.bigcommerce.connection.yaml', path.join(outside, 'lost.bigcommerce.connection.yaml'));
  const fifo = spawnSync('mkfifo', [path.join(cwd, 'pipe.bigcommerce.connection.yaml')]);
  assert.equal(fifo.status, 0, String(fifo.stderr));
  return { repository, cwd, outside };
}

const azurePipeline = {
  TF_BUILD: 'True',
  SYSTEM_COLLECTIONURI: 'https://dev.azure.com/contoso/',
  SYSTEM_TEAMPROJECT: 'shop',
  SYSTEM_DEFINITIONID: '42',
  BUILD_DEFINITIONNAME: 'shop-ci',
  SYSTEM_PHASEID: '3f1e2d4c-5b6a-4789-8abc-def012345678',
  SYSTEM_PHASENAME: 'Lint',
  BUILD_SOURCEBRANCH: 'refs/heads/main',
  BUILD_BUILDID: '1234',
};
const notAzure = Object.fromEntries(Object.keys(azurePipeline).map((key) => [key, undefined]));

test("SARIF for examples/ passes the SARIF Multitool with GitHub's ingestion rules", () => {
  const sarif = sarifFrom(['examples/'], repoRoot, notAzure);
  assert.deepEqual(describe(validate(sarif, 'Sarif;Gh;Ghas')), '');
  assert.equal((JSON.parse(sarif) as { runs: Array<{ automationDetails: { id: string } }> }).runs[0]!.automationDetails.id, 'bc-lint/');
});

test('SARIF with every rule, an unreadable file and files outside the working folder passes the multitool', () => {
  const { cwd } = workspace();
  const sarif = sarifFrom(['.', '../top.bigcommerce.connection.yaml', '../../elsewhere/'], cwd, notAzure);
  assert.deepEqual(describe(validate(sarif, 'Sarif;Gh;Ghas')), '');

  const run = (JSON.parse(sarif) as SarifRun).runs[0]!;
  const ruleIds = new Set(run.results.map((result) => result.ruleId));
  for (const rule of run.tool.driver.rules) assert.ok(ruleIds.has(rule.id), `a result of ${rule.id}`);
  const uris = new Set(
    run.results.map(
      (result) => `${result.locations[0]!.physicalLocation.artifactLocation.uriBaseId} ${result.locations[0]!.physicalLocation.artifactLocation.uri}`,
    ),
  );
  assert.ok(uris.has('%SRCROOT% secrets.bigcommerce.connection.yaml'));
  assert.ok(uris.has('REPOROOT top.bigcommerce.connection.yaml'), 'a file outside cwd is relative to the repository root');
  assert.ok(![...uris].some((uri) => uri.includes('file:') || uri.includes('lost.')), 'no file: URI, nothing from outside the repository');
  assert.match(run.originalUriBaseIds.REPOROOT!.uri, /^file:\/\/\/.*\/repo\/$/);
  const notifications = run.invocations[0]!.toolExecutionNotifications.map((n) => `${n.level} ${n.descriptor.id}: ${n.message.text}`).sort();
  assert.deepEqual(notifications, [
    'error unreadable-file: the file is a named pipe (FIFO), not a regular file; it was not read',
    'warning outside-repository: 3 findings in ../../elsewhere/lost.bigcommerce.connection.yaml left out: the file is outside the working folder and the git repository, so code scanning cannot show it.',
  ]);
  assert.equal(run.invocations[0]!.executionSuccessful, false);
  for (const secret of ['q7rvx2kd9wm4tz8hb3nc6pj5ly1fs0g', '5f3a9c1e7b2d8f4a6c0e9b3d7f1a5c8e', '918273']) assert.ok(!sarif.includes(secret));
});

test('SARIF written in an Azure DevOps pipeline also passes the rules of GitHub Advanced Security for Azure DevOps', () => {
  const { cwd } = workspace();
  const sarif = sarifFrom(['.', '../top.bigcommerce.connection.yaml'], cwd, azurePipeline);
  assert.deepEqual(describe(validate(sarif, 'Sarif;Gh;Ghas;Ado')), '');
  const { automationDetails } = (JSON.parse(sarif) as { runs: Array<{ automationDetails: { id: string } }> }).runs[0]!;
  assert.equal(automationDetails.id, 'azuredevops/pipeline/build/contoso/shop/42/3f1e2d4c-5b6a-4789-8abc-def012345678/refs/heads/main/1234');
});

test('the multitool check is real: it reports what GitHub would reject', () => {
  const log = JSON.parse(sarifFrom(['examples/'], repoRoot, notAzure)) as SarifRun;
  const driver = log.runs[0]!.tool.driver as unknown as { notifications: Array<Record<string, unknown>>; rules: Array<Record<string, unknown>> };
  delete driver.notifications[0]!.help;
  driver.rules[1]!.name = driver.rules[1]!.id;
  delete (log.runs[0] as { automationDetails?: unknown }).automationDetails;
  const found = validate(JSON.stringify(log), 'Sarif;Gh;Ghas;Ado').map((result) => result.ruleId);
  for (const ruleId of ['GH2012', 'SARIF1001', 'GHAzDO1014']) assert.ok(found.includes(ruleId), `${ruleId} in ${found.join(', ')}`);
});

interface SarifRun {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string }> } };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: Array<{
      executionSuccessful: boolean;
      toolExecutionNotifications: Array<{ level: string; descriptor: { id: string }; message: { text: string } }>;
    }>;
    results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }>;
  }>;
}
