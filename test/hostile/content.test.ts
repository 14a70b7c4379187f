// Hostile input through the built CLI: files whose content is not a connection at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectHostileFileHandled, expectOne, hostileProject } from './hostile-run.js';

const noConnection = /the file holds no connection/;

test('an empty file is reported as holding no connection', async () => {
  const [message] = await expectHostileFileHandled(hostileProject(''), expectOne('schema', noConnection));
  assert.equal(message!.line, 1);
});

test('a file of comments only is reported as holding no connection', async () => {
  const comments = '# bigcommerce connection\n# TODO: fill in\n#\n# name: Not yet\n';
  await expectHostileFileHandled(hostileProject(comments), expectOne('schema', noConnection));
});

test('a scalar at the root is reported as not a mapping', async () => {
  await expectHostileFileHandled(hostileProject('just some text\n'), expectOne('schema', /must be a mapping of keys .* not a string/));
});

test('a list at the root is reported as not a mapping', async () => {
  const list = '- name: First\n  storeHash: ci4bzn8adz\n- name: Second\n';
  await expectHostileFileHandled(hostileProject(list), expectOne('schema', /must be a mapping of keys .* not a list/));
});
