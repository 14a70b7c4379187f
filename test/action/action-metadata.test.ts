import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.js';
import { actionMetadataValidator, describeErrors } from '../schema-validators.js';

interface ActionMetadata {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const metadata = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionMetadata;

test('action.yml validates against the GitHub Action metadata schema', () => {
  const validate = actionMetadataValidator();
  assert.ok(validate(metadata), describeErrors(validate.errors));
});

test('action.yml runs the committed bundle on node24 with the documented inputs and outputs', () => {
  assert.deepEqual(metadata.runs, { using: 'node24', main: 'dist/index.js' });
  assert.ok(existsSync(path.join(repoRoot, metadata.runs.main)));
  assert.ok(metadata.name && metadata.description && metadata.branding.icon && metadata.branding.color);
  assert.deepEqual(Object.keys(metadata.inputs), ['files', 'config', 'fail-on', 'sarif-file', 'only-changed', 'github-token', 'today']);
  assert.deepEqual(Object.keys(metadata.outputs), ['errors', 'warnings', 'files', 'sarif-file']);
  assert.equal(metadata.inputs['github-token']!.default, '${{ github.token }}');
  assert.equal(metadata.inputs['fail-on']!.default, 'error');
  assert.equal(metadata.inputs['only-changed']!.default, 'false');
  for (const [name, input] of Object.entries(metadata.inputs)) {
    assert.ok(input.description.length > 10, name);
    assert.notEqual(input.required, true, `${name} has a default, so it is not required`);
  }
});

test('the schema itself rejects a broken action.yml (the validation is real)', () => {
  const validate = actionMetadataValidator();
  assert.equal(validate({ ...metadata, runs: { using: 'node99', main: 'dist/index.js' } }), false);
  assert.equal(validate({ ...metadata, branding: { icon: 'check-circle', color: 'pink' } }), false);
});
