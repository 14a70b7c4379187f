import { secretFields } from '../model/secrets.js';
import { isMapping, type Rule } from './rule.js';

export const customerLoginNeedsSecret: Rule = {
  meta: {
    id: 'customer-login-needs-secret',
    defaultSeverity: 'warning',
    description: '`scopes.customersLogin: login` without a `clientSecret`: Customer Login JWTs are signed with the client secret.',
    docs:
      'The Customers login scope (store_v2_customers_login) lets an integration log shoppers in through Customer Login ' +
      "(single sign-on). Its JWTs are signed with the API account's client secret, so a connection granted " +
      '`customersLogin: login` is used together with its `clientSecret`: the Client Secret shown when the API account ' +
      'was created (Settings > API > Store-level API accounts), written as a reference such as ' +
      '${BIGCOMMERCE_CLIENT_SECRET}. Without it the scope cannot be used; either add the secret or create the account ' +
      'without the scope.',
    fixable: false,
  },
  check({ connection, report }) {
    const scopes = connection.scopes;
    if (!isMapping(scopes) || scopes.customersLogin !== 'login') return;
    if (connection.clientSecret !== undefined && connection.clientSecret !== null) return;
    report({
      path: ['scopes', 'customersLogin'],
      message:
        '`customersLogin: login` (store_v2_customers_login) is granted but the connection has no `clientSecret`: Customer Login ' +
        "JWTs are signed with the API account's client secret. Add `clientSecret: " +
        `${secretFields.clientSecret}\` (the Client Secret shown when the API account was created, Settings > API > ` +
        'Store-level API accounts), or drop the scope.',
    });
  },
};
