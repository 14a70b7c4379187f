import { setTimeout as sleep } from 'node:timers/promises';
import * as github from '@actions/github';
import { escapeLogText } from '../formatters/escape.js';

/** Bounds on every GitHub API call of the Action, so a slow, failing or hostile API cannot hang or flood the run. */
export const apiLimits = {
  /** GitHub lists at most 3,000 files of a pull request: 30 pages of 100. More `next` links are not followed. */
  maxPages: 30,
  perPage: 100,
  /** Per request, body included; BC_LINT_API_TIMEOUT_MS overrides it (for tests). */
  timeoutMs: 20_000,
  /** Tries per request, the first included, on 5xx, rate limits, timeouts and network errors. */
  maxAttempts: 3,
  /** Total wait between retries over one task (a listing, the suggestions); a longer rate limit fails it instead. */
  maxRetryWaitMs: 60_000,
  /** Backoff before the first retry of a 5xx, timeout or network error; doubled for the next. */
  backoffMs: 1_000,
};

/** The per-request timeout: BC_LINT_API_TIMEOUT_MS (milliseconds, for tests) or apiLimits.timeoutMs. */
function apiTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.BC_LINT_API_TIMEOUT_MS);
  return Number.isInteger(value) && value > 0 ? value : apiLimits.timeoutMs;
}

/** An API failure, with a message fit for one log line, and the HTTP status when there was one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

type Octokit = ReturnType<typeof github.getOctokit>;

/** A client for GITHUB_API_URL (GitHub Enterprise too), and the retry budget its requests share. */
export interface ApiClient {
  octokit: Octokit;
  baseUrl: string;
  retries: { waitedMs: number };
}

export function apiClient(token: string): ApiClient {
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  return { octokit: github.getOctokit(token, { baseUrl }), baseUrl, retries: { waitedMs: 0 } };
}

export interface RetryOptions {
  /**
   * False for a request that must not be sent twice when its fate is unknown (a POST that timed out or lost its
   * connection may have been carried out): then only rate limits and 5xx answers are retried.
   */
  idempotent?: boolean;
}

/** Sends one request (a fresh timeout each try), retrying what may pass on a later try, within apiLimits. */
export async function withRetries<T>(
  send: (signal: AbortSignal) => Promise<T>,
  retries: { waitedMs: number },
  { idempotent = true }: RetryOptions = {},
): Promise<T> {
  const timeoutMs = apiTimeoutMs();
  for (let attempt = 1; ; attempt++) {
    const signal = AbortSignal.timeout(timeoutMs);
    let problem: { message: string; waitMs: number | undefined; status?: number | undefined };
    try {
      const result = await send(signal);
      // octokit reads a JSON body into text even when the timeout cut it short: that is a timeout too.
      if (!signal.aborted) return result;
      problem = { message: `no complete answer within ${timeoutMs} ms`, waitMs: idempotent ? backoff(attempt) : undefined };
    } catch (error) {
      problem = signal.aborted
        ? { message: `no answer within ${timeoutMs} ms`, waitMs: idempotent ? backoff(attempt) : undefined }
        : retryable(error, attempt, idempotent);
    }
    const { message, waitMs } = problem;
    if (waitMs === undefined) throw new ApiError(message, problem.status);
    // Given up on what was worth a retry: a rate limit or a 5xx, no status a permission hint should read.
    if (attempt >= apiLimits.maxAttempts) throw new ApiError(`${message} (gave up after ${attempt} tries)`);
    if (retries.waitedMs + waitMs > apiLimits.maxRetryWaitMs) {
      throw new ApiError(
        `${message}; a retry would wait ${Math.ceil(waitMs / 1000)} s, more than the ${apiLimits.maxRetryWaitMs / 1000} s bc-lint waits in all`,
      );
    }
    retries.waitedMs += waitMs;
    await sleep(waitMs);
  }
}

const backoff = (attempt: number) => apiLimits.backoffMs * 2 ** (attempt - 1);

/** Why a request failed, and how long to wait before trying again (undefined: do not retry). */
function retryable(error: unknown, attempt: number, idempotent: boolean): { message: string; waitMs: number | undefined; status?: number } {
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
  // 5xx, and network errors, which octokit reports as a 500 without a response: a lost connection leaves a
  // request's fate unknown, so only an idempotent one is sent again.
  if (status >= 500) {
    return { message: response ? `HTTP ${status}: ${message}` : message, waitMs: response || idempotent ? backoff(attempt) : undefined, status };
  }
  return { message, waitMs: undefined, status };
}

/**
 * Every item of a paginated GET, page after page: at most apiLimits.maxPages pages, each checked by itemsOfPage
 * (which throws an ApiError for a page of the wrong shape). Not complete when the API still had a `next` page.
 */
export async function listPages<T>(
  client: ApiClient,
  route: string,
  parameters: Record<string, unknown>,
  itemsOfPage: (data: unknown, page: number) => T[],
): Promise<{ items: T[]; complete: boolean }> {
  const { octokit, baseUrl, retries } = client;
  const items: T[] = [];
  let next: string | undefined;
  for (let page = 1; page <= apiLimits.maxPages; page++) {
    const response = await withRetries(
      (signal) =>
        next === undefined
          ? octokit.request(route, { ...parameters, per_page: apiLimits.perPage, request: { signal } })
          : octokit.request(`GET ${next}`, { request: { signal } }),
      retries,
    );
    items.push(...itemsOfPage(response.data, page));
    next = nextPageUrl(response.headers.link, baseUrl);
    if (next === undefined) return { items, complete: true };
  }
  return { items, complete: false };
}

/** A page's data as a JSON list, or an ApiError naming what it should have been. */
export function listOfPage(data: unknown, page: number, what: string): unknown[] {
  if (typeof data === 'string' || data instanceof ArrayBuffer) throw new ApiError(`the API's answer (page ${page}) is not JSON`);
  if (!Array.isArray(data)) throw new ApiError(`the API's answer (page ${page}) is JSON but not a list of ${what}`);
  return data;
}

/** The Link header's `next` page, which must stay on the API's origin (it is sent the token). */
function nextPageUrl(link: string | undefined, baseUrl: string): string | undefined {
  const next = /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
  if (next === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(next, baseUrl);
  } catch {
    throw new ApiError("the API's next-page link is not a URL");
  }
  if (url.origin !== new URL(baseUrl).origin) throw new ApiError(`the API's next-page link leaves ${new URL(baseUrl).origin}`);
  return url.href;
}

/** An API failure as one short, inert log line: an API may answer with a whole HTML page. */
export function apiErrorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : oneLine(error instanceof Error ? error.message : String(error));
}

/** The HTTP status of an API failure, when it had one. */
export function apiErrorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** Text as one short, inert log line. */
function oneLine(text: string, limit = 200): string {
  const line = escapeLogText(text.replace(/\s+/g, ' ').trim());
  return line.length > limit ? `${line.slice(0, limit)}…` : line;
}
