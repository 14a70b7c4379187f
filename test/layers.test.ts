/**
 * Imports only point down the layers of src/. The table lives in scripts/layers.mjs, which eslint.config.js also
 * reads (no-restricted-imports); this test also sees dynamic imports, which that rule does not check.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { repoRoot } from './helpers.js';

interface Layer {
  name: string;
  /** Folders (ending in /) and files under src/. */
  members: string[];
  mayImport: string[];
}

const { layerOf } = (await import(pathToFileURL(path.join(repoRoot, 'scripts/layers.mjs')).href)) as {
  layerOf(file: string): Layer | undefined;
};

/** Imports that run up today and are still to be removed. An entry that no longer occurs fails the test, so the list only shrinks. */
const pending = new Set<string>();

const srcDir = path.join(repoRoot, 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [path.relative(srcDir, full).split(path.sep).join('/')] : [];
  });
}

/** Relative imports (static, dynamic, type-only and re-exports) of a file, as paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(srcDir, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)].map((match) => match[1]!);
  return specifiers.map((specifier) => path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts'));
}

const files = sourceFiles(srcDir);

test('every source file belongs to a layer', () => {
  assert.deepEqual(
    files.filter((file) => !layerOf(file)),
    [],
    'add the new folder to a layer in scripts/layers.mjs',
  );
});

test('no import runs up the layers or across entry points', () => {
  const wrong: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    for (const target of importsOf(file)) {
      const to = layerOf(target);
      if (!from || !to || to === from || from.mayImport.includes(to.name)) continue;
      wrong.push(`${file} -> ${target}`);
    }
  }
  assert.deepEqual(
    wrong.filter((edge) => !pending.has(edge)),
    [],
    'move the shared fact down into the lower layer',
  );
  const gone = [...pending].filter((edge) => !wrong.includes(edge));
  assert.deepEqual(gone, [], 'these imports are gone: delete them from `pending`');
});

test('the import reader sees every kind of import', () => {
  const imports = importsOf('cli/command-table.ts');
  assert.ok(imports.includes('cli/option-specs.ts'), 'static import');
  assert.ok(imports.includes('cli/commands/lint.ts'), 'dynamic import');
  assert.ok(importsOf('parse/connection-document.ts').includes('parse/json-pointer.ts'), 're-export');
});

test('ESLint reports an import that runs up the layers, from the same table (eslint.config.js)', async () => {
  const eslint = new ESLint({ cwd: repoRoot });
  const upward = (specifier: string, from: string, to: string) =>
    `'${specifier}' import is restricted from being used by a pattern. ${from} may not import ${to}: imports only point down the layers (scripts/layers.mjs).`;
  async function layerErrors(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, 'src', file) });
    return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
  }
  assert.deepEqual(await layerErrors('parse/upward.ts', "import type { Rule } from '../rules/rule.js';\nexport type Upward = Rule;\n"), [
    upward('../rules/rule.js', 'parse', 'rules'),
  ]);
  assert.deepEqual(await layerErrors('formatters/upward.ts', "export { runLint } from '../run.js';\n"), [upward('../run.js', 'formatters', 'run')]);
  assert.deepEqual(await layerErrors('cli/commands/across.ts', "import { run } from '../../action/main.js';\nrun();\n"), [
    upward('../../action/main.js', 'cli', 'action'),
  ]);
  assert.deepEqual(
    await layerErrors('lint-upward.ts', "import { lintText } from './lint.js';\nlintText();\n"),
    [],
    "a file in no layer is the other test's concern",
  );
  assert.deepEqual(await layerErrors('run.ts', "import { lintText } from './lint.js';\nimport './formatters/json.js';\nlintText();\n"), [
    upward('./formatters/json.js', 'run', 'formatters'),
  ]);
  assert.deepEqual(
    await layerErrors('rules/downward.ts', "import type { Severity } from '../model/types.js';\nexport const severity: Severity = 'error';\n"),
    [],
  );
});
