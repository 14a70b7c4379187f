import type { Severity } from './types.js';

/** What a rule is, as data: the rules declare it, the formatters and the API read it. */
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
