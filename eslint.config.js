// ESLint for the project's own code: typescript-eslint's recommended rules (syntax only, no type information, so
// a run stays a few seconds) and the layer rule, generated from scripts/layers.mjs, the table that
// test/layers.test.ts also reads.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerOf, layers } from './scripts/layers.mjs';

const srcDir = fileURLToPath(new URL('src/', import.meta.url));
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every folder under src/ (forward slashes, '' for src/ itself) that holds .ts files. */
function sourceFolders(folder = '') {
  const entries = readdirSync(path.join(srcDir, folder), { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && entry.name.endsWith('.ts')) ? [folder] : [];
  const below = entries.filter((entry) => entry.isDirectory()).flatMap((entry) => sourceFolders(path.posix.join(folder, entry.name)));
  return [...here, ...below];
}

/**
 * The import specifier, as written in a file of `folder`, that reaches a layer member: `../rules/` for a folder,
 * `./run.js` for a file. Matched as a regular expression, so only that exact place is forbidden.
 */
function specifierPattern(folder, member) {
  const relative = path.posix.relative(folder, member.replace(/\.ts$/, '.js'));
  const written = relative.startsWith('..') ? relative : `./${relative}`;
  return member.endsWith('/') ? `^${escapeRegExp(written)}/` : `^${escapeRegExp(written)}$`;
}

/**
 * One block per folder of src/ and layer present in it: no-restricted-imports forbids the members of every layer
 * that layer may not import (static, type-only and re-exports; test/layers.test.ts also sees dynamic imports).
 */
function layerBlocks() {
  return sourceFolders().flatMap((folder) => {
    const inFolder = readdirSync(path.join(srcDir, folder)).filter((name) => name.endsWith('.ts'));
    const byLayer = new Map();
    for (const name of inFolder) {
      const layer = layerOf(path.posix.join(folder, name));
      byLayer.set(layer, [...(byLayer.get(layer) ?? []), name]);
    }
    return [...byLayer].flatMap(([layer, names]) => {
      if (!layer) return []; // test/layers.test.ts fails on a file that belongs to no layer
      const forbidden = layers.filter((other) => other !== layer && !layer.mayImport.includes(other.name));
      const wholeFolder = names.length === inFolder.length;
      return {
        name: `bc-lint/layers/${layer.name}/${folder || '.'}`,
        files: wholeFolder ? [`src/${folder ? `${folder}/` : ''}*.ts`] : names.map((name) => `src/${path.posix.join(folder, name)}`),
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: forbidden.map((other) => ({
                regex: other.members.map((member) => specifierPattern(folder, member)).join('|'),
                message: `${layer.name} may not import ${other.name}: imports only point down the layers (scripts/layers.mjs).`,
              })),
            },
          ],
        },
      };
    });
  });
}

export default defineConfig(
  globalIgnores(['dist/', 'build/', 'src/generated/', 'bench/node_modules/', 'editors/vscode/dist/', '.ci/node*/', 'test/fixtures/', 'examples/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // `_`-prefixed names are deliberately unused (a parameter kept for its position), and `{ dropped, ...rest }`
      // is how the code leaves a property out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // A linter of untrusted text matches control characters on purpose: to escape them in output (model/display.ts)
      // and, in tests, to find ANSI escapes and NULs.
      'no-control-regex': 'off',
    },
  },
  {
    // The VS Code extension's entry is CommonJS (VS Code loads it with require).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...layerBlocks(),
);
