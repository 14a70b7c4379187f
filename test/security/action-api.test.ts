// The Action's use of the GitHub API, run as the runner runs it against a stand-in API: hostile file names
// inject nothing, and a slow, failing, endless or malformed API ends the step within bounds, clearly.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { connection, defaultToday as today } from '../helpers.js';
import {
  makeRepo,
  pullRequestPayload,
  runAction,
  startFakeApi,
  testRepository as repository,
  type ActionRun,
  type FakeApi,
  type FakeApiOptions,
  type PullRequestFile,
} from '../action/harness.js';

const token = 'ghs_api_test_token_0123456789';
const pullNumber = 7;

const apis: FakeApi[] = [];
after(async () => {
  for (const api of apis) await api.close();
});

async function api(options: Partial<FakeApiOptions> & { files: PullRequestFile[] }): Promise<FakeApi> {
  const started = await startFakeApi({ repository, pullNumber, token, pageSize: 100, ...options });
  apis.push(started);
  return started;
}

/** The Action with only-changed on a pull_request event against the stand-in API. */
function runOnPullRequest(workspace: string, fake: FakeApi, files: number, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace,
    inputs: { 'only-changed': 'true', today },
    eventName: 'pull_request',
    payload: pullRequestPayload({ repository, number: pullNumber, changedFiles: files }),
    token,
    apiUrl: fake.url,
    repository,
    env,
  });
}

/** The workflow commands the runner would act on: `::` at the start of a line (after blanks), or `##[` anywhere. */
function commandsInLog(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.trimStart().startsWith('::') || line.includes('##['));
}

const unescapeProperty = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** The one-line failure the step ends with; asserts there is exactly one and no stack trace anywhere. */
function failureOf(run: ActionRun): string {
  assert.equal(run.status, 1, run.stdout + run.stderr);
  const failures = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  assert.equal(failures.length, 1, run.stdout);
  for (const output of [run.stdout, run.stderr]) assert.doesNotMatch(output, /^\s+at |Error: .*\n\s+at /m, 'a stack trace');
  return failures[0]!;
}

const clean = connection({ name: 'Clean' });
const broken = connection({ name: 'Broken', tokenType: 'stencil-cli' });

test('pull request file names with newlines, :: and escape sequences inject no workflow command and no escape', async () => {
  const hostile = [
    'evil\n::warning::spoofed by a file name\n.bigcommerce.connection.yaml',
    'quiet\n::stop-commands::pwn\n.bigcommerce.connection.yaml',
    'legacy ##[error]spoof \u001b]0;title\u0007\u001b[2J.bigcommerce.connection.yaml',
    'c1 \u009b31m bidi \u202e <b>bold</b> | a | b |.bigcommerce.connection.yaml',
  ];
  const workspace = makeRepo({ ...Object.fromEntries(hostile.map((name) => [name, broken])), 'notes\n##[stop-commands]x.md': '# Notes\n' });
  const prFiles: PullRequestFile[] = [
    ...hostile.map((filename) => ({ filename, status: 'modified' as const })),
    { filename: 'gone\n::warning::removed.bigcommerce.connection.yaml', status: 'removed' },
    { filename: 'absent\n::error::missing.bigcommerce.connection.yaml', status: 'added' },
    { filename: 'notes\n##[stop-commands]x.md', status: 'added' },
  ];
  const fake = await api({ files: prFiles });
  const run = await runOnPullRequest(workspace, fake, prFiles.length);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /linting 4 of them/);

  // Every command in the log is bc-lint's own: its group, its annotations (on the exact files) and its failure.
  const annotatedFiles = new Set<string>();
  for (const line of commandsInLog(run.stdout)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    assert.ok(match, `not one of bc-lint's commands: ${JSON.stringify(line)}`);
    const [, command, properties, data] = match;
    if (command === 'group') assert.match(data!, /^Linting 4 files; left out 3 changed files$/);
    else if (command === 'endgroup') assert.equal(data, '');
    else if (command === 'error' && properties === undefined) assert.match(data!, /^bc-lint found 4 errors/);
    else {
      assert.equal(command, 'error', line);
      const fields = Object.fromEntries(properties!.split(',').map((pair) => pair.split('=') as [string, string]));
      assert.equal(fields.title, 'token-type', line);
      annotatedFiles.add(unescapeProperty(fields.file!));
    }
    assert.ok(!line.includes('stop-commands') || line.startsWith('::error title='), line);
  }
  // Annotations land on the files; names that hold other control characters show them escaped.
  assert.deepEqual(
    [...annotatedFiles].sort(),
    [
      hostile[3]!.replace('\u009b', '\\x9b').replace('\u202e', '\\u202e'),
      'evil\n::warning::spoofed by a file name\n.bigcommerce.connection.yaml',
      'legacy ##[error]spoof \\x1b]0;title\\x07\\x1b[2J.bigcommerce.connection.yaml',
      'quiet\n::stop-commands::pwn\n.bigcommerce.connection.yaml',
    ].sort(),
  );

  // No escape sequence, C1 or bidi control reaches the log raw; names are shown with visible escapes.
  assert.doesNotMatch(run.stdout, /[\u001b\u0007\u009b\u202e]/);
  assert.match(run.stdout, /^lint: evil\\n::warning::spoofed by a file name\\n\.bigcommerce\.connection\.yaml$/m);
  assert.match(run.stdout, /^skip, removed by the pull request: gone\\n::warning::removed\.bigcommerce\.connection\.yaml$/m);
  assert.match(run.stdout, /^skip, not in the checkout: absent\\n::error::missing\.bigcommerce\.connection\.yaml$/m);
  assert.match(run.stdout, /^skip, not a file to lint: notes\\n#\\x23\[stop-commands\]x\.md$/m);

  // The summary: names inside <code>, HTML escaped, no raw line break or control character.
  assert.doesNotMatch(run.summary, /<b>|[\u001b\u0007\u009b\u202e]/);
  assert.match(run.summary, /<code>c1 \\x9b31m bidi \\u202e &lt;b&gt;bold&lt;\/b&gt; \| a \| b \|\.bigcommerce\.connection\.yaml<\/code>/);
  assert.match(run.summary, /<code>evil\\n::warning::spoofed by a file name\\n\.bigcommerce\.connection\.yaml<\/code>/);
  assert.ok(!/<table>[^]*<\/table>/.exec(run.summary)![0].includes('\n'), 'a line break inside the table');
});

test('endless next links stop at 30 pages, say so, and lint every connection file instead', async () => {
  const workspace = makeRepo({ 'a.bigcommerce.connection.yaml': clean, 'b.bigcommerce.connection.yaml': broken });
  const fake = await api({
    files: [],
    answer: ({ page, pageUrl }) => ({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', link: `<${pageUrl(page + 1)}>; rel="next"` },
      body: JSON.stringify([{ filename: `docs/page-${page}.md`, status: 'added' }]),
    }),
  });
  const run = await runOnPullRequest(workspace, fake, 12);
  assert.equal(fake.requests.length, 30);
  assert.match(
    run.stdout,
    /^only-changed: pull request #7 lists more files than the API's limit of 3000 \(stopped after 30 pages\), so only-changed cannot tell what changed: linting every connection file in the workspace\.$/m,
  );
  assert.equal(run.status, 1, 'b.bigcommerce.connection.yaml is linted and fails');
  assert.match(run.stdout, /^lint: a\.bigcommerce\.connection\.yaml$/m);
  assert.match(run.stdout, /^lint: b\.bigcommerce\.connection\.yaml$/m);
});

test('a request that never answers times out (BC_LINT_API_TIMEOUT_MS), retried a bounded number of times', async () => {
  const workspace = makeRepo({ 'a.bigcommerce.connection.yaml': clean });
  const fake = await api({ files: [], answer: () => 'stall' });
  const run = await runOnPullRequest(workspace, fake, 1, { BC_LINT_API_TIMEOUT_MS: '200' });
  assert.equal(failureOf(run), '::error::bc-lint: cannot list the files of pull request #7: no answer within 200 ms (gave up after 3 tries).');
  assert.equal(fake.requests.length, 3);
  assert.equal(run.outputs.errors, undefined, 'nothing was linted or reported as passing');
});

test('a payload that is not JSON, or not a list of files, fails with one clear line', async () => {
  const workspace = makeRepo({ 'a.bigcommerce.connection.yaml': clean });
  const json = { 'content-type': 'application/json; charset=utf-8' };
  const cases: Array<{ answer: { status: number; body: string; headers: Record<string, string> }; why: string }> = [
    { answer: { status: 200, headers: json, body: '<html><body>\n  at Proxy (gateway.js:1:1)\n</body></html>' }, why: "the API's answer (page 1) is not JSON" },
    { answer: { status: 200, headers: { 'content-type': 'text/html' }, body: '<h1>Sign in</h1>' }, why: "the API's answer (page 1) is not JSON" },
    { answer: { status: 200, headers: json, body: '{"message":"ok","files":[]}' }, why: "the API's answer (page 1) is JSON but not a list of files" },
    {
      answer: { status: 200, headers: json, body: '[{"filename":"a.bigcommerce.connection.yaml","status":"added"},{"name":1}]' },
      why: "the API's answer (page 1, item 2) is not a file with a string filename and status",
    },
    { answer: { status: 200, headers: json, body: 'null' }, why: "the API's answer (page 1) is JSON but not a list of files" },
  ];
  for (const { answer, why } of cases) {
    const fake = await api({ files: [], answer: () => answer });
    const run = await runOnPullRequest(workspace, fake, 1);
    assert.equal(failureOf(run), `::error::bc-lint: cannot list the files of pull request #7: ${why}.`, answer.body);
    assert.equal(fake.requests.length, 1, 'a bad payload is not retried');
  }
});

test('a 500 is retried, then the listing goes on', async () => {
  const workspace = makeRepo({ 'a.bigcommerce.connection.yaml': clean, 'b.bigcommerce.connection.yaml': broken });
  const fake = await api({
    files: [{ filename: 'b.bigcommerce.connection.yaml', status: 'modified' }],
    answer: ({ count }) => (count === 1 ? { status: 500, headers: { 'content-type': 'application/json' }, body: '{"message":"Server Error"}' } : undefined),
  });
  const run = await runOnPullRequest(workspace, fake, 1);
  assert.equal(fake.requests.length, 2);
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stdout, /only-changed: pull request #7 changes 1 file; linting 1 of them/);
  assert.deepEqual(run.outputs.files, '1');
});

test('a 429 with retry-after: 1 waits and retries', async () => {
  const workspace = makeRepo({ 'a.bigcommerce.connection.yaml': clean });
  const fake = await api({
    files: [{ filename: 'a.bigcommerce.connection.yaml', status: 'modified' }],
    answer: ({ count }) =>
      count === 1 ? { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '1' }, body: '{"message":"Too many requests"}' } : undefined,
  });
  const run = await runOnPullRequest(workspace, fake, 1);
  assert.equal(fake.requests.length, 2);
  assert.equal(run.status, 0, run.stdout);
  assert.match(run.stdout, /changes 1 file; linting 1 of them/);
});

test('a rate limit that lasts longer than bc-lint waits fails at once; persistent 5xx give up after 3 tries', async () => {
  const workspace = makeRepo({ 'a.bigcommerce.connection.yaml': clean });
  const limited = await api({
    files: [],
    answer: () => ({
      status: 403,
      headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
      body: '{"message":"API rate limit exceeded"}',
    }),
  });
  const run = await runOnPullRequest(workspace, limited, 1);
  assert.match(
    failureOf(run),
    /^::error::bc-lint: cannot list the files of pull request #7: rate limited \(HTTP 403\): API rate limit exceeded; a retry would wait \d+ s, more than the 60 s bc-lint waits in all\.$/,
  );
  assert.equal(limited.requests.length, 1);

  const failing = await api({ files: [], answer: () => ({ status: 502, headers: { 'content-type': 'text/html' }, body: `<html>${'x'.repeat(5000)}</html>` }) });
  const gaveUp = await runOnPullRequest(workspace, failing, 1);
  const failure = failureOf(gaveUp);
  assert.match(failure, /^::error::bc-lint: cannot list the files of pull request #7: HTTP 502: <html>x+… \(gave up after 3 tries\)\.$/);
  assert.ok(failure.length < 400, 'an HTML error page is cut short');
  assert.equal(failing.requests.length, 3);
});

test('a next link to another host is not followed (it would be sent the token)', async () => {
  const workspace = makeRepo({ 'a.bigcommerce.connection.yaml': clean });
  const fake = await api({
    files: [],
    answer: () => ({
      status: 200,
      headers: { 'content-type': 'application/json', link: '<http://attacker.invalid/steal?page=2>; rel="next"' },
      body: '[]',
    }),
  });
  const run = await runOnPullRequest(workspace, fake, 1);
  assert.match(failureOf(run), /cannot list the files of pull request #7: the API's next-page link leaves http:\/\/127\.0\.0\.1:\d+\.$/);
  assert.equal(fake.requests.length, 1);
});
