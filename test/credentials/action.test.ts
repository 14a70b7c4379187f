/** The Action masks every credential value before it prints anything, and keeps them out of SARIF and the summary. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { commandLines, makeRepo, pullRequestPayload, runAction, startFakeApi, testRepository, type PullRequestFile } from '../action/harness.js';
import { accessToken, clientSecret, download, envToken, stencilToken, validConnection } from './fixtures.js';

test('the Action masks the credentials it finds before any other line, and no output shows them', async () => {
  const workspace = makeRepo({
    'bigcommerce.connection.yaml': validConnection,
    'api-account.txt': download,
    'secrets.stencil.json': `{ "accessToken": "${stencilToken}" }\n`,
    '.env.production': `BC_AUTH_TOKEN=${envToken}\n`,
  });
  const run = await runAction({ workspace, inputs: { 'sarif-file': 'bc-lint.sarif', today: '2026-11-22' } });
  const secrets = [accessToken, clientSecret, stencilToken, envToken];
  const lines = run.stdout.split(/\r?\n/);
  const masks = lines.filter((line) => line.startsWith('::add-mask::'));
  assert.deepEqual(masks.map((line) => line.slice('::add-mask::'.length)).sort(), [...secrets].sort());
  // Every mask comes before the first line that is not one.
  assert.deepEqual(lines.slice(0, masks.length), masks);
  for (const [label, text] of [
    ['log', lines.filter((line) => !line.startsWith('::add-mask::')).join('\n') + run.stderr],
    ['summary', run.summary],
    ['outputs', run.outputFile],
    ['sarif', readFileSync(path.join(workspace, 'bc-lint.sarif'), 'utf8')],
  ] as const) {
    for (const secret of secrets) assert.ok(!text.includes(secret), `the ${label} shows a credential value`);
  }
  assert.equal(commandLines(run.stdout, 'error').filter((line) => line.includes('no-committed-credentials')).length, 4);
  assert.equal(run.outputs.errors, '4');
});

test('only-changed checks the changed credential files a search would find, by content, and nothing unchanged', async () => {
  const workspace = makeRepo({
    'bigcommerce.connection.yaml': validConnection,
    'api-account.txt': download, // changed: the download
    'notes.txt': 'Meeting notes\n- name: the sync job\n', // changed: an ordinary text file, not linted as a connection
    'theme/secrets.stencil.json': `{ "accessToken": "${stencilToken}" }\n`, // changed
    '.env.production': `BC_AUTH_TOKEN=${envToken}\n`, // not changed: left alone
  });
  const files: PullRequestFile[] = [
    { filename: 'api-account.txt', status: 'added' },
    { filename: 'notes.txt', status: 'modified' },
    { filename: 'theme/secrets.stencil.json', status: 'modified' },
    { filename: 'README.md', status: 'modified' },
  ];
  const token = 'ghs_onlyChangedCredentialsTestToken';
  const api = await startFakeApi({ repository: testRepository, pullNumber: 3, files, token, pageSize: 100 });
  try {
    const run = await runAction({
      workspace,
      inputs: { 'only-changed': 'true', today: '2026-11-22' },
      eventName: 'pull_request',
      payload: pullRequestPayload({ repository: testRepository, number: 3, changedFiles: files.length }),
      token,
      apiUrl: api.url,
      repository: testRepository,
    });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /only-changed: pull request #3 changes 4 files; linting 3 of them, the connection files and credential files that still exist\./);
    const annotated = commandLines(run.stdout, 'error')
      .filter((line) => line.includes('file='))
      .map((line) => `${/file=([^,:]+)/.exec(line)?.[1]} ${/title=([^,]+)/.exec(line)?.[1]}`);
    assert.deepEqual(annotated.sort(), [
      'api-account.txt no-committed-credentials',
      'api-account.txt no-committed-credentials',
      'theme/secrets.stencil.json no-committed-credentials',
    ]);
    assert.match(run.stdout, /^skip, not in the checkout: README\.md$/m);
    const log = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of [accessToken, clientSecret, stencilToken, envToken]) assert.ok(!log.includes(secret), 'the log shows a credential value');
    assert.equal(run.outputs.errors, '3');
  } finally {
    await api.close();
  }
});
