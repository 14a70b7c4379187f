/** What an integrator needs from a connection: the shape of a built-in profile and of a project config's own. */
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
