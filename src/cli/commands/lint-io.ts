import { mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { maxFileBytes } from '../../files/read-file.js';

/** A report that could not be written, or standard input that could not be read: one line, exit 2. */
export class OutputError extends Error {}

/** Standard input as text, refused past the size limit a connection file read from disk has. */
export async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += bytes.length;
    if (size > maxFileBytes) throw new OutputError(`standard input is larger than ${maxFileBytes / 1024 / 1024} MB, too large for a connection file`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Writes the report to file (relative to cwd), creating its folders. Refuses a file this run lints, so a
 * report can never replace a connection file; any failure is an OutputError naming the path as given.
 */
export function writeReportFile(file: string, report: string, cwd: string, lintedFiles: readonly string[]): void {
  const target = path.resolve(cwd, file);
  const real = realOrSelf(target);
  if (lintedFiles.some((linted) => linted === target || realOrSelf(linted) === real)) {
    throw new OutputError(`cannot write the report to ${file}: it is a connection file this run lints`);
  }
  try {
    if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, report);
  } catch (error) {
    throw new OutputError(`cannot write the report to ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
