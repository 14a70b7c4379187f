// Hostile input through the built CLI: very large files, a very long line, very many documents.
import assert from 'node:assert/strict';
import { truncateSync } from 'node:fs';
import { test } from 'node:test';
import { connection } from '../helpers.js';
import { expectHostileFileHandled, expectOne, hostileProject } from './hostile-run.js';

const megabyte = 1024 * 1024;

test('a 20 MB file (a comment block of 20 MB, then a connection) is checked to its end', async () => {
  const commentLine = `# ${'generated padding '.repeat(4)}\n`;
  const lines = Math.ceil((20 * megabyte) / commentLine.length);
  const text = commentLine.repeat(lines) + connection({ storeHash: 'stores/pq7rs2' });
  assert.ok(text.length >= 20 * megabyte);
  await expectHostileFileHandled(hostileProject(text), (messages) => {
    // The mistake after the padding is found, on its real line.
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.line, m.column]),
      [['store-hash-format', lines + 2, 12]],
    );
  });
});

test('a 20 MB list is checked up to 1,000,000 YAML tokens, then reported as too large', async () => {
  // Before the limit, yaml took about 75 s and 3.6 GB for this file.
  const first = connection({ storeHash: 'stores/pq7rs2' });
  const list = `name: Big list\nextra:\n${'  - x\n'.repeat(Math.ceil((20 * megabyte) / 6))}`;
  const text = `${first}---\n${list}`;
  const totalLines = text.split('\n').length;
  await expectHostileFileHandled(hostileProject(text), (messages) => {
    assert.deepEqual(
      messages.map((m) => m.ruleId),
      ['store-hash-format', 'yaml-syntax'],
    );
    assert.equal(messages[0]!.line, 2);
    assert.match(messages[1]!.message, /the file is too large to check: over 1,000,000 YAML tokens .*the rest of the file is not checked/);
    assert.ok(messages[1]!.line > 100_000 && messages[1]!.line < totalLines, `stopped at line ${messages[1]!.line}`);
  });
});

test('a 20 MB file of connection documents is checked up to 1,000,000 YAML tokens, then reported as too large', async () => {
  // About 100,000 documents; every 10,000th has a stencil-cli token type. Those before the limit are reported.
  const ordinary = connection();
  const broken = connection({ tokenType: 'stencil-cli' });
  const documents: string[] = [];
  for (let size = 0, i = 0; size < 20 * megabyte; i++) {
    documents.push(i % 10_000 === 9_999 ? broken : ordinary);
    size += documents[i]!.length + 4;
  }
  await expectHostileFileHandled(hostileProject(documents.join('---\n')), (messages) => {
    const tokenType = messages.filter((m) => m.ruleId === 'token-type');
    const last = messages.at(-1)!;
    assert.ok(tokenType.length >= 1 && tokenType.length < documents.length / 10_000, `${tokenType.length} token-type findings`);
    assert.equal(messages.length, tokenType.length + 1);
    assert.equal(last.ruleId, 'yaml-syntax');
    assert.match(last.message, /the file is too large to check: over 1,000,000 YAML tokens/);
    assert.ok(tokenType.every((m) => m.line < last.line));
  });
});

test('20 MB of blank lines is reported as too large, not parsed to the end', async () => {
  // Before the limit: about 40 s and 800 MB.
  await expectHostileFileHandled(hostileProject('\n'.repeat(20 * megabyte)), expectOne('yaml-syntax', /the file is too large to check/));
});

test('a 1 GB file is reported as too large without being read', async () => {
  // A sparse file: no disk space used. Read whole, it cost 1 GB of memory (and then read as zeros: binary).
  const project = hostileProject('');
  truncateSync(project.hostileFile, 1024 * megabyte);
  await expectHostileFileHandled(project, expectOne(null, /the file is 1024 MB, too large for a connection file \(the limit is 32 MB\); it was not read/));
});

test('a single 2 MB line is checked', async () => {
  const longName = 'n'.repeat(2 * megabyte);
  const text = connection({ name: longName });
  await expectHostileFileHandled(hostileProject(text), (messages) => {
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.ruleId, 'schema');
    assert.match(messages[0]!.message, /`name` must be at most 255 characters/);
    assert.deepEqual([messages[0]!.line, messages[0]!.column, messages[0]!.endLine, messages[0]!.endColumn], [1, 7, 1, 7 + longName.length]);
  });
});

test('5,000 documents in one file are each checked, with lines of the whole file', async () => {
  const documents: string[] = [];
  const expectedLines: number[] = [];
  let line = 1;
  for (let i = 0; i < 5000; i++) {
    // Every 1,000th connection has a stencil-cli token type (its 5th line).
    const text = i % 1000 === 999 ? connection({ name: `Connection ${i}`, tokenType: 'stencil-cli' }) : connection({ name: `Connection ${i}` });
    if (i % 1000 === 999) expectedLines.push(line + 4);
    documents.push(text);
    line += text.split('\n').length - 1 + 1; // the document's lines, then its `---`
  }
  await expectHostileFileHandled(hostileProject(documents.join('---\n')), (messages) => {
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.line]),
      expectedLines.map((expected) => ['token-type', expected]),
    );
  });
});
