import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Connection file names, as globs below a folder. */
export const connectionFileGlobs = ['**/bigcommerce.connection.{yaml,yml}', '**/*.bigcommerce.connection.{yaml,yml}'];
const skipped = ['**/node_modules/**', '**/.git/**'];

export function isConnectionFileName(fileName: string): boolean {
  return /(^|\.)bigcommerce\.connection\.ya?ml$/.test(path.basename(fileName));
}

/** A path argument that matches nothing: bad usage, exit 2. */
export class TargetNotFoundError extends Error {}

/**
 * Turns the command line's paths, folders and globs into a sorted list of absolute file paths.
 * No targets means: search the working folder. Files named explicitly are linted whatever their name.
 */
export async function resolveTargets(targets: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const target of targets.length > 0 ? targets : ['.']) {
    const absolute = path.resolve(cwd, target);
    // Synchronous file-system calls throughout: discovery is many small calls, and a CLI has nothing to overlap.
    const info = statSync(absolute, { throwIfNoEntry: false });
    if (info?.isDirectory()) {
      const files = await searchFolder(absolute);
      if (files.length === 0 && targets.length > 0) throw new TargetNotFoundError(`no connection files found in ${target}`);
      for (const file of files) found.add(file);
    } else if (info) {
      found.add(absolute);
    } else {
      const { globSync, isDynamicPattern } = await import('tinyglobby');
      if (!isDynamicPattern(target)) throw new TargetNotFoundError(`no such file or folder: ${target}`);
      const files = globSync(target, { cwd, absolute: true, dot: true, ignore: skipped, onlyFiles: true, expandDirectories: false });
      if (files.length === 0) throw new TargetNotFoundError(`no files match the pattern ${target}`);
      for (const file of files) found.add(path.resolve(file));
    }
  }
  return onePathPerFile([...found]);
}

/**
 * Symlinked folders reach the same file by several paths (a loop such as `ln -s . loop` by one more path per
 * lap the glob follows). Each file is linted once, under its shortest path, so it is reported once and --fix
 * never writes it twice at the same time.
 */
function onePathPerFile(files: string[]): string[] {
  const byRealPath = new Map<string, string>();
  const shortestFirst = files.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  for (const file of shortestFirst) {
    let real = file; // a dangling link keeps its path and is reported as unreadable later
    try {
      real = realpathSync.native(file);
    } catch {}
    if (!byRealPath.has(real)) byRealPath.set(real, file);
  }
  return [...byRealPath.values()].sort();
}

/** tinyglobby is loaded on demand: linting named files (pre-commit, editors) never needs it. */
async function searchFolder(folder: string): Promise<string[]> {
  const { globSync } = await import('tinyglobby');
  const files = globSync(connectionFileGlobs, { cwd: folder, absolute: true, dot: true, ignore: skipped, onlyFiles: true, expandDirectories: false });
  return files.map((file) => path.resolve(file));
}
