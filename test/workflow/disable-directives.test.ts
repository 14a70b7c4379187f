import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { connection, lint, runCli } from '../helpers.js';

const withDirective = (directive: string) => connection({ storeHash: `stores/pq7rs2\n${directive}\ntokenType: stencil-cli` });

test('disable-next-line suppresses the named rule on the next line only', () => {
  const text = withDirective('# bc-lint-disable-next-line token-type -- theme account, replaced in Q1');
  const findings = lint(text);
  assert.deepEqual(
    findings.map((f) => f.ruleId),
    ['store-hash-format'],
  );
});

test('disable-next-line with several rules, and a directive after a value', () => {
  const text = [
    'name: Several rules',
    '# bc-lint-disable-next-line store-hash-format, no-plaintext-secret -- fixture for the docs',
    'storeHash: stores/pq7rs2',
    'authType: token # bc-lint-disable-next-line no-plaintext-secret -- example only',
    'accessToken: plain-text-value',
    '',
  ].join('\n');
  assert.deepEqual(
    lint(text, { today: '2026-06-01' }).map((f) => f.ruleId),
    ['no-token-auth'],
  );
});

test('a directive that names another rule suppresses nothing', () => {
  const text = withDirective('# bc-lint-disable-next-line store-hash-format');
  assert.deepEqual(
    lint(text).map((f) => f.ruleId),
    ['store-hash-format', 'token-type'],
  );
});

test('disable-file suppresses a rule everywhere in the file, in every document', () => {
  const one = connection({ tokenType: 'stencil-cli' });
  const text = `# bc-lint-disable-file token-type -- theme accounts kept for the storefront team\n${one}---\n${one}`;
  assert.deepEqual(lint(text), []);
});

test('suppressed findings are kept with their reason in JSON suppressedMessages', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-directives-'));
  writeFileSync(path.join(root, 'bigcommerce.connection.yaml'), withDirective('# bc-lint-disable-next-line token-type -- theme account'));
  const run = runCli(['--format', 'json'], { cwd: root });
  const [result] = JSON.parse(run.stdout);
  assert.deepEqual(
    result.messages.map((m: { ruleId: string }) => m.ruleId),
    ['store-hash-format'],
  );
  assert.equal(result.suppressedMessages.length, 1);
  assert.equal(result.suppressedMessages[0].ruleId, 'token-type');
  assert.deepEqual(result.suppressedMessages[0].suppressions, [{ kind: 'directive', justification: 'theme account' }]);
});

test('a directive inside a quoted or block scalar is text, not a comment', () => {
  const text = connection({
    name: '"Name # bc-lint-disable-file token-type"',
    clientId: '|\n  # bc-lint-disable-file token-type',
    tokenType: 'stencil-cli',
  });
  // The block scalar is clientId's value (not a client ID, so client-id-format warns), and its # is text.
  assert.deepEqual(
    lint(text).map((f) => f.ruleId),
    ['client-id-format', 'token-type'],
  );
});

test('an unknown rule in a directive is reported, with a suggestion', () => {
  const findings = lint(withDirective('# bc-lint-disable-next-line token-typo'));
  const problem = findings.find((f) => f.ruleId === null);
  assert.ok(problem);
  assert.equal(problem.line, 3);
  assert.match(problem.message, /unknown rule `token-typo` in bc-lint-disable-next-line; did you mean `token-type`\?/);
});

test('--report-unused-disable-directives reports directives that suppress nothing', () => {
  const text = [
    '# bc-lint-disable-file excess-scopes -- nothing to suppress here',
    withDirective('# bc-lint-disable-next-line token-type, store-hash-format -- half used'),
  ].join('\n');
  assert.deepEqual(
    lint(text).filter((f) => f.ruleId === null),
    [],
  );
  const unused = lint(text, { reportUnusedDisableDirectives: true }).filter((f) => f.ruleId === null);
  assert.deepEqual(
    unused.map((f) => [f.line, f.message]),
    [
      [1, 'unused bc-lint-disable-file directive: no `excess-scopes` finding in this file to suppress.'],
      [4, 'unused bc-lint-disable-next-line directive: no `store-hash-format` finding on line 5 to suppress.'],
    ],
  );
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-unused-'));
  writeFileSync(path.join(root, 'bigcommerce.connection.yaml'), `# bc-lint-disable-file excess-scopes\n${connection()}`);
  assert.equal(runCli([], { cwd: root }).status, 0);
  const strict = runCli(['--report-unused-disable-directives'], { cwd: root });
  assert.equal(strict.status, 1);
  assert.match(strict.stdout, /1:1\s+error\s+unused bc-lint-disable-file directive/);
});

test('syntax errors cannot be suppressed', () => {
  const findings = lint('# bc-lint-disable-file yaml-syntax\nname: [unclosed\n');
  assert.equal(findings.filter((f) => f.ruleId === 'yaml-syntax').length, 1);
});
