import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultToday, examplesDir, fixturesDir, runCli, type JsonMessage, type JsonResult } from '../helpers.js';
import type { Diagnostic } from './lsp-client.js';

/** Every connection file in examples/ and test/fixtures/. */
export function exampleAndFixtureFiles(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const full = path.join(folder, name);
      return statSync(full).isDirectory() ? walk(full) : /(^|\.)bigcommerce\.connection\.ya?ml$/.test(name) ? [full] : [];
    });
  return [...walk(examplesDir), ...walk(fixturesDir)].sort();
}

/** The CLI's `--format json` result for one file, run from the file's folder (where the server looks for the config). */
export function cliResult(file: string, args: string[] = []): JsonResult & { suppressedMessages: JsonMessage[] } {
  const run = runCli(['--format', 'json', '--today', defaultToday, ...args, path.basename(file)], { cwd: path.dirname(file) });
  if (run.status !== 0 && run.status !== 1) throw new Error(`bc-lint exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout)[0];
}

/** The parts of a CLI message the server must reproduce. */
export const cliShape = (message: JsonMessage) => ({
  ruleId: message.ruleId,
  severity: message.severity,
  message: message.message,
  range: `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`,
});

/**
 * A diagnostic in the CLI's terms: 1-based lines and columns (the files compared have no lone \r, so LSP lines
 * are the CLI's; `bomOnFirstLine` takes away the BOM that the CLI does not count), error 2 and warning 1.
 */
export const diagnosticShape = (diagnostic: Diagnostic, bomOnFirstLine = false) => {
  const column = (position: { line: number; character: number }) => position.character + 1 - (bomOnFirstLine && position.line === 0 ? 1 : 0);
  const { start, end } = diagnostic.range;
  return {
    ruleId: diagnostic.code ?? null,
    severity: diagnostic.severity === 1 ? 2 : diagnostic.severity === 2 ? 1 : -1,
    message: diagnostic.message,
    range: `${start.line + 1}:${column(start)}-${end.line + 1}:${column(end)}`,
  };
};

export const tempFolder = (name: string) => mkdtempSync(path.join(tmpdir(), `bc-lint-lsp-${name}-`));
