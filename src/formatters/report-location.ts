import path from 'node:path';
import type { FormatContext } from './formatter.js';

/** A file's place for tools that show it in a repository: a relative path (forward slashes) and what it is relative to. */
export interface FileLocation {
  base: 'cwd' | 'repository';
  path: string;
}

/**
 * Relative to cwd when the file is inside it; else relative to the repository root when it is inside that;
 * else undefined, since a code-scanning or merge-request view cannot show a file outside the repository.
 */
export function locateFile(file: string, context: Pick<FormatContext, 'cwd' | 'repositoryRoot'>): FileLocation | undefined {
  const inCwd = relativeInside(file, context.cwd);
  if (inCwd !== undefined) return { base: 'cwd', path: inCwd };
  const inRepository = context.repositoryRoot === undefined ? undefined : relativeInside(file, context.repositoryRoot);
  return inRepository === undefined ? undefined : { base: 'repository', path: inRepository };
}

/** file relative to folder with forward slashes, or undefined when it is not inside folder. */
export function relativeInside(file: string, folder: string): string | undefined {
  const relative = path.relative(folder, path.resolve(folder, file));
  const outside = relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? undefined : relative.split(path.sep).join('/');
}
