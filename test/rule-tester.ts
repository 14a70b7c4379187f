/**
 * A table-driven tester for ONE rule, modelled on ESLint's RuleTester and Spectral's testRule: each case runs through
 * the real pipeline (lintSource) and becomes its own node:test test, so a failure names the case.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixSource } from '../src/fix/apply-fixes.js';
import { lintCredentialText } from '../src/credentials/lint-credentials.js';
import { lintSource, type LintOptions } from '../src/lint.js';
import type { Finding, Severity, SourceRange } from '../src/model/types.js';
import { defaultToday } from './helpers.js';

const testFilePath = 'test.bigcommerce.connection.yaml';

/** What a case may set besides the text: the project config's `rules:` and extra integration profiles. */
export type CaseConfig = Partial<Pick<LintOptions, 'rules' | 'profiles'>>;

interface BaseCase {
  /** Names the test; defaults to the code. */
  name?: string;
  /** The file's text (or raw bytes, for decoding problems). */
  code: string | Uint8Array;
  /** YYYY-MM-DD for date-bound rules; defaults to defaultToday. */
  today?: string;
  config?: CaseConfig;
  /**
   * The rule ids of the OTHER rules' findings, in position order. Left out, other rules are not looked at (as in
   * ESLint's per-rule tests); `[]` says this rule's findings are the file's only ones (one problem, one finding).
   */
  otherRules?: readonly string[];
  /** A credential file's name (`.env`, `creds.txt`): the case runs through the credential pipeline instead. */
  filePath?: string;
  /** Text (a secret) that no message of any rule may quote. */
  notInMessages?: readonly string[];
}

export type ValidCase = BaseCase;

export interface ExpectedError {
  /** Defaults to the rule under test; any other id is a mistake in the table. */
  ruleId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The exact message, or a pattern it must match. */
  message?: string | RegExp;
  severity?: Severity;
}

/** An expected error whose range lies on one line (most do). */
export function onLine(line: number, column: number, endColumn: number, rest: Omit<ExpectedError, keyof SourceRange | 'ruleId'> = {}): ExpectedError {
  return { line, column, endLine: line, endColumn, ...rest };
}

export interface InvalidCase extends BaseCase {
  /** This rule's findings, in position order; each is compared by range and by whatever else is given. */
  errors: readonly ExpectedError[];
  /** The text after `bc-lint --fix` (src/fix fixSource); null or left out: the rule offers no fix. */
  output?: string | null;
}

export interface RuleTable {
  valid?: readonly ValidCase[];
  invalid?: readonly InvalidCase[];
}

const tables = new Map<string, RuleTable>();
let registeringTests = true;

/** For the conformance test: later ruleTester calls record their table without registering its tests. */
export function collectTablesOnly(): ReadonlyMap<string, RuleTable> {
  registeringTests = false;
  return tables;
}

/** Registers one node:test test per case of a rule's table. */
export function ruleTester(ruleId: string, table: RuleTable): void {
  assert.ok(!tables.has(ruleId), `a second table for ${ruleId}`);
  tables.set(ruleId, table);
  if (!registeringTests) return;
  describe(ruleId, () => {
    for (const item of table.valid ?? []) {
      test(`valid: ${caseName(item)}`, () => {
        const { own, others } = run(ruleId, item);
        assert.deepEqual(own.map(describeFinding), [], 'expected no finding of this rule');
        checkOthers(item, others);
        checkNotQuoted(item, [...own, ...others]);
      });
    }
    for (const item of table.invalid ?? []) {
      test(`invalid: ${caseName(item)}`, () => {
        const { own, others } = run(ruleId, item);
        assert.equal(own.length, item.errors.length, `expected ${item.errors.length} finding(s), got:\n${own.map(describeFinding).join('\n')}`);
        item.errors.forEach((expected, index) => checkFinding(ruleId, own[index]!, expected, index));
        checkOthers(item, others);
        checkNotQuoted(item, [...own, ...others]);
        checkOutput(ruleId, item, own);
      });
    }
  });
}

/** Lints a case's code as the tester does: for the conformance test. */
export function findingsOf(ruleId: string, item: BaseCase): Finding[] {
  return run(ruleId, item).own;
}

function run(ruleId: string, item: BaseCase): { own: Finding[]; others: Finding[] } {
  const findings = item.filePath
    ? (lintCredentialText(item.filePath, String(item.code), optionsOf(item))?.findings ?? [])
    : lintSource(testFilePath, item.code, optionsOf(item)).findings;
  return { own: findings.filter((f) => f.ruleId === ruleId), others: findings.filter((f) => f.ruleId !== ruleId) };
}

function optionsOf(item: BaseCase): LintOptions {
  return { ...item.config, today: item.today ?? defaultToday };
}

function checkFinding(ruleId: string, actual: Finding, expected: ExpectedError, index: number): void {
  const label = `finding ${index + 1} (${describeFinding(actual)})`;
  assert.equal(expected.ruleId ?? ruleId, ruleId, `${label}: a table only holds findings of ${ruleId}`);
  assert.equal(rangeOf(actual), rangeOf(expected), `${label}: range`);
  if (typeof expected.message === 'string') assert.equal(actual.message, expected.message, `${label}: message`);
  else if (expected.message) assert.match(actual.message, expected.message, `${label}: message`);
  if (expected.severity) assert.equal(actual.severity, expected.severity, `${label}: severity`);
}

function checkOthers(item: BaseCase, others: Finding[]): void {
  if (item.otherRules)
    assert.deepEqual(
      others.map((f) => f.ruleId),
      item.otherRules,
      "other rules' findings",
    );
}

function checkNotQuoted(item: BaseCase, findings: Finding[]): void {
  for (const text of item.notInMessages ?? []) {
    for (const finding of findings) assert.ok(!finding.message.includes(text), `a message quotes ${JSON.stringify(text)}`);
  }
}

/** The fix is checked as a user gets it: fixSource applies every fix until none applies. */
function checkOutput(ruleId: string, item: InvalidCase, own: Finding[]): void {
  const fixes = own.filter((f) => f.fix !== undefined);
  if (item.output === undefined || item.output === null) {
    assert.deepEqual(fixes.map(describeFinding), [], 'expected no fix from this rule');
    return;
  }
  assert.ok(fixes.length > 0, `expected a fix from ${ruleId}`);
  assert.equal(typeof item.code, 'string', 'fixes are checked on text cases only');
  assert.equal(fixSource(testFilePath, item.code as string, optionsOf(item)).output, item.output, 'fixed text');
}

function rangeOf(r: { line: number; column: number; endLine: number; endColumn: number }): string {
  return `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
}

function describeFinding(f: Finding): string {
  return `${rangeOf(f)} ${f.severity} ${f.fix ? '(fixable) ' : ''}${f.message}`;
}

function caseName(item: BaseCase): string {
  if (item.name) return item.name;
  return typeof item.code === 'string' ? JSON.stringify(item.code) : `<${item.code.length} bytes>`;
}
