// Hostile input through the built CLI: bytes that are not UTF-8 text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connection } from '../helpers.js';
import { expectHostileFileHandled, expectOne, hostileProject } from './hostile-run.js';

test('invalid UTF-8 is reported at the first bad byte', async () => {
  // A Latin-1 "é" (0xe9) in the name on line 1.
  const text = connection({ name: 'Caf\u0000 store' });
  const bytes = Buffer.from(text, 'latin1');
  bytes[bytes.indexOf(0)] = 0xe9;
  const [message] = await expectHostileFileHandled(hostileProject(bytes), expectOne('yaml-syntax', /byte 0xe9 is not valid UTF-8/));
  assert.deepEqual([message!.line, message!.column], [1, 10]);
});

test('NUL bytes are reported as binary data, where the first one is', async () => {
  const text = connection().replace('authType: custom', 'authType: cus\u0000tom');
  const [message] = await expectHostileFileHandled(hostileProject(text), expectOne('yaml-syntax', /NUL byte/));
  assert.deepEqual([message!.line, message!.column], [3, 14]);
});

test('a binary file (a PNG) is reported as binary data, not parsed', async () => {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const headerChunk = [0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]; // length 13, "IHDR"
  const png = Buffer.concat([Buffer.from([...signature, ...headerChunk]), pseudoRandomBytes(64 * 1024, 42)]);
  const [message] = await expectHostileFileHandled(
    hostileProject(png),
    expectOne('yaml-syntax', /byte 0x89 is not valid UTF-8, and the file contains NUL bytes: it is binary data, not YAML text/),
  );
  assert.deepEqual([message!.line, message!.column], [1, 1]);
});

/** Reproducible noise (a linear congruential generator), so a failure can be replayed. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
