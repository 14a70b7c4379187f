import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const schemaFileName = 'bigcommerce.connection.schema.json';

/**
 * The schema file shipped with this copy of bc-lint. Found by walking up from this module, which lies in
 * dist/cli/ when bundled and in build/src/... when compiled, in a clone as in node_modules/bc-lint.
 */
export function bundledSchemaPath(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'schemas', schemaFileName);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find schemas/${schemaFileName} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
