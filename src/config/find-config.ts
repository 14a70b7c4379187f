import { existsSync } from 'node:fs';
import path from 'node:path';

/** A project config that cannot be used: exit 2, naming the key and the reason. */
export class ConfigError extends Error {}

export const configFileNames = ['.bc-lint.yaml', '.bc-lint.yml'];

/** The nearest .bc-lint.yaml (or .yml) in the folder or its parents. */
export async function findConfigFile(cwd: string): Promise<string | undefined> {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    for (const name of configFileNames) {
      const candidate = path.join(folder, name);
      // Synchronous: a few calls, and node:fs/promises alone costs a one-file run a few milliseconds to load.
      if (existsSync(candidate)) return candidate;
    }
    if (path.dirname(folder) === folder) return undefined;
  }
}
