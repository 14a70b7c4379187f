// Bundles the compiled ESM entry points with ncc into self-contained files under dist/ (committed).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import ncc from '@vercel/ncc';

const entries = { cli: 'build/src/cli/index.js' };
for (const [name, entry] of Object.entries(entries)) {
  const out = new URL(`../dist/${name}/`, import.meta.url);
  const { code, assets } = await ncc(new URL(`../${entry}`, import.meta.url).pathname, {
    minify: true, // less to parse at every start
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(new URL('index.js', out), code, { mode: 0o755 });
  for (const [file, { source }] of Object.entries(assets)) {
    mkdirSync(new URL('.', new URL(file, out)), { recursive: true });
    writeFileSync(new URL(file, out), source);
  }
}
