// Property: --fix changes only the values it fixes, and what it writes re-lints with nothing left to fix.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { fixSource } from '../../src/fix/apply-fixes.js';
import { lintSource } from '../../src/lint.js';
import type { Fix } from '../../src/model/types.js';
import { parseConnectionSource } from '../../src/parse/connection-document.js';
import { SourcePositions } from '../../src/parse/source-positions.js';
import { connection, defaultToday, runCli } from '../helpers.js';
import { connectionFile, mutatedConnectionFile, propertySettings } from './arbitraries.js';

const fileName = 'property.bigcommerce.connection.yaml';
const options = { today: defaultToday };

/** Applies the fixes by hand: the text between them is copied unchanged. Fixes must not overlap. */
function spliceFixes(text: string, fixes: readonly Fix[]): string {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0]);
  let output = '';
  let cursor = 0;
  for (const { range, text: replacement } of sorted) {
    assert.ok(range[0] >= cursor, `fixes overlap at ${range[0]}`);
    output += text.slice(cursor, range[0]) + replacement;
    cursor = range[1];
  }
  return output + text.slice(cursor);
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
const commentsOf = (text: string) => parseConnectionSource(new SourcePositions(text)).comments.map((comment) => comment.source);

function fixChangesOnlyFixedValues(input: string): void {
  const before = lintSource(fileName, input, options);
  const result = fixSource(fileName, input, options);
  if (before.fatalErrorCount > 0) {
    // A file that does not parse is never changed.
    assert.equal(result.output, input);
    assert.equal(result.changed, false);
    return;
  }
  // Fix ranges are offsets into the text without its BOM; a BOM stays in front.
  const bom = input.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = input.slice(bom.length);
  assert.ok(result.output.startsWith(bom));
  const output = result.output.slice(bom.length);
  const positions = new SourcePositions(text);
  const fixes: Fix[] = [];
  for (const finding of before.findings) {
    if (!finding.fix) continue;
    // A fix replaces exactly the value its finding points at.
    const { line, column, endLine, endColumn } = finding;
    assert.deepEqual(positions.range(finding.fix.range[0], finding.fix.range[1]), { line, column, endLine, endColumn }, finding.message);
    fixes.push(finding.fix);
  }
  assert.equal(output, spliceFixes(text, fixes), 'the output is the input with the reported fixes applied, and nothing else');
  assert.equal(result.changed, fixes.length > 0);

  const after = lintSource(fileName, result.output, options);
  assert.equal(after.fatalErrorCount, 0, 'a fix broke the YAML');
  assert.equal(after.fixableErrorCount + after.fixableWarningCount, 0, 'fixable findings remain after --fix');
  assert.deepEqual(
    after.findings.filter((finding) => finding.fix),
    [],
  );
  assert.equal(fixSource(fileName, result.output, options).changed, false, 'a second --fix changes something');

  // Line ends and comments are those of the input; only a fixed value that spanned lines has fewer line breaks.
  const lineBreaksChanged = (pattern: RegExp) =>
    fixes.reduce((sum, fix) => sum + count(fix.text, pattern) - count(text.slice(fix.range[0], fix.range[1]), pattern), 0);
  assert.equal(count(output, /\n/g), count(text, /\n/g) + lineBreaksChanged(/\n/g));
  assert.equal(count(output, /\r\n/g), count(text, /\r\n/g) + lineBreaksChanged(/\r\n/g));
  assert.deepEqual(commentsOf(output), commentsOf(text));
}

test('generated connection files: --fix changes only the fixed values and leaves nothing fixable', () => {
  fc.assert(fc.property(connectionFile, fixChangesOnlyFixedValues), { ...propertySettings, numRuns: 250 });
});

test('mutated connection files: --fix changes only the fixed values and leaves nothing fixable', () => {
  fc.assert(fc.property(mutatedConnectionFile, fixChangesOnlyFixedValues), { ...propertySettings, numRuns: 300 });
});

test('the built CLI --fix writes what fixSource computes, keeps a BOM, and a second run finds nothing to fix', () => {
  // A handful of generated files with something to fix, through the real command.
  const withFixes = connectionFile.filter((text) => {
    const report = lintSource(fileName, text, options);
    return report.fixableErrorCount > 0 && report.fatalErrorCount === 0; // a file that does not parse is not fixed
  });
  const samples = fc.sample(fc.tuple(withFixes, fc.boolean()), { seed: propertySettings.seed, numRuns: 6 });
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-property-fix-'));
  const files = samples.map(([text, bom], index) => {
    const file = path.join(root, `sample-${index}.bigcommerce.connection.yaml`);
    writeFileSync(file, (bom ? '\uFEFF' : '') + text);
    return { file, text, bom };
  });

  const fix = runCli(['--fix', '--format', 'json', '--today', defaultToday, '.'], { cwd: root });
  assert.ok(fix.status === 0 || fix.status === 1, fix.stderr);
  for (const { file, text, bom } of files) {
    const expected = (bom ? '\uFEFF' : '') + fixSource(fileName, text, options).output;
    assert.equal(readFileSync(file, 'utf8'), expected, path.basename(file));
  }
  const again = runCli(['--format', 'json', '--today', defaultToday, '.'], { cwd: root });
  const results = JSON.parse(again.stdout) as { filePath: string; fixableErrorCount: number; fixableWarningCount: number }[];
  assert.equal(results.length, files.length);
  for (const result of results) assert.equal(result.fixableErrorCount + result.fixableWarningCount, 0, result.filePath);
});

test('found by the property above (FC_SEED=7): a BOM in front of the text does not shift the fixes', () => {
  const text = 'storeHash: stores/pq7rs2\nname: Test connection\n';
  assert.equal(fixSource(fileName, `\uFEFF${text}`, options).output, '\uFEFFstoreHash: pq7rs2\nname: Test connection\n');
  // Through the CLI: a file that starts with two BOMs is decoded without the first, so the text still starts
  // with one. --fix used to apply the fix one character off, drop it as broken and leave the file unfixed.
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-two-boms-'));
  const file = path.join(root, 'bom.bigcommerce.connection.yaml');
  writeFileSync(file, `\uFEFF\uFEFF${connection({ storeHash: 'stores/pq7rs2' })}`);
  const run = runCli(['--fix', '--today', defaultToday, file]);
  assert.equal(run.status, 0, run.stdout);
  assert.equal(readFileSync(file, 'utf8'), `\uFEFF\uFEFF${connection({ storeHash: 'pq7rs2' })}`);
});
