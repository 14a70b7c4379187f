/**
 * Built-in integration profiles: data, not code. Each says what an integrator needs from a connection.
 * Sources are in ../shared/spec/domain.md ("Integrators' needs").
 */

export interface IntegrationProfile {
  name: string;
  description: string;
  /** The integration mints GraphQL storefront tokens, so storefront-scopes-manage applies. */
  storefrontTokens: boolean;
  /** Required auth type, if the integrator accepts only one. */
  authType?: 'custom' | 'token';
  /** Keys that must be set. */
  fields?: string[];
  /** Scope levels the integration needs at least. */
  needs: Record<string, string>;
  /** Scopes that are optional, but when granted must be at least this level. */
  ifGranted?: Record<string, string>;
  /** When set, any scope above its level here (scopes not listed: above their lowest level) is excess. */
  allowed?: Record<string, string>;
}

const migrationScopes = ['content', 'informationAndSettings', 'marketing', 'channelSettings', 'channelListings'];
const migrationOptional = ['customers', 'orders', 'products'];
const all = (keys: string[], level: string): Record<string, string> =>
  Object.fromEntries(keys.map((key) => [key, level]));

export const builtinProfiles: readonly IntegrationProfile[] = [
  {
    name: 'celigo',
    description: "Celigo's BigCommerce (GraphQL) connection",
    storefrontTokens: true,
    authType: 'custom',
    fields: ['subdomain'],
    needs: { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' },
  },
  {
    name: 'migration-import',
    description: 'a migration tool moving data into BigCommerce (LitExtension, Next-Cart)',
    storefrontTokens: false,
    needs: all(migrationScopes, 'modify'),
    ifGranted: all(migrationOptional, 'modify'),
    allowed: all([...migrationScopes, ...migrationOptional], 'modify'),
  },
  {
    name: 'migration-export',
    description: 'a migration tool moving data out of BigCommerce (LitExtension, Next-Cart)',
    storefrontTokens: false,
    needs: all(migrationScopes, 'read-only'),
    allowed: all([...migrationScopes, ...migrationOptional], 'read-only'),
  },
  {
    name: 'storeautomator',
    description: 'StoreAutomator',
    storefrontTokens: false,
    needs: { content: 'read-only', orders: 'read-only', informationAndSettings: 'read-only' },
  },
  {
    name: 'wordpress',
    description: 'BigCommerce for WordPress',
    storefrontTokens: true,
    needs: {
      customers: 'modify',
      customersLogin: 'login',
      informationAndSettings: 'modify',
      marketing: 'read-only',
      orders: 'read-only',
      orderTransactions: 'read-only',
      getPaymentMethods: 'read-only',
      products: 'read-only',
      carts: 'modify',
      checkouts: 'modify',
      sitesAndRoutes: 'modify',
      channelSettings: 'modify',
      channelListings: 'modify',
    },
  },
];
