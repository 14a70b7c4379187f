/**
 * The OAuth scope string behind each scope key and level (BigCommerce docs: docs/start/authentication/api-accounts.mdx;
 * storeLogs from reference/store_logs.v3.yml), for messages and profile docs. test/published-schema.test.ts checks
 * that the schema's hover text names the same strings.
 */
/** The usual pair: `store_x_read_only` for read-only, `store_x` for modify. */
const readOnlyOrModify = (modify: string) => ({ 'read-only': `${modify}_read_only`, modify });

export const oauthScopes: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  content: readOnlyOrModify('store_v2_content'),
  checkoutContent: readOnlyOrModify('store_content_checkout'),
  customers: readOnlyOrModify('store_v2_customers'),
  customersLogin: { login: 'store_v2_customers_login' },
  informationAndSettings: readOnlyOrModify('store_v2_information'),
  marketing: readOnlyOrModify('store_v2_marketing'),
  orders: readOnlyOrModify('store_v2_orders'),
  orderTransactions: readOnlyOrModify('store_v2_transactions'),
  createPayments: { create: 'store_payments_access_token_create' },
  getPaymentMethods: { 'read-only': 'store_payments_methods_read' },
  storedPaymentInstruments: readOnlyOrModify('store_stored_payment_instruments'),
  products: readOnlyOrModify('store_v2_products'),
  themes: { 'read-only': 'store_themes_read_only', modify: 'store_themes_manage' },
  carts: readOnlyOrModify('store_cart'),
  checkouts: readOnlyOrModify('store_checkout'),
  sitesAndRoutes: readOnlyOrModify('store_sites'),
  channelSettings: readOnlyOrModify('store_channel_settings'),
  channelListings: readOnlyOrModify('store_channel_listings'),
  storefrontApiTokens: { manage: 'store_storefront_api' },
  storefrontApiCustomerImpersonationTokens: { manage: 'store_storefront_api_customer_impersonation' },
  storeLogs: { 'read-only': 'store_logs_read_only' },
  storeLocations: readOnlyOrModify('store_locations'),
  storeInventory: readOnlyOrModify('store_inventory'),
  fulfillmentMethods: { 'read-only': 'store_fulfillment_methods_read_only', modify: 'store_fulfillment_methods_manage' },
  orderFulfillment: { 'read-only': 'store_order_fulfillment_read_only', modify: 'store_order_fulfillment_manage' },
  metafieldOwnership: { manage: 'store_metafield_change_owner' },
  metafieldsAccess: { standard: 'store_metafield_write', full: 'store_metafield_write_all' },
  storeTranslations: readOnlyOrModify('store_translations'),
};
