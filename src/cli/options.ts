import { parseArgs } from 'node:util';
import { formatterNames } from '../formatters/index.js';

/** Bad command-line usage: printed as one line, exit 2. */
export class UsageError extends Error {}

export interface CliOptions {
  command: 'lint' | 'rules' | 'help' | 'version';
  targets: string[];
  format: string;
  maxWarnings: number;
  quiet: boolean;
  today: string | undefined;
  color: boolean | undefined;
  /** --config FILE */
  config: string | undefined;
}

export const helpText = `Usage: bc-lint [options] [file|folder|glob ...]
       bc-lint rules

Lints BigCommerce connection files (bigcommerce.connection.yaml, *.bigcommerce.connection.yaml).
With no paths, searches the current folder, skipping node_modules and .git.

Options:
  -f, --format <name>     Output format: ${formatterNames.join(', ')} (default: stylish)
  -c, --config <file>     Project config file
      --max-warnings <n>  Exit 1 when there are more than n warnings
      --quiet             Report errors only
      --today <date>      Date for date-bound rules, YYYY-MM-DD (default: today)
      --no-color          Plain output (NO_COLOR is honoured too)
  -h, --help              Show this help
  -v, --version           Show the version

Commands:
  rules                   List the rules with their default severities

Exit codes: 0 no errors, 1 errors or too many warnings, 2 bad usage or internal failure.
`;

export function parseCliArguments(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        today: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // node's messages are long and mention internals; keep the first sentence.
    throw new UsageError(String((error as Error).message).split('. ')[0]!.replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!formatterNames.includes(format)) throw new UsageError(`unknown format "${format}"; use one of ${formatterNames.join(', ')}`);

  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings needs a whole number, not "${values['max-warnings']}"`);
    maxWarnings = Number(values['max-warnings']);
  }
  if (values.today !== undefined && !isCalendarDate(values.today)) {
    throw new UsageError(`--today needs a date as YYYY-MM-DD, not "${values.today}"`);
  }

  let command: CliOptions['command'] = 'lint';
  let targets = positionals;
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  else if (positionals[0] === 'rules') {
    command = 'rules';
    targets = positionals.slice(1);
  }
  return {
    command,
    targets,
    format,
    maxWarnings,
    quiet: values.quiet ?? false,
    today: values.today,
    color: values['no-color'] ? false : values.color,
    config: values.config,
  };
}

/** A real calendar date written as YYYY-MM-DD (--today, the Action's `today`). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** The local calendar date as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
