import type { BcLintOptions, LintResult, LoadedFormatter, RuleMetaData } from './types.js';
/** Lints BigCommerce connection files from code, as ESLint's `ESLint` class lints JavaScript. */
export declare class BcLint {
    #private;
    constructor(options?: BcLintOptions);
    /** Lints files, folders and globs (relative to cwd); no patterns lints every connection file below cwd. */
    lintFiles(patterns: string | string[]): Promise<LintResult[]>;
    /**
     * Lints text, named by filePath (relative to cwd) for the project config and the result; `<text>` without one.
     * Gives no result when the project config ignores filePath.
     */
    lintText(text: string, options?: {
        filePath?: string;
    }): Promise<LintResult[]>;
    /** One of the CLI's output formats: `stylish`, `json`, `json-with-metadata`, `sarif`, `github`, `gitlab`. */
    loadFormatter(name?: string): Promise<LoadedFormatter>;
    /** ESLint's rule metadata (`type`, `docs.description`, `docs.url`, `fixable`) of the rules in the results. */
    getRulesMetaForResults(results: LintResult[]): Record<string, RuleMetaData>;
    /** Writes each result's fixed text (`output`, from `fix: true`) to its file. */
    static outputFixes(results: LintResult[]): Promise<void>;
}
