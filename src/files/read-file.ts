import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { isInside } from './discover.js';

/**
 * Files larger than this are not read. A connection file is a few kilobytes, parsing stops after a million YAML
 * tokens anyway, and reading a file whole costs its size in memory (twice, as bytes and as text).
 */
export const maxFileBytes = 32 * 1024 * 1024;

export type ReadResult = { ok: true; bytes: Buffer; stats: Stats } | { ok: false; message: string };

/**
 * O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting. O_NOFOLLOW: the real path
 * checked below is the one opened, not a link swapped in since. O_NOCTTY: a terminal never becomes ours.
 */
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads a file to lint, refusing with a message (never the file's content or its link's target) what it must not
 * read: a symbolic link that resolves outside boundary or into a .git folder, anything but a regular file (a FIFO
 * would hang, /dev/zero never ends), and files over maxFileBytes, checked on the opened file and while reading,
 * so a file that grows cannot blow memory. Without boundary, links are followed (the file was named by the user).
 */
export function readWorkspaceFile(file: string, boundary?: string, options: ReadOptions = {}): ReadResult {
  const refuse = (message: string): ReadResult => ({ ok: false, message });
  // A link-free path is its own real path, inside boundary: opening it with O_NOFOLLOW refuses a link swapped in.
  let real = file;
  if (!options.linkFree) {
    const checked = checkPath(file, boundary);
    if (typeof checked !== 'string') return checked;
    real = checked;
  }
  let fd: number;
  try {
    fd = openSync(real, openFlags);
  } catch (error) {
    return cannotReadFile(error);
  }
  try {
    const stats = fstatSync(fd);
    const kind = specialKind(stats);
    if (kind) return refuse(`the file is ${kind}, not a regular file; it was not read`);
    if (options.prefixBytes !== undefined) return { ok: true, bytes: readPrefix(fd, options.prefixBytes, stats.size), stats };
    if (stats.size > maxFileBytes) return refuse(tooLarge(stats.size));
    const bytes = readAtMost(fd, stats.size, maxFileBytes);
    if (!bytes) return refuse(`the file grew past ${megabytes(maxFileBytes)} while being read, too large for a connection file; it was not read`);
    return { ok: true, bytes, stats };
  } catch (error) {
    return cannotReadFile(error);
  } finally {
    closeSync(fd);
  }
}

export interface ReadOptions {
  /** Read only the file's first bytes, whatever its size (a credential file's sniff). */
  prefixBytes?: number;
  /** The path has no symbolic link in it and is inside boundary (LintTarget.linkFree): no need to resolve it. */
  linkFree?: boolean | undefined;
}

/**
 * readWorkspaceFile's refusals, reading only the file's first buffer.length bytes into buffer: how many were read,
 * or -1 when the file must not or cannot be read. Allocates nothing per file but fstat's result, for the
 * thousands of `.txt` files a search sniffs (garbage there makes every collection copy the search's results).
 */
export function sniffWorkspaceFile(file: string, boundary: string | undefined, linkFree: boolean | undefined, buffer: Buffer): number {
  const real = linkFree ? file : checkPath(file, boundary);
  if (typeof real !== 'string') return -1;
  let fd: number;
  try {
    fd = openSync(real, openFlags);
  } catch {
    return -1;
  }
  try {
    const stats = fstatSync(fd);
    return stats.isFile() ? readInto(fd, buffer, buffer.length, stats.size) : -1;
  } catch {
    return -1;
  } finally {
    closeSync(fd);
  }
}

/** The real path to open, or why the file must not be read: a link out of boundary or into .git, a special file. */
function checkPath(file: string, boundary: string | undefined): string | ReadResult {
  const refuse = (message: string): ReadResult => ({ ok: false, message });
  let real: string;
  try {
    const link = lstatSync(file);
    real = realpathSync.native(file);
    if (boundary !== undefined && real !== file) {
      const escape = linkEscape(file, real, boundary, link.isSymbolicLink());
      if (escape) return refuse(escape);
    }
    const kind = specialKind(statSync(real));
    if (kind) return refuse(`the file is ${kind}, not a regular file; it was not read`);
  } catch (error) {
    return cannotReadFile(error);
  }
  return real;
}

function cannotReadFile(error: unknown): ReadResult {
  return { ok: false, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
}

/** Why a path that resolves through a link must not be followed, if it must not. */
function linkEscape(file: string, real: string, boundary: string, isLink: boolean): string | undefined {
  const what = isLink ? 'the file is a symbolic link' : 'the file is reached through a symbolic link';
  let realBoundary: string;
  try {
    realBoundary = realpathSync.native(boundary);
  } catch {
    realBoundary = boundary;
  }
  if (!isInside(real, realBoundary)) return `${what} to a path outside the workspace; it was not read`;
  const inGit = (relative: string) => relative.split(path.sep).includes('.git');
  if (inGit(path.relative(realBoundary, real)) && !inGit(path.relative(boundary, file))) {
    return `${what} into a .git folder; it was not read`;
  }
  return undefined;
}

function specialKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The file's bytes, or undefined when it holds more than limit (it grew since fstat): never more in memory. */
function readAtMost(fd: number, expectedSize: number, limit: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  let chunkSize = Math.max(expectedSize + 1, 64 * 1024);
  while (total <= limit) {
    const chunk = Buffer.allocUnsafe(Math.min(chunkSize, limit + 1 - total));
    const count = readSync(fd, chunk, 0, chunk.length, null);
    if (count === 0) break;
    chunks.push(count === chunk.length ? chunk : chunk.subarray(0, count));
    total += count;
    chunkSize = 64 * 1024;
  }
  return total > limit ? undefined : Buffer.concat(chunks, total);
}

function readPrefix(fd: number, limit: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(limit);
  return buffer.subarray(0, readInto(fd, buffer, limit, size));
}

/** Up to limit bytes from the file's start; stops at the size fstat gave (no read only to see the end) unless 0 (/proc). */
function readInto(fd: number, buffer: Buffer, limit: number, size: number): number {
  let total = 0;
  for (let count = -1; count !== 0 && total < limit && (total < size || size === 0); total += count) {
    count = readSync(fd, buffer, total, limit - total, null);
  }
  return total;
}

function tooLarge(size: number): string {
  return `the file is ${megabytes(size)}, too large for a connection file (the limit is ${megabytes(maxFileBytes)}); it was not read`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
}
