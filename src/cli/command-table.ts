import type { CliOptions } from './options.js';
import * as option from './option-specs.js';
import type { OptionSpec } from './option-specs.js';

type CommandName = CliOptions['command'];

export interface CommandSpec {
  name: CommandName;
  /** Usage line(s) for help, after `bc-lint `. */
  usage: string;
  /** How help's command list and error messages name the command, when not `bc-lint <name>` (see commandTitle). */
  title?: string;
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

/** How help's command list and error messages name a command. */
export function commandTitle(command: CommandSpec): string {
  return command.title ?? `bc-lint ${command.name}`;
}

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
    options: [
      option.format,
      option.outputFile,
      option.config,
      option.stdin,
      option.stdinFilename,
      option.fix,
      option.fixDryRun,
      option.reportUnused,
      option.maxWarnings,
      option.quiet,
      option.today,
      option.color,
      option.noColor,
    ],
    operands: { noun: 'path', max: Infinity },
    run: async (options) => (await import('./commands/lint.js')).runLintCommand(options),
  },
  {
    name: 'rules',
    usage: 'rules [--format json]',
    summary: 'List the rules with their default severities',
    options: [option.rulesFormat],
    operands: { noun: 'path', max: 0 },
    run: async (options) => (await import('./commands/rules.js')).runRulesCommand(options.format),
  },
  {
    name: 'explain',
    usage: 'explain <rule>',
    summary: "Show a rule's documentation",
    options: [option.color, option.noColor],
    operands: { noun: 'rule', max: 1 },
    run: async (options) => {
      const [{ runExplainCommand }, { useColor }] = await Promise.all([import('./commands/explain.js'), import('./commands/lint.js')]);
      return runExplainCommand(options.targets[0], useColor(options));
    },
  },
  {
    name: 'init',
    usage: 'init [--integration <name>] [path]',
    summary:
      'Write a starter connection file (schema modeline, secret references): path, or\n' +
      'bigcommerce.connection.yaml inside path when it is a folder (default: .).\nNever overwrites a file.',
    options: [option.integration],
    operands: { noun: 'path', max: 1 },
    run: async (options) => (await import('./commands/init.js')).runInitCommand(options),
  },
  {
    name: 'import',
    usage: 'import <download.txt> [--out <path>] [--integration <name>] [--env-file <path>]',
    summary:
      "Turn the control panel's API-credentials download into a connection file with secret\n" +
      "references; the scopes are left to fill in (or the integration's). Never overwrites a file\n" +
      'and never prints a secret.',
    options: [option.out, option.integration, option.envFile],
    operands: { noun: 'file', max: 1 },
    run: async (options) => (await import('./commands/import.js')).runImportCommand(options),
  },
  {
    name: 'schema',
    usage: 'schema [--print]',
    summary: 'Print the path of the bundled JSON Schema, for editors (works offline)',
    options: [option.print],
    operands: { noun: 'path', max: 0 },
    run: async (options) => (await import('./commands/schema.js')).runSchemaCommand(options),
  },
  {
    name: 'lsp',
    usage: 'lsp [--stdio] [--today <date>]',
    summary: 'Language server over stdio (LSP 3.17) for editors: every rule, quick fixes, hover',
    options: [option.stdio, option.today],
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
