#!/usr/bin/env node
import { ConfigError } from '../config/find-config.js';
import { TargetNotFoundError } from '../files/discover.js';
import { packageInfo } from '../generated/package-info.js';
import { runLintCommand, useColor } from './commands/lint.js';
import { helpText, parseCliArguments, UsageError } from './options.js';

async function main(argv: readonly string[]): Promise<number> {
  const options = parseCliArguments(argv);
  switch (options.command) {
    case 'help':
      process.stdout.write(helpText);
      return 0;
    case 'version':
      process.stdout.write(`${packageInfo.version}\n`);
      return 0;
    case 'rules':
      return (await import('./commands/rules.js')).runRulesCommand();
    case 'explain':
      return (await import('./commands/explain.js')).runExplainCommand(options.targets[0], useColor(options));
    case 'init':
      return (await import('./commands/init.js')).runInitCommand(options);
    case 'schema':
      return (await import('./commands/schema.js')).runSchemaCommand(options);
    case 'lint':
      return runLintCommand(options);
  }
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
