/**
 * `bc-lint lsp` quick fixes, applied as an editor applies them and re-linted: each fix is the CLI's own fix, "fix
 * all" gives the bytes `bc-lint --fix` writes, and "disable for this line" suppresses exactly that finding.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { defaultToday, runCli } from '../helpers.js';
import { applyEdits, LspSession, wholeDocument, type CodeAction } from './lsp-client.js';
import { cliResult, cliShape, diagnosticShape, exampleAndFixtureFiles, tempFolder } from './support.js';

const withFindings = exampleAndFixtureFiles().filter((file) => cliResult(file).messages.length > 0);

/** The single edit of an action on one document. */
function editsOf(action: CodeAction, uri: string) {
  const changes = action.edit?.changes ?? {};
  assert.deepEqual(Object.keys(changes), [uri], `${action.title} edits this document only`);
  return changes[uri]!;
}

describe('bc-lint lsp: code actions', () => {
  let session: LspSession;
  let folder: string;
  before(async () => {
    session = await LspSession.start();
    folder = tempFolder('actions');
  });
  after(async () => {
    await session.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  for (const source of withFindings) {
    test(`${path.basename(path.dirname(source))}/${path.basename(source)}: each quick fix, applied and re-linted`, async () => {
      const file = path.join(folder, path.basename(source));
      copyFileSync(source, file);
      const uri = pathToFileURL(file).href;
      const original = readFileSync(file, 'utf8');
      const cli = cliResult(file);
      const diagnostics = await session.openFile(file);
      const actions = await session.codeActions(uri, wholeDocument, ['quickfix']);
      assert.ok(actions.every((action) => action.kind === 'quickfix'));

      const fixes = actions.filter((action) => action.title.startsWith('Fix this '));
      const cliFixes = cli.messages.filter((message) => message.fix);
      assert.equal(fixes.length, cliFixes.length, 'one quick fix per fixable finding');
      for (const [index, action] of fixes.entries()) {
        const message = cliFixes[index]!;
        assert.equal(action.isPreferred, true);
        assert.deepEqual(
          action.diagnostics?.map((d) => diagnosticShape(d)),
          [cliShape(message)],
          'linked to its diagnostic',
        );
        // The edit is the CLI's fix: the same text over the same offsets.
        const fixed = applyEdits(original, editsOf(action, uri));
        assert.equal(fixed, original.slice(0, message.fix!.range[0]) + message.fix!.text + original.slice(message.fix!.range[1]));
        const after = await session.replace(uri, fixed);
        assert.ok(
          !after.some((d) => JSON.stringify(diagnosticShape(d)) === JSON.stringify(cliShape(message))),
          `${action.title}: the finding is gone after the fix`,
        );
        writeFileSync(file, fixed);
        assert.deepEqual(
          after.map((d) => diagnosticShape(d)),
          cliResult(file).messages.map(cliShape),
          'and the rest is what the CLI reports',
        );
      }

      const disables = actions.filter((action) => action.title.startsWith('Disable '));
      const fatal = cli.messages.filter((message) => message.fatal).length;
      assert.equal(disables.length, diagnostics.length - fatal, 'a disable action per finding');
      for (const action of disables) {
        const [diagnostic] = action.diagnostics!;
        const rule = String(diagnostic!.code);
        assert.equal(action.title, `Disable ${rule} for this line`);
        const [edit] = editsOf(action, uri);
        const line = original.split('\n')[diagnostic!.range.start.line]!;
        const previous = original.split('\n')[diagnostic!.range.start.line - 1] ?? '';
        if (/^\s*#\s*bc-lint-disable-next-line\s/.test(previous)) {
          assert.match(edit!.newText, new RegExp(`^, ${rule}`), 'joins the directive already there');
        } else {
          assert.equal(edit!.newText, `${/^[ \t]*/.exec(line)![0]}# bc-lint-disable-next-line ${rule} -- reason\n`, 'indented like the line');
          assert.deepEqual(edit!.range.start, { line: diagnostic!.range.start.line, character: 0 });
        }
        const disabled = applyEdits(original, [edit!]);
        const after = await session.replace(uri, disabled);
        writeFileSync(file, disabled);
        const relinted = cliResult(file);
        assert.deepEqual(
          after.map((d) => diagnosticShape(d)),
          relinted.messages.map(cliShape),
        );
        const suppressed = relinted.suppressedMessages.filter((m) => m.ruleId === rule && m.message === diagnostic!.message);
        assert.equal(suppressed.length, 1, `${action.title}: the CLI reports the finding as suppressed`);
        // The directive silences the rule on that line: this finding, and any other of the same rule starting there.
        const sameLine = diagnostics.filter((d) => d.code === rule && d.range.start.line === diagnostic!.range.start.line).length;
        assert.equal(after.filter((d) => d.code === rule).length, diagnostics.filter((d) => d.code === rule).length - sameLine);
      }
      await session.close(uri);
    });
  }

  for (const source of withFindings.filter((file) => cliResult(file).messages.some((message) => message.fix))) {
    test(`${path.basename(source)}: "fix all" gives the bytes of bc-lint --fix`, async () => {
      await checkFixAll(session, folder, path.basename(source), readFileSync(source, 'utf8'));
    });
  }

  test('"fix all" keeps a BOM and CRLF line breaks as bc-lint --fix does', async () => {
    const text =
      '\uFEFF' +
      readFileSync(
        withFindings.find((file) => file.endsWith('store-hash.bigcommerce.connection.yaml'))!,
        'utf8',
      ).replace(/\n/g, '\r\n');
    await checkFixAll(session, folder, 'crlf.bigcommerce.connection.yaml', text);
  });

  test('"disable for this line" joins a bc-lint-disable-next-line comment already above the line', async () => {
    const file = path.join(folder, 'joined.bigcommerce.connection.yaml');
    const text = [
      'name: Test connection',
      '# bc-lint-disable-next-line subdomain-format -- kept as pasted',
      'storeHash: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/',
      'authType: custom',
      'accessToken: ${BIGCOMMERCE_ACCESS_TOKEN}',
      'scopes: {storefrontApiTokens: manage, storefrontApiCustomerImpersonationTokens: manage}',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const [diagnostic] = await session.open(uri, text);
    assert.equal(diagnostic?.code, 'store-hash-format');
    const actions = await session.codeActions(uri, diagnostic.range, ['quickfix']);
    const disable = actions.find((action) => action.title === 'Disable store-hash-format for this line')!;
    const disabled = applyEdits(text, editsOf(disable, uri));
    assert.ok(disabled.includes('# bc-lint-disable-next-line subdomain-format, store-hash-format -- kept as pasted\n'));
    assert.deepEqual(await session.replace(uri, disabled), []);
    writeFileSync(file, disabled);
    assert.deepEqual(
      cliResult(file).suppressedMessages.map((m) => m.ruleId),
      ['store-hash-format'],
    );
    await session.close(uri);
  });

  test('a clean file and a filter for other kinds get no actions', async () => {
    const file = exampleAndFixtureFiles().find((name) => name.endsWith('examples/valid/bigcommerce.connection.yaml'))!;
    const uri = pathToFileURL(file).href;
    assert.deepEqual(await session.openFile(file), []);
    assert.deepEqual(await session.codeActions(uri, wholeDocument), []);
    const broken = withFindings.find((name) => name.endsWith('pasted.bigcommerce.connection.yaml'))!;
    await session.openFile(broken);
    assert.deepEqual(await session.codeActions(pathToFileURL(broken).href, wholeDocument, ['refactor']), []);
  });
});

async function checkFixAll(session: LspSession, folder: string, name: string, text: string): Promise<void> {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  await session.open(uri, text);
  const actions = await session.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
  assert.equal(actions.length, 1);
  const [action] = actions;
  assert.equal(action!.kind, 'source.fixAll.bc-lint');
  const fixed = applyEdits(text, editsOf(action!, uri));

  const copy = path.join(folder, `copy-${name}`);
  writeFileSync(copy, text);
  const run = runCli(['--fix', '--today', defaultToday, path.basename(copy)], { cwd: folder });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  assert.equal(fixed, readFileSync(copy, 'utf8'), 'the same bytes as bc-lint --fix');
  assert.notEqual(fixed, text);

  const after = await session.replace(uri, fixed);
  writeFileSync(file, fixed);
  assert.deepEqual(
    after.map((d) => diagnosticShape(d, fixed.startsWith('\uFEFF'))),
    cliResult(file).messages.map(cliShape),
  );
  assert.deepEqual(await session.codeActions(uri, wholeDocument, ['source.fixAll.bc-lint']), [], 'nothing left to fix');
  await session.close(uri);
}
