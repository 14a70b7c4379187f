import { replaceStringFix } from './fix.js';
import { firstMatch, type Rule } from './rule.js';

const bareHash = /^[a-z0-9]+$/;

/**
 * The store hash inside an API path, a stores/<hash> reference or a control-panel host
 * (store-<hash>.mybigcommerce.com, or store-<hash>-<channel>.mybigcommerce.com), if there is one.
 */
function extractStoreHash(value: string): string | undefined {
  const fromPath = /(?:^|\/)stores\/([^/?#\s]+)/i.exec(value);
  if (fromPath) return fromPath[1];
  const fromHost = /(?:^|[/.@])store-([a-z0-9]+)(?:-\d+)?\.mybigcommerce\.com(?:[/:?#]|$)/i.exec(value);
  if (fromHost) return fromHost[1];
  // The control-panel host's label alone (store-<hash>, store-<hash>-<channel>), or a hash left in its template braces.
  const fromLabel = /^store-([a-z0-9]+)(?:-\d+)?$/i.exec(value.trim());
  if (fromLabel) return fromLabel[1];
  return /^(?:\{\{\s*([a-z0-9]+)\s*\}\}|\{\s*([a-z0-9]+)\s*\}|<\s*([a-z0-9]+)\s*>)$/i
    .exec(value.trim())
    ?.slice(1)
    .find((part) => part !== undefined);
}

/** The store hash a connection means: the bare value, or the one inside a pasted path or URL. */
export function intendedStoreHash(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (bareHash.test(value)) return value;
  const hash = extractStoreHash(value);
  return hash !== undefined && bareHash.test(hash) ? hash : undefined;
}

/** What a pasted storeHash is, by the first pattern it matches ('' when none does). */
const describe = (value: string) =>
  firstMatch(value.trim(), [
    [/api\.bigcommerce\.com/i, 'an API path'],
    [/^[a-z][a-z0-9+.-]*:\/\//i, 'a URL'],
    [/^\/?stores\//i, 'a stores/<hash> reference'],
    [/^store-[^.]*$/i, 'the control-panel host label store-<hash>'],
    [/^[{<]/, 'the hash inside template brackets ({<hash>})'],
    [/\./, 'a host name'],
  ]) ?? '';

export const storeHashFormat: Rule = {
  meta: {
    id: 'store-hash-format',
    defaultSeverity: 'error',
    description: '`storeHash` must be the bare store hash, not an API path, URL, host, `store-<hash>` or `{<hash>}`.',
    docs:
      'The store hash is the part of the API path https://api.bigcommerce.com/stores/{store_hash}/v3/ and of the ' +
      'control-panel address https://store-{store_hash}.mybigcommerce.com/manage. Every BigCommerce example is ' +
      'lowercase letters and digits (ci4bzn8adz). Integrators ask for the bare hash, so a pasted path, URL, the ' +
      'control-panel label store-{store_hash} or a hash left in template braces ({ci4bzn8adz}) breaks the connection. ' +
      'Fixable when the hash can be read out of the pasted value.',
    fixable: true,
  },
  check({ connection, document, report }) {
    const value = connection.storeHash;
    if (typeof value !== 'string' || bareHash.test(value)) return;
    const path = ['storeHash'];
    const what = describe(value);
    const hash = extractStoreHash(value);
    if (hash !== undefined && bareHash.test(hash)) {
      const { fix, notFixable } = replaceStringFix(document, path, hash);
      const note = notFixable ? ` ${notFixable}` : '';
      report({
        path,
        message: `\`storeHash\` holds ${what || 'more than the hash'}; use the bare store hash \`${hash}\`.${note}`,
        ...(fix ? { fix } : {}),
      });
    } else if (hash !== undefined) {
      report({
        path,
        message: `\`storeHash\` holds ${what || 'more than the hash'}, and its hash has characters other than lowercase letters and digits.`,
      });
    } else if (what) {
      report({
        path,
        message:
          `\`storeHash\` holds ${what} with no store hash in it. Take the hash from the API path ` +
          '(https://api.bigcommerce.com/stores/{store_hash}/v3/) or the control-panel address (store-{store_hash}.mybigcommerce.com).',
      });
    } else {
      report({
        path,
        message:
          value === ''
            ? '`storeHash` is empty; set the bare store hash from the API path.'
            : '`storeHash` must be lowercase letters and digits only, as in `ci4bzn8adz`.',
      });
    }
  },
};
