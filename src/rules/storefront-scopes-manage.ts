import { isScopePlaceholder } from '../model/scope-placeholder.js';
import { levelRank, storefrontTokenScopes } from '../model/scopes.js';
import { isMapping, type Rule } from './rule.js';

export const storefrontScopesManage: Rule = {
  meta: {
    id: 'storefront-scopes-manage',
    defaultSeverity: 'error',
    description: 'With `authType: custom`, both storefront-token scopes must be `manage`.',
    docs:
      'With `authType: custom` the integration mints its own storefront tokens from the API account: private and ' +
      'storefront tokens need Storefront API tokens = Manage (store_storefront_api), customer impersonation tokens ' +
      'need Storefront API customer impersonation tokens = Manage (store_storefront_api_customer_impersonation). ' +
      'Celigo asks for both. Skipped when the declared integration profile does not use storefront tokens.',
    fixable: false,
  },
  check({ connection, profile, report }) {
    if (connection.authType !== 'custom' || profile?.storefrontTokens === false) return;
    const scopes = connection.scopes;
    if (!isMapping(scopes)) return; // the schema reports missing or malformed scopes
    for (const [scope, { row, oauth }] of Object.entries(storefrontTokenScopes)) {
      const level = scopes[scope];
      if (level === 'manage' || isScopePlaceholder(level)) continue; // a level still to choose is the schema's finding
      // A level the scope offers is quoted; anything else is described, never quoted (it may be a secret's alias).
      const now = level === undefined ? 'is left out (none)' : levelRank(scope, level) >= 0 ? `is \`${String(level)}\`` : 'is set to a level it does not offer';
      report({
        path: ['scopes', scope],
        message: `\`${scope}\` ${now}; with \`authType: custom\` the integration mints storefront tokens itself and needs ${row} = manage (${oauth}).`,
      });
    }
  },
};
