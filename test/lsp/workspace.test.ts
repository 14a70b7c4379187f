/**
 * client-id-reuse in the editor: a document sees the workspace's other connection files (open documents as the
 * editor holds them, the others from disk), as `bc-lint --format json` run over the workspace folder sees them.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { defaultToday, runCli, type JsonResult } from '../helpers.js';
import { LspSession, type Diagnostic } from './lsp-client.js';
import { cliShape, diagnosticShape, tempFolder } from './support.js';

const sharedClientId = '9ksl2p0xv3hq7m1cz8rt4nb6wy5dfa0';
const ownClientId = 'eu0own0client0id0of0its0store01';

const connection = (name: string, storeHash: string, clientId = sharedClientId) =>
  `# ${name}\n` +
  `name: ${name}\n` +
  `storeHash: ${storeHash}\n` +
  'authType: custom\n' +
  `clientId: ${clientId}\n` +
  'clientSecret: ${BIGCOMMERCE_CLIENT_SECRET}\n' +
  'accessToken: ${BIGCOMMERCE_ACCESS_TOKEN}\n' +
  'scopes:\n  orders: read-only\n';

/** `bc-lint --format json` over the whole workspace folder (no arguments: discovery), the report of one file. */
function cliReportFor(workspace: string, file: string): JsonResult {
  const run = runCli(['--format', 'json', '--today', defaultToday], { cwd: workspace });
  if (run.status !== 0 && run.status !== 1) throw new Error(`bc-lint exited ${run.status}: ${run.stderr}`);
  const report = (JSON.parse(run.stdout) as JsonResult[]).find((result) => path.resolve(workspace, result.filePath) === file);
  assert.ok(report, `the CLI reports ${file}`);
  return report;
}

const reuseOf = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'client-id-reuse');

describe('bc-lint lsp: client-id-reuse across the workspace', () => {
  let workspace: string;
  let earlier: string;
  let later: string;
  let ignored: string;
  let session: LspSession;

  before(async () => {
    workspace = tempFolder('workspace');
    // Sorted: 0-archive (ignored by the config) < a-eu < b-us. Each folder holds a plain `bigcommerce.connection.yaml`.
    ignored = path.join(workspace, '0-archive', 'bigcommerce.connection.yaml');
    earlier = path.join(workspace, 'a-eu', 'bigcommerce.connection.yaml');
    later = path.join(workspace, 'b-us', 'bigcommerce.connection.yaml');
    for (const file of [ignored, earlier, later]) mkdirSync(path.dirname(file));
    writeFileSync(path.join(workspace, '.bc-lint.yaml'), 'ignore:\n  - 0-archive/**\n');
    writeFileSync(ignored, connection('Old store', 'zz9zz9zz9z'));
    writeFileSync(earlier, connection('EU store', 'eu1abc2def'));
    writeFileSync(later, connection('US store', 'us9xyz8uvw'));
    session = await LspSession.start({ workspaceFolder: workspace });
  });
  after(async () => {
    await session.shutdown();
    rmSync(workspace, { recursive: true, force: true });
  });

  test('the later file shows client-id-reuse naming the other file and line, exactly as the CLI over the workspace', async () => {
    const diagnostics = await session.openFile(later);
    const cli = cliReportFor(workspace, later);
    assert.deepEqual(
      diagnostics.map((d) => diagnosticShape(d)),
      cli.messages.map(cliShape),
    );
    const [reuse, ...more] = reuseOf(diagnostics);
    assert.equal(more.length, 0);
    assert.match(reuse!.message, /another store .* at `\.\.\/a-eu\/bigcommerce\.connection\.yaml` line 5\./, 'the ignored 0-archive file is not compared');
    assert.equal(reuse!.range.start.line, 4, "on the later file's clientId");
    // The earlier file is not reported: it comes first.
    const earlierDiagnostics = await session.openFile(earlier);
    assert.deepEqual(reuseOf(earlierDiagnostics), []);
    assert.deepEqual(
      earlierDiagnostics.map((d) => diagnosticShape(d)),
      cliReportFor(workspace, earlier).messages.map(cliShape),
    );
  });

  test('an unsaved edit of the earlier document that changes its clientId clears the diagnostic on the later one', async () => {
    const earlierUri = pathToFileURL(earlier).href;
    const laterUri = pathToFileURL(later).href;
    const line = session.text(earlierUri).split('\n')[4]!;
    assert.ok(line.startsWith('clientId: '));
    const laterAgain = session.nextDiagnostics(laterUri);
    await session.edit(earlierUri, [
      { range: { start: { line: 4, character: 'clientId: '.length }, end: { line: 4, character: line.length } }, newText: ownClientId },
    ]);
    assert.deepEqual(reuseOf(await laterAgain), []);

    // Back to the shared clientId: reported again.
    const laterOnceMore = session.nextDiagnostics(laterUri);
    await session.edit(earlierUri, [
      {
        range: { start: { line: 4, character: 'clientId: '.length }, end: { line: 4, character: 'clientId: '.length + ownClientId.length } },
        newText: sharedClientId,
      },
    ]);
    assert.equal(reuseOf(await laterOnceMore).length, 1);

    // Closing the earlier document without saving: the later one sees the file on disk (still the shared clientId),
    // so nothing changes for it.
    await session.close(earlierUri);
  });

  test('a watched-file change on disk of a file that is not open re-lints the open documents after it', async () => {
    const laterUri = pathToFileURL(later).href;
    writeFileSync(earlier, connection('EU store', 'eu1abc2def', ownClientId));
    let next = session.nextDiagnostics(laterUri);
    await session.watchedFilesChanged([{ uri: pathToFileURL(earlier).href, type: 2 }]);
    const cleared = await next;
    assert.deepEqual(reuseOf(cleared), []);
    assert.deepEqual(
      cleared.map((d) => diagnosticShape(d)),
      cliReportFor(workspace, later).messages.map(cliShape),
    );

    // A new file that sorts first and reuses the clientId (created on disk, reported by the watcher).
    const created = path.join(workspace, 'a-ap', 'bigcommerce.connection.yaml');
    mkdirSync(path.dirname(created));
    writeFileSync(created, connection('AP store', 'ap1abc2def'));
    next = session.nextDiagnostics(laterUri);
    await session.watchedFilesChanged([{ uri: pathToFileURL(created).href, type: 1 }]);
    const reported = await next;
    assert.match(reuseOf(reported)[0]?.message ?? '', /`\.\.\/a-ap\/bigcommerce\.connection\.yaml` line 5\./);
    assert.deepEqual(
      reported.map((d) => diagnosticShape(d)),
      cliReportFor(workspace, later).messages.map(cliShape),
    );

    // ...and deleted again.
    rmSync(created);
    next = session.nextDiagnostics(laterUri);
    await session.watchedFilesChanged([{ uri: pathToFileURL(created).href, type: 3 }]);
    assert.deepEqual(reuseOf(await next), []);
  });
});
