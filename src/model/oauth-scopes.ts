/**
 * The OAuth scope string behind each scope key and level (BigCommerce docs: docs/start/authentication/api-accounts.mdx;
 * storeLogs from reference/store_logs.v3.yml), for messages and profile docs. test/published-schema.test.ts checks
 * that the schema's hover text names the same strings.
 */
export const oauthScopes: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  content: { 'read-only': 'store_v2_content_read_only', modify: 'store_v2_content' },
  checkoutContent: { 'read-only': 'store_content_checkout_read_only', modify: 'store_content_checkout' },
  customers: { 'read-only': 'store_v2_customers_read_only', modify: 'store_v2_customers' },
  customersLogin: { login: 'store_v2_customers_login' },
  informationAndSettings: { 'read-only': 'store_v2_information_read_only', modify: 'store_v2_information' },
  marketing: { 'read-only': 'store_v2_marketing_read_only', modify: 'store_v2_marketing' },
  orders: { 'read-only': 'store_v2_orders_read_only', modify: 'store_v2_orders' },
  orderTransactions: { 'read-only': 'store_v2_transactions_read_only', modify: 'store_v2_transactions' },
  createPayments: { create: 'store_payments_access_token_create' },
  getPaymentMethods: { 'read-only': 'store_payments_methods_read' },
  storedPaymentInstruments: { 'read-only': 'store_stored_payment_instruments_read_only', modify: 'store_stored_payment_instruments' },
  products: { 'read-only': 'store_v2_products_read_only', modify: 'store_v2_products' },
  themes: { 'read-only': 'store_themes_read_only', modify: 'store_themes_manage' },
  carts: { 'read-only': 'store_cart_read_only', modify: 'store_cart' },
  checkouts: { 'read-only': 'store_checkout_read_only', modify: 'store_checkout' },
  sitesAndRoutes: { 'read-only': 'store_sites_read_only', modify: 'store_sites' },
  channelSettings: { 'read-only': 'store_channel_settings_read_only', modify: 'store_channel_settings' },
  channelListings: { 'read-only': 'store_channel_listings_read_only', modify: 'store_channel_listings' },
  storefrontApiTokens: { manage: 'store_storefront_api' },
  storefrontApiCustomerImpersonationTokens: { manage: 'store_storefront_api_customer_impersonation' },
  storeLogs: { 'read-only': 'store_logs_read_only' },
  storeLocations: { 'read-only': 'store_locations_read_only', modify: 'store_locations' },
  storeInventory: { 'read-only': 'store_inventory_read_only', modify: 'store_inventory' },
  fulfillmentMethods: { 'read-only': 'store_fulfillment_methods_read_only', modify: 'store_fulfillment_methods_manage' },
  orderFulfillment: { 'read-only': 'store_order_fulfillment_read_only', modify: 'store_order_fulfillment_manage' },
  metafieldOwnership: { manage: 'store_metafield_change_owner' },
  metafieldsAccess: { standard: 'store_metafield_write', full: 'store_metafield_write_all' },
  storeTranslations: { 'read-only': 'store_translations_read_only', modify: 'store_translations' },
};
