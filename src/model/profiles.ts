/**
 * Built-in integration profiles: data, not code. Each says what an integrator needs from a connection.
 * Sources are in ../shared/spec/domain.md ("Integrators' needs"); the table is the contract's profiles table.
 */
import type { IntegrationProfile } from './integration-profile.js';
import { scopeKeys, scopeLevels } from './scopes.js';

type Levels = Record<string, string>;
const M = 'modify';
const RO = 'read-only';

const migrationScopes = ['content', 'informationAndSettings', 'marketing', 'channelSettings', 'channelListings'];
const migrationOptional = ['customers', 'orders', 'products'];
const all = (keys: string[], level: string): Levels => Object.fromEntries(keys.map((key) => [key, level]));
/** Every scope up to read-only where it offers modify, else up to its highest level: modify anywhere is excess. */
const noModify = (): Levels => Object.fromEntries(scopeKeys.map((key) => [key, scopeLevels[key]!.includes(M) ? RO : scopeLevels[key]!.at(-1)!]));
const storefrontTokenScopes: Levels = { storefrontApiTokens: 'manage', storefrontApiCustomerImpersonationTokens: 'manage' };

/** BigCommerce for WordPress's scope table (Full Import column); Fast Headless adds the storefront-token scopes. */
const wordpressScopes: Levels = {
  customers: M,
  customersLogin: 'login',
  informationAndSettings: M,
  marketing: RO,
  orders: RO,
  orderTransactions: RO,
  getPaymentMethods: RO,
  products: RO,
  carts: M,
  checkouts: M,
  sitesAndRoutes: M,
  channelSettings: M,
  channelListings: M,
};

export const builtinProfiles: readonly IntegrationProfile[] = [
  {
    name: 'celigo',
    description: "Celigo's BigCommerce (GraphQL) connection",
    storefrontTokens: true,
    authType: 'custom',
    fields: ['subdomain'],
    needs: { ...storefrontTokenScopes },
  },
  {
    name: 'migration-import',
    description: 'a migration tool moving data into BigCommerce (LitExtension, Next-Cart)',
    storefrontTokens: false,
    fields: ['apiPath', 'clientId'],
    needs: all(migrationScopes, M),
    ifGranted: all(migrationOptional, M),
    allowed: all([...migrationScopes, ...migrationOptional], M),
  },
  {
    name: 'migration-export',
    description: 'a migration tool moving data out of BigCommerce (LitExtension, Next-Cart)',
    storefrontTokens: false,
    fields: ['apiPath', 'clientId'],
    needs: all(migrationScopes, RO),
    allowed: all([...migrationScopes, ...migrationOptional], RO),
  },
  {
    name: 'storeautomator',
    description: 'StoreAutomator',
    storefrontTokens: false,
    fields: ['clientId'],
    needs: { content: RO, orders: RO, informationAndSettings: RO },
  },
  {
    name: 'wordpress',
    description: 'BigCommerce for WordPress, Full Import',
    storefrontTokens: false,
    fields: ['clientId', 'clientSecret', 'apiPath'],
    needs: { ...wordpressScopes },
  },
  {
    name: 'wordpress-headless',
    description: 'BigCommerce for WordPress, Fast Headless',
    storefrontTokens: true,
    fields: ['clientId', 'clientSecret', 'apiPath'],
    needs: { ...wordpressScopes, ...storefrontTokenScopes },
  },
  {
    name: 'catalyst',
    description: 'the Catalyst CLI and storefront',
    storefrontTokens: false,
    needs: { channelSettings: M, sitesAndRoutes: M, content: M, informationAndSettings: M, products: M, carts: M, storefrontApiTokens: 'manage' },
  },
  {
    name: 'pos-foundation',
    description: "a point-of-sale system built on BigCommerce's point-of-sale guide",
    storefrontTokens: false,
    needs: {
      customers: M,
      informationAndSettings: RO,
      orders: M,
      createPayments: 'create',
      getPaymentMethods: RO,
      products: RO,
      carts: M,
      checkouts: M,
      channelSettings: M,
      storefrontApiTokens: 'manage',
    },
  },
  {
    name: 'starshipit',
    description: 'Starshipit',
    storefrontTokens: true,
    fields: ['apiPath', 'clientId'],
    needs: {
      content: M,
      checkoutContent: M,
      customers: M,
      customersLogin: 'login',
      informationAndSettings: M,
      marketing: M,
      orders: M,
      orderTransactions: M,
      createPayments: 'create',
      getPaymentMethods: RO,
      products: M,
      themes: M,
      carts: M,
      checkouts: M,
      sitesAndRoutes: M,
      channelSettings: M,
      channelListings: M,
      ...storefrontTokenScopes,
    },
  },
  {
    name: 'dropstream',
    description: 'DropStream',
    storefrontTokens: false,
    fields: ['clientId', 'clientSecret'],
    needs: {
      content: M,
      checkoutContent: M,
      customers: RO,
      customersLogin: 'login',
      informationAndSettings: RO,
      orders: M,
      orderTransactions: M,
      getPaymentMethods: RO,
      storedPaymentInstruments: RO,
      products: RO,
      ...all(['carts', 'checkouts', 'sitesAndRoutes', 'channelSettings', 'channelListings', 'storeLogs'], RO),
      storeLocations: RO,
      storeInventory: M,
      fulfillmentMethods: RO,
      orderFulfillment: M,
    },
  },
  {
    name: 'sumtracker',
    description: 'Sumtracker',
    storefrontTokens: false,
    fields: ['clientId', 'clientSecret'],
    needs: {
      content: RO,
      customers: RO,
      informationAndSettings: RO,
      orders: RO,
      orderTransactions: RO,
      products: M,
      themes: RO,
      ...all(['carts', 'checkouts', 'sitesAndRoutes', 'channelSettings', 'channelListings', 'storeLogs'], RO),
      storeLocations: M,
      storeInventory: M,
      fulfillmentMethods: RO,
      orderFulfillment: RO,
    },
  },
  {
    name: 'akeneo',
    description: 'the Akeneo PIM app',
    storefrontTokens: false,
    needs: { products: M, channelSettings: M, channelListings: M },
  },
  {
    name: 'stitch',
    description: 'Stitch (the Singer tap-bigcommerce)',
    storefrontTokens: false,
    fields: ['clientId'],
    needs: { orders: RO, customers: RO, products: RO, marketing: RO },
    allowed: noModify(),
  },
];
