import path from 'node:path';
import { packageRoot } from './package-root.js';

const schemaFileName = 'bigcommerce.connection.schema.json';

/** The schema file shipped with this copy of bc-lint (a clone or node_modules/bc-lint). */
export function bundledSchemaPath(): string {
  return path.join(packageRoot(), 'schemas', schemaFileName);
}
