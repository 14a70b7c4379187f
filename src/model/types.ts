/** Shared shapes of the lint pipeline: text -> parsed documents -> findings. */

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';

/** A 1-based source range; endColumn points one past the last character, as in ESLint and SARIF. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Replace text[range[0], range[1]) with `text`, offsets into the file text without its BOM (ESLint's shape). */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Finding extends SourceRange {
  /** null only for a file that could not be read at all, as ESLint does for fatal errors. */
  ruleId: string | null;
  severity: Severity;
  message: string;
  fix?: Fix;
  /** The file (or document) could not be parsed, so no other rule ran on it. */
  fatal?: boolean;
}

/** A finding that --fix removed, without its message (the CLI lists file, line and rule). */
export interface FixedFinding {
  ruleId: string;
  line: number;
  column: number;
}

export interface FileReport {
  filePath: string;
  findings: Finding[];
  /** Findings silenced by disable directives, with the directive's reason. */
  suppressed: (Finding & { justification: string })[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  fatalErrorCount: number;
  /** What --fix changed or --fix-dry-run would change: each fixed finding's rule and place in the file as read. */
  fixed?: FixedFinding[];
  /** The fixed text, when fixing without writing (--fix-dry-run, the API's fix) changed it. */
  output?: string;
  /**
   * The file's text with every character of every secret replaced by `*` (line breaks kept, so lines and columns
   * match the findings), as ESLint's JSON carries it. Present when the file has findings and was parsed to its end.
   */
  source?: string;
  /**
   * Line ranges (1-based, inclusive) of `source` in documents that failed to parse, from a secret key to the
   * document's end: their tokens are masked, but a secret split oddly by the broken syntax may leave a character
   * or two, so nothing is derived from their content (SARIF fingerprints use the line number instead).
   */
  unredactableLines?: [number, number][];
}
