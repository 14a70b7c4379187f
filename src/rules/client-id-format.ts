import { otherReference, secretReference, swappedSecretKind } from '../model/secrets.js';
import type { Rule } from './rule.js';

const clientIdShape = /^[a-z0-9]{30,32}$/;
const whereToFind = 'the Client ID shown when the API account was created (Settings > API > Store-level API accounts) and in the .txt file downloaded then';

export const clientIdFormat: Rule = {
  meta: {
    id: 'client-id-format',
    defaultSeverity: 'warning',
    description: 'A literal `clientId` must look like a client ID (30 to 32 lowercase letters and digits); a pasted secret is an error.',
    docs:
      "BigCommerce client IDs are 30 to 32 lowercase letters and digits (31 in most of BigCommerce's examples), " +
      'shown as Client ID when a store-level API account is saved (Settings > API > Store-level API accounts) and in ' +
      'the .txt file downloaded then. A value of another shape is a warning. A value that looks like a secret (64 hex ' +
      'digits: the client secret; a JWT starting eyJ: a storefront, private or impersonation token) is an error: the ' +
      'secret is now committed, so bc-lint handles it as a secret (never printed, masked in the Action, kept out of ' +
      'SARIF fingerprints and JSON sources), and it must be rotated.',
    fixable: false,
  },
  check({ connection, report }) {
    const value = connection.clientId;
    if (typeof value !== 'string' || secretReference.test(value)) return;
    const path = ['clientId'];
    const swapped = swappedSecretKind(value);
    if (swapped) {
      const what = swapped === 'client secret' ? 'a client secret (64 hex digits)' : 'a JWT token (it starts with eyJ)';
      report({
        path,
        severity: 'error',
        message:
          `\`clientId\` holds what looks like ${what}, not a client ID. The value is handled as a secret and not shown. ` +
          `Write ${whereToFind}; keep secrets in \`clientSecret\` or \`accessToken\` as references such as ` +
          '`${BIGCOMMERCE_CLIENT_SECRET}`, and treat the committed value as leaked: create a new API account and delete the old one.',
      });
      return;
    }
    if (clientIdShape.test(value)) return;
    const reference = otherReference(value);
    report({
      path,
      message: reference
        ? `\`clientId\` holds ${reference.syntax}; the connection file resolves only \`\${NAME}\` references, so this value would be sent as written.`
        : `\`clientId\` does not look like a BigCommerce client ID (30 to 32 lowercase letters and digits); use ${whereToFind}.`,
    });
  },
};
