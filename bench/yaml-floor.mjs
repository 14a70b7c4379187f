// A floor for the one-file rows: what loading the yaml library and parsing one file costs, bundled and cached
// as bc-lint's CLI is (ncc, Node's compile cache). bench/run.mjs bundles it before measuring. It lints nothing.
import module from 'node:module';
import { readFileSync } from 'node:fs';

module.enableCompileCache?.();
const { parseDocument } = await import('yaml');
parseDocument(readFileSync(process.argv[2], 'utf8'));
