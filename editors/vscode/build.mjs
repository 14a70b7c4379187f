// Bundles the extension to one file (dist/extension.js, with vscode-languageclient inside and `vscode` left to the
// editor) and packages it with @vscode/vsce to a .vsix: node editors/vscode/build.mjs [out.vsix] (default: editors/vscode/bc-lint.vsix). Works offline.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.resolve(process.argv[2] ?? path.join(here, 'bc-lint.vsix'));

const { code } = await ncc(path.join(here, 'src/extension.cjs'), { externals: ['vscode'], minify: true, quiet: true, license: 'licenses.txt' });
rmSync(path.join(here, 'dist'), { recursive: true, force: true });
mkdirSync(path.join(here, 'dist'));
writeFileSync(path.join(here, 'dist/extension.js'), code);
copyFileSync(path.join(root, 'LICENSE'), path.join(here, 'LICENSE'));

mkdirSync(path.dirname(out), { recursive: true });
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: here, stdio: 'inherit' });
console.log(`wrote ${path.relative(process.cwd(), out)}`);
