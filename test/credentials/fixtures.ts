import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connection } from '../helpers.js';

/** Credential values that look real (BigCommerce shapes) and must never reach any output. */
export const accessToken = 'q7w8e9r0t1y2u3i4o5p6a7s8d9f0g1h';
export const clientSecret = '9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0';
export const stencilToken = 'z1x2c3v4b5n6m7l8k9j0h1g2f3d4s5a';
export const envToken = 'p0o9i8u7y6t5r4e3w2q1a2s3d4f5g6h';
export const ignoredToken = 'm1n2b3v4c5x6z7a8s9d0f1g2h3j4k5l';
export const allSecrets = [accessToken, clientSecret, stencilToken, envToken, ignoredToken];

/** The control panel's download, five lines as BigCommerce's example orders them. */
export const download = [
  `ACCESS TOKEN: ${accessToken}`,
  'CLIENT NAME: Acme ERP sync',
  'API PATH: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/',
  'CLIENT ID: k3j4h5g6f7d8s9a0p1o2i3u4y5t6r7e',
  `CLIENT SECRET: ${clientSecret}`,
  '',
].join('\n');

/** The six-line variant in another order, with CRLF line ends. */
export const sixLineDownload = [
  'NAME: Acme ERP sync',
  `CLIENT SECRET: ${clientSecret}`,
  'CLIENT ID: k3j4h5g6f7d8s9a0p1o2i3u4y5t6r7e',
  `ACCESS TOKEN: ${accessToken}`,
  'API PATH: https://api.bigcommerce.com/stores/ci4bzn8adz/v3/',
  'CLIENT NAME: Acme ERP sync',
  '',
].join('\r\n');

export const validConnection = connection();

/** A folder with the files (path -> content); `git: true` makes it a git work tree and adds `tracked` files. */
export function makeFolder(files: Record<string, string | Uint8Array>, git?: { tracked?: string[]; force?: string[] }): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-credentials-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  if (git) {
    runGit(root, ['init', '-q']);
    if (git.tracked?.length) runGit(root, ['add', '--', ...git.tracked]);
    if (git.force?.length) runGit(root, ['add', '-f', '--', ...git.force]);
  }
  return root;
}

export function runGit(cwd: string, args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}
