import type { Severity } from './types.js';

/** What every rule declares about itself: read by the rules table, the formatters, the docs and the API. */
export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line, for `bc-lint rules`, SARIF shortDescription and the README. */
  description: string;
  /** A paragraph: what the rule reports and the BigCommerce fact behind it. */
  docs: string;
  fixable: boolean;
  /**
   * Set on rules whose findings are security weaknesses: the CWE they are an instance of and a CVSS-like score
   * (0.0 to 10.0) that code scanning shows as the alert's security severity.
   */
  security?: { cwe: number; severity: number };
}
