// No secret reaches any CLI output (stylish, json, sarif, github), whatever the file does to hide or reuse it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultToday, runCli, type JsonResult } from '../helpers.js';
import { assertNoLeak, outputsOf, project } from './redaction-leaks.js';

const jsonOf = (root: string) => {
  const run = runCli(['--format', 'json', '--today', defaultToday, '.'], { cwd: root });
  return JSON.parse(run.stdout) as (JsonResult & { source?: string })[];
};

test('an unquoted ${...} in a flow mapping: the plaintext clientSecret after it is in no message, no source', () => {
  const secret = 'Fq9zXv7Lw2Kp4Nt';
  const root = project({
    'flow.bigcommerce.connection.yaml': `{ name: Flow, storeHash: pq7rs2, authType: custom, accessToken: \${BIGCOMMERCE_ACCESS_TOKEN}, clientSecret: ${secret} }\n`,
  });
  const [result] = jsonOf(root);
  // One finding, on the unquoted reference (not one per token after it), saying what to do.
  assert.deepEqual(
    result!.messages.map((m) => [m.ruleId, m.line, m.column]),
    [['yaml-syntax', 1, 65]],
  );
  assert.match(result!.messages[0]!.message, /quote the reference: '\$\{NAME\}'\.$/);
  assert.ok(result!.source !== undefined && !result!.source.includes('Lw2Kp4'));
  assertNoLeak(outputsOf(root), [secret]);
});

test('secrets that start with >, |, ], }, * or hold a comma or a bad escape are never printed', () => {
  const secrets = {
    greater: '>Gq8Zr2Vx6Nm1',
    pipe: '|Pw7Yk3Jd9Hs4',
    bracket: ']Bz5Xq1Wm8Rt3',
    brace: '}Cv2Nb7Lk4Qp9',
    star: '*Sx3Fg8Hj1Dk6',
    comma: 'Cq4Tz9,Wr7Yx2Mv5',
    escape: 'Ez6\\qKp3Vn8Js1',
  };
  const root = project({
    'greater.bigcommerce.connection.yaml': `name: Greater\naccessToken: ${secrets.greater}\nstoreHash: pq7rs2\n`,
    'pipe.bigcommerce.connection.yaml': `name: Pipe\nclientSecret: ${secrets.pipe}\nstoreHash: pq7rs2\n`,
    'bracket.bigcommerce.connection.yaml': `{ name: Bracket, clientSecret: ${secrets.bracket}, storeHash: pq7rs2 }\n`,
    'brace.bigcommerce.connection.yaml': `{ name: Brace, accessToken: ${secrets.brace}, storeHash: pq7rs2 }\n`,
    'star.bigcommerce.connection.yaml': `name: Star\naccessToken: ${secrets.star}\nstoreHash: pq7rs2\n`,
    'comma.bigcommerce.connection.yaml': `{ name: Comma, accessToken: ${secrets.comma}, storeHash: pq7rs2 }\n`,
    'escape.bigcommerce.connection.yaml': `name: Escape\nclientSecret: "${secrets.escape}"\nstoreHash: pq7rs2\n`,
  });
  const results = jsonOf(root);
  assert.equal(results.length, 7);
  for (const result of results) assert.ok(result.messages.length > 0, result.filePath);
  const escape = results.find((result) => result.filePath.endsWith('escape.bigcommerce.connection.yaml'))!;
  assert.match(escape.messages[0]!.message, /bad escape in a double-quoted string/);
  assertNoLeak(
    outputsOf(root),
    Object.values(secrets).flatMap((secret) => [secret, secret.slice(1)]),
  );
});

test('a secret reused through an alias in tokenType, integration, subdomain, storeHash and a scope level is never quoted', () => {
  const secret = 'Az7Qw3Ex9Rc5Tv1';
  const root = project({
    'alias.bigcommerce.connection.yaml': [
      'name: Alias reuse',
      'storeHash: pq7rs2',
      'authType: custom',
      `accessToken: &t ${secret}`,
      'tokenType: *t',
      'integration: *t',
      'subdomain: *t',
      'scopes:',
      '  storefrontApiTokens: *t',
      '  storefrontApiCustomerImpersonationTokens: manage',
      '',
    ].join('\n'),
    'hash.bigcommerce.connection.yaml': [
      'name: Alias in a path',
      'authType: custom',
      'accessToken: &p https://api.bigcommerce.com/stores/q7w9e3r5t1/v3/',
      'storeHash: *p',
      'apiPath: *p',
      'scopes: { storefrontApiTokens: manage, storefrontApiCustomerImpersonationTokens: manage }',
      '',
    ].join('\n'),
  });
  const results = jsonOf(root);
  const rules = results.flatMap((result) => result.messages.map((m) => m.ruleId));
  for (const rule of ['schema', 'integration-requirements', 'storefront-scopes-manage', 'subdomain-format', 'store-hash-format']) {
    assert.ok(rules.includes(rule), `${rule} in ${rules.join(', ')}`);
  }
  // No fix would write (a part of) a secret somewhere else.
  assert.ok(
    results.every((result) => result.messages.every((m) => m.fix === undefined)),
    JSON.stringify(results),
  );
  assertNoLeak(outputsOf(root), [secret, 'q7w9e3r5t1/v3/', 'q7w9e3r5t1']);
});

test('a token pasted into subdomain is not printed, lower-cased or not, in a message or a fix, in its file or another', () => {
  const token = 'Pk2Mz8Xq4Wv6Jr';
  const root = project({
    'same.bigcommerce.connection.yaml': `name: Same file\nstoreHash: pq7rs2\nauthType: token\naccessToken: ${token}\nsubdomain: ${token}\n`,
    'a-token.bigcommerce.connection.yaml': `name: Token here\nstoreHash: pq7rs2\nauthType: token\naccessToken: ${token}\n`,
    'b-subdomain.bigcommerce.connection.yaml': `name: Label here\nstoreHash: pq7rs2\nauthType: token\naccessToken: \${T}\nsubdomain: ${token}\n`,
  });
  const results = jsonOf(root);
  for (const result of results.filter((r) => !r.filePath.endsWith('a-token.bigcommerce.connection.yaml'))) {
    const subdomain = result.messages.find((m) => m.ruleId === 'subdomain-format');
    assert.ok(subdomain, result.filePath);
    assert.equal(subdomain.fix, undefined);
  }
  assertNoLeak(outputsOf(root), [token]);
});

/** The fingerprints of a SARIF run over one file. */
function fingerprints(text: string): string[] {
  const root = project({ 'pin.bigcommerce.connection.yaml': text });
  const run = runCli(['--format', 'sarif', '--today', defaultToday, '.'], { cwd: root });
  const log = JSON.parse(run.stdout) as { runs: { results: { partialFingerprints: { primaryLocationLineHash: string } }[] }[] };
  return log.runs[0]!.results.map((result) => result.partialFingerprints.primaryLocationLineHash);
}

test('SARIF fingerprints do not depend on a PIN in a list or under a misspelt key', () => {
  const file = (pin: string) => `${baseConnection}supportPin: [${pin}]\nsupportPn: ${pin}\n`;
  const first = fingerprints(file('4821'));
  assert.ok(first.length >= 2); // supportPin must be a string; supportPn is an unknown key
  assert.deepEqual(fingerprints(file('1234')), first);
  assert.deepEqual(fingerprints(file('987654')), first);
});

test('SARIF fingerprints of a broken document do not depend on its secret', () => {
  const file = (secret: string) => `{ name: Broken, accessToken: \${BIGCOMMERCE_ACCESS_TOKEN}, supportPin: ${secret} }\n`;
  const first = fingerprints(file('4821'));
  assert.ok(first.length > 0);
  assert.deepEqual(fingerprints(file('1234')), first);
  assert.deepEqual(fingerprints(file('98')), first);
});

const baseConnection = 'name: Pin test\nstoreHash: pq7rs2\nauthType: token\naccessToken: ${BIGCOMMERCE_ACCESS_TOKEN}\n';
