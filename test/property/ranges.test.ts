// Property: every finding's range lies inside its file.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { test } from 'node:test';
import { lintSource } from '../../src/lint.js';
import { defaultToday } from '../helpers.js';
import { assertRangesInside, connectionFile, mutatedConnectionFile, propertySettings, yamlishString } from './arbitraries.js';

const fileName = 'property.bigcommerce.connection.yaml';
const options = { today: defaultToday, reportUnusedDisableDirectives: true };

function rangesInside(text: string): void {
  assertRangesInside(text, lintSource(fileName, text, options));
}

test('generated connection files: every range lies inside the file', () => {
  fc.assert(fc.property(connectionFile, rangesInside), { ...propertySettings, numRuns: 300 });
});

test('mutated connection files: every range lies inside the file', () => {
  fc.assert(fc.property(mutatedConnectionFile, rangesInside), { ...propertySettings, numRuns: 500 });
});

test('strings of YAML punctuation: every range lies inside the file', () => {
  fc.assert(fc.property(yamlishString, rangesInside), { ...propertySettings, numRuns: 500 });
});

test('any bytes: every range lies inside the file as an editor decodes it', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300, size: 'medium' }), (bytes) => {
      // Up to the first bad byte this is the text the linter saw; a bad byte shows as one or more U+FFFD.
      const shown = Buffer.from(bytes)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      assertRangesInside(shown, lintSource(fileName, bytes, options));
    }),
    { ...propertySettings, numRuns: 300 },
  );
});

test('found by the property above: an error at a CRLF line break is placed at the end of the visible line', () => {
  // yaml reports an unclosed `{` at the end of the text, after the \r: that was column 3 of a 1-character line.
  for (const text of ['{\r', '{\r\n', 'name: [a\r\n']) {
    const report = lintSource(fileName, text, options);
    assertRangesInside(text, report);
    assert.ok(
      report.findings.some((finding) => finding.ruleId === 'yaml-syntax'),
      JSON.stringify(text),
    );
  }
});
