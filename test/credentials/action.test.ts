/** The Action masks every credential value before it prints anything, and keeps them out of SARIF and the summary. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { commandLines, makeRepo, runAction } from '../action/harness.js';
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
