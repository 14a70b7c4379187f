import type { Rule } from './rule.js';
import { intendedStoreHash } from './store-hash-format.js';

const apiPath = /^https:\/\/api\.bigcommerce\.com\/stores\/([a-z0-9]+)\/v3\/$/;
const expected = 'https://api.bigcommerce.com/stores/<storeHash>/v3/';

function whatIsWrong(value: string): string {
  if (/\/graphql\/?$/.test(value)) return 'is the GraphQL Admin endpoint';
  if (/\/v2\/?$/.test(value)) return 'points at the V2 API';
  if (/^http:\/\//i.test(value)) return 'uses http, not https';
  if (/\/v3$/.test(value)) return 'lacks the trailing slash';
  if (/\/stores\/[^/]*[A-Z]/.test(value)) return 'has uppercase letters in the store hash';
  return 'is not an API path';
}

export const apiPathFormat: Rule = {
  meta: {
    id: 'api-path-format',
    defaultSeverity: 'error',
    description: '`apiPath` must be https://api.bigcommerce.com/stores/<storeHash>/v3/ for the same store.',
    docs:
      'When an API account is created, the control panel shows its API path: ' +
      'https://api.bigcommerce.com/stores/{store_hash}/v3/. Integrators that ask for it expect exactly that form, ' +
      'and its store hash must be the connection\'s `storeHash`.',
    fixable: false,
  },
  check({ connection, report }) {
    const value = connection.apiPath;
    if (typeof value !== 'string') return;
    const path = ['apiPath'];
    const match = apiPath.exec(value);
    if (!match) {
      report({ path, message: `\`apiPath\` ${whatIsWrong(value)}; it must be ${expected}.` });
      return;
    }
    const storeHash = intendedStoreHash(connection.storeHash);
    if (storeHash !== undefined && match[1] !== storeHash) {
      // Neither hash is quoted: either value may be an alias of a secret.
      report({ path, message: '`apiPath` names a different store than `storeHash`; they must be the same store.' });
    }
  },
};
