import { apiPathFormat } from './api-path-format.js';
import { clientIdFormat } from './client-id-format.js';
import { clientIdReuse } from './client-id-reuse.js';
import { customerLoginNeedsSecret } from './customer-login-needs-secret.js';
import { excessScopes } from './excess-scopes.js';
import { integrationRequirements } from './integration-requirements.js';
import { noCommittedCredentialsMeta } from './no-committed-credentials.js';
import { noPlaintextSecret } from './no-plaintext-secret.js';
import { noTokenAuth } from './no-token-auth.js';
import { placeholderValue } from './placeholder-value.js';
import type { Rule, RuleMeta } from './rule.js';
import { schemaMeta } from './schema.js';
import { secretReferenceFormat } from './secret-reference-format.js';
import { storeHashFormat } from './store-hash-format.js';
import { storefrontScopesManage } from './storefront-scopes-manage.js';
import { subdomainFormat } from './subdomain-format.js';
import { tokenType } from './token-type.js';
import { yamlSyntaxMeta } from './yaml-syntax.js';

/**
 * Domain rules in the contract's rules-table order, which is also the ownership order (contract v2, "One problem,
 * one finding"): the first rule to report a value owns it, and no later rule nor the schema reports that value,
 * whatever the severities and even when the owner is turned off. yaml-syntax comes first and schema after these.
 */
export const domainRules: readonly Rule[] = [
  noPlaintextSecret,
  secretReferenceFormat,
  placeholderValue,
  storeHashFormat,
  subdomainFormat,
  apiPathFormat,
  clientIdFormat,
  tokenType,
  noTokenAuth,
  storefrontScopesManage,
  customerLoginNeedsSecret,
  integrationRequirements,
  excessScopes,
  clientIdReuse,
];

/** Every rule's metadata, in the contract's order; no-committed-credentials runs on credential files (src/credentials). */
export const allRuleMetas: readonly RuleMeta[] = [yamlSyntaxMeta, ...domainRules.map((rule) => rule.meta), schemaMeta, noCommittedCredentialsMeta];

export const ruleMetaById: ReadonlyMap<string, RuleMeta> = new Map(allRuleMetas.map((meta) => [meta.id, meta]));
