import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.js';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
}

test('.pre-commit-hooks.yaml offers a node hook that runs the package bin on connection files only', () => {
  const hooks = parse(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  assert.equal(hooks.length, 1);
  const [hook] = hooks;
  assert.equal(hook!.id, 'bc-lint');
  assert.equal(hook!.language, 'node');
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  assert.ok(manifest.bin[hook!.entry], 'entry is the package bin pre-commit installs');
  // pre-commit matches `files` with Python's re.search; this pattern uses only syntax both engines share.
  const files = new RegExp(hook!.files);
  for (const name of ['bigcommerce.connection.yaml', 'bigcommerce.connection.yml', 'stores/us-prod.bigcommerce.connection.yaml', 'a/b/eu.bigcommerce.connection.yml']) {
    assert.ok(files.test(name), name);
  }
  for (const name of ['bigcommerce.connection.yaml.bak', 'notbigcommerce.connection.yaml', 'connection.yaml', '.bc-lint.yaml']) {
    assert.ok(!files.test(name), name);
  }
});

test('the README shows the four-line pre-commit setup', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  assert.match(readme, /- repo: https:\/\/github\.com\/bc-lint\/bc-lint\n\s+rev: v[\d.]+\n\s+hooks:\n\s+- id: bc-lint/);
});
