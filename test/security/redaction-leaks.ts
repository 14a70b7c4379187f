// Shared by the redaction tests: run every CLI format on a folder and look for any fragment of a secret.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultToday, runCli } from '../helpers.js';

export const cliFormats = ['stylish', 'json', 'sarif', 'github'] as const;

/** A temporary folder holding the given connection files. */
export function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-redaction-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  return root;
}

/** The CLI's output in every format, linting the folder. */
export function outputsOf(root: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const format of cliFormats) {
    const run = runCli(['--format', format, '--today', defaultToday, '.'], { cwd: root });
    assert.ok(run.status === 0 || run.status === 1, `${format}: exit ${run.status}: ${run.stderr}`);
    outputs[format] = run.stdout + run.stderr;
  }
  return outputs;
}

/** The first run of `size` consecutive characters of secret (in any case) found in output, if any. */
export function leakedFragment(output: string, secret: string, size = 6): string | undefined {
  const haystack = output.toLowerCase();
  const needle = secret.toLowerCase();
  if (needle.length < size) return haystack.includes(needle) ? secret : undefined;
  for (let i = 0; i + size <= needle.length; i++) {
    const fragment = needle.slice(i, i + size);
    if (haystack.includes(fragment)) return fragment;
    // JSON and SARIF escape quotes and backslashes: look for the escaped form too.
    const escaped = JSON.stringify(fragment).slice(1, -1).toLowerCase();
    if (escaped !== fragment && haystack.includes(escaped)) return fragment;
  }
  return undefined;
}

/** No output of any format holds six consecutive characters of any of the secrets. */
export function assertNoLeak(outputs: Record<string, string>, secrets: readonly string[]): void {
  for (const [format, output] of Object.entries(outputs)) {
    for (const secret of secrets) {
      const fragment = leakedFragment(output, secret);
      assert.equal(fragment, undefined, `${format} output shows "${fragment}" of a secret:\n${output.slice(0, 3000)}`);
    }
  }
}
