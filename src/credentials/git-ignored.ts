import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/**
 * Which of the files git ignores, so the credential check skips them: a git-ignored file is where credentials
 * belong. Git itself answers when it can (one `git ls-files` per work tree, for all files at once); where git is
 * missing or refuses (a "dubious ownership" checkout), the `ignore` library reads .gitignore files, nested ones and
 * .git/info/exclude. A file outside any work tree is never ignored. Tracked files are never ignored by git; the
 * library cannot tell them apart, so without git a tracked file matching .gitignore is skipped too.
 */
export function gitIgnoredFiles(files: readonly string[]): Set<string> {
  const byWorkTree = new Map<string, string[]>();
  const rootOf = workTreeFinder();
  for (const file of files) {
    const root = rootOf(path.dirname(file));
    if (root === undefined) continue;
    const list = byWorkTree.get(root);
    if (list) list.push(file);
    else byWorkTree.set(root, [file]);
  }
  const ignored = new Set<string>();
  for (const [root, inTree] of byWorkTree) {
    const isIgnored = askGit(root) ?? readIgnoreFiles(root);
    for (const file of inTree) if (isIgnored(path.relative(root, file).split(path.sep).join('/'))) ignored.add(file);
  }
  return ignored;
}

/** The work tree holding a folder: the nearest folder above it with a `.git` folder or file; cached per folder. */
export function workTreeFinder(): (folder: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  const find = (folder: string): string | undefined => {
    if (cache.has(folder)) return cache.get(folder);
    const parent = path.dirname(folder);
    const root = existsSync(path.join(folder, '.git')) ? folder : parent === folder ? undefined : find(parent);
    cache.set(folder, root);
    return root;
  };
  return find;
}

/** Git's own list of the untracked files it ignores (ignored folders as `dir/`), or undefined when git cannot say. */
function askGit(root: string): ((relative: string) => boolean) | undefined {
  const result = spawnSync('git', ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  if (result.error || result.status !== 0) return undefined;
  const files = new Set<string>();
  const folders: string[] = [];
  for (const entry of result.stdout.split('\0')) {
    if (entry.endsWith('/')) folders.push(entry);
    else if (entry !== '') files.add(entry);
  }
  return (relative) => files.has(relative) || folders.some((folder) => relative.startsWith(folder));
}

/** git's rules without git: .git/info/exclude, then each .gitignore from the root down, the deepest deciding. */
export function readIgnoreFiles(root: string): (relative: string) => boolean {
  const layers = new Map<string, Ignore | undefined>();
  const layer = (folder: string, file: string): Ignore | undefined => {
    const key = path.join(folder, file);
    if (!layers.has(key)) {
      let rules: Ignore | undefined;
      try {
        rules = ignore().add(readFileSync(key, 'utf8'));
      } catch {
        rules = undefined; // no such file
      }
      layers.set(key, rules);
    }
    return layers.get(key);
  };
  /** parts: a path below root; the deepest .gitignore that matches (ignoring or re-including) decides, exclude last. */
  const decides = (parts: readonly string[], isFolder: boolean): boolean => {
    const suffix = isFolder ? '/' : '';
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const verdict = layer(path.join(root, ...parts.slice(0, depth)), '.gitignore')?.test(parts.slice(depth).join('/') + suffix);
      if (verdict?.ignored) return true;
      if (verdict?.unignored) return false;
    }
    return layer(path.join(root, '.git', 'info'), 'exclude')?.ignores(parts.join('/') + suffix) ?? false;
  };
  return (relative) => {
    // A file inside an ignored folder is ignored, whatever a later pattern says (git does not look inside).
    const parts = relative.split('/');
    for (let depth = 1; depth < parts.length; depth++) if (decides(parts.slice(0, depth), true)) return true;
    return decides(parts, false);
  };
}
