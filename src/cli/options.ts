import { parseArgs } from 'node:util';
import { formatterNames } from '../formatters/index.js';
import { builtinProfiles } from '../model/profiles.js';

/** Bad command-line usage: printed as one line, exit 2. */
export class UsageError extends Error {}

export interface CliOptions {
  command: 'lint' | 'rules' | 'explain' | 'init' | 'schema' | 'help' | 'version';
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
}

export const helpText = `Usage: bc-lint [options] [file|folder|glob ...]
       bc-lint rules
       bc-lint explain <rule>
       bc-lint init [--integration <name>] [path]
       bc-lint schema [--print]

Lints BigCommerce connection files (bigcommerce.connection.yaml, *.bigcommerce.connection.yaml).
With no paths, searches the current folder, skipping node_modules and .git.

Options:
  -f, --format <name>     Output format: ${formatterNames.join(', ')} (default: stylish)
  -c, --config <file>     Project config file (default: the nearest .bc-lint.yaml)
      --fix               Fix what can be fixed safely, in place
      --fix-dry-run       Fix without writing; report what would remain
      --report-unused-disable-directives
                          Report bc-lint-disable comments that suppress nothing
      --max-warnings <n>  Exit 1 when there are more than n warnings
      --quiet             Report errors only
      --today <date>      Date for date-bound rules, YYYY-MM-DD (default: today)
      --no-color          Plain output (NO_COLOR is honoured too)
  -h, --help              Show this help
  -v, --version           Show the version

Commands:
  rules                   List the rules with their default severities
  explain <rule>          Show a rule's documentation
  init [path]             Write a starter connection file (schema modeline, secret references): path, or
                          bigcommerce.connection.yaml inside path when it is a folder (default: .).
                          Never overwrites a file.
    --integration <name>  With the scopes that integration needs, one of:
                          ${builtinProfiles.map((profile) => profile.name).join(', ')}
  schema                  Print the path of the bundled JSON Schema, for editors (works offline)
    --print               Print the schema itself

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
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'report-unused-disable-directives': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        today: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        integration: { type: 'string' },
        print: { type: 'boolean' },
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
  else if (['rules', 'explain', 'init', 'schema'].includes(positionals[0] ?? '')) {
    command = positionals[0] as CliOptions['command'];
    targets = positionals.slice(1);
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (values.integration !== undefined && command !== 'init') throw new UsageError('--integration is an option of bc-lint init');
  if (values.print && command !== 'schema') throw new UsageError('--print is an option of bc-lint schema');
  if (command === 'init' && targets.length > 1) throw new UsageError(`bc-lint init takes one path, not ${targets.length}`);
  if (command === 'schema' && targets.length > 0) throw new UsageError('bc-lint schema takes no paths');
  return {
    command,
    targets,
    format,
    maxWarnings,
    quiet: values.quiet ?? false,
    today: values.today,
    color: values['no-color'] ? false : values.color,
    config: values.config,
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
    integration: values.integration,
    print: values.print ?? false,
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
