/** The options the commands list (command-table.ts): the lint command's, and the other commands' own. */
import { formatterNames } from '../formatters/index.js';
import { isCalendarDate } from '../model/dates.js';
import { builtinProfileNames } from '../model/profile-text.js';

/** One command-line option; commands share an option by listing the same object. */
export interface OptionSpec {
  /** Long name without dashes, as node's parseArgs takes it. */
  name: string;
  short?: string;
  /** Placeholder for a string option's value, as help shows it (`<name>`); absent for a flag. */
  value?: string;
  /** Help text; more lines are shown indented under the first. */
  description: string;
  /** Why a value cannot be used, or undefined when it can. */
  invalid?: (value: string) => string | undefined;
  /** An option of the same command that cannot be given with this one. */
  conflictsWith?: string;
}

export const format: OptionSpec = {
  name: 'format',
  short: 'f',
  value: '<name>',
  description: `Output format: ${formatterNames.join(', ')} (default: stylish)`,
  invalid: (value) => (formatterNames.includes(value) ? undefined : `unknown format "${value}"; use one of ${formatterNames.join(', ')}`),
};
export const rulesFormat: OptionSpec = {
  name: 'format',
  short: 'f',
  value: '<name>',
  description: 'Output format: stylish (a table, the default) or json (id, default severity, description, fixable, docs URL)',
  invalid: (value) => (value === 'stylish' || value === 'json' ? undefined : `unknown format "${value}" for bc-lint rules; use stylish or json`),
};
export const config: OptionSpec = { name: 'config', short: 'c', value: '<file>', description: 'Project config file (default: the nearest .bc-lint.yaml)' };
export const fix: OptionSpec = { name: 'fix', description: 'Fix what can be fixed safely, in place', conflictsWith: 'fix-dry-run' };
export const fixDryRun: OptionSpec = { name: 'fix-dry-run', description: 'Fix without writing; report what would remain' };
export const reportUnused: OptionSpec = {
  name: 'report-unused-disable-directives',
  description: 'Report bc-lint-disable comments that suppress nothing',
};
export const maxWarnings: OptionSpec = {
  name: 'max-warnings',
  value: '<n>',
  description: 'Exit 1 when there are more than n warnings',
  invalid: (value) => (/^\d+$/.test(value) ? undefined : `--max-warnings needs a whole number, not "${value}"`),
};
export const quiet: OptionSpec = { name: 'quiet', description: 'Report errors only' };
export const today: OptionSpec = {
  name: 'today',
  value: '<date>',
  description: 'Date for date-bound rules, YYYY-MM-DD (default: today)',
  invalid: (value) => (isCalendarDate(value) ? undefined : `--today needs a date as YYYY-MM-DD, not "${value}"`),
};
export const color: OptionSpec = { name: 'color', description: 'Coloured output even when not writing to a terminal' };
export const noColor: OptionSpec = { name: 'no-color', description: 'Plain output (NO_COLOR is honoured too)' };
export const integration: OptionSpec = {
  name: 'integration',
  value: '<name>',
  description: `With the scopes that integration needs, one of:\n${builtinProfileNames().join(', ')}`,
};
export const outputFile: OptionSpec = { name: 'output-file', short: 'o', value: '<path>', description: 'Write the report to a file (folders are created)' };
export const stdin: OptionSpec = { name: 'stdin', description: 'Lint standard input instead of files' };
export const stdinFilename: OptionSpec = {
  name: 'stdin-filename',
  value: '<name>',
  description: 'Name standard input for the project config, ignore globs and output',
};
export const out: OptionSpec = { name: 'out', value: '<path>', description: 'The connection file to write (default: bigcommerce.connection.yaml)' };
export const envFile: OptionSpec = {
  name: 'env-file',
  short: 'E',
  value: '<path>',
  description:
    'Also write the access token and client secret to this file (created, or added to), only if git ignores it.\n' +
    'Node itself rejects --env-file with a file that does not exist yet (nodejs/node#54232): use -E then',
};
export const print: OptionSpec = { name: 'print', description: 'Print the schema itself' };
/** Accepted for editors that pass it (stdio is the only transport). */
export const stdio: OptionSpec = { name: 'stdio', description: 'Talk LSP over stdin and stdout (the default)' };
