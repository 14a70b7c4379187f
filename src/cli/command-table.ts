import { formatterNames } from '../formatters/index.js';
import { isCalendarDate } from '../model/dates.js';
import { builtinProfileNames } from '../model/profile-text.js';
import type { CliOptions } from './options.js';

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

type CommandName = CliOptions['command'];

export interface CommandSpec {
  name: CommandName;
  /** Usage line(s) for help, after `bc-lint `. */
  usage: string;
  /** How help's command list and error messages name the command. */
  title: string;
  /** Help text; more lines are shown indented under the first. */
  summary: string;
  /** Options besides --help and --version. */
  options: readonly OptionSpec[];
  /** Paths or other arguments after the command: at most `max`, called `noun` in errors. */
  operands: { noun: string; max: number };
  /** Selected by this option rather than by name (--help, --version). */
  selectedBy?: OptionSpec;
  /** Loads the command's code only when it runs, so start-up pays for one command. */
  run(options: CliOptions): Promise<number>;
}

const format: OptionSpec = {
  name: 'format',
  short: 'f',
  value: '<name>',
  description: `Output format: ${formatterNames.join(', ')} (default: stylish)`,
  invalid: (value) => (formatterNames.includes(value) ? undefined : `unknown format "${value}"; use one of ${formatterNames.join(', ')}`),
};
const rulesFormat: OptionSpec = {
  name: 'format',
  short: 'f',
  value: '<name>',
  description: 'Output format: stylish (a table, the default) or json (id, default severity, description, fixable, docs URL)',
  invalid: (value) => (value === 'stylish' || value === 'json' ? undefined : `unknown format "${value}" for bc-lint rules; use stylish or json`),
};
const config: OptionSpec = { name: 'config', short: 'c', value: '<file>', description: 'Project config file (default: the nearest .bc-lint.yaml)' };
const fix: OptionSpec = { name: 'fix', description: 'Fix what can be fixed safely, in place', conflictsWith: 'fix-dry-run' };
const fixDryRun: OptionSpec = { name: 'fix-dry-run', description: 'Fix without writing; report what would remain' };
const reportUnused: OptionSpec = {
  name: 'report-unused-disable-directives',
  description: 'Report bc-lint-disable comments that suppress nothing',
};
const maxWarnings: OptionSpec = {
  name: 'max-warnings',
  value: '<n>',
  description: 'Exit 1 when there are more than n warnings',
  invalid: (value) => (/^\d+$/.test(value) ? undefined : `--max-warnings needs a whole number, not "${value}"`),
};
const quiet: OptionSpec = { name: 'quiet', description: 'Report errors only' };
const today: OptionSpec = {
  name: 'today',
  value: '<date>',
  description: 'Date for date-bound rules, YYYY-MM-DD (default: today)',
  invalid: (value) => (isCalendarDate(value) ? undefined : `--today needs a date as YYYY-MM-DD, not "${value}"`),
};
const color: OptionSpec = { name: 'color', description: 'Coloured output even when not writing to a terminal' };
const noColor: OptionSpec = { name: 'no-color', description: 'Plain output (NO_COLOR is honoured too)' };
const integration: OptionSpec = {
  name: 'integration',
  value: '<name>',
  description: `With the scopes that integration needs, one of:\n${builtinProfileNames().join(', ')}`,
};
const outputFile: OptionSpec = { name: 'output-file', short: 'o', value: '<path>', description: 'Write the report to a file (folders are created)' };
const stdin: OptionSpec = { name: 'stdin', description: 'Lint standard input instead of files' };
const stdinFilename: OptionSpec = {
  name: 'stdin-filename',
  value: '<name>',
  description: 'Name standard input for the project config, ignore globs and output',
};
const out: OptionSpec = { name: 'out', value: '<path>', description: 'The connection file to write (default: bigcommerce.connection.yaml)' };
const envFile: OptionSpec = {
  name: 'env-file',
  short: 'E',
  value: '<path>',
  description:
    'Also write the access token and client secret to this file (created, or added to), only if git ignores it.\n' +
    'Node itself rejects --env-file with a file that does not exist yet (nodejs/node#54232): use -E then',
};
const print: OptionSpec = { name: 'print', description: 'Print the schema itself' };
/** Accepted for editors that pass it (stdio is the only transport). */
const stdio: OptionSpec = { name: 'stdio', description: 'Talk LSP over stdin and stdout (the default)' };

/** Accepted by every command; giving one selects the help or version command. */
export const helpOption: OptionSpec = { name: 'help', short: 'h', description: 'Show this help' };
export const versionOption: OptionSpec = { name: 'version', short: 'v', description: 'Show the version' };

/** Every command, in the order help lists them; `lint` runs when no other command is named. */
export const commands: readonly CommandSpec[] = [
  {
    name: 'lint',
    usage: '[options] [file|folder|glob ...]',
    title: 'bc-lint [paths]',
    summary:
      'Lints BigCommerce connection files (bigcommerce.connection.yaml, *.bigcommerce.connection.yaml).\n' +
      'With no paths, searches the current folder, skipping node_modules and .git.',
    options: [format, outputFile, config, stdin, stdinFilename, fix, fixDryRun, reportUnused, maxWarnings, quiet, today, color, noColor],
    operands: { noun: 'path', max: Infinity },
    run: async (options) => (await import('./commands/lint.js')).runLintCommand(options),
  },
  {
    name: 'rules',
    usage: 'rules [--format json]',
    title: 'bc-lint rules',
    summary: 'List the rules with their default severities',
    options: [rulesFormat],
    operands: { noun: 'path', max: 0 },
    run: async (options) => (await import('./commands/rules.js')).runRulesCommand(options.format),
  },
  {
    name: 'explain',
    usage: 'explain <rule>',
    title: 'bc-lint explain',
    summary: "Show a rule's documentation",
    options: [color, noColor],
    operands: { noun: 'rule', max: 1 },
    run: async (options) => {
      const [{ runExplainCommand }, { useColor }] = await Promise.all([import('./commands/explain.js'), import('./commands/lint.js')]);
      return runExplainCommand(options.targets[0], useColor(options));
    },
  },
  {
    name: 'init',
    usage: 'init [--integration <name>] [path]',
    title: 'bc-lint init',
    summary:
      'Write a starter connection file (schema modeline, secret references): path, or\n' +
      'bigcommerce.connection.yaml inside path when it is a folder (default: .).\nNever overwrites a file.',
    options: [integration],
    operands: { noun: 'path', max: 1 },
    run: async (options) => (await import('./commands/init.js')).runInitCommand(options),
  },
  {
    name: 'import',
    usage: 'import <download.txt> [--out <path>] [--integration <name>] [--env-file <path>]',
    title: 'bc-lint import',
    summary:
      "Turn the control panel's API-credentials download into a connection file with secret\n" +
      'references; the scopes are left to fill in (or the integration\'s). Never overwrites a file\n' +
      'and never prints a secret.',
    options: [out, integration, envFile],
    operands: { noun: 'file', max: 1 },
    run: async (options) => (await import('./commands/import.js')).runImportCommand(options),
  },
  {
    name: 'schema',
    usage: 'schema [--print]',
    title: 'bc-lint schema',
    summary: 'Print the path of the bundled JSON Schema, for editors (works offline)',
    options: [print],
    operands: { noun: 'path', max: 0 },
    run: async (options) => (await import('./commands/schema.js')).runSchemaCommand(options),
  },
  {
    name: 'lsp',
    usage: 'lsp [--stdio] [--today <date>]',
    title: 'bc-lint lsp',
    summary: 'Language server over stdio (LSP 3.17) for editors: every rule, quick fixes, hover',
    options: [stdio, today],
    operands: { noun: 'argument', max: 0 },
    run: async (options) => (await import('./commands/lsp.js')).runLspCommand(options),
  },
  {
    name: 'help',
    usage: '--help',
    title: 'bc-lint --help',
    summary: 'Show this help',
    options: [],
    operands: { noun: 'argument', max: Infinity },
    selectedBy: helpOption,
    run: async () => {
      process.stdout.write((await import('./help.js')).helpText());
      return 0;
    },
  },
  {
    name: 'version',
    usage: '--version',
    title: 'bc-lint --version',
    summary: 'Show the version',
    options: [],
    operands: { noun: 'argument', max: Infinity },
    selectedBy: versionOption,
    run: async () => {
      process.stdout.write(`${(await import('../generated/package-info.js')).packageInfo.version}\n`);
      return 0;
    },
  },
];
