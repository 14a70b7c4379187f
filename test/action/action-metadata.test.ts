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
  assert.deepEqual(Object.keys(metadata.inputs), ['files', 'config', 'fail-on', 'sarif-file', 'only-changed', 'suggestions', 'github-token', 'today']);
  assert.deepEqual(Object.keys(metadata.outputs), ['errors', 'warnings', 'files', 'sarif-file']);
  assert.equal(metadata.inputs['github-token']!.default, '${{ github.token }}');
  assert.equal(metadata.inputs['fail-on']!.default, 'error');
  assert.equal(metadata.inputs['only-changed']!.default, 'false');
  assert.equal(metadata.inputs.suggestions!.default, 'false');
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

interface WorkflowStep {
  uses?: string;
  id?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: WorkflowStep[] }>;
}

/** Every `with:` key given to this Action is an input action.yml declares. */
function assertKnownInputs(step: WorkflowStep) {
  for (const key of Object.keys(step.with ?? {})) assert.ok(key in metadata.inputs, `unknown input ${key}`);
}

test('the example workflow runs the Action from this checkout with minimal permissions and uploads SARIF', () => {
  const workflow = parse(readFileSync(path.join(repoRoot, '.github/workflows/example.yml'), 'utf8')) as Workflow;
  assert.deepEqual(workflow.permissions, { contents: 'read' });
  const [job] = Object.values(workflow.jobs);
  assert.deepEqual(job!.permissions, { contents: 'read', 'pull-requests': 'read', 'security-events': 'write' });
  const action = job!.steps.find((step) => step.uses === './');
  assert.ok(action, 'uses: ./');
  assertKnownInputs(action);
  const upload = job!.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
  assert.equal(upload?.with?.sarif_file, `\${{ steps.${action.id}.outputs.sarif-file }}`);
});

test('the README workflow uses only declared inputs and outputs', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const block = /```yaml\n(# \.github\/workflows\/bc-lint\.yml[\s\S]*?)```/.exec(readme);
  assert.ok(block, 'the README has a copy-paste workflow');
  const workflow = parse(block[1]!) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const action = steps.find((step) => step.uses?.startsWith('bc-lint/bc-lint@'));
  assert.ok(action);
  assertKnownInputs(action);
  for (const [, output] of block[1]!.matchAll(/steps\.bc-lint\.outputs\.([a-z-]+)/g)) assert.ok(output! in metadata.outputs, output);
  // Every input and output appears in the README's tables.
  for (const name of [...Object.keys(metadata.inputs), ...Object.keys(metadata.outputs)]) assert.ok(readme.includes(`| \`${name}\` |`), name);
});
