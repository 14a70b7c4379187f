import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { readWorkspaceFile } from './read-file.js';

/** The file as it was read: what --fix computed its output from. */
export interface ReadState {
  bytes: Buffer;
  stats: Stats;
}

/** For tests: runs between writing the temporary file and checking that the target is unchanged. */
export interface WriteHooks {
  beforeReplace?: (temporary: string) => void;
}

/**
 * Replaces file with content, as --fix does, or returns why it did not (the file is then unchanged). Written to
 * an exclusively created temporary file with an unpredictable name beside the target, given the target's mode
 * and owner, then renamed over it: a reader never sees half a file. Refused: symbolic links (the write would land
 * elsewhere), hard-linked files (a rename would split them), read-only files (by their mode bits, since root may
 * write anything), and a file changed since it was read (an edit saved during the run would be lost).
 */
export function writeFixedFile(file: string, original: ReadState, content: string | Uint8Array, hooks: WriteHooks = {}): string | undefined {
  let current: Stats;
  try {
    current = lstatSync(file);
  } catch (error) {
    return notWritten(error);
  }
  if (current.isSymbolicLink()) return '--fix did not rewrite the file: it is a symbolic link; fix the file it points to instead.';
  if (current.nlink > 1) {
    return `--fix did not rewrite the file: it has ${current.nlink} hard links, and rewriting it would separate them.`;
  }
  if ((current.mode & 0o222) === 0) {
    return `--fix did not rewrite the file: it is read-only (mode ${(current.mode & 0o777).toString(8).padStart(3, '0')}).`;
  }
  try {
    accessSync(file, constants.W_OK);
  } catch {
    return '--fix did not rewrite the file: this user may not write it.';
  }
  if (changedSince(file, original)) return changedMessage;

  const name = `.${path.basename(file)}.${randomBytes(8).toString('hex')}.bc-lint-fix.tmp`;
  const temporary = path.join(path.dirname(file), name);
  let created = false;
  try {
    const fd = openSync(temporary, 'wx', 0o600);
    created = true;
    try {
      // Bytes come encoded in the file's own encoding (UTF-16 and UTF-32 files stay so); a string is written as UTF-8.
      writeAll(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength));
      const made = fstatSync(fd);
      if (made.uid !== current.uid || made.gid !== current.gid) fchownSync(fd, current.uid, current.gid);
      fchmodSync(fd, current.mode & 0o7777);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    hooks.beforeReplace?.(temporary);
    if (changedSince(file, original)) {
      unlinkSync(temporary);
      return changedMessage;
    }
    renameSync(temporary, file);
    return undefined;
  } catch (error) {
    if (created) {
      try {
        unlinkSync(temporary);
      } catch {
        // Already gone: the error that matters is the one below.
      }
    }
    return notWritten(error);
  }
}

const changedMessage = '--fix did not rewrite the file: it changed after bc-lint read it; run bc-lint --fix again.';

function notWritten(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  const why = code === 'EPERM' ? "EPERM: the file's owner or mode could not be kept" : code;
  return `--fix could not rewrite the file (${why}); it was left unchanged.`;
}

/**
 * Whether file is no longer what was read: another inode (replaced), another size or modification time, or other
 * bytes (a same-size edit within the clock's resolution).
 */
export function changedSince(file: string, original: ReadState): boolean {
  const now = readWorkspaceFile(file);
  if (!now.ok) return true;
  const before = original.stats;
  return (
    now.stats.ino !== before.ino ||
    now.stats.dev !== before.dev ||
    now.stats.size !== before.size ||
    now.stats.mtimeMs !== before.mtimeMs ||
    !now.bytes.equals(original.bytes)
  );
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
}
