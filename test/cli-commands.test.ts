import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands, helpOption, versionOption } from '../src/cli/command-table.js';
import { runCli, type CliRun } from './helpers.js';

function assertUsageError(run: CliRun, reason: RegExp) {
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, reason);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
}

test('an option of another command exits 2 with one line naming the option and both commands', () => {
  // This used to exit 0 silently: rules ignored lint's options.
  assertUsageError(runCli(['rules', '--fix', '--format', 'json']), /^bc-lint: --fix is an option of bc-lint \[paths\], not of bc-lint rules\n$/);
  // rules has its own --format (stylish or json, contract v2); lint's formats are refused there.
  assertUsageError(runCli(['rules', '-f', 'sarif']), /^bc-lint: unknown format "sarif" for bc-lint rules; use stylish or json\n$/);
  assertUsageError(runCli(['rules', '--today', '2026-01-01']), /^bc-lint: --today is an option of bc-lint \[paths\] and bc-lint lsp, not of bc-lint rules\n$/);
  assertUsageError(runCli(['explain', '--quiet', 'schema']), /--quiet is an option of bc-lint \[paths\], not of bc-lint explain/);
  assertUsageError(runCli(['schema', '--integration', 'celigo']), /--integration is an option of bc-lint init and bc-lint import, not of bc-lint schema/);
  assertUsageError(runCli(['init', '--no-color']), /--no-color is an option of bc-lint \[paths\] and bc-lint explain, not of bc-lint init/);
});

test('an unknown option, extra arguments and conflicting options exit 2 with one line', () => {
  assertUsageError(runCli(['rules', '--verbose']), /^bc-lint: Unknown option '--verbose'\n$/);
  assertUsageError(runCli(['rules', 'examples/']), /^bc-lint: bc-lint rules takes no paths\n$/);
  assertUsageError(runCli(['explain', 'schema', 'yaml-syntax']), /^bc-lint: bc-lint explain takes one rule, not 2\n$/);
  assertUsageError(runCli(['--fix', '--fix-dry-run', 'examples/']), /--fix and --fix-dry-run cannot be used together/);
});

test("a command's own options still work: explain takes --no-color, lint its formats", () => {
  const explained = runCli(['explain', '--no-color', 'schema'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
  assert.equal(explained.status, 0, explained.stderr);
  assert.match(explained.stdout, /^SCHEMA/);
  assert.doesNotMatch(explained.stdout, /\u001b\[/);
  const linted = runCli(['-f', 'json', '--quiet', 'examples/']);
  assert.equal(linted.status, 1, linted.stderr);
  assert.ok(Array.isArray(JSON.parse(linted.stdout)));
});

test('help lists every command and every option from the command table, whatever command it is given with', () => {
  const help = runCli(['--help']);
  assert.equal(help.status, 0, help.stderr);
  for (const command of commands) {
    assert.ok(help.stdout.includes(`bc-lint ${command.usage}\n`), `usage of ${command.name}`);
    for (const line of command.summary.split('\n')) assert.ok(help.stdout.includes(line), `${command.name}'s summary`);
    for (const option of [...command.options, helpOption, versionOption]) {
      const names = `${option.short ? `-${option.short}, ` : ''}--${option.name}${option.value ? ` ${option.value}` : ''}`;
      assert.ok(help.stdout.includes(names), `${command.name}: ${names}`);
      assert.ok(help.stdout.includes(option.description.split('\n')[0]!), `${command.name}: ${option.name}'s description`);
    }
  }
  assert.equal(runCli(['init', '--help']).stdout, help.stdout);
  assert.equal(runCli(['rules', '--fix', '-h']).stdout, help.stdout);
  assert.equal(runCli(['schema', '-v']).stdout, runCli(['--version']).stdout);
});
