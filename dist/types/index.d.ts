/** bc-lint's programmatic API: `import { BcLint } from 'bc-lint'`. */
export { BcLint } from './bc-lint.js';
export type { BcLintOptions, LintMessage, LintResult, LoadedFormatter, RuleMetaData, SuppressedLintMessage } from './types.js';
