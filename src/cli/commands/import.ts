import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isMap, isScalar, type Pair } from 'yaml';
import { credentialText } from '../../credentials/decode-text.js';
import { downloadFields, type DownloadLabel } from '../../credentials/download.js';
import { readIgnoreFiles, workTreeFinder } from '../../credentials/git-ignored.js';
import { readWorkspaceFile } from '../../files/read-file.js';
import type { IntegrationProfile } from '../../model/integration-profile.js';
import { builtinProfiles } from '../../model/profiles.js';
import { scopePlaceholder } from '../../model/scope-placeholder.js';
import { scopeLevels, scopeKeys } from '../../model/scopes.js';
import { secretFields } from '../../model/secrets.js';
import { placeholders, starterConnection } from '../../model/starter.js';
import { UsageError, type CliOptions } from '../options.js';
import { defaultConnectionFileName, schemaReference } from './init.js';

const expectedLayout =
  'expected the API-credentials download that the control panel saves when an API account is created: lines ' +
  '"ACCESS TOKEN: ...", "CLIENT ID: ...", "CLIENT SECRET: ...", "API PATH: https://api.bigcommerce.com/stores/<store_hash>/v3/" ' +
  'and "CLIENT NAME: ..." (or "NAME: ...")';

/** What the connection file takes from the download; the two secrets go only to --env-file. */
interface Download {
  name: string;
  storeHash: string;
  clientId: string;
  accessToken: string;
  clientSecret: string | undefined;
}

/**
 * `bc-lint import FILE.txt [--out PATH] [--integration NAME] [--env-file PATH]`: the download becomes a connection
 * file with secret references; the secrets are written only to a git-ignored env file. Never overwrites a file and
 * never prints a value of the download other than the store hash.
 */
export function runImportCommand(options: CliOptions): number {
  const source = options.targets[0];
  if (source === undefined) throw new UsageError('bc-lint import needs the API-credentials download (.txt) to read');
  const profile = options.integration === undefined ? undefined : findProfile(options.integration);
  const download = readDownload(source);
  const out = outputPath(options.out ?? '.');
  const envFile = options.envFile === undefined ? undefined : path.resolve(options.envFile);
  refuseExisting(out);
  if (envFile) {
    refuseDefined(envFile);
    const why = whyNotIgnored(envFile);
    if (why) throw new UsageError(`${shown(envFile)} would hold the access token and client secret, but ${why}; add it to .gitignore first`);
  }
  writeNew(out, connectionText(out, download, profile, path.basename(source)));
  if (envFile) writeEnvFile(envFile, envText(download));

  const next = profile
    ? `it has the scopes integration ${profile.name} needs; create the API account with exactly these, or import again with the right integration`
    : 'set each scope marked REPLACE to the level the API account has (Settings > API > Store-level API accounts)';
  process.stdout.write(
    `Wrote ${shown(out)} for store ${download.storeHash}: ${next}, then run bc-lint ${shown(out)}.\n` +
      (envFile
        ? `Wrote the access token${download.clientSecret === undefined ? '' : ' and client secret'} to ${shown(envFile)}, which git ignores.\n`
        : `The connection reads ${secretFields.accessToken} and ${secretFields.clientSecret} from the environment: put the values in a git-ignored .env or your CI's secret store (--env-file does the first).\n`) +
      `Keep ${shown(path.resolve(source))} out of the repository (bc-lint reports a committed download), or delete it.\n`,
  );
  return 0;
}

function findProfile(name: string): IntegrationProfile {
  const profile = builtinProfiles.find((candidate) => candidate.name === name);
  if (!profile) throw new UsageError(`unknown integration "${name}"; known integrations: ${builtinProfiles.map((p) => p.name).join(', ')}`);
  return profile;
}

function readDownload(source: string): Download {
  const read = readWorkspaceFile(path.resolve(source));
  if (!read.ok) throw new UsageError(`${source}: ${read.message}`);
  const text = credentialText(read.bytes);
  const notTheDownload = (what: string) => new UsageError(`${source} is not the API-credentials download (${what}); ${expectedLayout}`);
  if (text === undefined) throw notTheDownload('it is binary data');
  const values = new Map<DownloadLabel, string>();
  for (const field of downloadFields(text)) if (!values.has(field.label)) values.set(field.label, field.value);
  const missing = (['ACCESS TOKEN', 'CLIENT ID', 'API PATH'] as const).filter((label) => !values.get(label));
  const name = values.get('CLIENT NAME') || values.get('NAME');
  if (!name) missing.push('CLIENT NAME' as never);
  if (missing.length > 0) throw notTheDownload(`no ${missing.map((label) => `"${label}:"`).join(', ')} line`);
  const storeHash = /\/stores\/([A-Za-z0-9]+)(?:\/|$)/.exec(values.get('API PATH')!)?.[1]?.toLowerCase();
  if (!storeHash) throw notTheDownload('its API PATH holds no /stores/<store_hash>/');
  return {
    name: name!,
    storeHash,
    clientId: values.get('CLIENT ID')!,
    accessToken: values.get('ACCESS TOKEN')!,
    clientSecret: values.get('CLIENT SECRET') || undefined,
  };
}

/** A folder (existing, or written with a trailing slash) gets the default file name inside it. */
function outputPath(target: string): string {
  const isFolder = /[\\/]$/.test(target) || statSync(target, { throwIfNoEntry: false })?.isDirectory() === true;
  return path.resolve(isFolder ? path.join(target, defaultConnectionFileName) : target);
}

const shown = (file: string) => path.relative(process.cwd(), file) || file;

function refuseExisting(file: string): void {
  if (existsSync(file)) throw new UsageError(`${shown(file)} already exists; bc-lint import does not overwrite files`);
}

function writeNew(file: string, text: string, mode?: number): void {
  try {
    writeFileSync(file, text, { flag: 'wx', ...(mode === undefined ? {} : { mode }) }); // wx: fail rather than overwrite
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${shown(file)} already exists; bc-lint import does not overwrite files`);
    throw new UsageError(`cannot write ${shown(file)} (${code === 'ENOENT' ? 'no such folder' : (code ?? (error as Error).message)})`);
  }
}

/** An env file that already sets one of the two variables is not changed: bc-lint import overwrites nothing. */
function refuseDefined(file: string): void {
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  const defined = ['BIGCOMMERCE_ACCESS_TOKEN', 'BIGCOMMERCE_CLIENT_SECRET'].filter((name) => new RegExp(`^\\s*(?:export\\s+)?${name}\\s*[=:]`, 'm').test(text));
  if (defined.length > 0) throw new UsageError(`${shown(file)} already sets ${defined.join(' and ')}; bc-lint import does not overwrite values`);
}

/** A new env file is private to its owner; an existing one gets the variables added at its end. */
function writeEnvFile(file: string, text: string): void {
  if (!existsSync(file)) return writeNew(file, text, 0o600);
  const before = readFileSync(file, 'utf8');
  appendFileSync(file, (before === '' || before.endsWith('\n') ? '' : '\n') + text);
}

/** Why git would not keep the file out of commits, or undefined when it ignores it. Git answers when it can. */
function whyNotIgnored(file: string): string | undefined {
  const root = workTreeFinder()(path.dirname(file));
  if (root === undefined) return 'it is not inside a git work tree, so nothing keeps it out of a commit';
  const relative = path.relative(root, file).split(path.sep).join('/');
  const git = spawnSync('git', ['check-ignore', '-q', '--', relative], { cwd: root, stdio: 'ignore' });
  const ignored = !git.error && (git.status === 0 || git.status === 1) ? git.status === 0 : readIgnoreFiles(root)(relative);
  return ignored ? undefined : 'git does not ignore it';
}

function envText(download: Download): string {
  const lines = [
    '# BigCommerce API account credentials, written by bc-lint import. Keep this file out of git.',
    `BIGCOMMERCE_ACCESS_TOKEN=${download.accessToken}`,
  ];
  if (download.clientSecret !== undefined) lines.push(`BIGCOMMERCE_CLIENT_SECRET=${download.clientSecret}`);
  return lines.join('\n') + '\n';
}

function connectionText(file: string, download: Download, profile: IntegrationProfile | undefined, sourceName: string): string {
  const starter = profile ? starterConnection(profile) : undefined;
  const connection: Record<string, unknown> = { name: download.name, storeHash: download.storeHash };
  if (typeof starter?.subdomain === 'string') connection.subdomain = starter.subdomain;
  connection.apiPath = `https://api.bigcommerce.com/stores/${download.storeHash}/v3/`;
  connection.authType = 'custom';
  connection.clientId = download.clientId;
  if (download.clientSecret !== undefined) connection.clientSecret = secretFields.clientSecret;
  connection.accessToken = secretFields.accessToken;
  if (profile) connection.integration = profile.name;
  connection.scopes = starter?.scopes ?? Object.fromEntries(scopeKeys.map((scope) => [scope, scopePlaceholder]));

  const doc = new Document(connection);
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schemaReference(file)}`,
    ` Imported by bc-lint import from ${sourceName.replace(/[\r\n]/g, ' ')}. Secrets stay out of this file: \${NAME} is read`,
    ' from the environment or your vault at run time.',
    profile
      ? ` Scopes: what integration ${profile.name} needs. Scopes cannot be changed after an API account is created.`
      : ' Scopes: the download does not list them. Set each REPLACE to the level the API account has, as shown under',
    ...(profile ? [] : [' Settings > API > Store-level API accounts; a scope the account does not have is none.']),
  ].join('\n');
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair[]) {
      if (!isScalar(pair.key)) continue;
      if (pair.key.value === 'subdomain' && isScalar(pair.value)) pair.value.comment = ` ${placeholders.subdomain!.hint}`;
      if (pair.key.value === 'scopes' && !profile && isMap(pair.value)) {
        for (const scope of pair.value.items as Pair[]) {
          if (isScalar(scope.key) && isScalar(scope.value)) scope.value.comment = ` ${(scopeLevels[String(scope.key.value)] ?? []).join(' | ')}`;
        }
      }
    }
  }
  return doc.toString();
}
