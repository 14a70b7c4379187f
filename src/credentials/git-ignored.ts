import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Tells, once every file is added, which of them git ignores; see gitIgnoreAsker. */
export interface GitIgnoreAsker {
  add(file: string): void;
  ignored(): Promise<Set<string>>;
}

/**
 * Which of the files git ignores, so the credential check skips them: a git-ignored file is where credentials
 * belong. Git itself answers when it can: one `git check-ignore` per work tree, started at the first file added,
 * so git starts up while the caller reads the next files. Where git is missing or
 * refuses (a "dubious ownership" checkout), the `ignore` library reads .gitignore files, nested ones and
 * .git/info/exclude. A file outside any work tree is never ignored. Tracked files are never ignored by git; the
 * library cannot tell them apart, so without git a tracked file matching .gitignore is skipped too.
 */
export function gitIgnoreAsker(): GitIgnoreAsker {
  const rootOf = workTreeFinder();
  const byWorkTree = new Map<string, { files: string[]; git: GitCheckIgnore }>();
  const relative = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');
  return {
    add(file) {
      const root = rootOf(path.dirname(file));
      if (root === undefined) return;
      let tree = byWorkTree.get(root);
      if (!tree) byWorkTree.set(root, (tree = { files: [], git: startGit(root) }));
      tree.files.push(file);
      tree.git.ask(relative(root, file));
    },
    async ignored() {
      const ignored = new Set<string>();
      for (const [root, { files, git }] of byWorkTree) {
        const gitIgnored = await git.answer();
        const isIgnored = gitIgnored ? (entry: string) => gitIgnored.has(entry) : readIgnoreFiles(root);
        for (const file of files) if (isIgnored(relative(root, file))) ignored.add(file);
      }
      return ignored;
    },
  };
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

interface GitCheckIgnore {
  ask(relative: string): void;
  /** The paths asked that git ignores, or undefined when git cannot say. */
  answer(): Promise<Set<string> | undefined>;
}

/**
 * `git check-ignore --stdin` in the work tree. It leaves tracked files out and counts a file inside an ignored
 * folder as ignored, as git add does; it reads only the .gitignore files on the paths asked, so its cost follows
 * the files asked about, not the size of the work tree.
 */
function startGit(root: string): GitCheckIgnore {
  const git = spawn('git', ['check-ignore', '-z', '--stdin'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'ignore'],
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  let stdout = '';
  git.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  git.stdin.on('error', () => {}); // git gone (missing, or refusing the work tree): the close handler decides
  const answer = new Promise<Set<string> | undefined>((resolve) => {
    git.on('error', () => resolve(undefined));
    // Exit 0: some paths are ignored, 1: none; anything else (128: not a work tree git trusts) is no answer.
    git.on('close', (code) => resolve(code === 0 || code === 1 ? new Set(stdout.split('\0').filter((entry) => entry !== '')) : undefined));
  });
  // Written at once when the answer is wanted: git meanwhile starts up and reads its index.
  const asked: string[] = [];
  return {
    ask: (relative) => void asked.push(relative + '\0'),
    answer: () => {
      git.stdin.end(asked.join(''));
      return answer;
    },
  };
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
