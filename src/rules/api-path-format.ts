import { firstMatch, type Rule } from './rule.js';
import { intendedStoreHash } from './store-hash-format.js';

const apiPath = /^https:\/\/api\.bigcommerce\.com\/stores\/([a-z0-9]+)\/v3\/$/;
const expected = 'https://api.bigcommerce.com/stores/<storeHash>/v3/';

/** What a wrong apiPath is, by the first pattern it matches. */
const whatIsWrong = (value: string) =>
  firstMatch(value, [
    [/\/graphql\/?$/, 'is the GraphQL Admin endpoint'],
    [/\/v2\/?$/, 'points at the V2 API'],
    [/^http:\/\//i, 'uses http, not https'],
    [/\/v3$/, 'lacks the trailing slash'],
    [/\/stores\/[^/]*[A-Z]/, 'has uppercase letters in the store hash'],
  ]) ?? 'is not an API path';

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
