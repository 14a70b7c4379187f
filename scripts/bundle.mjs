// Bundles the compiled ESM entry points with ncc into self-contained files under dist/ (committed).
// The CLI goes to dist/cli/ (package.json "bin"); the Action to dist/ itself, as action.yml's main: dist/index.js.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import ncc from '@vercel/ncc';

const dist = new URL('../dist/', import.meta.url);
const entries = [
  { entry: 'build/src/cli/index.js', out: 'cli/' },
  { entry: 'build/src/action/index.js', out: '' },
];

/**
 * yaml reads process.env.LOG_TOKENS / LOG_STREAM (debug switches) once per token, and each process.env read is a
 * call into C++: about a fifth of parse time. Define them at build time, as bundlers do for NODE_ENV.
 */
function defineYamlDebugSwitches(files) {
  let count = 0;
  const defined = Object.fromEntries(
    Object.entries(files).map(([name, code]) => [
      name,
      name.endsWith('.js') ? code.replace(/\b[A-Za-z_$][\w$]*\.env\.LOG_(?:TOKENS|STREAM)\b/g, () => (count++, 'false')) : code,
    ]),
  );
  if (count !== 2) throw new Error(`expected yaml's two debug switches in the bundle, found ${count}: check scripts/bundle.mjs`);
  return defined;
}

for (const { entry, out } of entries) {
  const outDir = new URL(out, dist);
  const { code, assets } = await ncc(new URL(`../${entry}`, import.meta.url).pathname, {
    minify: true, // less to parse at every start
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
  });
  // Clear this entry's previous output, but not another entry's folder inside it (dist/ holds dist/cli/).
  const nested = entries.filter((other) => other.out !== out && other.out.startsWith(out)).map((other) => other.out.slice(out.length).split('/')[0]);
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) {
    if (!nested.includes(name)) rmSync(new URL(name, outDir), { recursive: true, force: true });
  }
  const files = defineYamlDebugSwitches({
    'index.js': code,
    ...Object.fromEntries(Object.entries(assets).map(([file, { source }]) => [file, String(source)])),
  });
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(new URL('.', new URL(file, outDir)), { recursive: true });
    writeFileSync(new URL(file, outDir), source, file === 'index.js' ? { mode: 0o755 } : {});
  }
}
