// Hostile input through the built CLI: nesting far deeper than any connection (which needs three levels).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { connection } from '../helpers.js';
import { expectHostileFileHandled, expectOne, hostileProject, lintProject, messagesByFile, type JsonMessage } from './hostile-run.js';

const tooDeep = /nested more than 100 levels deep/;
const depth = 20_000;

/** The deep document follows an ordinary one with a mistake: that one is still checked. */
function afterAConnection(deep: string): string {
  return `${connection({ storeHash: 'stores/pq7rs2' })}---\n${deep}`;
}

function expectFirstDocumentCheckedThenTooDeep(deepLine: number): (messages: JsonMessage[]) => void {
  return (messages) => {
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.line]),
      [
        ['store-hash-format', 2],
        ['yaml-syntax', deepLine],
      ],
    );
    assert.match(messages[1]!.message, tooDeep);
    assert.match(messages[1]!.message, /the rest of the file is not checked/);
  };
}

const documentLines = connection().split('\n').length; // the first document's lines plus the `---` line

test('20,000-deep flow sequences ([[[...) are refused with a clear message', async () => {
  const deep = `name: Deep\nextra: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
  await expectHostileFileHandled(hostileProject(afterAConnection(deep)), expectFirstDocumentCheckedThenTooDeep(documentLines + 2));
});

test('20,000-deep flow mappings ({a: {a: ...) are refused with a clear message', async () => {
  const deep = `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
  await expectHostileFileHandled(hostileProject(afterAConnection(deep)), expectFirstDocumentCheckedThenTooDeep(documentLines + 1));
});

test('20,000-deep block sequences (- - - ...) are refused with a clear message', async () => {
  const deep = `${'- '.repeat(depth)}x\n`;
  await expectHostileFileHandled(hostileProject(afterAConnection(deep)), expectFirstDocumentCheckedThenTooDeep(documentLines + 1));
});

test('2,000-deep indented block mappings are refused with a clear message', async () => {
  // Indentation makes the file quadratic in the depth: 2,000 levels are already 2 MB.
  let deep = '';
  for (let level = 0; level < 2000; level++) deep += `${' '.repeat(level)}key${level}:\n`;
  deep += `${' '.repeat(2000)}value\n`;
  await expectHostileFileHandled(hostileProject(afterAConnection(deep)), expectFirstDocumentCheckedThenTooDeep(documentLines + 101));
});

test('two deeply nested files in one run: both reported, the run is not aborted', async () => {
  // yaml's composer overflowed the stack on the first; V8 then aborted the process on the second.
  const deep = `extra: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
  const project = hostileProject(deep);
  writeFileSync(path.join(project.root, 'second.bigcommerce.connection.yaml'), deep);
  await expectHostileFileHandled(project, expectOne('yaml-syntax', tooDeep));
  const byFile = messagesByFile(await lintProject(project));
  expectOne('yaml-syntax', tooDeep)(byFile.get('second.bigcommerce.connection.yaml') ?? []);
});

test('deep nesting in a file with a disable directive is reported, not an internal error', async () => {
  // Directives were found by a recursive walk over every parsed token, which overflowed the stack.
  const deep = `# bc-lint-disable-file token-type -- legacy\nextra: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
  await expectHostileFileHandled(hostileProject(deep), expectOne('yaml-syntax', tooDeep));
});

test('aliases that nest values deeper than the text does are refused with a clear message', async () => {
  // Each half is 60 levels deep in the text; the alias puts one inside the other: 120 levels.
  const half = 60;
  const text = `inner: &inner ${'['.repeat(half)}x${']'.repeat(half)}\nouter: ${'['.repeat(half)}*inner${']'.repeat(half)}\n`;
  await expectHostileFileHandled(hostileProject(text), expectOne('yaml-syntax', /nested more than 100 levels deep.*through aliases/));
});
