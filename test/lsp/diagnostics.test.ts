import { ruleDocsUrl } from '../../src/model/docs-url.js';
/**
 * `bc-lint lsp` as an editor sees it: the built server over stdio, its diagnostics compared with the CLI's
 * `--format json` for the same text, config and date.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { fixturesDir } from '../helpers.js';
import { LspSession, type Diagnostic } from './lsp-client.js';
import { cliResult, cliShape, diagnosticShape, exampleAndFixtureFiles, tempFolder } from './support.js';

const docsUrl = ruleDocsUrl;

describe('bc-lint lsp: diagnostics', () => {
  let session: LspSession;
  before(async () => {
    session = await LspSession.start();
  });
  after(async () => {
    await session.shutdown();
  });

  test('advertises its features and answers as bc-lint', async () => {
    // The registration for config changes arrives after `initialized`; the first open waits for it to be processed.
    await session.openFile(path.join(fixturesDir, 'editor/clean-minimal.bigcommerce.connection.yaml'));
    assert.deepEqual(
      session.registrations.map(({ method, registerOptions }) => ({ method, registerOptions })),
      [
        {
          method: 'workspace/didChangeWatchedFiles',
          registerOptions: { watchers: [{ globPattern: '**/.bc-lint.{yaml,yml}' }, { globPattern: '**/*bigcommerce.connection.{yaml,yml}' }] },
        },
      ],
    );
  });

  for (const file of exampleAndFixtureFiles()) {
    test(`${path.relative(path.dirname(fixturesDir), file)}: the CLI's findings, as diagnostics`, async () => {
      const diagnostics = await session.openFile(file);
      const cli = cliResult(file);
      assert.deepEqual(
        diagnostics.map((d) => diagnosticShape(d)),
        cli.messages.map(cliShape),
      );
      for (const diagnostic of diagnostics) {
        assert.equal(diagnostic.source, 'bc-lint');
        assert.equal(diagnostic.codeDescription?.href, docsUrl(String(diagnostic.code)));
      }
    });
  }

  test('a BOM, CRLF line breaks and characters outside the BMP: same findings, in UTF-16 positions', async () => {
    const folder = tempFolder('positions');
    const file = path.join(folder, 'bigcommerce.connection.yaml');
    const text =
      '\uFEFF{name: "Shop 🛒🛒 one", storeHash: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/, authType: token,\r\n' + '  nöte: "😀", accessToken: x}\r\n';
    writeFileSync(file, text);
    try {
      const diagnostics = await session.open(pathToFileURL(file).href, text);
      const cli = cliResult(file);
      assert.ok(cli.messages.length >= 3, 'the CLI reports the pasted path, token auth and the unknown key');
      assert.deepEqual(
        diagnostics.map((d) => diagnosticShape(d, true)),
        cli.messages.map(cliShape),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('re-lints on change (incremental edits) and after closing clears the diagnostics', async () => {
    const folder = tempFolder('change');
    const file = path.join(folder, 'shop.bigcommerce.connection.yaml');
    copyFileSync(path.join(fixturesDir, '../../examples/valid/bigcommerce.connection.yaml'), file);
    const uri = pathToFileURL(file).href;
    try {
      assert.deepEqual(await session.openFile(file), []);
      const lines = session.text(uri).split('\n');
      const authLine = lines.findIndex((line) => line.startsWith('authType:'));
      assert.notEqual(authLine, -1);
      const changed = await session.edit(uri, [
        { range: { start: { line: authLine, character: 10 }, end: { line: authLine, character: lines[authLine]!.length } }, newText: 'token' },
      ]);
      writeFileSync(file, session.text(uri));
      assert.deepEqual(
        changed.map((d) => diagnosticShape(d)),
        cliResult(file).messages.map(cliShape),
      );
      assert.ok(changed.some((d) => d.code === 'no-token-auth'));
      assert.deepEqual(await session.close(uri), []);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('hover on a finding shows its rule, description and docs link; elsewhere nothing', async () => {
    const file = path.join(fixturesDir, '../../examples/broken/pasted.bigcommerce.connection.yaml');
    const uri = pathToFileURL(file).href;
    const diagnostics = await session.openFile(file);
    const storeHash = diagnostics.find((d) => d.code === 'store-hash-format')!;
    const inside = { line: storeHash.range.start.line, character: storeHash.range.start.character + 3 };
    const hover = await session.hover(uri, inside);
    assert.equal(hover?.contents.kind, 'markdown');
    assert.match(hover!.contents.value, /^\*\*bc-lint `store-hash-format`\*\*: /);
    assert.ok(hover!.contents.value.includes(`[Documentation of store-hash-format](${docsUrl('store-hash-format')})`));
    assert.deepEqual(hover!.range, storeHash.range);
    assert.equal(await session.hover(uri, { line: 0, character: 0 }), null, 'the comment on line 1 has no finding');
  });

  test('a file the CLI reports as yaml-syntax gets that diagnostic, and the server goes on', async () => {
    const folder = tempFolder('broken');
    const file = path.join(folder, 'bigcommerce.connection.yaml');
    writeFileSync(file, 'name: "unterminated\nstoreHash: [ci4bzn8adz\n  - : :\n');
    try {
      const diagnostics = await session.openFile(file);
      assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.code === 'yaml-syntax'));
      assert.deepEqual(
        diagnostics.map((d) => diagnosticShape(d)),
        cliResult(file).messages.map(cliShape),
      );
      // Hover and code actions on a broken file answer too.
      await session.hover(pathToFileURL(file).href, diagnostics[0]!.range.start);
      const actions = await session.codeActions(pathToFileURL(file).href, diagnostics[0]!.range);
      assert.deepEqual(actions, [], 'no fix and no disable comment for a file that cannot be parsed');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('only connection files are linted', async () => {
    const folder = tempFolder('other');
    try {
      const other = pathToFileURL(path.join(folder, 'docker-compose.yml')).href;
      const diagnostics = await session.open(other, 'services: [\n');
      assert.deepEqual(diagnostics, []);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('bc-lint lsp: project config', () => {
  test('follows .bc-lint.yaml from the file folder and re-lints open files when it changes', async () => {
    const folder = tempFolder('config');
    const file = path.join(folder, 'team', 'shop.bigcommerce.connection.yaml');
    const config = path.join(folder, '.bc-lint.yaml');
    const configUri = pathToFileURL(config).href;
    writeFileSync(config, 'rules:\n  store-hash-format: warn\n');
    const session = await LspSession.start();
    try {
      mkdirSync(path.dirname(file));
      copyFileSync(path.join(fixturesDir, '../../examples/broken/pasted.bigcommerce.connection.yaml'), file);
      const uri = pathToFileURL(file).href;
      const compare = (diagnostics: Diagnostic[]) =>
        assert.deepEqual(
          diagnostics.map((d) => diagnosticShape(d)),
          cliResult(file).messages.map(cliShape),
        );

      const first = await session.openFile(file);
      compare(first);
      assert.equal(first.find((d) => d.code === 'store-hash-format')?.severity, 2, 'the config turns it into a warning');

      writeFileSync(config, 'rules:\n  store-hash-format: off\n  no-token-auth: warn\n');
      let next = session.nextDiagnostics(uri);
      await session.watchedFilesChanged([{ uri: configUri, type: 2 }]);
      const second = await next;
      compare(second);
      assert.ok(!second.some((d) => d.code === 'store-hash-format'));
      assert.equal(second.find((d) => d.code === 'no-token-auth')?.severity, 2);

      writeFileSync(config, 'rules:\n  store-hash-format: [not, a, severity]\n');
      next = session.nextDiagnostics(uri);
      await session.watchedFilesChanged([{ uri: configUri, type: 2 }]);
      const broken = await next;
      assert.equal(broken.length, 1);
      assert.match(broken[0]!.message, /^bc-lint cannot use the project config: .*store-hash-format/);
      assert.equal(cliResultStatus(file), 2, 'the CLI refuses the config too');

      rmSync(config);
      next = session.nextDiagnostics(uri);
      await session.watchedFilesChanged([{ uri: configUri, type: 3 }]);
      compare(await next);
    } finally {
      await session.shutdown();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('without dynamic registration the server registers nothing and still follows didChangeWatchedFiles', async () => {
    const session = await LspSession.start({ dynamicWatchers: false });
    try {
      await session.openFile(path.join(fixturesDir, 'editor/clean-minimal.bigcommerce.connection.yaml'));
      assert.deepEqual(session.registrations, []);
    } finally {
      await session.shutdown();
    }
  });
});

function cliResultStatus(file: string): number | null {
  try {
    cliResult(file);
    return 0;
  } catch (error) {
    return Number(/exited (\d+)/.exec(String(error))?.[1]);
  }
}

describe('bc-lint lsp: dates', () => {
  const pasted = path.join(fixturesDir, '../../examples/broken/pasted.bigcommerce.connection.yaml');
  test('initializationOptions.today and `lsp --today` set the date of date-bound rules, as --today does', async () => {
    for (const [options, expected] of [
      [{ initializationOptions: { today: '2026-01-15' } }, 2],
      [{ args: ['--today', '2026-01-15'], initializationOptions: {} }, 2],
      [{ initializationOptions: { today: '2026-07-01' } }, 1],
    ] as const) {
      const session = await LspSession.start(options);
      try {
        const diagnostics = await session.openFile(pasted);
        assert.equal(diagnostics.find((d) => d.code === 'no-token-auth')?.severity, expected, JSON.stringify(options));
      } finally {
        await session.shutdown();
      }
    }
  });
});

describe('bc-lint lsp: failures and secrets', () => {
  const secretsFixture = path.join(fixturesDir, 'cli/secrets.bigcommerce.connection.yaml');
  const secretValues = (text: string) => [...text.matchAll(/SECRET-[\w-]+/g)].map((m) => m[0]).concat('918273');

  test('an internal error in one file is logged without secrets; the server keeps serving the others', async () => {
    const folder = tempFolder('internal');
    // BC_LINT_LSP_TEST_THROW_FOR (test-only) makes linting a file of this name throw inside the server.
    const failing = path.join(folder, 'boom.bigcommerce.connection.yaml');
    copyFileSync(secretsFixture, failing);
    const session = await LspSession.start({ env: { BC_LINT_LSP_TEST_THROW_FOR: 'boom.bigcommerce.connection.yaml' } });
    try {
      const diagnostics = await session.openFile(failing);
      assert.equal(diagnostics.length, 1);
      assert.match(diagnostics[0]!.message, /internal error/);
      const log = await session.nextLog((entry) => entry.message.includes('internal error while linting'));
      assert.equal(log.type, 1, 'logged as an error');
      assert.ok(log.message.includes(failing));
      const uri = pathToFileURL(failing).href;
      assert.deepEqual(await session.codeActions(uri, diagnostics[0]!.range), []);
      assert.equal(await session.hover(uri, { line: 0, character: 0 }), null);

      const other = path.join(fixturesDir, '../../examples/broken/scopes.bigcommerce.connection.yaml');
      assert.deepEqual(
        (await session.openFile(other)).map((d) => diagnosticShape(d)),
        cliResult(other).messages.map(cliShape),
      );
      for (const secret of secretValues(readFileSync(secretsFixture, 'utf8'))) assert.ok(!session.logs.some((l) => l.message.includes(secret)));
      assert.equal(await session.shutdown(), 0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('no secret value in any diagnostic, hover, code action, log message or trace', async () => {
    const session = await LspSession.start();
    try {
      await session.setTrace('verbose');
      const uri = pathToFileURL(secretsFixture).href;
      const text = readFileSync(secretsFixture, 'utf8');
      const diagnostics = await session.openFile(secretsFixture);
      assert.ok(diagnostics.length >= 6);
      for (const diagnostic of diagnostics) {
        await session.hover(uri, diagnostic.range.start);
        await session.hover(uri, diagnostic.range.end);
        await session.codeActions(uri, diagnostic.range, ['quickfix']);
      }
      await session.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } });
      // An edit that makes the file unparsable: yaml-syntax messages must not quote the secret either.
      await session.replace(uri, text.replace('clientSecret: SECRET-client-7f3e9a1b2c4d', 'clientSecret: [SECRET-client-7f3e9a1b2c4d'));
      await session.shutdown();
      const secrets = secretValues(text);
      assert.ok(secrets.length >= 6);
      for (const secret of secrets) assert.ok(!session.rawOutput.includes(secret), `the server's output contains ${secret.slice(0, 8)}...`);
    } finally {
      if (session.exitCode === null) await session.shutdown();
    }
  });

  test('shutdown then exit ends the server with code 0', async () => {
    const session = await LspSession.start();
    assert.equal(await session.shutdown(), 0);
  });
});
