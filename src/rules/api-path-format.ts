import { replaceStringFix } from './fix.js';
import { firstMatch, type Rule } from './rule.js';
import { intendedStoreHash } from './store-hash-format.js';

const apiPath = /^https:\/\/api\.bigcommerce\.com\/stores\/([a-z0-9]+)\/v3\/$/;
const expected = 'https://api.bigcommerce.com/stores/<storeHash>/v3/';
const shownAt = 'the API Path shown when the API account was created (Settings > API > Store-level API accounts)';
/** Forms that still name one store's REST API: a V2 or resource path, no slash or version, http, the legacy host. */
const repairable = [
  /^https?:\/\/api\.bigcommerce\.com\/stores\/([^/?#]+)(?:\/v[23](?:\/[^?#]*)?)?\/?$/i,
  /^https?:\/\/store-([^./?#]+)\.mybigcommerce\.com\/api\/v[23]\/?$/i,
];

/** What a wrong apiPath is, by the first pattern it matches. */
const whatIsWrong = (value: string) =>
  firstMatch(value, [
    [/\/graphql\/?$/, 'is the GraphQL Admin endpoint'],
    [/^https?:\/\/store-[^./]+\.mybigcommerce\.com\/api\//i, 'is the legacy store-<hash>.mybigcommerce.com/api/v2/ path'],
    [/\/v2\/?$/, 'points at the V2 API'],
    [/^http:\/\//i, 'uses http, not https'],
    [/\/v3$/, 'lacks the trailing slash'],
    [/\/stores\/[^/]*[A-Z]/, 'has uppercase letters in the store hash'],
    [/\/v[23]\/[^?#]+$/, 'has a resource path after the version'],
    [/\/stores\/[^/]+\/?$/, 'lacks the API version'],
  ]) ?? 'is not an API path';

export const apiPathFormat: Rule = {
  meta: {
    id: 'api-path-format',
    defaultSeverity: 'error',
    description: '`apiPath` must be https://api.bigcommerce.com/stores/<storeHash>/v3/ for the same store.',
    docs:
      'When an API account is created (Settings > API > Store-level API accounts), the control panel shows its API ' +
      'path: https://api.bigcommerce.com/stores/{store_hash}/v3/. Integrators that ask for it expect exactly that form, ' +
      "and its store hash must be the connection's `storeHash`. Fixable to the canonical form when the path names " +
      'the same store as `storeHash` (a /v2/ path, a missing trailing slash, http:, a resource path after /v3/, the ' +
      'legacy https://store-{store_hash}.mybigcommerce.com/api/v2/ form).',
    fixable: true,
  },
  check({ connection, document, report }) {
    const value = connection.apiPath;
    if (typeof value !== 'string') return;
    const path = ['apiPath'];
    const storeHash = intendedStoreHash(connection.storeHash);
    const match = apiPath.exec(value);
    if (!match) {
      const hash = repairable.map((form) => form.exec(value.trim())?.[1]).find((found) => found !== undefined);
      if (storeHash !== undefined && hash === storeHash) {
        const canonical = `https://api.bigcommerce.com/stores/${storeHash}/v3/`;
        const { fix, notFixable } = replaceStringFix(document, path, canonical);
        report({
          path,
          message: `\`apiPath\` ${whatIsWrong(value)}; it must be ${expected}, ${shownAt}: \`${canonical}\`.${notFixable ? ` ${notFixable}` : ''}`,
          ...(fix ? { fix } : {}),
        });
        return;
      }
      report({ path, message: `\`apiPath\` ${whatIsWrong(value)}; it must be ${expected}, ${shownAt}.` });
      return;
    }
    if (storeHash !== undefined && match[1] !== storeHash) {
      // Neither hash is quoted: either value may be an alias of a secret.
      report({ path, message: '`apiPath` names a different store than `storeHash`; they must be the same store.' });
    }
  },
};
