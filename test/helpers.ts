import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintSource, type LintOptions } from '../src/lint.js';
import type { Finding } from '../src/model/types.js';

/** The repository root (tests run from build/test/, compiled). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = path.join(repoRoot, 'dist/cli/index.js');
export const fixturesDir = path.join(repoRoot, 'test/fixtures');
export const examplesDir = path.join(repoRoot, 'examples');

export const defaultToday = '2026-11-22';

/** Lints YAML text through the real pipeline. */
export function lint(text: string, options: Partial<LintOptions> = {}): Finding[] {
  return lintSource('test.bigcommerce.connection.yaml', text, { today: defaultToday, ...options }).findings;
}

/** Findings of one rule only. */
export function lintRule(ruleId: string, text: string, options: Partial<LintOptions> = {}): Finding[] {
  return lint(text, options).filter((finding) => finding.ruleId === ruleId);
}

/** One message of the CLI's `--format json` output (ESLint's shape). */
export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: boolean;
  fix?: { range: [number, number]; text: string };
}

/** One file's result in the CLI's `--format json` output. */
export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** A valid custom connection; pass lines to append or override (later keys must not repeat earlier ones). */
export function connection(overrides: Record<string, string> = {}, scopes?: Record<string, string>): string {
  const fields: Record<string, string> = {
    name: 'Test connection',
    storeHash: 'ci4bzn8adz',
    authType: 'custom',
    accessToken: '${BIGCOMMERCE_ACCESS_TOKEN}',
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== '<omit>')
    .map(([key, value]) => `${key}: ${value}`);
  const scopeMap = scopes ?? { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' };
  if (overrides.scopes === undefined) {
    lines.push('scopes:', ...Object.entries(scopeMap).map(([key, value]) => `  ${key}: ${value}`));
  }
  return lines.join('\n') + '\n';
}

/** The range of `key: value` as connection() writes it: accessToken on line 4, an added key on line 5. */
export const onValueOf = (key: string, value: string) => {
  const line = key === 'accessToken' ? 4 : 5;
  return { line, column: key.length + 3, endLine: line, endColumn: key.length + 3 + value.length };
};

/** Compact "line:column-endLine:endColumn" of a finding, for exact-range assertions. */
export function at(finding: Finding | undefined): string {
  if (!finding) return 'no finding';
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A command line whose process the kernel holds to file modes, so a mode-000 file gives it EACCES. An ordinary user
 * is held to them already. Root reads anything through the capabilities CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH,
 * so root's child starts through util-linux's setpriv with those two dropped from its bounding set: it stays uid 0,
 * so it still reaches a checkout no other user may enter (under /root, or in a mode-700 mktemp folder), but opening
 * a mode-000 file fails with a real EACCES.
 */
export function respectingFileModes(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return ['setpriv', ['--bounding-set=-dac_override,-dac_read_search', '--', command, ...args]];
}

/**
 * Spawns the built CLI as a user runs it; `cli` runs another copy, such as an installedCopy(). `respectFileModes`
 * runs it as respectingFileModes() says, for tests of unreadable files.
 */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; respectFileModes?: boolean; cli?: string } = {},
): CliRun {
  const commandLine: [string, string[]] = [process.execPath, [options.cli ?? cliPath, ...args]];
  const [command, commandArgs] = options.respectFileModes ? respectingFileModes(...commandLine) : commandLine;
  const result = spawnSync(command, commandArgs, {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * bc-lint as npm installs it in a project: the published files (package.json, dist/, schemas/) in
 * <project>/node_modules/bc-lint. Returns the project folder and that copy's CLI.
 */
export function installedCopy(): { project: string; cli: string } {
  const project = mkdtempSync(path.join(tmpdir(), 'bc-lint-project-'));
  const installed = path.join(project, 'node_modules', 'bc-lint');
  mkdirSync(installed, { recursive: true });
  for (const entry of ['package.json', 'dist', 'schemas']) {
    cpSync(path.join(repoRoot, entry), path.join(installed, entry), { recursive: true });
  }
  return { project, cli: path.join(installed, 'dist/cli/index.js') };
}
