import { parseArgs } from 'node:util';
import { commands, commandTitle, helpOption, versionOption, type CommandSpec } from './command-table.js';
import type { OptionSpec } from './option-specs.js';

type ArgToken = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** Bad command-line usage: printed as one line, exit 2. */
export class UsageError extends Error {}

export interface CliOptions {
  command: 'lint' | 'rules' | 'explain' | 'init' | 'import' | 'schema' | 'lsp' | 'help' | 'version';
  targets: string[];
  format: string;
  maxWarnings: number;
  quiet: boolean;
  today: string | undefined;
  color: boolean | undefined;
  /** --config FILE */
  config: string | undefined;
  fix: 'write' | 'dry-run' | undefined;
  reportUnusedDisableDirectives: boolean;
  /** init --integration NAME */
  integration: string | undefined;
  /** schema --print */
  print: boolean;
  /** -o, --output-file PATH: write the report there instead of standard output. */
  outputFile: string | undefined;
  /** --stdin: lint standard input, named by --stdin-filename. */
  stdin: boolean;
  stdinFilename: string | undefined;
  /** import --out PATH */
  out: string | undefined;
  /** import --env-file PATH */
  envFile: string | undefined;
}

/**
 * Parses argv by the command table: the command is the first path when it names one (else lint, or help/version
 * when their option is given), and each option must be one the command declares.
 */
export function parseCliArguments(argv: readonly string[]): CliOptions {
  const allOptions = new Map<string, OptionSpec>();
  for (const option of [helpOption, versionOption, ...commands.flatMap((command) => command.options)]) allOptions.set(option.name, option);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: Object.fromEntries(
        [...allOptions.values()].map((option) => [
          option.name,
          { type: option.value === undefined ? ('boolean' as const) : ('string' as const), ...(option.short ? { short: option.short } : {}) },
        ]),
      ),
    });
  } catch (error) {
    // node's messages are long and mention internals; keep the first sentence.
    throw new UsageError(
      String((error as Error).message)
        .split('. ')[0]!
        .replace(/\.$/, ''),
    );
  }
  const { values, positionals, tokens } = parsed;
  const command = selectCommand(values, positionals[0]);
  const operands = command.name === 'lint' || command.selectedBy ? positionals : positionals.slice(1);
  if (!command.selectedBy) checkUsage(command, tokens, values, operands.length);

  const text = (name: string) => values[name] as string | undefined;
  const flag = (name: string) => values[name] === true;
  return {
    command: command.name,
    targets: operands,
    format: text('format') ?? 'stylish',
    maxWarnings: text('max-warnings') === undefined ? -1 : Number(text('max-warnings')),
    quiet: flag('quiet'),
    today: text('today'),
    color: flag('no-color') ? false : flag('color') ? true : undefined,
    config: text('config'),
    fix: flag('fix') ? 'write' : flag('fix-dry-run') ? 'dry-run' : undefined,
    reportUnusedDisableDirectives: flag('report-unused-disable-directives'),
    integration: text('integration'),
    print: flag('print'),
    outputFile: text('output-file'),
    stdin: flag('stdin'),
    stdinFilename: text('stdin-filename'),
    out: text('out'),
    envFile: text('env-file'),
  };
}

function selectCommand(values: Record<string, unknown>, first: string | undefined): CommandSpec {
  const bySwitch = commands.find((command) => command.selectedBy && values[command.selectedBy.name] !== undefined);
  const byName = commands.find((command) => command.name !== 'lint' && !command.selectedBy && command.name === first);
  return bySwitch ?? byName ?? commands.find((command) => command.name === 'lint')!;
}

/** Options the command does not declare, too many operands, conflicting options and unusable values. */
function checkUsage(command: CommandSpec, tokens: readonly ArgToken[], values: Record<string, unknown>, operandCount: number): void {
  for (const token of tokens) {
    if (token.kind !== 'option' || command.options.some((option) => option.name === token.name)) continue;
    const owners = commands.filter((other) => other.options.some((option) => option.name === token.name)).map(commandTitle);
    throw new UsageError(`${token.rawName} is an option of ${owners.join(' and ')}, not of ${commandTitle(command)}`);
  }
  const { noun, max } = command.operands;
  if (operandCount > max) {
    throw new UsageError(max === 0 ? `${commandTitle(command)} takes no ${noun}s` : `${commandTitle(command)} takes one ${noun}, not ${operandCount}`);
  }
  for (const option of command.options) {
    const value = values[option.name];
    if (value === undefined) continue;
    if (option.conflictsWith && values[option.conflictsWith] !== undefined) {
      throw new UsageError(`--${option.name} and --${option.conflictsWith} cannot be used together`);
    }
    const problem = typeof value === 'string' ? option.invalid?.(value) : undefined;
    if (problem) throw new UsageError(problem);
  }
}
