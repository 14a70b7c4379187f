import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { credentialKindByName } from './credential-names.js';

const skippedFolders = new Set(['node_modules', '.git']);

export function isConnectionFileName(fileName: string): boolean {
  return /(^|\.)bigcommerce\.connection\.ya?ml$/.test(path.basename(fileName));
}

/** A path argument that matches nothing: bad usage, exit 2. */
export class TargetNotFoundError extends Error {}

/** A file to lint, and the folder its symbolic links must stay inside (see readWorkspaceFile). */
export interface LintTarget {
  file: string;
  boundary: string;
  /**
   * For the credential pipeline (src/credentials): `found`, a file a search found by a credential file's name, skipped
   * when git ignores it; `named`, a file a path argument named whose name is not a connection file's, checked for a
   * credential layout first and otherwise linted as a connection file. Absent: a connection file.
   */
  credential?: 'found' | 'named';
  /**
   * A search found a regular file here and no folder of its path is a symbolic link: the path is the file's real
   * path, inside its boundary, so reading it needs no realpath (readWorkspaceFile still refuses a link swapped in).
   */
  linkFree?: true;
}

/**
 * Turns the command line's paths, folders and globs into a sorted list of absolute file paths, each with its
 * boundary. No targets means: search the working folder. Files named explicitly are linted whatever their name.
 * The workspace is cwd; a path outside cwd that the user names is its own boundary (a folder or glob base, or a
 * named file's folder): ESLint lints what it is told to, but a symbolic link found there must still not lead elsewhere. Searches never enter symbolic links to folders (a link to `/`
 * would walk the whole disk); a link named like a connection file is listed, and checked when it is read.
 */
export async function discoverTargets(targets: readonly string[], cwd: string): Promise<LintTarget[]> {
  const found = new Map<string, string>();
  const credential = new Map<string, 'found' | 'named'>();
  /** Real paths the walk already knows (regular files below a walked folder), so onePathPerFile need not ask. */
  const real = new Map<string, string>();
  const addWalked = (root: string, files: readonly WalkedFile[], named: boolean) => {
    const realRoot = realPathOf(root);
    for (const { file, isFile } of files) {
      if (isFile) real.set(file, realRoot === root ? file : path.join(realRoot, path.relative(root, file)));
      add(file, root, named);
    }
  };
  const add = (file: string, namedRoot: string, named: boolean) => {
    if (!found.has(file)) found.set(file, isInside(file, cwd) ? cwd : namedRoot);
    if (!isConnectionFileName(file) && (named || !credential.has(file))) credential.set(file, named ? 'named' : 'found');
  };
  for (const target of targets.length > 0 ? targets : ['.']) {
    const absolute = path.resolve(cwd, target);
    // Synchronous file-system calls throughout: discovery is many small calls, and a CLI has nothing to overlap.
    const link = lstatSync(absolute, { throwIfNoEntry: false });
    const info = statSync(absolute, { throwIfNoEntry: false });
    const boundary = isInside(absolute, cwd) ? cwd : link?.isDirectory() ? absolute : path.dirname(absolute);
    if (info?.isDirectory() && (!link?.isSymbolicLink() || resolvesInside(absolute, boundary))) {
      const files = walk(absolute, Infinity, (file) => isConnectionFileName(file) || credentialKindByName(file) !== undefined);
      if (files.length === 0 && targets.length > 0) throw new TargetNotFoundError(`no connection files found in ${target}`);
      addWalked(absolute, files, false);
    } else if (link) {
      add(absolute, boundary, true); // a file, or a link that reading will refuse
    } else {
      const { default: picomatch } = await import('picomatch');
      const { base, glob, isGlob } = picomatch.scan(target);
      if (!isGlob) throw new TargetNotFoundError(`no such file or folder: ${target}`);
      const root = path.resolve(cwd, base);
      const matches = picomatch(glob, { dot: true });
      const depth = glob.includes('**') ? Infinity : glob.split('/').length - 1;
      const files = walk(root, depth, (file) => matches(path.relative(root, file).split(path.sep).join('/')));
      if (files.length === 0) throw new TargetNotFoundError(`no files match the pattern ${target}`);
      addWalked(root, files, true);
    }
  }
  return onePathPerFile(found, real).map((target) => {
    const source = credential.get(target.file);
    return source ? { ...target, credential: source } : target;
  });
}

interface WalkedFile {
  file: string;
  /** A regular file (not a link or anything else), as the folder listing says. */
  isFile: boolean;
}

/**
 * Every file and symbolic link below folder that wanted keeps, up to depth folders down, skipping node_modules and
 * .git. Links are listed, never entered, so the walk stays inside the folder and cannot loop. Unreadable folders
 * are skipped.
 */
function walk(folder: string, depth: number, wanted: (file: string) => boolean): WalkedFile[] {
  const files: WalkedFile[] = [];
  const pending: [string, number][] = [[folder, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [current, level] = next;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (level < depth && !skippedFolders.has(entry.name)) pending.push([full, level + 1]);
      } else if (wanted(full)) {
        files.push({ file: full, isFile: entry.isFile() });
      }
    }
  }
  return files;
}

export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..' + path.sep) && relative !== '..' && !path.isAbsolute(relative));
}

function realPathOf(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file; // a dangling link keeps its path and is reported as unreadable later
  }
}

function resolvesInside(file: string, boundary: string): boolean {
  try {
    return isInside(realpathSync.native(file), realpathSync.native(boundary));
  } catch {
    return false;
  }
}

/**
 * A file reached by several paths (a real file and links to it) is linted once, so it is reported once and --fix
 * never writes it twice at the same time: under its real path when that was found, else the shortest. real holds
 * the real paths the walk knew; the others (links, named files) are asked for.
 */
function onePathPerFile(found: Map<string, string>, real: Map<string, string>): LintTarget[] {
  const linkFree = new Set<string>();
  for (const file of found.keys()) {
    if (real.get(file) === file) linkFree.add(file);
    else if (!real.has(file)) real.set(file, realPathOf(file));
  }
  const preferred = (file: string) => (real.get(file) === file ? 0 : 1);
  const ordered = [...found.keys()].sort((a, b) => preferred(a) - preferred(b) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const byRealPath = new Map<string, LintTarget>();
  for (const file of ordered) {
    const key = real.get(file)!;
    if (!byRealPath.has(key))
      byRealPath.set(key, linkFree.has(file) ? { file, boundary: found.get(file)!, linkFree: true } : { file, boundary: found.get(file)! });
  }
  return [...byRealPath.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
