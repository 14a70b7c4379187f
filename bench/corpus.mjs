// The benchmark's generated repositories: connection files (valid ones and the usual mistakes) spread over folders,
// and a repository of other files in which discovery has to find the few connection files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const variants = [
  (i) => connection(i, {}),
  (i) => connection(i, { storeHash: `https://api.bigcommerce.com/stores/h${i}x/v3/` }),
  (i) => connection(i, { authType: 'token' }, null),
  (i) => connection(i, { accessToken: `plain${i}token` }),
  (i) => connection(i, { integration: 'migration-export' }, { content: 'read-only', themes: 'modify' }),
  (i) => connection(i, { integration: 'celigo', subdomain: `https://shop${i}.mybigcommerce.com/` }),
  (i) => connection(i, { storehash: 'typo' }),
];

function connection(i, overrides, scopes = { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' }) {
  const fields = { name: `Store ${i} connection`, storeHash: `h${i}x`, authType: 'custom', accessToken: '${BC_TOKEN}', ...overrides };
  let text =
    `# generated connection ${i}\n` +
    Object.entries(fields)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n') +
    '\n';
  if (scopes && fields.authType === 'custom')
    text +=
      'scopes:\n' +
      Object.entries(scopes)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n') +
      '\n';
  return text;
}

/** count connection files in folders team-N/region-M (40 x 3 folders). */
export function writeConnections(root, count) {
  rmSync(root, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const folder = path.join(root, `team-${i % 40}`, `region-${i % 3}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `store-${i}.bigcommerce.connection.yaml`), variants[i % variants.length](i));
  }
}

export function writeOneConnection(file) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, variants[1](1));
}

/** A source tree of `count` other files (code, YAML that is not a connection, JSON) and 10 connection files. */
export function writeMostlyOtherFiles(root, count) {
  rmSync(root, { recursive: true, force: true });
  const kinds = [
    ['.ts', (i) => `export const value${i} = ${i};\n`],
    ['.yaml', (i) => `name: service-${i}\nreplicas: ${i % 5}\n`],
    ['.json', (i) => `{ "id": ${i} }\n`],
    ['.md', (i) => `# Note ${i}\n`],
  ];
  for (let i = 0; i < count; i++) {
    const folder = path.join(root, 'packages', `pkg-${i % 100}`, ['src', 'config', 'docs'][i % 3], `sub-${i % 7}`);
    mkdirSync(folder, { recursive: true });
    const [ext, body] = kinds[i % kinds.length];
    writeFileSync(path.join(folder, `file-${i}${ext}`), body(i));
  }
  for (let i = 0; i < 10; i++) {
    const folder = path.join(root, 'packages', `pkg-${i * 10}`, 'config');
    writeFileSync(path.join(folder, `store-${i}.bigcommerce.connection.yaml`), variants[i % variants.length](i));
  }
}
