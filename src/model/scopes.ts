import { schemaFacts } from '../generated/schema-facts.js';

/** Scope keys and their levels, lowest first, as the published schema lists them. */
export const scopeLevels: Readonly<Record<string, readonly string[]>> = schemaFacts.scopeLevels;

export const scopeKeys: readonly string[] = Object.keys(scopeLevels);

export function isScopeKey(key: string): boolean {
  return Object.hasOwn(scopeLevels, key);
}

/** Position of a level in its scope's order (none < read-only < modify), or -1 when the scope does not offer it. */
export function levelRank(scope: string, level: unknown): number {
  const levels = scopeLevels[scope];
  return levels && typeof level === 'string' ? levels.indexOf(level) : -1;
}

/** The level a scope has when it is left out: `none`, or `standard` for metafieldsAccess. */
export function lowestLevel(scope: string): string {
  return scopeLevels[scope]?.[0] ?? 'none';
}

/** The two scopes an integration needs at manage to mint storefront tokens: their control-panel row and OAuth scope. */
export const storefrontTokenScopes = {
  storefrontApiTokens: { row: 'Storefront API tokens', oauth: 'store_storefront_api' },
  storefrontApiCustomerImpersonationTokens: {
    row: 'Storefront API customer impersonation tokens',
    oauth: 'store_storefront_api_customer_impersonation',
  },
} as const;
