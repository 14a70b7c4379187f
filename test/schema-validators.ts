// Validators for the vendored third-party schemas the Action's files must meet.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { repoRoot } from './helpers.js';

// CommonJS packages whose default export TypeScript sees under .default.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

/** Copies of the third-party schemas, with their licences (test/vendor/NOTICE.md). */
export const vendorDir = path.join(repoRoot, 'test/vendor');

const readSchema = (name: string) => JSON.parse(readFileSync(path.join(vendorDir, name), 'utf8')) as Record<string, unknown>;

let sarif: ValidateFunction | undefined;

/** The OASIS SARIF 2.1.0 schema is draft-04. Compiled once: it is large. */
export function sarifValidator(): ValidateFunction {
  if (!sarif) {
    const ajv = new AjvDraft04({ allErrors: true, strictRequired: false, strict: false });
    addFormats(ajv);
    sarif = ajv.compile(readSchema('sarif-schema-2.1.0.json'));
  }
  return sarif;
}

/** SchemaStore's github-action.json is draft-07. */
export function actionMetadataValidator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(readSchema('github-action.schema.json'));
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`).join('\n');
}
