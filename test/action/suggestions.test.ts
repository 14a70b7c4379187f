import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ruleDocsUrl } from '../../src/model/docs-url.js';
import { runCli, type JsonMessage } from '../helpers.js';
import { commandLines, makeRepo, pullRequestPayload, runAction, startFakeApi, type FakeApi, type FakeApiOptions, type PullRequestFile } from './harness.js';

const repository = 'acme/connections';
const token = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const today = '2026-11-22';
const pullNumber = 12;
const headSha = 'a'.repeat(40);
const usPath = 'connections/us.bigcommerce.connection.yaml';
const hugePath = 'connections/huge.bigcommerce.connection.yaml';
const oldPath = 'connections/old.bigcommerce.connection.yaml';
const plaintextSecret = '7gq2n1v8x0c4k5m3j6h9p2w1r8t5y4uz';

/** The connection file as on the base branch. */
const usBase = `# US production, pasted from the control panel
name: US production
storeHash: ci4bzn8adz
subdomain: https://acme.mybigcommerce.com/
authType: custom
accessToken: \${US_PROD_TOKEN}
scopes:
  orders: modify
---
name: EU
storeHash: id30h7ohwf
subdomain: eu-shop
authType: custom
accessToken: \${EU_TOKEN}
scopes:
  orders: modify
---
{name: Legacy, storeHash: k9x2m4p7q1, authType: custom, accessToken: ${plaintextSecret}}
`;

/**
 * The pull request's version. Fixable findings: line 3 (changed), line 4 (unchanged: no suggestion), lines 12-13
 * (changed, a double-quoted value an editor wrapped with an escaped line break: a multi-line fix), line 14
 * (changed), line 20 (changed, but the line holds a plaintext secret: no suggestion). Not fixable: line 6 and others.
 */
const usHead = `# US production, pasted from the control panel
name: US production
storeHash: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/
subdomain: https://acme.mybigcommerce.com/
authType: custom
tokenType: stencil-cli
accessToken: \${US_PROD_TOKEN}
scopes:
  orders: modify
---
name: EU
storeHash: "https://api.bigcommerce.com/stores/id30h7ohwf\\
  /v3/"
subdomain: EU-Shop
authType: custom
accessToken: \${EU_TOKEN}
scopes:
  orders: modify
---
{name: Legacy, storeHash: "https://api.bigcommerce.com/stores/k9x2m4p7q1/v3/", authType: custom, accessToken: ${plaintextSecret}}
`;

const fixableConnection = (hash: string) =>
  `name: Huge store\nstoreHash: https://api.bigcommerce.com/stores/${hash}/v3/\nauthType: custom\naccessToken: \${TOKEN}\nscopes:\n  storefrontApiTokens: manage\n  storefrontApiCustomerImpersonationTokens: manage\n`;

/** The suggestions the first run must post: path, lines, rule (the acceptance's "fixable finding on a changed line"). */
const expected = [
  { path: usPath, startLine: 3, line: 3, rule: 'store-hash-format' },
  { path: usPath, startLine: 12, line: 13, rule: 'store-hash-format' },
  { path: usPath, startLine: 14, line: 14, rule: 'subdomain-format' },
];

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

/**
 * A checkout of the pull request's head, as a git repository with the base commit before it, so that the files
 * endpoint's `patch` is what git (as GitHub) makes of the change: the hunks of `git diff base HEAD`.
 */
function pullRequestCheckout(): string {
  const workspace = makeRepo({
    [usPath]: usBase,
    [hugePath]: fixableConnection('ci4bzn8adz').replace(/storeHash: .*/, 'storeHash: ci4bzn8adz'),
    [oldPath]: fixableConnection('zz9oldhash'),
    'README.md': '# Connections\n',
  });
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-q', '-m', 'base');
  git(workspace, 'tag', 'base');
  writeFileSync(path.join(workspace, usPath), usHead);
  writeFileSync(path.join(workspace, hugePath), fixableConnection('ci4bzn8adz'));
  writeFileSync(path.join(workspace, 'README.md'), '# Connections\n\nUS and EU.\n');
  writeFileSync(path.join(workspace, 'docs.md'), 'notes\n');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-q', '-m', 'head');
  return workspace;
}

/** The pull request's files as the files endpoint lists them; the huge file's diff is left out, as GitHub does. */
function prFiles(workspace: string): PullRequestFile[] {
  const patch = (file: string) =>
    git(workspace, 'diff', 'base', 'HEAD', '--', file)
      .replace(/^[\s\S]*?(?=^@@)/m, '')
      .replace(/\n$/, '');
  return [
    { filename: 'README.md', status: 'modified', patch: patch('README.md') },
    { filename: usPath, status: 'modified', patch: patch(usPath) },
    { filename: 'docs.md', status: 'added', patch: patch('docs.md') },
    { filename: hugePath, status: 'modified', patch: null },
  ];
}

function startApi(workspace: string, options: Partial<FakeApiOptions> = {}): Promise<FakeApi> {
  return startFakeApi({ repository, pullNumber, files: prFiles(workspace), token, pageSize: 2, commentsPageSize: 2, ...options });
}

function suggest(api: FakeApi, workspace: string, options: { payload?: unknown; env?: Record<string, string>; inputs?: Record<string, string> } = {}) {
  return runAction({
    workspace,
    inputs: { suggestions: 'true', today, ...options.inputs },
    eventName: 'pull_request',
    payload: options.payload ?? pullRequestPayload({ repository, number: pullNumber, changedFiles: 4 }),
    token,
    apiUrl: api.url,
    repository,
    ...(options.env ? { env: options.env } : {}),
  });
}

function cliFindings(cwd: string, file: string): JsonMessage[] {
  const run = runCli(['--format', 'json', '--today', today, file], { cwd });
  return (JSON.parse(run.stdout) as Array<{ messages: JsonMessage[] }>)[0]!.messages;
}

/** The lines of a suggestion block in a comment body. */
function suggestedLines(body: string): string[] {
  const block = /^(`{3,})suggestion\n([\s\S]*?)\n\1$/m.exec(body);
  assert.ok(block, `no suggestion block in ${body}`);
  return block[2]!.split('\n');
}

/** The file with lines startLine..line replaced by the suggestion, as GitHub's "Commit suggestion" does. */
function applySuggestion(text: string, startLine: number, line: number, lines: string[]): string {
  const all = text.split('\n');
  all.splice(startLine - 1, line - startLine + 1, ...lines);
  return all.join('\n');
}

const requestsOf = (api: FakeApi, method: string, pathPart: string) => api.requests.filter((r) => r.method === method && r.path.includes(pathPart));
const notices = (stdout: string) => commandLines(stdout, 'notice').join('\n');

describe('suggestions on a pull request, then re-runs', () => {
  let api: FakeApi;
  let workspace: string;
  const foreign = [
    {
      id: 1,
      path: usPath,
      body: 'Why is this URL pasted here?',
      line: 3,
      start_line: null,
      side: 'RIGHT',
      start_side: null,
      commit_id: headSha,
      user: { login: 'octocat', type: 'User' },
    },
    {
      id: 2,
      path: 'README.md',
      body: 'Typo <!-- bc-lint: not a marker -->',
      line: 3,
      start_line: null,
      side: 'RIGHT',
      start_side: null,
      commit_id: headSha,
      user: { login: 'octocat', type: 'User' },
    },
  ];
  before(async () => {
    workspace = pullRequestCheckout();
    api = await startApi(workspace, { comments: structuredClone(foreign) });
  });
  after(() => api.close());

  test('one review with one suggestion per fixable finding on a changed line; each fixes its finding', async () => {
    const run = await suggest(api, workspace);
    assert.equal(run.status, 1, 'the errors still fail the step');
    assert.equal(notices(run.stdout), '', run.stdout);
    assert.equal(api.reviews.length, 1);
    const [review] = api.reviews;
    assert.equal(review!.event, 'COMMENT');
    assert.equal(review!.commit_id, headSha);
    const comments = review!.comments!;
    assert.deepEqual(
      comments.map((c) => ({ path: c.path, startLine: c.start_line ?? c.line, line: c.line, rule: /<!-- bc-lint:([a-z-]+):/.exec(c.body as string)?.[1] })),
      expected,
    );
    for (const comment of comments) {
      assert.equal(comment.side, 'RIGHT');
      if (comment.start_line !== undefined) assert.equal(comment.start_side, 'RIGHT');
    }
    // Every fixable finding is accounted for: suggested, on an unchanged line (4), or on a line with a secret (20).
    const before = cliFindings(workspace, usPath);
    assert.deepEqual(
      before.filter((finding) => finding.fix).map((finding) => finding.line),
      [3, 4, 12, 14, 20],
    );
    // Every finding of the file is still annotated.
    const annotated = [...commandLines(run.stdout, 'error'), ...commandLines(run.stdout, 'warning')].filter((line) => line.includes(`file=${usPath},`));
    assert.equal(annotated.length, before.length);

    const text = readFileSync(path.join(workspace, usPath), 'utf8');
    const scratch = mkdtempSync(path.join(tmpdir(), 'bc-lint-suggested-'));
    for (const comment of comments) {
      const body = comment.body as string;
      const rule = /<!-- bc-lint:([a-z-]+):[0-9a-f]{16} -->/.exec(body)![1]!;
      assert.ok(body.startsWith('<!-- bc-lint:'), body);
      assert.ok(body.includes(`[\`${rule}\`](${ruleDocsUrl(rule)})`), body);
      const finding = before.find((f) => f.line === (comment.start_line ?? comment.line) && f.ruleId === rule)!;
      assert.ok(body.includes(finding.message.replace(/[[\]]/g, '\\$&')), body);
      assert.ok(!body.includes(plaintextSecret));
      // Applied to the file, the suggestion makes its finding go away and changes nothing else.
      const fixed = applySuggestion(text, (comment.start_line ?? comment.line) as number, comment.line as number, suggestedLines(body));
      writeFileSync(path.join(scratch, 'us.bigcommerce.connection.yaml'), fixed);
      const after = cliFindings(scratch, 'us.bigcommerce.connection.yaml');
      assert.equal(after.length, before.length - 1, `${rule}: ${JSON.stringify(after)}`);
      assert.equal(after.filter((f) => f.ruleId === rule && f.line === finding.line).length, 0);
      assert.ok(!after.some((f) => f.fatal));
    }
    // The multi-line fix replaces both lines with one.
    assert.deepEqual(suggestedLines(comments[1]!.body as string), ['storeHash: "id30h7ohwf"']);
    assert.deepEqual(suggestedLines(comments[0]!.body as string), ['storeHash: ci4bzn8adz']);
    // Files and comments were both read page by page.
    assert.equal(requestsOf(api, 'GET', '/files').length, 2, 'two pages of files');
    assert.ok(requestsOf(api, 'GET', '/comments').length >= 1);
    assert.ok(!JSON.stringify(api.reviews).includes(plaintextSecret));
    // The secret reaches the log only in the command that masks it.
    assert.deepEqual(
      run.stdout.split('\n').filter((line) => line.includes(plaintextSecret)),
      [`::add-mask::${plaintextSecret}`],
    );
  });

  test('a re-run with nothing changed posts nothing and edits nothing', async () => {
    const requestsBefore = api.requests.length;
    const run = await suggest(api, workspace);
    assert.equal(run.status, 1);
    assert.equal(notices(run.stdout), '');
    assert.equal(api.reviews.length, 1, 'no second review');
    const during = api.requests.slice(requestsBefore);
    assert.deepEqual(
      during.filter((r) => r.method !== 'GET'),
      [],
    );
    // 5 comments over pages of 2: every page read.
    assert.deepEqual(
      during.filter((r) => r.path.includes('/comments')).map((r) => new URL(r.path, 'http://x').searchParams.get('page') ?? '1'),
      ['1', '2', '3'],
    );
    assert.match(
      run.stdout,
      /suggestions: 0 posted, 3 already on the pull request, 0 earlier marked resolved \(3 of 7 fixable findings are on lines the pull request changed; 1 on lines holding a secret get none\)/,
    );
  });

  test('a re-run after one suggestion was committed: nothing new, its comment marked resolved', async () => {
    // Commit the subdomain suggestion as GitHub's button would.
    const subdomainComment = api.comments.find((c) => c.body.includes('bc-lint:subdomain-format:'))!;
    const file = path.join(workspace, usPath);
    writeFileSync(file, applySuggestion(readFileSync(file, 'utf8'), 14, 14, suggestedLines(subdomainComment.body)));
    git(workspace, 'commit', '-q', '-am', 'Apply suggestion from bc-lint');
    const rerun = await startApi(workspace, { comments: structuredClone(api.comments) });
    try {
      const untouched = structuredClone(rerun.comments.filter((c) => c.id !== subdomainComment.id));
      const run = await suggest(rerun, workspace);
      assert.equal(run.status, 1);
      assert.equal(notices(run.stdout), '');
      assert.equal(rerun.reviews.length, 0, 'nothing new posted');
      assert.deepEqual(
        requestsOf(rerun, 'PATCH', '/pulls/comments/').map((r) => r.path),
        [`/api/v3/repos/${repository}/pulls/comments/${subdomainComment.id}`],
      );
      const resolved = rerun.comments.find((c) => c.id === subdomainComment.id)!;
      assert.match(resolved.body, new RegExp(`^<!-- bc-lint-resolved:subdomain-format:[0-9a-f]{16} -->\\n.*resolved in ${headSha}`));
      assert.ok(!resolved.body.includes('```suggestion'), 'the resolved comment offers no suggestion any more');
      assert.deepEqual(
        rerun.comments.filter((c) => c.id !== subdomainComment.id),
        untouched,
        'the other comments, human ones included, are left',
      );
      // Once more: the resolved comment is not edited again, nothing is posted.
      const again = await suggest(rerun, workspace);
      assert.equal(again.status, 1);
      assert.equal(rerun.reviews.length, 0);
      assert.equal(requestsOf(rerun, 'PATCH', '/pulls/comments/').length, 1);
    } finally {
      await rerun.close();
    }
  });
});

describe('suggestions degrade to annotations when the API cannot take them', () => {
  let workspace: string;
  let annotationsWithout: string[];
  before(async () => {
    workspace = pullRequestCheckout();
    const api = await startApi(workspace);
    try {
      const run = await suggest(api, workspace, { inputs: { suggestions: 'false' } });
      annotationsWithout = commandLines(run.stdout, 'error');
      assert.equal(api.requests.length, 0, 'suggestions off: no API call');
    } finally {
      await api.close();
    }
  });

  /** The run failed on its findings only, kept its annotations and summary, and said why there are no suggestions. */
  function assertDegraded(run: Awaited<ReturnType<typeof suggest>>, why: RegExp) {
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(commandLines(run.stdout, 'error'), annotationsWithout);
    assert.match(run.summary, /store-hash-format/);
    assert.equal(commandLines(run.stdout, 'error').filter((line) => /suggest/i.test(line)).length, 0);
    assert.match(notices(run.stdout), why);
  }

  test('a pull request from a fork: a notice, no API call to post', async () => {
    const api = await startApi(workspace);
    try {
      const payload = pullRequestPayload({ repository, number: pullNumber, changedFiles: 4, headRepository: 'contributor/connections' });
      const run = await suggest(api, workspace, { payload });
      assertDegraded(run, /not posted on a pull request from a fork/);
      assert.deepEqual(api.requests, []);
    } finally {
      await api.close();
    }
  });

  test('a 403 on the review (a read-only token): a notice naming the permission', async () => {
    const api = await startApi(workspace, {
      answerRequest: (r) =>
        r.kind === 'review'
          ? { status: 403, body: JSON.stringify({ message: 'Resource not accessible by integration' }), headers: { 'content-type': 'application/json' } }
          : undefined,
    });
    try {
      const run = await suggest(api, workspace);
      assertDegraded(run, /Resource not accessible by integration.*pull-requests: write/);
      assert.equal(requestsOf(api, 'POST', '/reviews').length, 1, 'a 403 is not retried');
    } finally {
      await api.close();
    }
  });

  test('a rate limit (429 with retry-after) is waited out, then the review is posted once', async () => {
    const api = await startApi(workspace, {
      answerRequest: (r) =>
        r.kind === 'review' && r.count === 1
          ? { status: 429, body: JSON.stringify({ message: 'API rate limit exceeded' }), headers: { 'content-type': 'application/json', 'retry-after': '1' } }
          : undefined,
    });
    try {
      const run = await suggest(api, workspace);
      assert.equal(run.status, 1);
      assert.equal(notices(run.stdout), '');
      assert.equal(requestsOf(api, 'POST', '/reviews').length, 2);
      assert.equal(api.reviews.length, 1);
      assert.equal(api.reviews[0]!.comments!.length, expected.length);
    } finally {
      await api.close();
    }
  });

  test('a 500 is retried a bounded number of times, then gives a notice', async () => {
    const api = await startApi(workspace, {
      answerRequest: (r) =>
        r.kind === 'comments' ? { status: 500, body: '<html>Internal error</html>', headers: { 'content-type': 'text/html' } } : undefined,
    });
    try {
      const run = await suggest(api, workspace);
      assertDegraded(run, /cannot list the review comments of pull request #12: HTTP 500.*gave up after 3 tries/);
      assert.equal(requestsOf(api, 'GET', '/comments').length, 3);
      assert.equal(requestsOf(api, 'POST', '/reviews').length, 0, 'without the existing comments, nothing is posted');
    } finally {
      await api.close();
    }
  });

  test('a server that never answers: each request times out, the listing is retried, the POST is not', async () => {
    const listing = await startApi(workspace, { answerRequest: (r) => (r.kind === 'files' ? 'stall' : undefined) });
    try {
      const run = await suggest(listing, workspace, { env: { BC_LINT_API_TIMEOUT_MS: '300' } });
      assertDegraded(run, /cannot list the files of pull request #12: no answer within 300 ms \(gave up after 3 tries\)/);
      assert.equal(requestsOf(listing, 'GET', '/files').length, 3);
    } finally {
      await listing.close();
    }
    const posting = await startApi(workspace, { answerRequest: (r) => (r.kind === 'review' ? 'stall' : undefined) });
    try {
      const run = await suggest(posting, workspace, { env: { BC_LINT_API_TIMEOUT_MS: '300' } });
      assertDegraded(run, /cannot post the review: no answer within 300 ms/);
      assert.equal(requestsOf(posting, 'POST', '/reviews').length, 1, 'a POST whose fate is unknown is not sent twice');
    } finally {
      await posting.close();
    }
  });

  test('on a push event, suggestions are not posted and the API is not called', async () => {
    const api = await startApi(workspace);
    try {
      const run = await runAction({ workspace, inputs: { suggestions: 'true', today }, eventName: 'push', token, apiUrl: api.url, repository });
      assert.equal(run.status, 1);
      assert.match(run.stdout, /suggestions: not posted, since this push event is not a pull request/);
      assert.deepEqual(api.requests, []);
    } finally {
      await api.close();
    }
  });

  test('an invalid suggestions value fails the step clearly', async () => {
    const run = await runAction({ workspace, inputs: { suggestions: 'yes please', today } });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /::error::bc-lint: suggestions must be true or false, not "yes please"/);
  });
});
