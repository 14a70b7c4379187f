/** The public API's types; they stand on their own, since only src/api/'s declarations are published. */

export interface BcLintOptions {
  /** Folder that relative patterns, the project config search and printed paths start from (default: process.cwd()). */
  cwd?: string;
  /** Date for date-bound rules, YYYY-MM-DD (default: the local date). */
  today?: string;
  /** Compute fixes: results get the fixed text as `output`; `BcLint.outputFixes` writes it. */
  fix?: boolean;
  /** Project config file to use instead of the nearest `.bc-lint.yaml`. */
  overrideConfigFile?: string;
}

export interface LoadedFormatter {
  /** The report as the CLI's `--format` prints it. */
  format(results: LintResult[]): string;
}

/** One finding, as `--format json` prints it (ESLint's `LintMessage`). */
export interface LintMessage {
  /** null only for a file that could not be read. */
  ruleId: string | null;
  /** 1 warning, 2 error. */
  severity: 1 | 2;
  /** The file could not be parsed, so no other rule ran on it. */
  fatal?: boolean;
  message: string;
  line: number;
  column: number;
  nodeType: null;
  endLine: number;
  /** One past the last character. */
  endColumn: number;
  /** Replace the text between these offsets (from the start of the text without its BOM). */
  fix?: { range: [number, number]; text: string };
}

/** A finding silenced by a `bc-lint-disable` comment. */
export interface SuppressedLintMessage extends LintMessage {
  suppressions: { kind: string; justification: string }[];
}

/** One file's results, as `--format json` prints them (ESLint's `LintResult`). */
export interface LintResult {
  /** Absolute path, or `<text>` for text linted without a filePath. */
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: SuppressedLintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: { ruleId: string; replacedBy: string[] }[];
  /** With `fix: true`, the fixed text when fixing changed it; `BcLint.outputFixes` writes it. */
  output?: string;
  /** The file's text with every secret character replaced by `*`, when the file has findings (as in ESLint). */
  source?: string;
}

/** A rule's metadata in ESLint's rule `meta` shape, for tools built for ESLint. */
export interface RuleMetaData {
  /** `problem` for rules that report an error by default, `suggestion` for those that warn. */
  type: 'problem' | 'suggestion';
  docs: { description: string; url: string };
  /** `code` when the rule's findings carry fixes. */
  fixable?: 'code';
}
