import { commands, helpOption, versionOption } from './command-table.js';
import type { OptionSpec } from './option-specs.js';

const column = 26;

/** A help row: the label, then the text in a column; the text's further lines (and a long label's text) below it. */
function row(indent: string, label: string, text: string): string[] {
  const [first = '', ...rest] = text.split('\n');
  const head = `${indent}${label}`;
  const lines = head.length < column - 1 ? [`${head.padEnd(column)}${first}`] : [head, ...(first ? [`${' '.repeat(column)}${first}`] : [])];
  return [...lines, ...rest.map((line) => `${' '.repeat(column)}${line}`)];
}

function optionRow(indent: string, option: OptionSpec): string[] {
  const names = `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value}` : ''}`;
  return row(indent, names, option.description);
}

/** The help text, generated from the command table. */
export function helpText(): string {
  const [lint, ...others] = commands;
  const named = others.filter((command) => !command.selectedBy);
  const usage = commands.map((command, index) => `${index === 0 ? 'Usage:' : '      '} bc-lint ${command.usage}`);
  return [
    ...usage,
    '',
    lint!.summary,
    '',
    'Options:',
    ...[...lint!.options, helpOption, versionOption].flatMap((option) => optionRow('  ', option)),
    '',
    'Commands:',
    ...named.flatMap((command) => [
      ...row('  ', command.usage.replace(/ ?\[--[^\]]*\]/g, ''), command.summary),
      ...command.options.flatMap((option) => optionRow('    ', option)),
    ]),
    '',
    'Exit codes: 0 no errors, 1 errors or too many warnings, 2 bad usage or internal failure.',
    '',
  ].join('\n');
}
