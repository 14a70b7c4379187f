import path from 'node:path';
import type { CredentialFileKind } from '../model/credential-file-kind.js';

export type { CredentialFileKind };

/**
 * The files in which BigCommerce tools keep credentials, by name alone (no reading): what discovery hands to the
 * credential pipeline (src/credentials). A `*.txt` file is only a candidate: its first bytes decide.
 */
export function credentialKindByName(file: string): CredentialFileKind | undefined {
  const name = path.basename(file);
  if (name.endsWith('.txt')) return 'download';
  if (name === 'secrets.stencil.json' || name === '.stencil') return 'stencil';
  if (name === '.env' || name.startsWith('.env.')) return 'env';
  if (name === 'project.json' && path.basename(path.dirname(file)) === '.bigcommerce') return 'catalyst';
  return undefined;
}
