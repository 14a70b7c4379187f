import { apiPathFormat } from './api-path-format.js';
import { clientIdFormat } from './client-id-format.js';
import { clientIdReuse } from './client-id-reuse.js';
import { customerLoginNeedsSecret } from './customer-login-needs-secret.js';
import { excessScopes } from './excess-scopes.js';
import { integrationRequirements } from './integration-requirements.js';
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
 * Domain rules in precedence order: when two report on the same value, the earlier one's finding is kept
 * (one problem, one finding).
 */
export const domainRules: readonly Rule[] = [
  noTokenAuth,
  placeholderValue,
  storeHashFormat,
  subdomainFormat,
  apiPathFormat,
  clientIdFormat,
  storefrontScopesManage,
  customerLoginNeedsSecret,
  noPlaintextSecret,
  secretReferenceFormat,
  tokenType,
  integrationRequirements,
  excessScopes,
  clientIdReuse,
];

/** Every rule's metadata, in the contract's order. */
export const allRuleMetas: readonly RuleMeta[] = [yamlSyntaxMeta, schemaMeta, ...domainRules.map((rule) => rule.meta)];

export const ruleMetaById: ReadonlyMap<string, RuleMeta> = new Map(allRuleMetas.map((meta) => [meta.id, meta]));
