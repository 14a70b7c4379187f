import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The installed bc-lint package's folder (the clone, or node_modules/bc-lint), found by walking up from the
 * running script, so bundled code finds docs/ and schemas/ wherever it is installed.
 */
export function packageRoot(): string {
  if (cached) return cached;
  for (let folder = path.dirname(fileURLToPath(import.meta.url)); ; folder = path.dirname(folder)) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'bc-lint') {
      return (cached = folder);
    }
    if (path.dirname(folder) === folder) throw new Error('cannot find the bc-lint package folder');
  }
}
