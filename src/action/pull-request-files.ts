// The pull request's files, listed through the bounded, retrying GitHub API client (github-api.ts).
import { apiClient, ApiError, apiErrorMessage, apiErrorStatus, apiLimits, listOfPage, listPages } from './github-api.js';

/** The "list pull request files" endpoint returns at most this many files. */
export const apiFileLimit = apiLimits.maxPages * apiLimits.perPage;

interface ChangedFile {
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
