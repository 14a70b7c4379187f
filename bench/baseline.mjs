// The floor for many files: only read, YAML-parse and Ajv-validate each connection file with the same schema.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parseAllDocuments } from 'yaml';

const schema = JSON.parse(readFileSync(new URL('../schemas/bigcommerce.connection.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const root = process.argv[2];
let problems = 0;
for (const entry of readdirSync(root, { recursive: true })) {
  if (!/(^|\.)bigcommerce\.connection\.ya?ml$/.test(path.basename(entry))) continue;
  for (const doc of parseAllDocuments(readFileSync(path.join(root, entry), 'utf8'))) {
    if (!validate(doc.toJS())) problems += validate.errors.length;
  }
}
process.stdout.write(`${problems} problems\n`);
