import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { after } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliPath, connection, defaultToday, respectingFileModes, type JsonMessage, type JsonResult } from '../helpers.js';

export type { JsonMessage };

/** A run that has not ended after this long is a hang: the child is killed and the test fails. Not a speed target. */
const hangGuardMs = 60_000;
export const memoryLimitBytes = 500 * 1024 * 1024;

const peakMemoryPreload = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), '../support/report-peak-memory.js')).href;

export interface MeasuredRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** The CLI process's peak resident memory, reported by the preload on exit; undefined if it never exited normally. */
  peakRssBytes: number | undefined;
}

/**
 * Spawns the built CLI (asynchronously, with a hang guard) and measures its peak memory. `respectFileModes`: see
 * respectingFileModes() in helpers.ts.
 */
export function runCliMeasured(args: string[], options: { cwd: string; respectFileModes?: boolean }): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const commandLine: [string, string[]] = [process.execPath, ['--import', peakMemoryPreload, cliPath, ...args]];
    const [command, commandArgs] = options.respectFileModes ? respectingFileModes(...commandLine) : commandLine;
    const child = spawn(command, commandArgs, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, BC_LINT_TEST_PEAK_RSS_FD: '3' },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const collect = (stream: Readable | null | undefined) => {
      const chunks: Buffer[] = [];
      stream?.on('data', (chunk: Buffer) => chunks.push(chunk));
      return () => Buffer.concat(chunks).toString('utf8');
    };
    const stdout = collect(child.stdout);
    const stderr = collect(child.stderr);
    const memory = collect(child.stdio[3] as Readable);
    let timedOut = false;
    const guard = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, hangGuardMs);
    child.on('error', (error) => {
      clearTimeout(guard);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(guard);
      const reported = memory().trim();
      resolve({
        status,
        signal,
        stdout: stdout(),
        stderr: stderr(),
        timedOut,
        peakRssBytes: reported === '' ? undefined : Number(reported),
      });
    });
  });
}

/** A temporary project: one hostile file and one ordinary connection file with a known mistake beside it. */
export interface HostileProject {
  root: string;
  hostileFile: string;
  normalFile: string;
}

export const hostileFileName = 'hostile.bigcommerce.connection.yaml';
export const normalFileName = 'normal.bigcommerce.connection.yaml';

/** The ordinary file's mistake: `tokenType: stencil-cli`, one token-type finding. */
const normalConnection = connection({ tokenType: 'stencil-cli' });

/** Projects of this test file, removed when its tests are done: some hold 20 MB files. */
const createdRoots: string[] = [];
after(() => {
  for (const root of createdRoots) rmSync(root, { recursive: true, force: true });
});

export function hostileProject(content: string | Uint8Array): HostileProject {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-hostile-'));
  createdRoots.push(root);
  const project = { root, hostileFile: path.join(root, hostileFileName), normalFile: path.join(root, normalFileName) };
  writeFileSync(project.hostileFile, content);
  writeFileSync(project.normalFile, normalConnection);
  return project;
}

/** Lints the project's folder with --format json, as a user would, measuring the run. */
export function lintProject(
  project: Pick<HostileProject, 'root'>,
  extraArgs: string[] = [],
  options: { respectFileModes?: boolean } = {},
): Promise<MeasuredRun> {
  return runCliMeasured(['--format', 'json', '--today', defaultToday, ...extraArgs, '.'], { cwd: project.root, ...options });
}

/** The run ended by itself, with a normal exit code, no stack trace, and within the memory limit. */
export function assertEndedCleanly(run: MeasuredRun): void {
  assert.equal(run.timedOut, false, `the CLI did not end within ${hangGuardMs / 1000} s`);
  assert.equal(run.signal, null, `the CLI was killed by ${run.signal}; stderr: ${run.stderr.slice(0, 2000)}`);
  assert.ok(run.status === 0 || run.status === 1 || run.status === 2, `exit code ${run.status}; stderr: ${run.stderr.slice(0, 2000)}`);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'a stack trace on stderr');
  assert.doesNotMatch(run.stderr, /internal error/);
  assert.ok(run.peakRssBytes !== undefined, 'the CLI reported no peak memory: it did not exit normally');
  assert.ok(run.peakRssBytes < memoryLimitBytes, `peak memory ${(run.peakRssBytes / 1024 / 1024).toFixed(0)} MB is over ${memoryLimitBytes / 1024 / 1024} MB`);
}

/** Messages per file name, from the JSON output. */
export function messagesByFile(run: MeasuredRun): Map<string, JsonMessage[]> {
  const results = JSON.parse(run.stdout) as JsonResult[];
  return new Map(results.map((result) => [path.basename(result.filePath), result.messages]));
}

/**
 * The whole contract for one hostile file: the run ends cleanly with exit 1, the hostile file gets findings that
 * checkHostile accepts, and the ordinary file beside it is linted as usual. Returns the hostile file's messages.
 */
export async function expectHostileFileHandled(
  project: HostileProject,
  checkHostile: (messages: JsonMessage[]) => void,
  options: { extraArgs?: string[] } = {},
): Promise<JsonMessage[]> {
  const run = await lintProject(project, options.extraArgs);
  assertEndedCleanly(run);
  assert.equal(run.stderr, '');
  // The ordinary file's error alone makes the exit code 1.
  assert.equal(run.status, 1, run.stdout.slice(0, 2000));
  const byFile = messagesByFile(run);
  assert.deepEqual(
    byFile.get(normalFileName)?.map((message) => message.ruleId),
    ['token-type'],
    'the ordinary file in the same run is still linted',
  );
  const hostile = byFile.get(hostileFileName);
  assert.ok(hostile, 'the hostile file is reported');
  checkHostile(hostile);
  return hostile;
}

/** Exactly one finding, of this rule, whose message matches. */
export function expectOne(ruleId: string | null, message: RegExp): (messages: JsonMessage[]) => void {
  return (messages) => {
    assert.equal(messages.length, 1, JSON.stringify(messages, null, 1).slice(0, 2000));
    assert.equal(messages[0]!.ruleId, ruleId);
    assert.match(messages[0]!.message, message);
  };
}
