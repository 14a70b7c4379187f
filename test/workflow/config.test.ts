import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { allRuleMetas } from '../../src/rules/index.js';
import { connection, repoRoot, runCli } from '../helpers.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-config-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const tokenAuth = connection({ authType: 'token', scopes: '<omit>' });

test('.bc-lint.yaml in the working folder or a parent sets rule severities', () => {
  const root = project({
    '.bc-lint.yaml': 'rules:\n  no-token-auth: warn\n  token-type: off\n',
    'team/us/bigcommerce.connection.yaml': tokenAuth.replace('authType: token', 'authType: token\ntokenType: stencil-cli'),
  });
  const run = runCli(['--format', 'json'], { cwd: path.join(root, 'team/us') });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const [result] = JSON.parse(run.stdout);
  assert.deepEqual(
    result.messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity]),
    [['no-token-auth', 1]],
  );
});

test('--config FILE names the config; without it, none is used outside the project', () => {
  const root = project({ 'configs/strict.yaml': 'rules:\n  no-token-auth: off\n', 'bigcommerce.connection.yaml': tokenAuth });
  assert.equal(runCli([], { cwd: root }).status, 1);
  const run = runCli(['--config', 'configs/strict.yaml'], { cwd: root });
  assert.equal(run.status, 0, run.stdout);
  assert.equal(run.stdout, '');
});

test('ignore globs are relative to the config file', () => {
  const root = project({
    '.bc-lint.yaml': 'ignore:\n  - legacy/**\n  - "**/*.draft.bigcommerce.connection.yaml"\n',
    'legacy/old.bigcommerce.connection.yaml': 'broken: [\n',
    'stores/wip.draft.bigcommerce.connection.yaml': 'broken: [\n',
    'stores/us.bigcommerce.connection.yaml': connection(),
    'stores/legacy/kept.bigcommerce.connection.yaml': connection({ tokenType: 'stencil-cli' }),
  });
  const run = runCli(['--format', 'json'], { cwd: path.join(root, 'stores') });
  assert.equal(run.status, 1);
  const linted = JSON.parse(run.stdout).map((r: { filePath: string }) => path.relative(root, r.filePath));
  assert.deepEqual(linted, [path.join('stores', 'legacy', 'kept.bigcommerce.connection.yaml'), path.join('stores', 'us.bigcommerce.connection.yaml')]);
});

test('custom integration profiles: needs, storefrontTokens and excess', () => {
  const config = [
    'integrations:',
    '  erp-sync:',
    '    description: ERP order sync',
    '    storefrontTokens: false',
    '    needs: { orders: modify, products: read-only }',
    '    excess: true',
    '  storefront-app:',
    '    storefrontTokens: true',
    '    needs: { carts: modify }',
    '',
  ].join('\n');
  const erp = connection({ integration: 'erp-sync' }, { orders: 'read-only', products: 'read-only', themes: 'modify' });
  const app = connection({ integration: 'storefront-app' }, { carts: 'modify' });
  const root = project({ '.bc-lint.yaml': config, 'erp.bigcommerce.connection.yaml': erp, 'app.bigcommerce.connection.yaml': app });
  const run = runCli(['--format', 'json'], { cwd: root });
  const byFile = Object.fromEntries(
    JSON.parse(run.stdout).map((r: { filePath: string; messages: { ruleId: string; message: string }[] }) => [path.basename(r.filePath), r.messages]),
  );
  assert.deepEqual(
    byFile['erp.bigcommerce.connection.yaml'].map((m: { ruleId: string }) => m.ruleId),
    ['integration-requirements', 'excess-scopes'],
  );
  assert.match(byFile['erp.bigcommerce.connection.yaml'][0].message, /integration `erp-sync` needs `orders` at least `modify`/);
  assert.match(byFile['erp.bigcommerce.connection.yaml'][1].message, /`themes: modify` \(store_themes_manage\) is more than integration `erp-sync` needs/);
  // storefrontTokens: true keeps storefront-scopes-manage on.
  assert.deepEqual(
    byFile['app.bigcommerce.connection.yaml'].map((m: { ruleId: string }) => m.ruleId),
    ['storefront-scopes-manage', 'storefront-scopes-manage'],
  );
});

test('config mistakes exit 2 and name the key and the reason', () => {
  const cases: [string, RegExp][] = [
    ['rules:\n  no-token-atuh: warn\n', /\.bc-lint\.yaml:2:3: unknown rule `no-token-atuh`; did you mean `no-token-auth`\?/],
    [
      'rules:\n  schema: wrn\n',
      /\.bc-lint\.yaml:2:11: `rules\.schema` must be `off`, `warn`, `warning`, `error`, `0`, `1` or `2`; the value is not one of them\./,
    ],
    ['ignore:\n  - "legacy/[abc"\n', /ignore\[0\]: bad glob "legacy\/\[abc": Missing closing/],
    ['ignore:\n  - /etc/**\n', /ignore\[0\]: bad glob "\/etc\/\*\*": globs are relative/],
    ['rulez: {}\n', /\.bc-lint\.yaml:1:1: unknown key `rulez`; did you mean `rules`\?/],
    ['integrations:\n  erp:\n    needs: { orderz: modify }\n', /\.bc-lint\.yaml:3:14: unknown scope key `orderz`; did you mean `orders`\?/],
    [
      'integrations:\n  erp:\n    needs: { orders: manage }\n',
      /`integrations\.erp\.needs\.orders` must be `none`, `read-only` or `modify`; the value is not one of them\./,
    ],
    ['integrations:\n  erp:\n    excess: true\n', /\.bc-lint\.yaml:3:5: missing required key `needs`\./],
    ['integrations:\n  celigo:\n    needs: {}\n', /integrations\.celigo: `celigo` is a built-in profile/],
    ['integrations:\n  Bad_Name:\n    needs: {}\n', /\.bc-lint\.yaml:2:3: `integrations\.Bad_Name` is not in the expected form\. A profile name is lowercase/],
    ['- rules\n', /\.bc-lint\.yaml:1:1: the config must be a mapping of keys \(rules:, ignore:, integrations:\), not a list\./],
    ['rules: [\n', /\.bc-lint\.yaml:\d+:\d+: /],
  ];
  for (const [config, reason] of cases) {
    const root = project({ '.bc-lint.yaml': config, 'bigcommerce.connection.yaml': connection() });
    const run = runCli([], { cwd: root });
    assert.equal(run.status, 2, config);
    assert.match(run.stderr, reason, config);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  }
  const missing = runCli(['--config', 'nope.yaml', 'examples/valid']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read the config file nope\.yaml \(ENOENT\)/);
});

test('the published config schema accepts the documented format and lists every rule', () => {
  const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas/bc-lint.config.schema.json'), 'utf8'));
  const connectionSchema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas/bigcommerce.connection.schema.json'), 'utf8'));
  assert.deepEqual(
    Object.keys(schema.properties.rules.properties),
    allRuleMetas.map((meta) => meta.id),
  );
  const ajv = new Ajv({ strict: false });
  ajv.addSchema(connectionSchema);
  const validate = ajv.compile(schema);
  const documented = parse(
    'rules:\n  no-token-auth: warn\nignore:\n  - legacy/**\nintegrations:\n  erp-sync:\n    storefrontTokens: false\n    needs: { orders: modify, products: read-only }\n    excess: true\n',
  );
  assert.equal(validate(documented), true, JSON.stringify(validate.errors));
  assert.equal(validate({ rules: { 'no-such-rule': 'warn' } }), false);
});
