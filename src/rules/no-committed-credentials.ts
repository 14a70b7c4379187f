import type { CredentialFileKind } from '../model/credential-file-kind.js';
import type { RuleMeta } from './rule.js';

/**
 * Not a connection rule: it runs in the credential pipeline (src/credentials/lint-credentials.ts) on the files in
 * which BigCommerce tools keep credentials. Detection goes by file layout and key name, since BigCommerce tokens
 * have no prefix a secret scanner could match.
 */
export const noCommittedCredentialsMeta: RuleMeta = {
  id: 'no-committed-credentials',
  defaultSeverity: 'error',
  description: 'No plaintext BigCommerce credential in a file git would commit (API-credentials download, Stencil, Catalyst, .env).',
  docs:
    'Finds the files in which BigCommerce tools keep credentials: the API-credentials .txt download (ACCESS TOKEN:, ' +
    "CLIENT SECRET: ...), Stencil CLI's secrets.stencil.json and .stencil, Catalyst's .bigcommerce/project.json " +
    '(accessToken), and .env / .env.* variables named BIGCOMMERCE_*, BC_* or CATALYST_* with TOKEN, SECRET or PIN ' +
    'in the name. Files that git ignores are where credentials belong and are skipped; empty values and placeholders ' +
    'are not credentials. No public secret scanner has a BigCommerce rule, and the tokens have no prefix, so this ' +
    'rule goes by layout and name. A committed token stays in the history: rotate it. A store-level token cannot be ' +
    'changed, so create a new API account and delete the old one.',
  fixable: false,
};

const fileKinds: Readonly<Record<CredentialFileKind, { what: string; moveOut: string }>> = {
  download: {
    what: 'the API-credentials download',
    moveOut:
      "delete the file from the repository and keep the values in a git-ignored `.env` or your CI's secret store " +
      '(`bc-lint import` turns the download into a connection file that references them)',
  },
  stencil: {
    what: 'a Stencil CLI secrets file',
    moveOut: 'add the file to `.gitignore` (Stencil CLI keeps secrets out of config.stencil.json for this) and remove it from the repository',
  },
  catalyst: {
    what: 'the Catalyst CLI project file',
    moveOut: 'add `.bigcommerce/` to `.gitignore` and remove the file from the repository; in CI, pass the token from the secret store',
  },
  env: {
    what: 'a .env file',
    moveOut: 'keep real values in a git-ignored `.env` (commit a `.env.example` with empty values) and, in CI, in the secret store',
  },
};

/** The finding's message: the credential's name and the file's kind, never the value; how to move it out and rotate it. */
export function committedCredentialMessage(credentialName: string, kind: CredentialFileKind): string {
  const { what, moveOut } = fileKinds[kind];
  return (
    `plaintext ${credentialName} in ${what}; ${moveOut}. ` +
    'Rotate it, since the history keeps it: a store-level API token cannot be changed, so create a new API account ' +
    '(Settings > API > Store-level API accounts) and delete the old one.'
  );
}
