import { existsSync } from 'node:fs';
import path from 'node:path';
import { discoverTargets, type LintTarget } from '../files/discover.js';
import { repoRelativePath } from '../formatters/relative-path.js';
import type { ActionInputs } from './inputs.js';
import { apiLimits } from './github-api.js';
import { apiFileLimit, listPullRequestFiles, type EventContext, type ListPullRequestFiles, type PullRequestFiles } from './pull-request-files.js';

export { listPullRequestFiles, type ListPullRequestFiles, type PullRequestFiles };

export const pullRequestEvents = ['pull_request', 'pull_request_target'];

/** What the run lints and why. */
export interface Selection {
  /** Paths for runLint; with `everything`, empty means every connection file in the workspace. */
  targets: string[];
  /**
   * Without `everything`: the targets as discovery resolved them, for runLint, so a changed credential file (rule
   * no-committed-credentials) is checked as a search finds it, by its content, not linted as a named file.
   */
  resolved: LintTarget[];
  /** False when only-changed picked the targets: then no targets means nothing to lint. */
  everything: boolean;
  /** One line for the log and the summary. */
  reason: string;
  /** Changed files left out, by why (repository-relative). */
  skipped: { removed: string[]; missing: string[]; notLintable: string[] };
}

export async function selectTargets(
  inputs: ActionInputs,
  workspace: string,
  context: EventContext,
  listFiles: ListPullRequestFiles = listPullRequestFiles,
): Promise<Selection> {
  const everything = inputs.files.length > 0 ? `the files input (${inputs.files.join(', ')})` : 'every connection file in the workspace';
  const all = (why: string): Selection => ({
    targets: inputs.files,
    everything: true,
    resolved: [],
    reason: `${why}: linting ${everything}.`,
    skipped: { removed: [], missing: [], notLintable: [] },
  });
  if (!inputs.onlyChanged) return all('only-changed is off');
  if (!pullRequestEvents.includes(context.eventName)) {
    return all(`only-changed is on, but this ${context.eventName || 'unknown'} event is not a pull request`);
  }
  const pullRequest = context.payload.pull_request;
  if (typeof pullRequest?.number !== 'number') throw new Error(`the ${context.eventName} event payload has no pull_request.number`);
  if ((pullRequest.changed_files ?? 0) > apiFileLimit) {
    return all(`pull request #${pullRequest.number} changes more than ${apiFileLimit} files, more than the API lists`);
  }
  if (!inputs.githubToken) throw new Error("only-changed needs the github-token input to list the pull request's files");

  const listing = await listFiles(inputs.githubToken, context.repo, pullRequest.number);
  if (!listing.complete) {
    return all(
      `only-changed: pull request #${pullRequest.number} lists more files than the API's limit of ${apiFileLimit} ` +
        `(stopped after ${apiLimits.maxPages} pages), so only-changed cannot tell what changed`,
    );
  }
  const changed = listing.files;
  // What a full run would lint (discovery or the files input), credential files included: only-changed narrows
  // it to the PR's files.
  const lintable = new Map((await discoverTargets(inputs.files, workspace)).map((target) => [target.file, target]));
  const selection: Selection = { targets: [], everything: false, resolved: [], reason: '', skipped: { removed: [], missing: [], notLintable: [] } };
  for (const file of changed) {
    const absolute = path.resolve(workspace, file.filename);
    const shown = repoRelativePath(absolute, workspace);
    if (file.status === 'removed') selection.skipped.removed.push(shown);
    else if (!existsSync(absolute)) selection.skipped.missing.push(shown);
    else if (!lintable.has(absolute)) selection.skipped.notLintable.push(shown);
    else {
      selection.targets.push(absolute);
      selection.resolved.push(lintable.get(absolute)!);
    }
  }
  const withCredentials = selection.resolved.some((target) => target.credential === 'found') ? ' and credential files' : '';
  const kind = inputs.files.length > 0 ? 'files matched by the files input' : `connection files${withCredentials}`;
  selection.reason =
    `only-changed: pull request #${pullRequest.number} changes ${changed.length} file${changed.length === 1 ? '' : 's'}; ` +
    `linting ${selection.targets.length} of them, the ${kind} that still exist.`;
  return selection;
}
