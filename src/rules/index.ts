import { apiPathFormat } from './api-path-format.js';
import { excessScopes } from './excess-scopes.js';
import { integrationRequirements } from './integration-requirements.js';
import { noCommittedCredentialsMeta } from './no-committed-credentials.js';
import { noPlaintextSecret } from './no-plaintext-secret.js';
import { noTokenAuth } from './no-token-auth.js';
import type { Rule, RuleMeta } from './rule.js';
import { schemaMeta } from './schema.js';
import { storeHashFormat } from './store-hash-format.js';
import { storefrontScopesManage } from './storefront-scopes-manage.js';
import { subdomainFormat } from './subdomain-format.js';
import { tokenType } from './token-type.js';
import { yamlSyntaxMeta } from './yaml-syntax.js';

/**
 * Domain rules in precedence order: when two report on the same value, the earlier one's finding is kept
 * (one problem, one finding).
 */
export const domainRules: readonly Rule[] = [
  noTokenAuth,
  storeHashFormat,
  subdomainFormat,
  apiPathFormat,
  storefrontScopesManage,
  noPlaintextSecret,
  tokenType,
  integrationRequirements,
  excessScopes,
];

/** Every rule's metadata, in the contract's order; no-committed-credentials runs on credential files (src/credentials). */
export const allRuleMetas: readonly RuleMeta[] = [yamlSyntaxMeta, schemaMeta, ...domainRules.map((rule) => rule.meta), noCommittedCredentialsMeta];

export const ruleMetaById: ReadonlyMap<string, RuleMeta> = new Map(allRuleMetas.map((meta) => [meta.id, meta]));
