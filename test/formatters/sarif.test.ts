import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { allRuleMetas } from '../../src/rules/index.js';
import { ruleDocsUrl } from '../../src/model/docs-url.js';
import { connection, repoRoot, runCli } from '../helpers.js';
import { describeErrors, sarifValidator } from '../schema-validators.js';

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Region } }>;
  partialFingerprints: { primaryLocationLineHash: string };
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision: string; 'problem.severity': string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ level: string; message: { text: string } }> }>;
    results: SarifResult[];
  }>;
}

const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

function sarifOf(args: string[], cwd = repoRoot, options: { respectFileModes?: boolean } = {}): SarifLog {
  const run = runCli(['--format', 'sarif', '--today', '2026-11-22', ...args], { cwd, ...options });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return JSON.parse(run.stdout) as SarifLog;
}

function assertValidSarif(log: SarifLog) {
  const validate = sarifValidator();
  assert.ok(validate(log), describeErrors(validate.errors));
}

/** What GitHub code scanning needs beyond the schema (docs: "SARIF support for code scanning"). */
function assertCodeScanningRules(log: SarifLog) {
  assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1, 'one run per tool and category');
  const run = log.runs[0]!;
  const driver = run.tool.driver;
  assert.equal(driver.name, 'bc-lint');
  assert.equal(driver.version, version);
  assert.match(driver.informationUri, /^https:\/\//);
  assert.deepEqual(
    driver.rules.map((rule) => rule.id),
    allRuleMetas.map((meta) => meta.id),
  );
  for (const rule of driver.rules) {
    const meta = allRuleMetas.find((m) => m.id === rule.id)!;
    assert.match(rule.name, /^[A-Z][A-Za-z]+$/, 'a Pascal-case friendly name');
    assert.ok(rule.shortDescription.text.length > 10 && !rule.shortDescription.text.includes('`'));
    assert.equal(rule.fullDescription.text, meta.docs);
    assert.ok(rule.help.text.includes(meta.docs) && rule.help.markdown.includes(meta.docs));
    assert.equal(rule.helpUri, ruleDocsUrl(rule.id));
    assert.ok(rule.help.markdown.includes(`](${rule.helpUri})`));
    assert.equal(rule.defaultConfiguration.level, meta.defaultSeverity);
    assert.ok(rule.properties.tags.length > 0);
    assert.ok(['very-high', 'high', 'medium', 'low'].includes(rule.properties.precision));
    assert.ok(['error', 'warning', 'recommendation'].includes(rule.properties['problem.severity']));
  }
  assert.ok(run.results.length <= 25_000);
  for (const result of run.results) {
    assert.equal(driver.rules[result.ruleIndex]!.id, result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    assert.ok(result.message.text.length > 0);
    assert.equal(result.locations.length, 1);
    const { artifactLocation, region } = result.locations[0]!.physicalLocation;
    assert.ok(!/^[a-z]+:/.test(artifactLocation.uri) && !artifactLocation.uri.startsWith('/'), `repo-relative: ${artifactLocation.uri}`);
    assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
    assert.ok(region.startLine >= 1 && region.endLine >= region.startLine && region.startColumn >= 1 && region.endColumn >= 1);
    assert.match(result.partialFingerprints.primaryLocationLineHash, /^[0-9a-f]{16}:\d+$/);
  }
}

test('--format sarif on examples/ is valid SARIF 2.1.0 for code scanning and holds exactly the JSON findings', () => {
  const log = sarifOf(['examples/']);
  assertValidSarif(log);
  assertCodeScanningRules(log);
  const json = runCli(['--format', 'json', '--today', '2026-11-22', 'examples/']);
  const expected = (
    JSON.parse(json.stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number }>;
    }>
  ).flatMap((result) =>
    result.messages.map((m) =>
      [path.relative(repoRoot, result.filePath), m.ruleId, m.severity === 2 ? 'error' : 'warning', m.message, m.line, m.column, m.endLine, m.endColumn].join(
        ' | ',
      ),
    ),
  );
  const actual = log.runs[0]!.results.map((r) => {
    const { artifactLocation, region } = r.locations[0]!.physicalLocation;
    return [artifactLocation.uri, r.ruleId, r.level, r.message.text, region.startLine, region.startColumn, region.endLine, region.endColumn].join(' | ');
  });
  assert.ok(expected.length >= 10);
  assert.deepEqual(actual, expected);
  assert.equal(log.runs[0]!.invocations[0]!.executionSuccessful, true);
  // Distinct findings get distinct fingerprints within a file.
  const keys = log.runs[0]!.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri} ${r.partialFingerprints.primaryLocationLineHash}`);
  assert.equal(new Set(keys).size, keys.length);
});

test('SARIF for clean files is valid with no results', () => {
  const log = sarifOf(['examples/valid/']);
  assertValidSarif(log);
  assertCodeScanningRules(log);
  assert.deepEqual(log.runs[0]!.results, []);
});

test('the SARIF schema check is real: it rejects a wrong version, a result without a message and a bad level', () => {
  const validate = sarifValidator();
  const log = sarifOf(['examples/broken/']);
  const [first, ...rest] = log.runs[0]!.results;
  assert.equal(validate({ ...log, version: '2.0.0' }), false);
  const withResults = (results: unknown[]) => ({ ...log, runs: [{ ...log.runs[0], results }] });
  assert.equal(validate(withResults([{ ...first, message: undefined }, ...rest])), false);
  assert.equal(validate(withResults([{ ...first, level: 'fatal' }, ...rest])), false);
  assert.equal(validate(withResults([{ ...first, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }])), false);
  assert.equal(validate(withResults([first, ...rest])), true);
});

test('an unreadable file becomes a tool execution notification and the SARIF stays valid', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-sarif-'));
  writeFileSync(path.join(root, 'good.bigcommerce.connection.yaml'), connection({ tokenType: 'stencil-cli' }));
  writeFileSync(path.join(root, 'locked.bigcommerce.connection.yaml'), connection());
  chmodSync(path.join(root, 'locked.bigcommerce.connection.yaml'), 0o000);
  // Root reads anything: respectFileModes makes the mode-000 file give the CLI a real EACCES, as root too.
  const log = sarifOf(['.'], root, { respectFileModes: true });
  assertValidSarif(log);
  assertCodeScanningRules(log);
  const run = log.runs[0]!;
  assert.deepEqual(
    run.results.map((r) => r.ruleId),
    ['token-type'],
  );
  assert.equal(run.invocations[0]!.executionSuccessful, false);
  const [notification] = run.invocations[0]!.toolExecutionNotifications ?? [];
  assert.equal(notification?.level, 'error');
  assert.match(notification!.message.text, /cannot read the file \(EACCES\)/);
});

test('primaryLocationLineHash follows the line content, not its number, and never the secret value', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-fingerprint-'));
  const base = connection({ tokenType: 'stencil-cli', supportPin: '918273' });
  const write = (name: string, text: string) => writeFileSync(path.join(root, name), text);
  write('a.bigcommerce.connection.yaml', base);
  write('b.bigcommerce.connection.yaml', `# moved down by a comment\n\n${base}`);
  write('c.bigcommerce.connection.yaml', base.replace('918273', '111111'));
  write('d.bigcommerce.connection.yaml', base.replace('tokenType: stencil-cli', 'tokenType:   stencil-cli'));
  write('e.bigcommerce.connection.yaml', base.replace('name: Test connection', 'name: Other connection'));
  const log = sarifOf(['.'], root);
  assertValidSarif(log);
  const hashes = (file: string) =>
    Object.fromEntries(
      log.runs[0]!.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === file).map((r) => [
        r.ruleId,
        r.partialFingerprints.primaryLocationLineHash,
      ]),
    );
  const a = hashes('a.bigcommerce.connection.yaml');
  assert.deepEqual(Object.keys(a).sort(), ['no-plaintext-secret', 'token-type']);
  assert.notEqual(a['token-type'], a['no-plaintext-secret']);
  assert.deepEqual(hashes('b.bigcommerce.connection.yaml'), a, 'lines moved down keep their hashes');
  assert.deepEqual(hashes('c.bigcommerce.connection.yaml'), a, 'another PIN gives the same hash: the value is not hashed');
  assert.deepEqual(hashes('d.bigcommerce.connection.yaml'), a, 'white space does not count');
  assert.deepEqual(hashes('e.bigcommerce.connection.yaml'), a, 'other lines do not count');
  // The same run twice gives the same fingerprints.
  assert.deepEqual(sarifOf(['.'], root).runs[0]!.results, log.runs[0]!.results);
  // Different content on the finding's line gives a different hash.
  write('a.bigcommerce.connection.yaml', base.replace('tokenType: stencil-cli', 'tokenType: "stencil-cli"'));
  const changed = sarifOf(['a.bigcommerce.connection.yaml'], root).runs[0]!.results.find((r) => r.ruleId === 'token-type')!;
  assert.notEqual(changed.partialFingerprints.primaryLocationLineHash, a['token-type']);
});
