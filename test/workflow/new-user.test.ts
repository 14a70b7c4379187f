import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { connection, runCli } from '../helpers.js';

/**
 * The acceptance walk-through: a repository of twenty connection files; turn a rule to warn in .bc-lint.yaml,
 * suppress one finding with a reason, run --fix, and get a clean run.
 */
test('twenty connection files: config, one suppression, --fix, then a clean run', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-team-'));
  const files: string[] = [];
  for (let i = 0; i < 20; i++) {
    const region = `store-${String(i).padStart(2, '0')}`;
    const overrides: Record<string, string> = { name: `Store ${i} connection`, storeHash: `hash${i}abc` };
    if (i % 4 === 0) overrides.storeHash = `https://api.bigcommerce.com/stores/hash${i}abc/v3/`; // fixable
    if (i % 5 === 0) overrides.subdomain = `https://shop${i}.mybigcommerce.com/`; // fixable
    if (i === 7) overrides.authType = 'token'; // to be turned into a warning by the config
    if (i === 7) overrides.scopes = '<omit>';
    if (i === 13) overrides.tokenType = 'stencil-cli'; // to be suppressed with a reason
    const file = path.join(root, 'stores', `${region}.bigcommerce.connection.yaml`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, connection(overrides));
    files.push(file);
  }

  const first = runCli(['--format', 'json', '--today', '2026-11-22'], { cwd: root });
  assert.equal(first.status, 1);
  const ruleIds = JSON.parse(first.stdout).flatMap((r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId));
  assert.equal(ruleIds.filter((id: string) => id === 'store-hash-format').length, 5);
  assert.equal(ruleIds.filter((id: string) => id === 'subdomain-format').length, 4);
  assert.ok(ruleIds.includes('no-token-auth') && ruleIds.includes('token-type'));

  writeFileSync(path.join(root, '.bc-lint.yaml'), 'rules:\n  no-token-auth: warn\n');
  const suppressed = files[13]!;
  writeFileSync(
    suppressed,
    readFileSync(suppressed, 'utf8').replace(
      'tokenType: stencil-cli',
      '# bc-lint-disable-next-line token-type -- theme account until the Q1 rebuild\ntokenType: stencil-cli',
    ),
  );
  const fixed = runCli(['--fix', '--today', '2026-11-22'], { cwd: root });
  assert.equal(fixed.status, 0, fixed.stdout);
  assert.match(fixed.stdout, /warning .* no-token-auth/);

  const clean = runCli(['--today', '2026-11-22', '--max-warnings', '1'], { cwd: root });
  assert.equal(clean.status, 0, clean.stdout);
  assert.match(clean.stdout, /1 problem \(0 errors, 1 warning\)/);
  assert.match(readFileSync(files[0]!, 'utf8'), /^storeHash: hash0abc$/m);
  assert.match(readFileSync(files[5]!, 'utf8'), /^subdomain: shop5$/m);
});
