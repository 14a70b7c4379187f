import path from 'node:path';
import { createFormatContext } from '../format-context.js';
import { formatterLoaders, formatterNames } from '../formatters/index.js';
import { readWorkspaceFile } from '../files/read-file.js';
import { writeFixedFile } from '../files/write-file.js';
import { isCalendarDate, localToday } from '../model/dates.js';
import { decodeSource, encodeText, stripBom } from '../parse/decode.js';
import { runLint, runLintText } from '../run.js';
import { toFileReports, toLintResults } from './results.js';
import { rulesMetaFor } from './rules-meta.js';
import type { BcLintOptions, LintResult, LoadedFormatter, RuleMetaData } from './types.js';

/** Lints BigCommerce connection files from code, as ESLint's `ESLint` class lints JavaScript. */
export class BcLint {
  readonly #cwd: string;
  readonly #today: string;
  readonly #fix: boolean;
  readonly #configPath: string | undefined;

  constructor(options: BcLintOptions = {}) {
    if (options.today !== undefined && !isCalendarDate(options.today)) {
      throw new TypeError(`today must be a date as YYYY-MM-DD, not "${options.today}"`);
    }
    this.#cwd = path.resolve(options.cwd ?? process.cwd());
    this.#today = options.today ?? localToday();
    this.#fix = options.fix ?? false;
    this.#configPath = options.overrideConfigFile;
  }

  /** Lints files, folders and globs (relative to cwd); no patterns lints every connection file below cwd. */
  async lintFiles(patterns: string | string[]): Promise<LintResult[]> {
    const { reports } = await runLint({
      cwd: this.#cwd,
      targets: typeof patterns === 'string' ? [patterns] : patterns,
      configPath: this.#configPath,
      today: this.#today,
      fix: this.#fix ? 'dry-run' : undefined,
    });
    return toLintResults(reports);
  }

  /**
   * Lints text, named by filePath (relative to cwd) for the project config and the result; `<text>` without one.
   * Gives no result when the project config ignores filePath.
   */
  async lintText(text: string, options: { filePath?: string } = {}): Promise<LintResult[]> {
    const { reports } = await runLintText({
      cwd: this.#cwd,
      text,
      filePath: options.filePath,
      configPath: this.#configPath,
      today: this.#today,
      fix: this.#fix,
    });
    return toLintResults(reports);
  }

  /** One of the CLI's output formats: `stylish`, `json`, `json-with-metadata`, `sarif`, `github`, `gitlab`. */
  async loadFormatter(name = 'stylish'): Promise<LoadedFormatter> {
    const load = formatterLoaders[name];
    if (!load) throw new Error(`unknown format "${name}"; use one of ${formatterNames.join(', ')}`);
    const formatter = await load();
    const context = createFormatContext({ cwd: this.#cwd, color: false });
    return { format: (results) => formatter(toFileReports(results), context) };
  }

  /** ESLint's rule metadata (`type`, `docs.description`, `docs.url`, `fixable`) of the rules in the results. */
  getRulesMetaForResults(results: LintResult[]): Record<string, RuleMetaData> {
    return rulesMetaFor(results);
  }

  /** Writes each result's fixed text (`output`, from `fix: true`) to its file. */
  static async outputFixes(results: LintResult[]): Promise<void> {
    for (const result of results) {
      if (typeof result.output !== 'string' || !path.isAbsolute(result.filePath)) continue;
      // The same safe writer as --fix: no links, hard links or read-only files, mode and owner kept.
      const read = readWorkspaceFile(result.filePath);
      const problem = read.ok ? writeFixedFile(result.filePath, read, inEncodingOf(read.bytes, result.output)) : read.message;
      if (problem !== undefined) throw new Error(`${result.filePath}: ${problem}`);
    }
  }
}

/** Fixed text in the encoding and BOM of the file it came from (a UTF-16 file stays UTF-16). */
function inEncodingOf(bytes: Uint8Array, output: string): string | Buffer {
  const decoded = decodeSource(bytes);
  return decoded.ok ? encodeText(stripBom(output), decoded.encoding, decoded.hasBom || output.charCodeAt(0) === 0xfeff) : output;
}
