// The benchmark's generated repositories: connection files (valid ones and the usual mistakes) spread over folders,
// and a repository of other files in which discovery has to find the few connection files.
import { execFileSync } from 'node:child_process';
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

const mitLicence =
  'MIT License\n\nCopyright (c) 2024 Example Contributors\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n' +
  'of this software and associated documentation files (the "Software"), to deal\nin the Software without restriction.\n\n' +
  'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED. IN NO EVENT SHALL THE AUTHORS BE LIABLE FOR ANY CLAIM.\n';
/** Ordinary `.txt` files: notes, logs (larger than the 4 KB sniff), licences, requirement lists. */
const textKinds = [
  (i) => `Meeting notes ${i}\n\n- name: the sync job for store ${i}\n- next: review the client list\n`,
  (i) => Array.from({ length: 120 }, (_, line) => `2026-11-30T10:${String(line % 60).padStart(2, '0')}:00Z INFO job ${i} step ${line} ok\n`).join(''),
  () => mitLicence,
  (i) => `requests==2.${i % 30}.0\nPyYAML==6.0.${i % 3}\nboto3>=1.34\n`,
  (i) => `User-agent: *\nDisallow: /cart/${i}\n`,
];
/** The control panel's API-credentials download, with made-up values: what the rule is for. */
const download = (i) =>
  `ACCESS TOKEN: ${`a${i}`.padEnd(31, 'q7w8e9r0t1')}\nCLIENT NAME: bench ${i}\nAPI PATH: https://api.bigcommerce.com/stores/h${i}x/v3/\n` +
  `CLIENT ID: ${`c${i}`.padEnd(31, 'k3j4h5g6f7')}\nCLIENT SECRET: ${`${i}`.padEnd(64, '9f8e7d6c5b4a')}\n`;

/**
 * A git repository of `count` files, a fifth of them `.txt` (5 of those the API-credentials download), the rest
 * code, YAML, JSON and Markdown; 10 connection files and a few other credential files (.env, Stencil, Catalyst),
 * logs/ and .env git-ignored. What no-committed-credentials has to search through in a real repository.
 */
export function writeTextHeavyRepository(root, count) {
  rmSync(root, { recursive: true, force: true });
  const kinds = [
    ['.ts', (i) => `export const value${i} = ${i};\n`],
    ['.yaml', (i) => `name: service-${i}\nreplicas: ${i % 5}\n`],
    ['.json', (i) => `{ "id": ${i} }\n`],
    ['.md', (i) => `# Note ${i}\n`],
  ];
  const credentialFiles = {
    '.gitignore': 'logs/\n.env\n',
    '.env': `BIGCOMMERCE_ACCESS_TOKEN=${'e'.repeat(31)}\n`,
    '.env.example': 'BIGCOMMERCE_ACCESS_TOKEN=\nBIGCOMMERCE_STORE_HASH=\n',
    'theme/secrets.stencil.json': `{ "accessToken": "${'s'.repeat(31)}" }\n`,
    'storefront/.bigcommerce/project.json': '{ "projectUuid": "b7e1", "accessToken": "${BIGCOMMERCE_ACCESS_TOKEN}" }\n',
  };
  const others = count - Object.keys(credentialFiles).length - 10;
  const texts = count / 5;
  for (let i = 0, t = 0; i < others; i++) {
    const isText = Math.floor(((i + 1) * texts) / others) > t;
    const folder = path.join(root, isText && t % 4 === 0 ? 'logs' : 'packages', `pkg-${i % 100}`, ['src', 'config', 'docs'][i % 3], `sub-${i % 7}`);
    mkdirSync(folder, { recursive: true });
    if (isText) {
      const text = t % 397 === 1 ? download(i) : textKinds[t % textKinds.length](i);
      writeFileSync(path.join(folder, `file-${i}.txt`), text);
      t++;
    } else {
      const [ext, body] = kinds[i % kinds.length];
      writeFileSync(path.join(folder, `file-${i}${ext}`), body(i));
    }
  }
  for (let i = 0; i < 10; i++) {
    const folder = path.join(root, 'packages', `pkg-${i * 10}`, 'config');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `store-${i}.bigcommerce.connection.yaml`), variants[i % variants.length](i));
  }
  for (const [name, text] of Object.entries(credentialFiles)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  const git = (...args) => execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...args], { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'bench corpus');
}
