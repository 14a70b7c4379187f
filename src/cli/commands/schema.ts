import { readFileSync } from 'node:fs';
import { bundledSchemaPath } from '../../files/bundled-schema.js';
import type { CliOptions } from '../options.js';

/** `bc-lint schema [--print]`: where the bundled JSON Schema is (for offline `$schema=` paths), or its text. */
export function runSchemaCommand(options: CliOptions): number {
  const file = bundledSchemaPath();
  process.stdout.write(options.print ? readFileSync(file, 'utf8') : `${file}\n`);
  return 0;
}
