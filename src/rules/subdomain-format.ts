import { replaceStringFix } from './fix.js';
import type { Rule } from './rule.js';
import { intendedStoreHash } from './store-hash-format.js';

const label = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const controlPanelLabel = /^store-[a-z0-9]+(-\d+)?$/i;
const storefrontSuffix = '.mybigcommerce.com';

export const subdomainFormat: Rule = {
  meta: {
    id: 'subdomain-format',
    defaultSeverity: 'error',
    description: '`subdomain` must be the bare storefront label, not a URL, host, the store hash or `store-<hash>`.',
    docs:
      'The storefront subdomain is the label before .mybigcommerce.com in the store address: ' +
      'https://acme.mybigcommerce.com gives `acme`. It is not the store-{store_hash} control-panel host, nor the store ' +
      "hash (https://store-{store_hash}.mybigcommerce.com/manage is the control panel's permanent address). Fixable " +
      'when the label can be read out of a pasted URL or host; not for the store hash or store-<hash>.',
    fixable: true,
  },
  check({ connection, document, report }) {
    const value = connection.subdomain;
    if (typeof value !== 'string') return;
    const path = ['subdomain'];
    const storeHash = intendedStoreHash(connection.storeHash);
    if (storeHash !== undefined && value.trim().toLowerCase() === storeHash) {
      report({
        path,
        message:
          '`subdomain` is the store hash, which names the control-panel host store-{store_hash}.mybigcommerce.com, not the ' +
          'storefront; use the label of the storefront address (acme for https://acme.mybigcommerce.com).',
      });
      return;
    }
    if (label.test(value) && !controlPanelLabel.test(value)) return;

    const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
    const host = value
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .split(/[/?#:]/)[0]!
      .toLowerCase();
    const candidate = host.endsWith(storefrontSuffix) ? host.slice(0, -storefrontSuffix.length) : host.includes('.') ? undefined : host;
    const what = hasScheme ? 'a URL' : host.includes('.') ? 'a host name' : '';

    if (candidate !== undefined && controlPanelLabel.test(candidate)) {
      report({
        path,
        message:
          '`subdomain` holds the control-panel host store-{store_hash}, not the storefront subdomain; use the label of ' +
          'the storefront address (acme for https://acme.mybigcommerce.com).',
      });
    } else if (candidate !== undefined && label.test(candidate)) {
      const { fix, notFixable } = replaceStringFix(document, path, candidate);
      const note = notFixable ? ` ${notFixable}` : '';
      report({
        path,
        message: what
          ? `\`subdomain\` holds ${what}; use the bare label \`${candidate}\`.${note}`
          : `\`subdomain\` has uppercase letters; host labels are lowercase.${note}`,
        ...(fix ? { fix } : {}),
      });
    } else if (what) {
      report({
        path,
        message: `\`subdomain\` holds ${what} that is not a *.mybigcommerce.com storefront; set the label before .mybigcommerce.com.`,
      });
    } else {
      report({ path, message: '`subdomain` must be a host label: lowercase letters, digits and inner hyphens, as in `acme`.' });
    }
  },
};
