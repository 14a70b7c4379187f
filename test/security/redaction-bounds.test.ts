// Inputs that made the parser or the secret finder quadratic or unbounded now finish, under the hostile-run hang
// guard and memory limit (no timed assertion).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectHostileFileHandled, hostileProject } from '../hostile/hostile-run.js';

test('100,000 keys in one mapping, two of them the same: one duplicate-key finding, the run completes', async () => {
  const lines = ['name: Many keys', 'storeHash: abc123'];
  for (let i = 0; i < 100_000; i++) lines.push(`key${i}: v`);
  lines.push('key5: again');
  await expectHostileFileHandled(hostileProject(lines.join('\n') + '\n'), (messages) => {
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.ruleId, 'yaml-syntax');
    assert.match(messages[0]!.message, /keys must be unique: `key5` is written twice/);
  });
});

test('10,000 aliases of a secret: the run completes and never prints it', async () => {
  const lines = ['name: Many aliases', 'storeHash: abc123', 'authType: token', 'accessToken: &t Tq7Wz3Xv9Kp2', 'list:'];
  for (let i = 0; i < 10_000; i++) lines.push(`  - supportPin: *t`);
  const messages = await expectHostileFileHandled(hostileProject(lines.join('\n') + '\n'), (found) => assert.ok(found.length > 0));
  assert.ok(messages.every((message) => !message.message.includes('Tq7Wz3Xv9Kp2')));
});

test('a multi-megabyte unknown key: no edit distance on it, the run completes with a shortened key', async () => {
  const key = 'k'.repeat(4 * 1024 * 1024);
  await expectHostileFileHandled(hostileProject(`name: Long key\nstoreHash: abc123\nauthType: token\naccessToken: \${T}\n? ${key}\n: 1\n`), (messages) => {
    const unknown = messages.find((message) => /unknown key/.test(message.message));
    assert.ok(unknown, JSON.stringify(messages).slice(0, 500));
    assert.ok(unknown.message.length < 200);
    assert.doesNotMatch(unknown.message, /did you mean/);
  });
});
