import type { FileReport } from '../model/types.js';
import type { RuleMeta } from '../model/rule-meta.js';

/** A rule's metadata as formatters see it: the rule's own meta plus where its documentation lives. */
export interface FormatRule extends RuleMeta {
  docsUrl: string;
}

/**
 * Everything a formatter may know besides the results, built once by the caller (CLI, API, Action) so that
 * formatters stay pure: they read no file and name no rule.
 */
export interface FormatContext {
  /** Folder that printed paths are relative to. */
  cwd: string;
  color: boolean;
  /** The metadata of every rule in play, in the contract's order. */
  rules: readonly FormatRule[];
  /**
   * The git repository's root folder (the nearest folder above cwd holding `.git`), for files outside cwd that
   * code scanning and GitLab must still place; undefined outside a repository.
   */
  repositoryRoot: string | undefined;
  /**
   * SARIF's run.automationDetails: `bc-lint/` (the code-scanning category) on GitHub and elsewhere; in an Azure
   * DevOps pipeline, the pipeline's build identity that GitHub Advanced Security for Azure DevOps requires.
   */
  automation: { id: string; properties?: Readonly<Record<string, string>> };
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
