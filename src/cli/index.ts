#!/usr/bin/env node
import '../startup/compile-cache.js';
import { ConfigError } from '../config/find-config.js';
import { TargetNotFoundError } from '../files/discover.js';
import { commands } from './command-table.js';
import { parseCliArguments, UsageError } from './options.js';

/** Parses by the command table, then runs the chosen command's handler (loaded on demand). */
async function main(argv: readonly string[]): Promise<number> {
  const options = parseCliArguments(argv);
  return commands.find((command) => command.name === options.command)!.run(options);
}

/** Errors the user can act on: one line, no stack trace. */
const userErrors = [UsageError, TargetNotFoundError, ConfigError];

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = userErrors.some((kind) => error instanceof kind);
    process.stderr.write(`bc-lint: ${known ? '' : 'internal error: '}${(error as Error)?.message ?? String(error)}\n`);
    if (!known && process.env.BC_LINT_DEBUG) process.stderr.write(`${(error as Error)?.stack}\n`);
    process.exitCode = 2;
  },
);
