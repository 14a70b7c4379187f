// Property: whatever the input, linting returns findings and never throws.
import fc from 'fast-check';
import { test } from 'node:test';
import { lintSource, type LintOptions } from '../../src/lint.js';
import { allRuleMetas } from '../../src/rules/index.js';
import { assertWellFormed, connectionFile, mutatedConnectionFile, propertySettings, yamlishString } from './arbitraries.js';

const fileName = 'property.bigcommerce.connection.yaml';

/** Lint options as users set them: dates on both sides of the no-token-auth boundary, rules turned off or down. */
const lintOptions: fc.Arbitrary<LintOptions> = fc.record({
  today: fc.constantFrom('2026-06-30', '2026-07-01'),
  reportUnusedDisableDirectives: fc.boolean(),
  rules: fc
    .dictionary(fc.constantFrom(...allRuleMetas.map((meta) => meta.id)), fc.constantFrom('off' as const, 'warn' as const, 'error' as const), {
      maxKeys: 3,
    })
    .map((rules) => Object.fromEntries(Object.entries(rules).map(([id, setting]) => [id, setting === 'warn' ? 'warning' : setting]))),
});

function lintsCleanly(source: string | Uint8Array, options: LintOptions): void {
  assertWellFormed(lintSource(fileName, source, options));
}

test('any string at all: the linter does not throw and every finding is complete', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300, size: 'medium' }), lintOptions, lintsCleanly), { ...propertySettings, numRuns: 200 });
});

test('strings of YAML punctuation: the linter does not throw and every finding is complete', () => {
  fc.assert(fc.property(yamlishString, lintOptions, lintsCleanly), { ...propertySettings, numRuns: 500 });
});

test('any bytes (the CLI path, with UTF-8 decoding): the linter does not throw', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300, size: 'medium' }), lintOptions, lintsCleanly), { ...propertySettings, numRuns: 300 });
});

test('generated connection files: the linter does not throw and every finding is complete', () => {
  fc.assert(fc.property(connectionFile, lintOptions, lintsCleanly), { ...propertySettings, numRuns: 300 });
});

test('mutated connection files (insertions, deletions, line swaps, replaced keys and values): no throw', () => {
  fc.assert(fc.property(mutatedConnectionFile, lintOptions, lintsCleanly), { ...propertySettings, numRuns: 500 });
});
