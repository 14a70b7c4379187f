// Feeds the built CLI's `--format json` output to ESLint's own formatters through the real ESLint.loadFormatter
// (stylish, json-with-metadata, html) and to the formatters tools built for ESLint ship as packages (reviewdog's
// rdjson, GitLab's codeclimate, junit), and checks what each prints, and that no secret reaches any of it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import { repoRoot, runCli } from './helpers.js';

/** Every plaintext secret in the linted files. */
const secrets = [
  'SECRET-token-0a9b8c7d6e5f',
  'SECRET-client-7f3e9a1b2c4d',
  'SECRET-quoted-11aa22bb',
  'SECRET-block-33cc44dd',
  'SECRET-pin-55ee',
  'q7rvx2kd9wm4tz8hb3nc6pj5ly1fs0g',
  '5f3a9c1e7b2d8f4a6c0e9b3d7f1a5c8e',
  '918273',
];
const targets = ['examples/', 'test/fixtures/cli/secrets.bigcommerce.connection.yaml', 'test/formatters/fixtures/'];

interface Message {
  ruleId: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
}
interface Result {
  filePath: string;
  messages: Message[];
  source?: string;
}

function cliOutput(format: string): string {
  const run = runCli(['--format', format, '--today', '2026-11-22', ...targets]);
  assert.equal(run.status, 1, run.stderr);
  return run.stdout;
}

const results = JSON.parse(cliOutput('json')) as Result[];
const findings = results.flatMap((result) => result.messages.map((message) => ({ file: result.filePath, ...message })));

function assertNoSecret(name: string, output: string) {
  for (const secret of secrets) assert.ok(!output.includes(secret), `${name} prints a secret`);
}

/** An ESLint that knows the connection files, so its formatters can ask it for their rules' metadata. */
async function eslintFor(): Promise<ESLint> {
  const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: true, overrideConfig: [{ files: ['**/*.yaml'] }] });
  for (const result of results) await eslint.calculateConfigForFile(result.filePath);
  return eslint;
}

async function formatWith(name: string): Promise<string> {
  const formatter = await (await eslintFor()).loadFormatter(name);
  const output = await formatter.format(structuredClone(results) as ESLint.LintResult[]);
  assertNoSecret(name, output);
  return output;
}

test('the JSON carries source with every secret starred out, same length, and ESLint fields', () => {
  assert.ok(findings.length >= 20);
  for (const result of results.filter((r) => r.messages.length > 0)) {
    const text = readFileSync(result.filePath, 'utf8');
    assert.equal(result.source?.length, text.length, result.filePath);
    for (let i = 0; i < text.length; i++) if (result.source![i] !== text[i]) assert.equal(result.source![i], '*');
    for (const message of result.messages) {
      assert.ok(message.column >= 1 && message.endColumn >= 1);
      assert.equal((message as { nodeType?: unknown }).nodeType, null);
      // Fixes apply to the starred source as to the file: the replaced range is secret-free.
      if (message.fix) assert.equal(result.source!.slice(...message.fix.range), text.slice(...message.fix.range));
    }
  }
  assertNoSecret('json', JSON.stringify(results));
});

test("ESLint's stylish prints every finding at its line and column", async () => {
  const output = await formatWith('stylish');
  for (const result of results.filter((r) => r.messages.length > 0)) assert.ok(output.includes(result.filePath), result.filePath);
  const rows = [...output.matchAll(/^\s+(\d+):(\d+)\s+(error|warning)\s+.*\s(\S+)$/gm)];
  assert.deepEqual(
    rows.map((row) => `${row[1]}:${row[2]} ${row[4]}`).sort(),
    findings.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId}`).sort(),
  );
});

test("ESLint's json-with-metadata and html take the results", async () => {
  const withMetadata = JSON.parse(await formatWith('json-with-metadata')) as { results: Result[]; metadata: { cwd: string } };
  assert.equal(withMetadata.metadata.cwd, repoRoot);
  assert.deepEqual(new Set(withMetadata.results.map((result) => result.filePath)), new Set(results.map((result) => result.filePath)));
  const html = await formatWith('html');
  assert.match(html, new RegExp(`${findings.length} problems`));
  for (const finding of findings) assert.ok(html.includes(`${finding.line}:${finding.column}`) && html.includes(finding.ruleId!));
});

test('reviewdog rdjson, codeclimate and junit print every finding with its position and rule', async () => {
  const rdjson = JSON.parse(await formatWith('rdjson')) as {
    diagnostics: Array<{ location: { path: string; range: { start: { line: number; column: number } } }; code: { value: string }; suggestions?: unknown[] }>;
  };
  assert.deepEqual(
    rdjson.diagnostics.map((d) => `${d.location.path} ${d.location.range.start.line}:${d.location.range.start.column} ${d.code.value}`).sort(),
    findings.map((f) => `${f.file} ${f.line}:${f.column} ${f.ruleId}`).sort(),
  );
  assert.equal(rdjson.diagnostics.filter((d) => d.suggestions).length, findings.filter((f) => f.fix).length, 'fixes become suggestions');

  const codeclimate = JSON.parse(await formatWith('codeclimate')) as Array<{
    check_name: string;
    location: { path: string; positions: { begin: { line: number; column: number } } };
  }>;
  assert.deepEqual(
    codeclimate
      .map((issue) => `${issue.location.path} ${issue.location.positions.begin.line}:${issue.location.positions.begin.column} ${issue.check_name}`)
      .sort(),
    findings.map((f) => `${path.relative(repoRoot, f.file)} ${f.line}:${f.column} ${f.ruleId}`).sort(),
  );

  const junit = await formatWith('junit');
  const cases = [...junit.matchAll(/<testcase [^>]*name="org\.eslint\.([^"]+)"[^>]*><(?:failure|error) message="[^"]*"><!\[CDATA\[line (\d+), col (\d+),/g)];
  assert.deepEqual(cases.map((c) => `${c[2]}:${c[3]} ${c[1]}`).sort(), findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`).sort());
});

test("with bc-lint's json-with-metadata as their context, the formatters link each rule's docs", async () => {
  const { results: withResults, metadata } = JSON.parse(cliOutput('json-with-metadata')) as {
    results: ESLint.LintResult[];
    metadata: { cwd: string; rulesMeta: Record<string, { type: string; docs: { description: string; url: string }; fixable?: string }> };
  };
  assert.deepEqual(Object.keys(metadata.rulesMeta).sort(), [...new Set(findings.map((f) => f.ruleId!))].sort());
  assert.equal(metadata.rulesMeta['store-hash-format']?.fixable, 'code');
  assert.equal(metadata.rulesMeta['schema']?.fixable, undefined);
  // The formatter interface (results, context) that ESLint calls, with bc-lint's metadata as the context.
  const rdjsonPackage = 'eslint-formatter-rdjson'; // CommonJS without types
  const rdjsonFormatter = ((await import(rdjsonPackage)) as { default: (r: unknown, c: unknown) => string }).default;
  const rdjson = JSON.parse(rdjsonFormatter(withResults, metadata)) as { diagnostics: Array<{ code: { value: string; url: string } }> };
  for (const diagnostic of rdjson.diagnostics) assert.equal(diagnostic.code.url, metadata.rulesMeta[diagnostic.code.value]!.docs.url);
  const htmlPath = path.join(repoRoot, 'node_modules/eslint/lib/cli-engine/formatters/html.js');
  const htmlFormatter = (await import(htmlPath)).default as (r: unknown, c: unknown) => string;
  const html = htmlFormatter(withResults, metadata);
  for (const meta of Object.values(metadata.rulesMeta)) assert.ok(html.includes(meta.docs.url), meta.docs.url);
  assertNoSecret('html with metadata', html);
});
