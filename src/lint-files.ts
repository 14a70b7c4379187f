import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fixSource } from './fix/apply-fixes.js';
import { lintSource, summarize, type LintOptions } from './lint.js';
import type { FileReport } from './model/types.js';
import { decodeSource } from './parse/decode.js';

/** --fix writes fixed files; --fix-dry-run computes the fixed state without writing. */
export type FixMode = 'write' | 'dry-run' | undefined;

/**
 * Lints many files, one after another; one that cannot be read becomes a fatal finding in its own report and the
 * rest go on. Shared by the CLI and the Action. Files are read synchronously: the work is CPU-bound and each file
 * is small. (Worker threads were tried: on two cores they made 2,000 files slower, since yaml's parsing keeps
 * V8's background GC and compiler threads busy; see bench/results.md.)
 */
export async function lintFiles(files: readonly string[], options: LintOptions, fixMode?: FixMode): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await lintFile(file, options, fixMode));
  return reports;
}

/**
 * Files larger than this are not read. A connection file is a few kilobytes, parsing stops after a million YAML
 * tokens anyway, and reading a file whole costs its size in memory (twice, as bytes and as text).
 */
export const maxFileBytes = 32 * 1024 * 1024;

async function lintFile(file: string, options: LintOptions, fixMode: FixMode): Promise<FileReport> {
  const unreadable = (message: string) =>
    summarize(file, [{ ruleId: null, severity: 'error', fatal: true, message, line: 1, column: 1, endLine: 1, endColumn: 1 }]);
  let bytes: Uint8Array;
  try {
    const fd = openSync(file, 'r');
    try {
      const { size } = fstatSync(fd);
      if (size > maxFileBytes) {
        return unreadable(`the file is ${megabytes(size)}, too large for a connection file (the limit is ${megabytes(maxFileBytes)}); it was not read`);
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return unreadable(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (!fixMode) return lintSource(file, bytes, options);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return lintSource(file, bytes, options);
  const { output, changed, report } = fixSource(file, decoded.text, options);
  const fixed = (decoded.hasBom ? '\uFEFF' : '') + output;
  if (changed && fixMode === 'write') await writeAtomically(file, fixed);
  return changed && fixMode === 'dry-run' ? { ...report, output: fixed } : report;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
}

/** Write to a temporary file beside the target, then rename: a reader never sees half a file. */
export async function writeAtomically(file: string, content: string): Promise<void> {
  const target = await realpath(file);
  const { mode } = await stat(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.bc-lint-fix.tmp`);
  try {
    await writeFile(temporary, content, { mode });
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
