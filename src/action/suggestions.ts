import * as core from '@actions/core';
import { escapeLogText } from '../formatters/escape.js';
import type { Redactor } from '../model/redaction.js';
import type { FileReport } from '../model/types.js';
import { pullRequestEvents, type ListPullRequestFiles } from './changed-files.js';
import { rightSideLines } from './diff-hunks.js';
import { apiClient, ApiError, apiErrorMessage, apiErrorStatus, listOfPage, listPages, withRetries, type ApiClient } from './github-api.js';
import { readMarker, resolvedBody } from './suggestion-comments.js';
import { inDiff, planSuggestions, type Suggestion } from './suggestions-plan.js';

/** The parts of @actions/github's context the suggestions read. */
interface SuggestionContext {
  eventName: string;
  payload: {
    pull_request?: {
      number?: number;
      head?: { sha?: string; repo?: { full_name?: string } | null };
      base?: { repo?: { full_name?: string } };
    };
  };
  repo: { owner: string; repo: string };
}

export interface SuggestionRequest {
  reports: readonly FileReport[];
  redactor: Redactor;
  workspace: string;
  context: SuggestionContext;
  token: string;
  /** The pull request's files, shared with only-changed so they are listed once. */
  listFiles: ListPullRequestFiles;
}

/** A bc-lint review comment already on the pull request, still open (not marked resolved). */
interface OpenComment {
  id: number;
  path: string;
  marker: string;
}

const title = 'bc-lint suggestions';

/**
 * The `suggestions` input: one pull request review with a suggested change per fixable finding on a line the pull
 * request changed, earlier bc-lint comments found by their marker and left (finding still there) or edited to say
 * they are resolved (finding gone). Never fails the step: whatever goes wrong becomes a notice, and the
 * annotations and job summary stand.
 */
export async function postSuggestions(request: SuggestionRequest): Promise<void> {
  const { context } = request;
  if (!pullRequestEvents.includes(context.eventName)) {
    core.info(`suggestions: not posted, since this ${escapeLogText(context.eventName || 'unknown')} event is not a pull request.`);
    return;
  }
  const pullRequest = context.payload.pull_request;
  const headSha = pullRequest?.head?.sha;
  if (typeof pullRequest?.number !== 'number' || typeof headSha !== 'string' || !/^[0-9a-f]{40}$/.test(headSha)) {
    core.notice(`Suggestions were not posted: the ${escapeLogText(context.eventName)} event payload has no pull request number and head commit.`, { title });
    return;
  }
  const base = pullRequest.base?.repo?.full_name;
  if (!pullRequest.head?.repo || pullRequest.head.repo.full_name !== base) {
    core.notice(
      'Suggestions are not posted on a pull request from a fork: its token cannot write to the pull request. ' +
        'The annotations and the job summary show every finding.',
      { title },
    );
    return;
  }
  if (!request.token) {
    core.notice('Suggestions were not posted: the github-token input is empty.', { title });
    return;
  }
  try {
    await suggest(request, pullRequest.number, headSha);
  } catch (error) {
    const status = apiErrorStatus(error);
    const hint = status === 403 || status === 404 ? ' Suggestions need the `pull-requests: write` permission for github-token.' : '';
    core.notice(`Suggestions were not posted: ${apiErrorMessage(error).replace(/\.$/, '')}.${hint} The annotations and the job summary show every finding.`, {
      title,
    });
  }
}

async function suggest(request: SuggestionRequest, pullNumber: number, headSha: string): Promise<void> {
  const { reports, redactor, workspace, context, token } = request;
  const plan = planSuggestions(reports, redactor, workspace);
  const client = apiClient(token);

  let candidates: Suggestion[] = [];
  if (plan.suggestions.length > 0) {
    const listing = await request.listFiles(token, context.repo, pullNumber);
    const patches = new Map(listing.files.flatMap((file) => (file.patch === undefined ? [] : [[file.filename, file.patch] as const])));
    const diffs = new Map<string, ReturnType<typeof rightSideLines>>();
    candidates = plan.suggestions.filter((suggestion) => {
      const patch = patches.get(suggestion.path);
      if (patch === undefined) return false; // not in the pull request, or binary or too large to show a diff
      if (!diffs.has(suggestion.path)) diffs.set(suggestion.path, rightSideLines(patch));
      return inDiff(suggestion, diffs.get(suggestion.path)!);
    });
  }

  const open = await listOpenComments(client, context.repo, pullNumber);
  const openMarkers = new Set(open.map((comment) => comment.marker));
  const fresh = candidates.filter((suggestion) => !openMarkers.has(suggestion.marker));
  const kept = candidates.length - fresh.length;
  // A comment is resolved only where the run knows every fixable finding of its file (the file was linted and
  // read to its end) and none has the comment's marker any more.
  const gone = open.filter((comment) => plan.markersByPath.get(comment.path)?.has(comment.marker) === false);

  if (fresh.length > 0) await postReview(client, context.repo, pullNumber, headSha, fresh);
  for (const comment of gone) await markResolved(client, context.repo, comment.id, resolvedBody(comment.marker, headSha));

  const fixable = plan.suggestions.length + plan.skipped.secret + plan.skipped.other;
  const secret = plan.skipped.secret > 0 ? `; ${plan.skipped.secret} on lines holding a secret get none` : '';
  core.info(
    `suggestions: ${fresh.length} posted, ${kept} already on the pull request, ${gone.length} earlier marked resolved ` +
      `(${candidates.length} of ${fixable} fixable findings are on lines the pull request changed${secret}).`,
  );
}

/** bc-lint's open review comments on the pull request: every page (within apiLimits), by their marker. */
async function listOpenComments(client: ApiClient, repo: SuggestionContext['repo'], pullNumber: number): Promise<OpenComment[]> {
  try {
    const { items } = await listPages(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', { ...repo, pull_number: pullNumber }, commentsOfPage);
    return items;
  } catch (error) {
    throw new ApiError(`cannot list the review comments of pull request #${pullNumber}: ${apiErrorMessage(error)}`, apiErrorStatus(error));
  }
}

function commentsOfPage(data: unknown, page: number): OpenComment[] {
  return listOfPage(data, page, 'review comments').flatMap((item: unknown, index) => {
    const { id, body, path } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof id !== 'number' || typeof body !== 'string' || typeof path !== 'string') {
      throw new ApiError(`the API's answer (page ${page}, item ${index + 1}) is not a review comment with an id, body and path`);
    }
    const marker = readMarker(body);
    return marker && !marker.resolved ? [{ id, path, marker: marker.marker }] : [];
  });
}

/** One review, event COMMENT, with a comment per suggestion, on the head commit the lines were checked against. */
async function postReview(client: ApiClient, repo: SuggestionContext['repo'], pullNumber: number, headSha: string, suggestions: Suggestion[]) {
  const comments = suggestions.map((suggestion) => ({
    path: suggestion.path,
    body: suggestion.body,
    line: suggestion.endLine,
    side: 'RIGHT' as const,
    ...(suggestion.startLine < suggestion.endLine ? { start_line: suggestion.startLine, start_side: 'RIGHT' as const } : {}),
  }));
  const count = suggestions.length === 1 ? 'a fix for a finding' : `${suggestions.length} fixes for findings`;
  try {
    // Not idempotent: a POST whose answer was lost may have created the review, and a second would duplicate it.
    await withRetries(
      (signal) =>
        client.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
          ...repo,
          pull_number: pullNumber,
          commit_id: headSha,
          event: 'COMMENT',
          body: `bc-lint suggests ${count} on lines this pull request changed.`,
          comments,
          request: { signal },
        }),
      client.retries,
      { idempotent: false },
    );
  } catch (error) {
    throw new ApiError(`cannot post the review: ${apiErrorMessage(error)}`, apiErrorStatus(error));
  }
}

async function markResolved(client: ApiClient, repo: SuggestionContext['repo'], commentId: number, body: string) {
  try {
    await withRetries(
      (signal) =>
        client.octokit.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...repo, comment_id: commentId, body, request: { signal } }),
      client.retries,
    );
  } catch (error) {
    throw new ApiError(`cannot mark review comment ${commentId} resolved: ${apiErrorMessage(error)}`, apiErrorStatus(error));
  }
}
