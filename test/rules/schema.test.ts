import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, connection, lint, lintRule } from '../helpers.js';

const storefrontScopes = ['scopes:', '  storefrontApiTokens: manage', '  storefrontApiCustomerImpersonationTokens: manage'];

function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

// Passing cases

test('the helper connection passes the schema', () => {
  assert.deepEqual(lintRule('schema', connection()), []);
});

test('a connection using every optional key passes every rule', () => {
  const text = yaml(
    '$schema: https://unpkg.com/bc-lint/schemas/bigcommerce.connection.schema.json',
    'name: Acme production',
    'storeHash: ci4bzn8adz',
    'subdomain: acme',
    'channelId: 2',
    'apiPath: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/',
    'authType: custom',
    'tokenType: v2-v3-api',
    'clientId: abcdefghijklmnopqrstuvwxyz12345',
    'clientSecret: ${BIGCOMMERCE_CLIENT_SECRET}',
    'accessToken: ${BIGCOMMERCE_ACCESS_TOKEN}',
    'supportPin: ${BIGCOMMERCE_SUPPORT_PIN}',
    'integration: celigo',
    ...storefrontScopes,
    '  metafieldsAccess: full',
  );
  assert.deepEqual(lint(text), []);
});

test('a name of exactly 4 characters is long enough', () => {
  assert.deepEqual(lintRule('schema', connection({ name: 'Acme' })), []);
});

test('scopes are not required with authType token', () => {
  const text = connection({ authType: 'token', scopes: '<omit>' });
  assert.deepEqual(lintRule('schema', text), []);
});

// Missing required keys

test('a missing required key is reported on the mapping that should hold it', () => {
  const text = yaml('name: Test connection', 'storeHash: ci4bzn8adz', 'authType: custom', ...storefrontScopes);
  const findings = lintRule('schema', text);
  assert.equal(findings.length, 1);
  const [finding] = findings;
  assert.equal(at(finding), '1:1-6:51');
  assert.equal(finding!.severity, 'error');
  assert.match(finding!.message, /missing required key `accessToken`/);
});

test('scopes are required with authType custom', () => {
  const findings = lintRule('schema', connection({ scopes: '<omit>' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '1:1-4:41');
  assert.match(findings[0]!.message, /missing required key `scopes`/);
  assert.match(findings[0]!.message, /authType: custom/);
});

test('each missing required key is its own finding', () => {
  const findings = lintRule('schema', yaml('name: Test connection', 'authType: token'));
  const messages = findings.map((finding) => finding.message);
  assert.equal(findings.length, 2);
  assert.ok(messages.some((message) => message.includes('`storeHash`')));
  assert.ok(messages.some((message) => message.includes('`accessToken`')));
});

// Wrong types

test('channelId written as a string is a wrong type', () => {
  const findings = lintRule('schema', connection({ channelId: '"2"' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '5:12-5:15');
  assert.equal(findings[0]!.severity, 'error');
  assert.match(findings[0]!.message, /`channelId` must be an integer, not a string/);
});

test('a numeric name is a wrong type', () => {
  const findings = lintRule('schema', connection({ name: '12345' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '1:7-1:12');
  assert.match(findings[0]!.message, /`name` must be a string, not a number/);
});

test('scopes written as a list is a wrong type', () => {
  const text = yaml('name: Test connection', 'storeHash: ci4bzn8adz', 'authType: custom', 'accessToken: ${TOKEN}', 'scopes:', '  - storefrontApiTokens');
  const findings = lintRule('schema', text);
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '6:3-6:24');
  assert.match(findings[0]!.message, /`scopes` must be a mapping, not a list/);
});

// Unknown keys

test('an unknown key is reported on the key with the closest known key suggested', () => {
  const findings = lintRule('schema', connection({ subDomain: 'acme' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '5:1-5:10');
  assert.equal(findings[0]!.severity, 'error');
  assert.match(findings[0]!.message, /unknown key `subDomain`; did you mean `subdomain`\?/);
});

test('an unknown key far from every known key gets no suggestion', () => {
  const findings = lintRule('schema', connection({ foo: 'bar' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '5:1-5:4');
  assert.match(findings[0]!.message, /unknown key `foo`/);
  assert.doesNotMatch(findings[0]!.message, /did you mean/);
});

test('a misspelt required key gives one finding, not also "missing required key"', () => {
  const text = yaml('name: Test connection', 'storehash: ci4bzn8adz', 'authType: custom', 'accessToken: ${TOKEN}', ...storefrontScopes);
  const findings = lintRule('schema', text);
  assert.equal(findings.length, 1, findings.map((finding) => finding.message).join('\n'));
  assert.equal(at(findings[0]), '2:1-2:10');
  assert.match(findings[0]!.message, /unknown key `storehash`; did you mean `storeHash`\?/);
});

test('a misspelt accessToken key gives one finding', () => {
  const text = yaml('name: Test connection', 'storeHash: ci4bzn8adz', 'authType: custom', 'accesToken: ${TOKEN}', ...storefrontScopes);
  const findings = lint(text);
  assert.equal(findings.length, 1, findings.map((finding) => finding.message).join('\n'));
  assert.equal(findings[0]!.ruleId, 'schema');
  assert.equal(at(findings[0]), '4:1-4:11');
  assert.match(findings[0]!.message, /did you mean `accessToken`\?/);
});

// Scopes

test('an unknown scope key is reported on the key with a suggestion', () => {
  const findings = lintRule('schema', connection({}, { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage', product: 'read-only' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '8:3-8:10');
  assert.match(findings[0]!.message, /unknown scope key `product`; did you mean `products`\?/);
});

test('a level the scope does not offer is reported on the level', () => {
  const findings = lintRule('schema', connection({}, { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage', customersLogin: 'modify' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '8:19-8:25');
  assert.equal(findings[0]!.severity, 'error');
  assert.match(findings[0]!.message, /`scopes.customersLogin` offers `none` or `login`/);
  assert.match(findings[0]!.message, /the value is not one of them/);
});

test('metafieldsAccess has no "none" level', () => {
  const findings = lintRule('schema', connection({}, { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage', metafieldsAccess: 'none' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '8:21-8:25');
  assert.match(findings[0]!.message, /offers `standard` or `full`/);
});

// Value constraints

test('a name shorter than 4 characters is too short', () => {
  const findings = lintRule('schema', connection({ name: 'abc' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '1:7-1:10');
  assert.match(findings[0]!.message, /`name` must be at least 4 characters/);
});

test('a name longer than 255 characters is too long', () => {
  const findings = lintRule('schema', connection({ name: 'x'.repeat(256) }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '1:7-1:263');
  assert.match(findings[0]!.message, /at most 255 characters/);
});

test('channelId 0 is below the minimum of 1', () => {
  const findings = lintRule('schema', connection({ channelId: '0' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '5:12-5:13');
  assert.match(findings[0]!.message, /`channelId` must be 1 or more/);
});

test('an authType other than custom or token is reported with the allowed values', () => {
  const findings = lintRule('schema', connection({ authType: 'oauth' }));
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '3:11-3:16');
  assert.match(findings[0]!.message, /`authType` must be `custom` or `token`; the value is not one of them/);
});

// The root of a document

test('a list at the root is not a connection', () => {
  const findings = lint(yaml('- name: Test connection', '- storeHash: ci4bzn8adz'));
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, 'schema');
  assert.equal(at(findings[0]), '1:1-2:24');
  assert.match(findings[0]!.message, /must be a mapping of keys.*not a list/);
});

test('a scalar at the root is not a connection', () => {
  const findings = lint(yaml('ci4bzn8adz'));
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, 'schema');
  assert.equal(at(findings[0]), '1:1-1:11');
  assert.match(findings[0]!.message, /must be a mapping of keys.*not a string/);
});

// Files with no connection

test('an empty file is reported as holding no connection', () => {
  const findings = lint('');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, 'schema');
  assert.equal(findings[0]!.severity, 'error');
  assert.equal(at(findings[0]), '1:1-1:1');
  assert.match(findings[0]!.message, /holds no connection/);
});

test('a file holding only comments is reported as holding no connection', () => {
  const findings = lint(yaml('# TODO: add the production store', '# (ask the owner for the API account)'));
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.ruleId, 'schema');
  assert.equal(at(findings[0]), '1:1-1:33');
  assert.match(findings[0]!.message, /holds no connection/);
});

test('a file holding only a document marker is reported as holding no connection', () => {
  const findings = lint(yaml('---'));
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /holds no connection/);
});

test('a second document with a connection is checked with line numbers of the whole file', () => {
  const text = connection() + '---\n' + connection({ name: 'abc' });
  const findings = lintRule('schema', text);
  assert.equal(findings.length, 1);
  assert.equal(at(findings[0]), '9:7-9:10');
});

// One problem, one finding

test('a storeHash holding a URL is reported by store-hash-format only, not also by the schema', () => {
  const findings = lint(connection({ storeHash: 'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/' }));
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['store-hash-format'],
  );
});

test('a plaintext accessToken is reported by no-plaintext-secret only, not also by the schema', () => {
  const findings = lint(connection({ accessToken: 'not-a-reference' }));
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['no-plaintext-secret'],
  );
});

test('a subdomain holding a URL is reported by subdomain-format only, not also by the schema', () => {
  const findings = lint(connection({ subdomain: 'https://acme.mybigcommerce.com' }));
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['subdomain-format'],
  );
});

test('an apiPath for V2 is reported by api-path-format only, not also by the schema', () => {
  const findings = lint(connection({ apiPath: 'https://api.bigcommerce.com/stores/ci4bzn8adz/v2/' }));
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['api-path-format'],
  );
});

test('a storefront scope at a level it does not offer is reported by storefront-scopes-manage only', () => {
  const findings = lint(connection({}, { storefrontApiTokens: 'read-only', storefrontApiCustomerImpersonationTokens: 'manage' }));
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['storefront-scopes-manage'],
  );
});

test('with store-hash-format turned off, the schema still rejects a storeHash holding a URL', () => {
  // The contract's schema rule reports "a structure the published schema rejects"; the de-duplication only
  // avoids reporting a value *again*. With the domain rule off, nothing else reports it.
  const findings = lint(connection({ storeHash: 'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/' }), {
    rules: { 'store-hash-format': 'off' },
  });
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['schema'],
  );
  assert.equal(at(findings[0]), '2:12-2:61');
});

// Configuration

test('the schema rule can be turned off', () => {
  assert.deepEqual(lint(connection({ name: 'abc' }), { rules: { schema: 'off' } }), []);
});

test('the schema rule can be lowered to a warning', () => {
  const findings = lint(connection({ name: 'abc' }), { rules: { schema: 'warning' } });
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'warning');
});
