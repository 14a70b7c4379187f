import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LintScheduler } from '../../src/lsp/lint-scheduler.js';

/** A lint that stays running until the test lets it finish, recording each call. */
function controlledLint() {
  const calls: string[] = [];
  const finishers: (() => void)[] = [];
  const lint = (uri: string) => {
    calls.push(uri);
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  const finishNext = async () => {
    finishers.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { calls, lint, finishNext };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

test('changes that arrive together are linted once, on the next turn, not after a delay', async () => {
  const { calls, lint } = controlledLint();
  const scheduler = new LintScheduler(lint);
  scheduler.request('file:///a.yaml');
  scheduler.request('file:///a.yaml');
  assert.deepEqual(calls, [], 'nothing runs inside the notification handler itself');
  await turn();
  assert.deepEqual(calls, ['file:///a.yaml']);
});

test('changes during a lint coalesce into exactly one more lint when it ends', async () => {
  const { calls, lint, finishNext } = controlledLint();
  const scheduler = new LintScheduler(lint);
  scheduler.request('file:///a.yaml');
  await turn();
  for (let i = 0; i < 5; i++) scheduler.request('file:///a.yaml');
  assert.equal(calls.length, 1, 'no second lint of the same document while one runs');
  await finishNext();
  assert.deepEqual(calls, ['file:///a.yaml', 'file:///a.yaml']);
  await finishNext();
  assert.equal(calls.length, 2, 'nothing more was asked for');
});

test('documents are scheduled independently', async () => {
  const { calls, lint } = controlledLint();
  const scheduler = new LintScheduler(lint);
  scheduler.request('file:///a.yaml');
  await turn();
  scheduler.request('file:///b.yaml');
  await turn();
  assert.deepEqual(calls, ['file:///a.yaml', 'file:///b.yaml']);
});

test('closing a document drops the lint waiting for it', async () => {
  const { calls, lint, finishNext } = controlledLint();
  const scheduler = new LintScheduler(lint);
  scheduler.request('file:///a.yaml');
  scheduler.cancel('file:///a.yaml');
  await turn();
  assert.deepEqual(calls, []);
  scheduler.request('file:///b.yaml');
  await turn();
  scheduler.request('file:///b.yaml');
  scheduler.cancel('file:///b.yaml');
  await finishNext();
  assert.deepEqual(calls, ['file:///b.yaml'], 'the change queued behind the running lint was dropped too');
});
