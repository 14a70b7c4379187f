import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveTargets } from '../files/discover.js';
import { repoRelativePath } from '../formatters/relative-path.js';
import { apiClient, ApiError, apiErrorMessage, apiErrorStatus, apiLimits, listOfPage, listPages } from './github-api.js';
import type { ActionInputs } from './inputs.js';

export const pullRequestEvents = ['pull_request', 'pull_request_target'];

/** The "list pull request files" endpoint returns at most this many files. */
const apiFileLimit = apiLimits.maxPages * apiLimits.perPage;

export interface ChangedFile {
  filename: string;
  status: string;
  /** The unified diff of the file's hunks; GitHub leaves it out for binary files and very large diffs. */
  patch?: string;
}

/** The pull request's files; not complete when the API still had a `next` page after the page limit. */
export interface PullRequestFiles {
  files: ChangedFile[];
  complete: boolean;
}

/** What the run lints and why. */
export interface Selection {
  /** Paths for runLint; with `everything`, empty means every connection file in the workspace. */
  targets: string[];
  /** False when only-changed picked the targets: then no targets means nothing to lint. */
  everything: boolean;
  /** One line for the log and the summary. */
  reason: string;
  /** Changed files left out, by why (repository-relative). */
  skipped: { removed: string[]; missing: string[]; notLintable: string[] };
}

/** The parts of @actions/github's context the selection reads. */
export interface EventContext {
  eventName: string;
  payload: { pull_request?: { number?: number; changed_files?: number } };
  repo: { owner: string; repo: string };
}

export type ListPullRequestFiles = (token: string, repo: EventContext['repo'], pullNumber: number) => Promise<PullRequestFiles>;

/**
 * Every file of a pull request, page after page, from GITHUB_API_URL (GitHub Enterprise too), within apiLimits;
 * each page must be a JSON list of files.
 */
export const listPullRequestFiles: ListPullRequestFiles = async (token, repo, pullNumber) => {
  try {
    const { items, complete } = await listPages(
      apiClient(token),
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
      { ...repo, pull_number: pullNumber },
      filesOfPage,
    );
    return { files: items, complete };
  } catch (error) {
    const status = apiErrorStatus(error);
    const hint = status === 403 || status === 404 ? ' only-changed needs the `pull-requests: read` permission for github-token.' : '';
    throw new ApiError(`cannot list the files of pull request #${pullNumber}: ${apiErrorMessage(error)}.${hint}`, status);
  }
};

/** The files of one page, or an ApiError when the page is not a JSON list of files. */
function filesOfPage(data: unknown, page: number): ChangedFile[] {
  return listOfPage(data, page, 'files').map((item: unknown, index) => {
    const { filename, status, patch } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof filename !== 'string' || typeof status !== 'string' || (patch !== undefined && patch !== null && typeof patch !== 'string')) {
      throw new ApiError(`the API's answer (page ${page}, item ${index + 1}) is not a file with a string filename and status`);
    }
    return { filename, status, ...(typeof patch === 'string' ? { patch } : {}) };
  });
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
  if (!inputs.githubToken) throw new Error('only-changed needs the github-token input to list the pull request\'s files');

  const listing = await listFiles(inputs.githubToken, context.repo, pullRequest.number);
  if (!listing.complete) {
    return all(
      `only-changed: pull request #${pullRequest.number} lists more files than the API's limit of ${apiFileLimit} ` +
        `(stopped after ${apiLimits.maxPages} pages), so only-changed cannot tell what changed`,
    );
  }
  const changed = listing.files;
  // What a full run would lint (discovery or the files input): only-changed narrows it to the PR's files.
  const lintable = new Set(await resolveTargets(inputs.files, workspace));
  const selection: Selection = { targets: [], everything: false, reason: '', skipped: { removed: [], missing: [], notLintable: [] } };
  for (const file of changed) {
    const absolute = path.resolve(workspace, file.filename);
    const shown = repoRelativePath(absolute, workspace);
    if (file.status === 'removed') selection.skipped.removed.push(shown);
    else if (!existsSync(absolute)) selection.skipped.missing.push(shown);
    else if (!lintable.has(absolute)) selection.skipped.notLintable.push(shown);
    else selection.targets.push(absolute);
  }
  const kind = inputs.files.length > 0 ? 'files matched by the files input' : 'connection files';
  selection.reason =
    `only-changed: pull request #${pullRequest.number} changes ${changed.length} file${changed.length === 1 ? '' : 's'}; ` +
    `linting ${selection.targets.length} of them, the ${kind} that still exist.`;
  return selection;
}
