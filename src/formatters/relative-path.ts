import path from 'node:path';

/**
 * A file's path relative to root with forward slashes, as GitHub annotations and SARIF expect.
 * A file outside root keeps its absolute path.
 */
export function repoRelativePath(file: string, root: string): string {
  const relative = path.relative(root, file);
  const outside = relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return (outside ? path.resolve(root, file) : relative).split(path.sep).join('/');
}
