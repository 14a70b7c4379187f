import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, connection, lint } from './helpers.js';

test('a valid connection has no findings', () => {
  assert.deepEqual(lint(connection()), []);
});

test('at() prints a compact range', () => {
  const [finding] = lint(connection({ storeHash: 'stores/pq7rs2' }));
  assert.equal(at(finding), '2:12-2:25');
});
