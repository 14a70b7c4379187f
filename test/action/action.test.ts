import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ruleDocsUrl } from '../../src/model/docs-url.js';
import { connection, defaultToday as today, fixturesDir, type JsonMessage, runCli } from '../helpers.js';
import { describeErrors, sarifValidator } from '../schema-validators.js';
import {
  commandLines,
  makeRepo,
  pullRequestPayload,
  runAction,
  startFakeApi,
  testRepository as repository,
  type FakeApi,
  type PullRequestFile,
} from './harness.js';

const token = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const brokenPath = 'connections/us-prod.bigcommerce.connection.yaml';

/** Seventeen findings (15 errors, 2 warnings) over two documents: more than the ten annotations a step shows. */
const brokenFile = `# Pasted straight from the control panel: every value in the wrong shape.
name: US production
storeHash: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/
subdomain: https://acme.mybigcommerce.com/
apiPath: https://api.bigcommerce.com/stores/ci4bzn8adz/v2
authType: custom
tokenType: stencil-cli
accessToken: \${US_PROD_TOKEN}
integration: celigo
scopes:
  orders: manage
  storefrontApiTokens: read-only
  storefrontApiCustomerImpersonationTokens: none
---
name: EU
storehash: id30h7ohwf
authType: token
accessToken: \${EU_TOKEN}
channelId: 0
integration: migration-export
scopes:
  content: modify
  themes: modify
apiPath: https://api.bigcommerce.com/stores/id30h7ohwf/v3/
clientId: \${EU_CLIENT_ID}
`;

/** Fifty connection files: the broken one and 49 with one token-type error each, so linting them would show. */
function fiftyFileRepo(): string {
  const files: Record<string, string> = {
    [brokenPath]: brokenFile,
    'README.md': '# Connections\n',
    '.github/workflows/lint.yml': 'on: pull_request\n',
  };
  for (let n = 1; n <= 49; n++) {
    files[`connections/store-${String(n).padStart(2, '0')}.bigcommerce.connection.yaml`] = connection({
      name: `Store ${n}`,
      tokenType: 'stencil-cli',
    });
  }
  return makeRepo(files);
}

interface SarifLog {
  runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
}

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** Reads a workflow command back as the runner does: split, then unescape. */
function parseCommand(line: string): Command {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  assert.ok(match, `not a workflow command: ${line}`);
  const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const [key, ...rest] = pair.split('=');
    properties[key!] = unescape(rest.join('='));
  }
  return { command: match[1]!, properties, message: unescape(match[3]!) };
}

/** The CLI's findings for files, as the reference the Action's output must agree with. */
function cliFindings(cwd: string, files: string[]): Array<JsonMessage & { file: string }> {
  const run = runCli(['--format', 'json', '--today', today, ...files], { cwd });
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: JsonMessage[] }>;
  return results.flatMap((result) => result.messages.map((message) => ({ ...message, file: path.relative(cwd, result.filePath) })));
}

/** Rows of the summary's findings table. */
function summaryRows(summary: string) {
  const rows = [...summary.matchAll(/<tr><td><code>(.*?)<\/code><\/td><td>(\d+):(\d+)<\/td><td>(error|warning)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)];
  return rows.map(([, file, line, column, severity, rule, message]) => ({
    file: file!,
    line: Number(line),
    column: Number(column),
    severity: severity!,
    rule: rule!,
    message: message!,
  }));
}

const htmlMessage = (message: string) =>
  message
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/`([^`]+)`/g, '<code>$1</code>');

describe('only-changed on a pull request', () => {
  const prFiles: PullRequestFile[] = [
    { filename: 'README.md', status: 'modified' },
    { filename: brokenPath, status: 'modified' },
    { filename: 'docs/legacy.bigcommerce.connection.yaml', status: 'removed' },
    { filename: '.github/workflows/lint.yml', status: 'added' },
    { filename: 'connections/eu.bigcommerce.connection.yaml', status: 'added' }, // in the PR head, not in this checkout
  ];
  let api: FakeApi;
  let workspace: string;
  before(async () => {
    api = await startFakeApi({ repository, pullNumber: 7, files: prFiles, token, pageSize: 2 });
    workspace = fiftyFileRepo();
  });
  after(() => api.close());

  test('a PR touching one broken file in a repo of fifty: annotations on that file only, every finding in the summary', async () => {
    const run = await runAction({
      workspace,
      inputs: { 'only-changed': 'true', today, 'sarif-file': 'out/bc-lint.sarif' },
      eventName: 'pull_request',
      payload: pullRequestPayload({ repository, number: 7, changedFiles: prFiles.length }),
      token,
      apiUrl: api.url,
      repository,
    });
    assert.equal(run.status, 1, run.stdout + run.stderr);

    // The stand-in API was called page by page, through the GitHub Enterprise style base URL, with the token.
    assert.deepEqual(
      api.requests.map((request) => request.path),
      [
        '/api/v3/repos/acme/connections/pulls/7/files?per_page=100',
        '/api/v3/repos/acme/connections/pulls/7/files?per_page=100&page=2',
        '/api/v3/repos/acme/connections/pulls/7/files?per_page=100&page=3',
      ],
    );
    for (const request of api.requests) assert.equal(request.authorization, `token ${token}`);

    // The log says what was selected and why.
    assert.match(run.stdout, /only-changed: pull request #7 changes 5 files; linting 1 of them, the connection files that still exist\./);
    assert.match(run.stdout, new RegExp(`^lint: ${brokenPath}$`, 'm'));
    assert.match(run.stdout, /^skip, removed by the pull request: docs\/legacy\.bigcommerce\.connection\.yaml$/m);
    assert.match(run.stdout, /^skip, not in the checkout: connections\/eu\.bigcommerce\.connection\.yaml$/m);
    assert.match(run.stdout, /^skip, not a file to lint: README\.md$/m);
    assert.match(run.stdout, /^skip, not a file to lint: \.github\/workflows\/lint\.yml$/m);
    assert.equal((run.stdout.match(/^lint: /gm) ?? []).length, 1);

    // Annotations: exactly the CLI's findings for the broken file, and nothing on the 49 others.
    const annotations = [...commandLines(run.stdout, 'error'), ...commandLines(run.stdout, 'warning')].filter((line) => line.includes('file='));
    const expected = cliFindings(workspace, [brokenPath]);
    assert.equal(expected.length, 17);
    assert.equal(annotations.length, expected.length);
    for (const line of annotations) assert.equal(parseCommand(line).properties.file, brokenPath, line);
    const described = (c: Command) => `${c.command} ${c.properties.title} ${c.properties.line}-${c.properties.endLine} ${c.message}`;
    assert.deepEqual(
      annotations.map(parseCommand).map(described).sort(),
      expected.map((m) => `${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId} ${m.line}-${m.endLine} ${m.message}`).sort(),
    );
    // Exact lines as the runner reads them: core's property order, escaping, columns only on one-line ranges.
    assert.ok(
      run.stdout.includes(
        `::error title=store-hash-format,file=${brokenPath},line=3,endLine=3,col=12,endColumn=61::` +
          '`storeHash` holds an API path; use the bare store hash `ci4bzn8adz`.\n',
      ),
    );
    assert.ok(
      run.stdout.includes(
        `::error title=integration-requirements,file=${brokenPath},line=22,endLine=23::` +
          'integration `migration-export` needs `marketing` at least `read-only` (store_v2_marketing_read_only); it is left out. ' +
          'Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).\n',
      ),
    );
    assert.ok(
      run.stdout.includes(
        `::warning title=excess-scopes,file=${brokenPath},line=23,endLine=23,col=11,endColumn=17::` +
          '`themes: modify` (store_themes_manage) is more than integration `migration-export` needs; lower it to `none`. ' +
          'Scopes cannot be changed after the API account is created: create a new account with fewer (Settings > API > Store-level API accounts).\n',
      ),
    );

    // Outputs and failure.
    assert.deepEqual(run.outputs, { errors: '15', warnings: '2', files: '1', 'sarif-file': path.join(workspace, 'out/bc-lint.sarif') });
    assert.ok(run.stdout.includes('::error::bc-lint found 15 errors and 2 warnings in 1 file (fail-on: error).\n'));

    // The summary lists every finding, each linked to its rule's docs.
    assert.match(run.summary, /<strong>15 errors<\/strong> and <strong>2 warnings<\/strong> in 1 linted file\./);
    const rows = summaryRows(run.summary);
    assert.equal(rows.length, expected.length);
    const rowKey = (r: { file: string; line: number; column: number; severity: string; rule: string; message: string }) =>
      `${r.file} ${r.line}:${r.column} ${r.severity} ${r.rule} ${r.message}`;
    assert.deepEqual(
      rows.map(rowKey).sort(),
      expected
        .map((m) =>
          rowKey({
            file: m.file,
            line: m.line,
            column: m.column,
            severity: m.severity === 2 ? 'error' : 'warning',
            rule: `<a href="${ruleDocsUrl(m.ruleId!)}">${m.ruleId}</a>`,
            message: htmlMessage(m.message),
          }),
        )
        .sort(),
    );

    // The SARIF file holds the same findings and is valid.
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'out/bc-lint.sarif'), 'utf8')) as SarifLog;
    const validate = sarifValidator();
    assert.ok(validate(sarif), describeErrors(validate.errors));
    assert.equal(sarif.runs[0]!.results.length, expected.length);
    for (const result of sarif.runs[0]!.results) assert.equal(result.locations[0]!.physicalLocation.artifactLocation.uri, brokenPath);
  });

  test('a pull_request_target PR that changes no connection file lints nothing and succeeds with a notice', async () => {
    const docsOnly = await startFakeApi({
      repository,
      pullNumber: 8,
      files: [
        { filename: 'README.md', status: 'modified' },
        { filename: 'docs/legacy.bigcommerce.connection.yaml', status: 'removed' },
        { filename: 'CHANGELOG.md', status: 'added' },
      ],
      token,
      pageSize: 2,
    });
    try {
      const run = await runAction({
        workspace,
        inputs: { 'only-changed': 'true', today, 'sarif-file': 'empty.sarif' },
        eventName: 'pull_request_target',
        payload: pullRequestPayload({ repository, number: 8, changedFiles: 3, action: 'opened' }),
        token,
        apiUrl: docsOnly.url,
        repository,
      });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.equal(docsOnly.requests.length, 2);
      assert.ok(run.stdout.includes('::notice title=bc-lint::No connection file changed in this pull request, so there was nothing to lint.\n'));
      assert.deepEqual(commandLines(run.stdout, 'error'), []);
      assert.deepEqual(run.outputs, { errors: '0', warnings: '0', files: '0', 'sarif-file': path.join(workspace, 'empty.sarif') });
      assert.match(run.summary, /<strong>0 errors<\/strong> and <strong>0 warnings<\/strong> in 0 linted files\./);
      assert.match(run.summary, /linting 0 of them/);
      // upload-sarif still gets a valid file.
      const sarif = JSON.parse(readFileSync(path.join(workspace, 'empty.sarif'), 'utf8')) as SarifLog;
      const validate = sarifValidator();
      assert.ok(validate(sarif), describeErrors(validate.errors));
      assert.deepEqual(sarif.runs[0]!.results, []);
    } finally {
      await docsOnly.close();
    }
  });

  test('a token the API refuses fails the step with the API reason and a permissions hint', async () => {
    const run = await runAction({
      workspace,
      inputs: { 'only-changed': 'true', today },
      eventName: 'pull_request',
      payload: pullRequestPayload({ repository, number: 7, changedFiles: prFiles.length }),
      token: 'ghs_wrong',
      apiUrl: api.url,
      repository,
    });
    assert.equal(run.status, 1);
    const [failure, ...rest] = commandLines(run.stdout, 'error');
    assert.deepEqual(rest, []);
    assert.match(failure!, /^::error::bc-lint: cannot list the files of pull request #7: Bad credentials/);
    assert.equal(api.requests.at(-1)!.authorization, 'token ghs_wrong');
  });
});

test('on a push event only-changed lints every connection file and never calls the API', async () => {
  const api = await startFakeApi({ repository, pullNumber: 7, files: [], token, pageSize: 2 });
  try {
    const workspace = fiftyFileRepo();
    const run = await runAction({ workspace, inputs: { 'only-changed': 'true', today }, eventName: 'push', token, apiUrl: api.url, repository });
    assert.equal(run.status, 1);
    assert.deepEqual(api.requests, []);
    assert.match(run.stdout, /only-changed is on, but this push event is not a pull request: linting every connection file in the workspace\./);
    assert.equal((run.stdout.match(/^lint: /gm) ?? []).length, 50);
    const annotated = new Set(
      commandLines(run.stdout, 'error')
        .map(parseCommand)
        .map((c) => c.properties.file)
        .filter(Boolean),
    );
    assert.equal(annotated.size, 50);
    assert.deepEqual(run.outputs, { errors: String(15 + 49), warnings: '2', files: '50', 'sarif-file': '' });
    assert.equal(summaryRows(run.summary).length, 17 + 49);
  } finally {
    await api.close();
  }
});

test('fail-on decides the exit code: error, warning or never', async () => {
  // Before 2026-07-01 token auth is a warning only.
  const warningOnly = makeRepo({ 'bigcommerce.connection.yaml': connection({ authType: 'token', scopes: '<omit>' }) });
  const onError = await runAction({ workspace: warningOnly, inputs: { today: '2026-06-30' } });
  assert.equal(onError.status, 0, onError.stdout);
  assert.equal(commandLines(onError.stdout, 'warning').length, 1);
  assert.deepEqual([onError.outputs.errors, onError.outputs.warnings], ['0', '1']);
  assert.match(onError.stdout, /^bc-lint: 0 errors and 1 warning in 1 file \(fail-on: error\)\.$/m);

  const onWarning = await runAction({ workspace: warningOnly, inputs: { today: '2026-06-30', 'fail-on': 'warning' } });
  assert.equal(onWarning.status, 1);
  assert.ok(onWarning.stdout.includes('::error::bc-lint found 0 errors and 1 warning in 1 file (fail-on: warning).\n'));

  const errors = makeRepo({ 'bigcommerce.connection.yaml': connection({ tokenType: 'stencil-cli' }) });
  const never = await runAction({ workspace: errors, inputs: { today, 'fail-on': 'never' } });
  assert.equal(never.status, 0);
  assert.equal(commandLines(never.stdout, 'error').length, 1);
  assert.equal(never.outputs.errors, '1');
});

test('inputs the Action cannot use fail the step with the reason', async () => {
  const workspace = makeRepo({ 'bigcommerce.connection.yaml': connection() });
  const badFailOn = await runAction({ workspace, inputs: { 'fail-on': 'sometimes' } });
  assert.equal(badFailOn.status, 1);
  assert.ok(badFailOn.stdout.includes('::error::bc-lint: fail-on must be one of error, warn, warning, never, not "sometimes"\n'));
  const badDate = await runAction({ workspace, inputs: { today: '2026-02-30' } });
  assert.equal(badDate.status, 1);
  assert.ok(badDate.stdout.includes('::error::bc-lint: today must be a date as YYYY-MM-DD, not "2026-02-30"\n'));
  const badBoolean = await runAction({ workspace, inputs: { 'only-changed': 'yes' } });
  assert.equal(badBoolean.status, 1);
  assert.match(badBoolean.stdout, /::error::bc-lint: only-changed must be true or false, not "yes"/);
  const missingConfig = await runAction({ workspace, inputs: { config: 'ci/missing-bc-lint.yaml' } });
  assert.equal(missingConfig.status, 1);
  assert.match(missingConfig.stdout, /^::error::bc-lint: .*ci\/missing-bc-lint\.yaml/m);
  const noMatch = await runAction({ workspace, inputs: { files: 'configs/**/*.yaml' } });
  assert.equal(noMatch.status, 1);
  assert.match(noMatch.stdout, /::error::bc-lint: no files match the pattern configs\/\*\*\/\*\.yaml/);
});

test('the files input, one per line, picks what is linted; paths are relative to the workspace', async () => {
  const workspace = makeRepo({
    'prod/us.bigcommerce.connection.yaml': connection({ tokenType: 'stencil-cli' }),
    'prod/eu.bigcommerce.connection.yaml': connection(),
    'staging/bigcommerce.connection.yaml': connection({ tokenType: 'stencil-cli' }),
    'legacy/old-connection.yaml': connection({ tokenType: 'stencil-cli' }),
  });
  const run = await runAction({ workspace, inputs: { files: 'prod/\nlegacy/old-connection.yaml\n', today } });
  assert.equal(run.status, 1);
  assert.equal(run.outputs.files, '3');
  const files = commandLines(run.stdout, 'error')
    .map(parseCommand)
    .map((c) => c.properties.file)
    .filter(Boolean)
    .sort();
  assert.deepEqual(files, ['legacy/old-connection.yaml', 'prod/us.bigcommerce.connection.yaml']);
});

test('annotation properties and messages are escaped as the runner expects', async () => {
  const workspace = makeRepo({
    'odd,name:1.bigcommerce.connection.yaml':
      'name: Odd file name\nstor%eHash: ci4bzn8adz\nauthType: custom\naccessToken: ${T}\n"multi\\nline": 1\n' +
      'scopes:\n  storefrontApiTokens: manage\n  storefrontApiCustomerImpersonationTokens: manage\n',
  });
  const run = await runAction({ workspace, inputs: { today } });
  assert.deepEqual(commandLines(run.stdout, 'error').slice(0, 2), [
    '::error title=schema,file=odd%2Cname%3A1.bigcommerce.connection.yaml,line=2,endLine=2,col=1,endColumn=11::unknown key `stor%25eHash`; did you mean `storeHash`?',
    '::error title=schema,file=odd%2Cname%3A1.bigcommerce.connection.yaml,line=5,endLine=5,col=1,endColumn=14::unknown key `multi\\nline`.', // a newline in quoted text is shown escaped, never raw
  ]);
  // The summary escapes HTML and keeps the file name as written.
  assert.match(run.summary, /<code>odd,name:1\.bigcommerce\.connection\.yaml<\/code>/);
});

test('plaintext secrets are masked before anything else is printed and appear nowhere else', async () => {
  const secretsFixture = readFileSync(path.join(fixturesDir, 'cli/secrets.bigcommerce.connection.yaml'), 'utf8');
  const secrets = ['SECRET-client-7f3e9a1b2c4d', 'SECRET-token-0a9b8c7d6e5f', '918273', 'SECRET-quoted-11aa22bb', 'SECRET-block-33cc44dd', 'SECRET-pin-55ee'];
  const workspace = makeRepo({
    'bigcommerce.connection.yaml': secretsFixture,
    // A secret in a document that is not valid YAML (a duplicate key) is masked too.
    'broken.bigcommerce.connection.yaml': 'name: Broken\nname: Twice\naccessToken: SECRET-in-broken-doc-99zz\n',
  });
  const run = await runAction({ workspace, inputs: { today, 'sarif-file': 'bc-lint.sarif' } });
  assert.equal(run.status, 1);
  const lines = run.stdout.split('\n').filter(Boolean);
  const masks = lines.filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length));
  for (const secret of [...secrets, 'SECRET-in-broken-doc-99zz']) assert.ok(masks.includes(secret), `${secret} is masked`);
  const firstOther = lines.findIndex((line) => !line.startsWith('::add-mask::'));
  assert.equal(firstOther, masks.length, 'every ::add-mask:: line comes before any other line');
  assert.ok(commandLines(run.stdout, 'error').length >= 6);

  const sarif = readFileSync(path.join(workspace, 'bc-lint.sarif'), 'utf8');
  for (const secret of [...secrets, 'SECRET-in-broken-doc-99zz']) {
    for (const line of lines) if (line.includes(secret)) assert.ok(line.startsWith('::add-mask::'), `stdout shows ${secret}: ${line}`);
    assert.ok(!run.stderr.includes(secret), `stderr shows ${secret}`);
    assert.ok(!run.outputFile.includes(secret), `outputs show ${secret}`);
    assert.ok(!run.summary.includes(secret), `summary shows ${secret}`);
    assert.ok(!sarif.includes(secret), `SARIF shows ${secret}`);
  }
});

test('a repository with no connection files warns and passes', async () => {
  const workspace = makeRepo({ 'README.md': '# nothing here\n' });
  const run = await runAction({ workspace, inputs: { today } });
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^::warning title=bc-lint::No connection files found/m);
  assert.equal(run.outputs.files, '0');
  assert.ok(!existsSync(path.join(workspace, 'bc-lint.sarif')));
});
