import { setTimeout as sleep } from 'node:timers/promises';
import * as github from '@actions/github';
import { escapeLogText } from '../formatters/escape.js';

/** Bounds on the pull request files listing, so a slow, failing or hostile API cannot hang or flood the run. */
export const apiLimits = {
  /** GitHub lists at most 3,000 files of a pull request: 30 pages of 100. More `next` links are not followed. */
  maxPages: 30,
  perPage: 100,
  /** Per request, body included; BC_LINT_API_TIMEOUT_MS overrides it (for tests). */
  timeoutMs: 20_000,
  /** Tries per page, the first included, on 5xx, rate limits, timeouts and network errors. */
  maxAttempts: 3,
  /** Total wait between retries over the whole listing; a longer rate limit fails the step instead. */
  maxRetryWaitMs: 60_000,
  /** Backoff before the first retry of a 5xx, timeout or network error; doubled for the next. */
  backoffMs: 1_000,
};
/** The "list pull request files" endpoint returns at most this many files. */
export const apiFileLimit = apiLimits.maxPages * apiLimits.perPage;

export interface ChangedFile {
  filename: string;
  status: string;
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

/** The per-request timeout: BC_LINT_API_TIMEOUT_MS (milliseconds, for tests) or apiLimits.timeoutMs. */
export function apiTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.BC_LINT_API_TIMEOUT_MS);
  return Number.isInteger(value) && value > 0 ? value : apiLimits.timeoutMs;
}

/** A listing failure, with a message fit for one log line. */
class ApiError extends Error {}

/**
 * Every file of a pull request, page after page, from GITHUB_API_URL (GitHub Enterprise too): each request
 * times out, retries are bounded in count and total wait, at most apiLimits.maxPages pages are read, and
 * each page must be a JSON list of files.
 */
export const listPullRequestFiles: ListPullRequestFiles = async (token, repo, pullNumber) => {
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  const octokit = github.getOctokit(token, { baseUrl });
  const retries = { waitedMs: 0 };
  const files: ChangedFile[] = [];
  try {
    let next: string | undefined;
    for (let page = 1; page <= apiLimits.maxPages; page++) {
      const response = await withRetries(
        (signal) =>
          next === undefined
            ? octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
                ...repo,
                pull_number: pullNumber,
                per_page: apiLimits.perPage,
                request: { signal },
              })
            : octokit.request(`GET ${next}`, { request: { signal } }),
        retries,
      );
      files.push(...filesOfPage(response.data, page));
      next = nextPageUrl(response.headers.link, baseUrl);
      if (next === undefined) return { files, complete: true };
    }
    return { files, complete: false };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const hint = status === 403 || status === 404 ? ' only-changed needs the `pull-requests: read` permission for github-token.' : '';
    const why = error instanceof ApiError ? error.message : oneLine((error as Error).message);
    throw new Error(`cannot list the files of pull request #${pullNumber}: ${why}.${hint}`);
  }
};

/** Sends one request (a fresh timeout each try), retrying what may pass on a later try, within apiLimits. */
async function withRetries<T>(send: (signal: AbortSignal) => Promise<T>, retries: { waitedMs: number }): Promise<T> {
  const timeoutMs = apiTimeoutMs();
  for (let attempt = 1; ; attempt++) {
    const signal = AbortSignal.timeout(timeoutMs);
    let problem: { message: string; waitMs: number | undefined; status?: unknown };
    try {
      const result = await send(signal);
      // octokit reads a JSON body into text even when the timeout cut it short: that is a timeout too.
      if (!signal.aborted) return result;
      problem = { message: `no complete answer within ${timeoutMs} ms`, waitMs: backoff(attempt) };
    } catch (error) {
      problem = signal.aborted ? { message: `no answer within ${timeoutMs} ms`, waitMs: backoff(attempt) } : retryable(error, attempt);
    }
    const { message, waitMs } = problem;
    if (waitMs === undefined) throw Object.assign(new ApiError(message), { status: problem.status });
    if (attempt >= apiLimits.maxAttempts) throw new ApiError(`${message} (gave up after ${attempt} tries)`);
    if (retries.waitedMs + waitMs > apiLimits.maxRetryWaitMs) {
      throw new ApiError(`${message}; a retry would wait ${Math.ceil(waitMs / 1000)} s, more than the ${apiLimits.maxRetryWaitMs / 1000} s bc-lint waits in all`);
    }
    retries.waitedMs += waitMs;
    await sleep(waitMs);
  }
}

const backoff = (attempt: number) => apiLimits.backoffMs * 2 ** (attempt - 1);

/** Why a request failed, and how long to wait before trying again (undefined: do not retry). */
function retryable(error: unknown, attempt: number): { message: string; waitMs: number | undefined; status?: unknown } {
  const { status, response } = error as { status?: unknown; response?: { headers?: Record<string, string | undefined> } };
  const message = oneLine(error instanceof Error ? error.message : String(error));
  if (typeof status !== 'number') return { message, waitMs: undefined };
  const headers = response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const resetAt = Number(headers['x-ratelimit-reset']);
  const rateLimited = status === 429 || (status === 403 && (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0'));
  if (rateLimited) {
    const waitMs =
      Number.isFinite(retryAfter) && retryAfter >= 0
        ? retryAfter * 1000
        : Number.isFinite(resetAt)
          ? Math.max(1000, resetAt * 1000 - Date.now())
          : backoff(attempt);
    return { message: `rate limited (HTTP ${status}): ${message}`, waitMs, status };
  }
  // 5xx, and network errors, which octokit reports as a 500 without a response.
  if (status >= 500) return { message: response ? `HTTP ${status}: ${message}` : message, waitMs: backoff(attempt), status };
  return { message, waitMs: undefined, status };
}

/** The files of one page, or an ApiError when the page is not a JSON list of files. */
function filesOfPage(data: unknown, page: number): ChangedFile[] {
  if (typeof data === 'string' || data instanceof ArrayBuffer) throw new ApiError(`the API's answer (page ${page}) is not JSON`);
  if (!Array.isArray(data)) throw new ApiError(`the API's answer (page ${page}) is JSON but not a list of files`);
  return data.map((item: unknown, index) => {
    const { filename, status } = (typeof item === 'object' && item !== null ? item : {}) as { filename?: unknown; status?: unknown };
    if (typeof filename !== 'string' || typeof status !== 'string') {
      throw new ApiError(`the API's answer (page ${page}, item ${index + 1}) is not a file with a string filename and status`);
    }
    return { filename, status };
  });
}

/** The Link header's `next` page, which must stay on the API's origin (it is sent the token). */
function nextPageUrl(link: string | undefined, baseUrl: string): string | undefined {
  const next = /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
  if (next === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(next, baseUrl);
  } catch {
    throw new ApiError('the API\'s next-page link is not a URL');
  }
  if (url.origin !== new URL(baseUrl).origin) throw new ApiError(`the API's next-page link leaves ${new URL(baseUrl).origin}`);
  return url.href;
}

/** An error text as one short, inert log line: an API may answer with a whole HTML page. */
function oneLine(text: string, limit = 200): string {
  const line = escapeLogText(text.replace(/\s+/g, ' ').trim());
  return line.length > limit ? `${line.slice(0, limit)}…` : line;
}
