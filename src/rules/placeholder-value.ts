import type { Rule } from './rule.js';

const bareHash = /^[a-z0-9]+$/;
const wrapped = /^(?:\{\{(.*)\}\}|\{(.*)\}|<(.*)>)$/s;
/** Compared ignoring case, `-`, `_` and spaces. */
const placeholderWords = new Set([
  'changeme',
  'todo',
  'tbd',
  'fixme',
  'example',
  'placeholder',
  'storehash',
  'yourstorehash',
  'mystorehash',
  'yourhash',
  'subdomain',
  'yoursubdomain',
  'yourstore',
  'storename',
  'yourstorename',
  'clientid',
  'yourclientid',
  'abc123',
  'abcde',
  '123456',
]);

/**
 * A value still holding a placeholder: wrapped in <...>, {...} or {{...}} around something that is not a bare hash
 * ({abc123} is a wrapped hash, store-hash-format's); only x or X (3 or more); containing REPLACE; or one of the
 * placeholder words.
 */
function isPlaceholder(value: string): boolean {
  const wrap = wrapped.exec(value.trim());
  const inner = wrap ? (wrap[1] ?? wrap[2] ?? wrap[3] ?? '') : value;
  if (wrap && !bareHash.test(inner.trim())) return true;
  if (/^[xX]{3,}$/.test(inner.trim()) || inner.includes('REPLACE')) return true;
  return placeholderWords.has(inner.toLowerCase().replace(/[-_\s]/g, ''));
}

const where = {
  storeHash:
    'set the bare store hash: the part after /stores/ in the API path https://api.bigcommerce.com/stores/{store_hash}/v3/ ' +
    'shown when the API account was created (Settings > API > Store-level API accounts), as in `ci4bzn8adz`',
  subdomain: "set the storefront label before .mybigcommerce.com in the store's address: `acme` for https://acme.mybigcommerce.com",
  clientId:
    'set the Client ID shown when the API account was created (Settings > API > Store-level API accounts) and in the ' +
    '.txt file downloaded then, or a reference such as `${BIGCOMMERCE_CLIENT_ID}`',
  apiPath:
    'set the API Path shown when the API account was created (Settings > API > Store-level API accounts): ' +
    "https://api.bigcommerce.com/stores/{store_hash}/v3/ with the store's own hash",
} as const;

export const placeholderValue: Rule = {
  meta: {
    id: 'placeholder-value',
    defaultSeverity: 'error',
    description: '`storeHash`, `subdomain`, `clientId` or the hash in `apiPath` still holds a placeholder.',
    docs:
      'Starter files, tutorials and `bc-lint init` write placeholders (<store_hash>, {{STORE_HASH}}, xxxxxx, ' +
      'REPLACE, your-store-hash, abc123) for the values only the store owner has: the store hash and Client ID come ' +
      'from the API account (Settings > API > Store-level API accounts; shown once when it is saved and in the ' +
      'downloaded .txt file), the subdomain from the storefront address. A placeholder passes every format check ' +
      'and fails only when the integration first calls BigCommerce. Not fixable: only you know the real value.',
    fixable: false,
  },
  check({ connection, report }) {
    for (const key of ['storeHash', 'subdomain', 'clientId'] as const) {
      const value = connection[key];
      if (typeof value === 'string' && isPlaceholder(value)) {
        report({ path: [key], message: `\`${key}\` still holds a placeholder; ${where[key]}.` });
      }
    }
    const apiPath = connection.apiPath;
    const hash = typeof apiPath === 'string' ? /\/stores\/([^/?#]*)/i.exec(apiPath)?.[1] : undefined;
    if (hash !== undefined && isPlaceholder(decodeURIComponentSafe(hash))) {
      report({ path: ['apiPath'], message: `the store hash in \`apiPath\` is still a placeholder; ${where.apiPath}.` });
    }
  },
};

/** `%7Bstore_hash%7D` (a URL-encoded placeholder) reads as `{store_hash}`. */
function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
