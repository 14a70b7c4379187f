import { isSecretField, secretFields } from './secrets.js';
import type { IntegrationProfile } from './integration-profile.js';
import { scopeKeys, storefrontTokenScopes } from './scopes.js';

/**
 * Starter connections: what `bc-lint init` writes and what the schema's defaultSnippets insert, both built from the
 * integration profiles. They are schema-valid and give the profile every scope it needs; the values to fill in
 * are placeholders that `placeholder-value` reports until they are replaced (contract v2), so a forgotten one
 * never passes.
 */

/** Values a user must replace: a placeholder from placeholder-value's list and where the real value is. */
export const placeholders: Readonly<Record<string, { value: string; hint: string }>> = {
  storeHash: {
    value: 'yourstorehash',
    hint: 'REPLACE with your store hash: from the API path https://api.bigcommerce.com/stores/{store_hash}/v3/ shown when the API account was created',
  },
  subdomain: { value: 'yoursubdomain', hint: 'REPLACE with your storefront label: acme for https://acme.mybigcommerce.com' },
  clientId: {
    value: 'yourclientid',
    hint: 'REPLACE with the Client ID shown when the API account was saved (Settings > API > Store-level API accounts)',
  },
  apiPath: {
    value: 'https://api.bigcommerce.com/stores/yourstorehash/v3/',
    hint: 'REPLACE with the API path shown when the API account was saved (yourstorehash is your store hash)',
  },
};

export type StarterConnection = Record<string, string | Record<string, string>>;

/** A connection that gives the profile (or, without one, a custom connection) everything it needs. */
export function starterConnection(profile?: IntegrationProfile): StarterConnection {
  const authType = profile?.authType ?? 'custom';
  const connection: StarterConnection = {
    name: profile ? `My store (${profile.name})` : 'My store',
    storeHash: placeholders.storeHash!.value,
  };
  for (const field of profile?.fields ?? []) {
    if (isSecretField(field)) {
      connection[field] = secretFields[field];
      continue;
    }
    const placeholder = placeholders[field];
    if (!placeholder) throw new Error(`no placeholder for the field "${field}" of integration ${profile!.name}`);
    connection[field] = placeholder.value;
  }
  // Customer Login JWTs are signed with the client secret: a profile that logs shoppers in gets it too.
  if (profile?.needs.customersLogin === 'login') connection.clientSecret ??= secretFields.clientSecret;
  connection.authType = authType;
  connection.accessToken = secretFields.accessToken;
  if (profile) connection.integration = profile.name;
  if (authType === 'custom') connection.scopes = starterScopes(profile);
  return connection;
}

/** The profile's needs, plus both storefront-token scopes at manage when it mints storefront tokens; in control-panel order. */
function starterScopes(profile: IntegrationProfile | undefined): Record<string, string> {
  const wanted: Record<string, string> = { ...profile?.needs };
  if (profile?.storefrontTokens ?? true) {
    for (const scope of Object.keys(storefrontTokenScopes)) wanted[scope] = 'manage';
  }
  return Object.fromEntries(scopeKeys.filter((key) => Object.hasOwn(wanted, key)).map((key) => [key, wanted[key]!]));
}

export interface DefaultSnippet {
  label: string;
  description: string;
  body: Record<string, unknown>;
}

/**
 * The schema's defaultSnippet for a profile: the starter connection in snippet syntax, with tab stops on the
 * values to replace and `$` escaped so that secret references arrive as written.
 */
export function starterSnippet(profile?: IntegrationProfile): DefaultSnippet {
  const connection = starterConnection(profile);
  let tabStop = 1;
  const toSnippet = (key: string, value: unknown): unknown => {
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toSnippet(k, v)]));
    }
    const text = String(value).replace(/[\\$}]/g, '\\$&');
    return key === 'name' || Object.hasOwn(placeholders, key) ? `\${${tabStop++}:${text}}` : text;
  };
  return {
    label: profile ? `New connection: ${profile.name}` : 'New connection',
    description: profile
      ? `A connection for ${profile.description} with the scopes it needs (integration: ${profile.name}).`
      : 'A custom connection: a store-level API account with both storefront-token scopes at manage.',
    body: toSnippet('', connection) as Record<string, unknown>,
  };
}
