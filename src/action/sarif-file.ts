import { lstatSync, realpathSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isConnectionFileName } from '../files/discover.js';
import { escapeLogText } from '../formatters/escape.js';
import { repoRelativePath } from '../formatters/relative-path.js';
import { InputError } from './inputs.js';

/**
 * The sarif-file input as an absolute path the Action may write: inside the workspace (no `..` out, no
 * absolute path elsewhere, no symlinked folder or symlink leading out), not a directory or other non-file,
 * and not named like a connection file. Checked before anything is written; throws InputError otherwise.
 */
export function resolveSarifFile(value: string, workspace: string): string {
  const refuse = (why: string) =>
    new InputError(`sarif-file "${escapeLogText(value)}" ${why}; give a path inside the workspace for a new file or an earlier SARIF file`);
  const target = path.resolve(workspace, value);
  if (target === path.resolve(workspace)) throw refuse('is the workspace folder');
  if (!isInside(target, workspace)) throw refuse('is outside the workspace');
  if (isConnectionFileName(target)) throw refuse('is named like a connection file, which the SARIF would overwrite');

  // The nearest folder that exists, followed through symlinks, must still be in the (real) workspace.
  const realWorkspace = realpathSync(workspace);
  let folder = path.dirname(target);
  while (lstatSync(folder, { throwIfNoEntry: false }) === undefined) folder = path.dirname(folder);
  let realFolder: string;
  try {
    realFolder = realpathSync(folder);
  } catch {
    throw refuse('is below a broken symbolic link');
  }
  if (realFolder !== realWorkspace && !isInside(realFolder, realWorkspace)) throw refuse('is in a folder that leads outside the workspace');
  if (!statSync(realFolder).isDirectory()) throw refuse('is below a file, not a folder');

  const existing = lstatSync(target, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw refuse('is a directory');
  if (existing?.isSymbolicLink()) throw refuse('is a symbolic link');
  if (existing && !existing.isFile()) throw refuse('is not a regular file');
  return target;
}

/** Refuses a sarif-file that is one of the files the run linted (under another name than the usual ones). */
export function refuseLintedSarifFile(sarifFile: string, lintedFiles: readonly string[], workspace: string): void {
  const real = realOrSelf(sarifFile);
  if (lintedFiles.some((file) => file === sarifFile || realOrSelf(file) === real)) {
    throw new InputError(
      `sarif-file "${escapeLogText(repoRelativePath(sarifFile, workspace))}" is a file this run lints; give a path for a new file or an earlier SARIF file`,
    );
  }
}

export async function writeSarifFile(sarifFile: string, sarif: string): Promise<void> {
  await mkdir(path.dirname(sarifFile), { recursive: true });
  await writeFile(sarifFile, sarif);
}

/** True when file is below folder (not folder itself). */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
