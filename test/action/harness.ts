// Runs dist/index.js the way the GitHub Actions runner does (on the Node of runs.using), against a stand-in GitHub REST API.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.js';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

let checkout: string | undefined;

/**
 * The action as the runner downloads it: action.yml and dist/ in a folder with no node_modules anywhere above,
 * so a bundle that still needs a package fails here.
 */
/** The repository the Action runs in unless a test names another. */
export const testRepository = 'acme/connections';

export function actionCheckout(): string {
  if (!checkout) {
    checkout = mkdtempSync(path.join(tmpdir(), 'bc-lint-action-'));
    cpSync(path.join(repoRoot, 'dist'), path.join(checkout, 'dist'), { recursive: true });
    cpSync(path.join(repoRoot, 'action.yml'), path.join(checkout, 'action.yml'));
  }
  return checkout;
}

/**
 * The Node that runs the Action, as the runner would: the `runs.using` of action.yml (node24). BC_LINT_ACTION_NODE
 * names that binary (.ci/run sets it). In CI (CI set) it must be set and be that version, so the Action is never
 * tested on another Node by mistake; a local `npm test` without it uses the Node running the tests.
 */
export function actionNode(): string {
  if (actionNodeChecked) return actionNodeChecked;
  const using = (parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { runs: { using: string } }).runs.using;
  const wanted = using.replace(/^node/, 'v');
  const binary = process.env.BC_LINT_ACTION_NODE;
  if (!binary) {
    if (process.env.CI)
      throw new Error(`BC_LINT_ACTION_NODE is not set: in CI the Action's tests need the Node of action.yml's runs.using: ${using} (.ci/run installs it)`);
    return (actionNodeChecked = process.execPath);
  }
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0 || !version.stdout.startsWith(`${wanted}.`)) {
    throw new Error(
      `BC_LINT_ACTION_NODE=${binary} is not Node ${wanted} (action.yml runs.using: ${using}): ${version.error?.message ?? version.stdout.trim()}`,
    );
  }
  return (actionNodeChecked = binary);
}
let actionNodeChecked: string | undefined;

/** A repository checkout with the given files (path -> content). */
export function makeRepo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-repo-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  outputFile: string;
  summary: string;
}

export interface ActionRunOptions {
  workspace: string;
  /** Inputs by their action.yml names; the rest get their action.yml defaults, as the runner does. */
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: unknown;
  token?: string;
  apiUrl?: string;
  repository?: string;
  /** Extra environment variables, such as BC_LINT_API_TIMEOUT_MS. */
  env?: Record<string, string>;
}

/** Spawns `node dist/index.js` asynchronously (the stand-in API lives in this process). */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'bc-lint-runner-'));
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'step_summary');
  const eventFile = path.join(runnerTemp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.payload ?? {}));
  const token = options.token ?? 'ghs_test_token';

  const action = actionCheckout();
  const declared = (parse(readFileSync(path.join(action, 'action.yml'), 'utf8')) as ActionYml).inputs;
  const env: Record<string, string> = {
    // A clean environment: nothing leaks in from a CI runner that runs these tests.
    PATH: process.env.PATH ?? '',
    HOME: runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: options.repository ?? testRepository,
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9/api/v3',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  for (const [name, input] of Object.entries(declared)) {
    const value = options.inputs?.[name] ?? (input.default ?? '').replace('${{ github.token }}', token);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in declared)) throw new Error(`action.yml declares no input ${name}`);
  }

  const child = spawn(actionNode(), [path.join(action, 'dist/index.js')], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const outputText = readFileSync(outputFile, 'utf8');
  return { status, stdout, stderr, outputs: parseOutputFile(outputText), outputFile: outputText, summary: readFileSync(summaryFile, 'utf8') };
}

/** The GITHUB_OUTPUT file format: `name<<DELIMITER`, value lines, `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!header) continue;
    const end = lines.indexOf(header[2]!, i + 1);
    if (end === -1) throw new Error(`output ${header[1]} has no closing delimiter`);
    outputs[header[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

/** Workflow-command lines of one kind (`::error ...`), in order. */
export function commandLines(stdout: string, command: string): string[] {
  return stdout.split(/\r?\n/).filter((line) => line.startsWith(`::${command} `) || line.startsWith(`::${command}::`));
}

export interface PullRequestFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** The file's diff hunks as GitHub lists them; null leaves `patch` out (binary or too large). Default: a stub hunk. */
  patch?: string | null;
}

/** A raw answer of the stand-in API, or 'stall': accept the request and never answer. */
export type FakeAnswer = { status: number; body: string; headers?: Record<string, string> } | 'stall';

/** One files request, for FakeApiOptions.answer. */
export interface FilesRequest {
  /** 1 for the first files request, counting retries. */
  count: number;
  page: number;
  /** The URL of another page, as the Link header gives it. */
  pageUrl(page: number): string;
  /** The normal answer: that page's files and Link header. */
  normal(): { items: unknown[]; link: string | undefined };
}

/** A review comment as the stand-in API stores and lists it. */
export interface ReviewComment {
  id: number;
  path: string;
  body: string;
  line: number | null;
  start_line: number | null;
  side: string;
  start_side: string | null;
  commit_id: string;
  user: { login: string; type: string };
}

/** What the review and comment endpoints are asked, for FakeApiOptions.answerRequest. */
export interface ApiRequest {
  kind: 'files' | 'comments' | 'review' | 'edit';
  method: string;
  /** 1 for the first request of this kind, counting retries. */
  count: number;
  page: number;
  /** The parsed JSON body of a POST or PATCH. */
  body: unknown;
}

export interface FakeApiOptions {
  repository: string;
  pullNumber: number;
  files: PullRequestFile[];
  token: string;
  pageSize: number;
  /** Replaces the answer to a files request (a failure, a stall, a bad payload); undefined: the normal one. */
  answer?: (request: FilesRequest) => FakeAnswer | undefined;
  /** Review comments already on the pull request (earlier runs). */
  comments?: ReviewComment[];
  /** Review comments per page of GET .../comments; default pageSize. */
  commentsPageSize?: number;
  /** Replaces the answer to any request (files, comments, review, edit); undefined: the normal one. */
  answerRequest?: (request: ApiRequest) => FakeAnswer | undefined;
}

export interface FakeApi {
  /** GITHUB_API_URL, with a GitHub Enterprise style /api/v3 prefix. */
  url: string;
  requests: Array<{ method: string; path: string; authorization: string | undefined }>;
  /** Reviews the API created (POST .../reviews bodies), in order. */
  reviews: Array<{ commit_id?: string; event?: string; body?: string; comments?: Array<Record<string, unknown>> }>;
  /** The pull request's review comments now: the initial ones, those of created reviews, edits applied. */
  comments: ReviewComment[];
  close(): Promise<void>;
}

/**
 * A stand-in for the pull request endpoints bc-lint calls: GET .../pulls/{number}/files and .../comments
 * (`pageSize` items per page whatever per_page asks, so a handful spans several pages, with GitHub's Link
 * header), POST .../pulls/{number}/reviews (each comment stored, as GitHub does, after the same checks of its
 * shape) and PATCH .../pulls/comments/{id}. Any other token gets a 401.
 */
export async function startFakeApi(options: FakeApiOptions): Promise<FakeApi> {
  const requests: FakeApi['requests'] = [];
  const reviews: FakeApi['reviews'] = [];
  const comments: ReviewComment[] = [...(options.comments ?? [])];
  const counts = { files: 0, comments: 0, review: 0, edit: 0 };
  let filesRequests = 0;
  let nextCommentId = 1000 + comments.length;
  const prefix = '/api/v3';
  const pullPath = `${prefix}/repos/${options.repository}/pulls/${options.pullNumber}`;
  const server = createServer(async (request: IncomingMessage, response) => {
    requests.push({ method: request.method ?? '', path: request.url ?? '', authorization: request.headers.authorization });
    let raw = '';
    for await (const chunk of request) raw += chunk;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };
    const sendRaw = (answer: Exclude<FakeAnswer, 'stall'>) => {
      response.writeHead(answer.status, answer.headers ?? {});
      response.end(answer.body);
    };
    if (request.headers.authorization !== `token ${options.token}`) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    const editMatch = new RegExp(`^${prefix}/repos/${options.repository}/pulls/comments/(\\d+)$`).exec(url.pathname);
    const kind: ApiRequest['kind'] | undefined =
      request.method === 'GET' && url.pathname === `${pullPath}/files`
        ? 'files'
        : request.method === 'GET' && url.pathname === `${pullPath}/comments`
          ? 'comments'
          : request.method === 'POST' && url.pathname === `${pullPath}/reviews`
            ? 'review'
            : request.method === 'PATCH' && editMatch
              ? 'edit'
              : undefined;
    if (!kind) {
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      send(400, { message: 'Problems parsing JSON' });
      return;
    }
    const general = options.answerRequest?.({ kind, method: request.method ?? '', count: ++counts[kind], page, body });
    if (general === 'stall') return; // the connection stays open until close()
    if (general) return sendRaw(general);

    const pageUrl = (n: number) => {
      const next = new URL(url.href);
      next.searchParams.set('page', String(n));
      return `${address}${next.pathname}${next.search}`;
    };
    const paged = (all: unknown[], size: number) => {
      const lastPage = Math.max(1, Math.ceil(all.length / size));
      const links = [];
      if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
      if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
      return { items: all.slice((page - 1) * size, page * size), link: links.length > 0 ? links.join(', ') : undefined };
    };

    if (kind === 'comments') {
      const { items, link } = paged(structuredClone(comments), options.commentsPageSize ?? options.pageSize);
      send(200, items, link ? { link } : {});
      return;
    }
    if (kind === 'edit') {
      const comment = comments.find((candidate) => candidate.id === Number(editMatch![1]));
      const text = (body as { body?: unknown } | undefined)?.body;
      if (!comment) return send(404, { message: 'Not Found' });
      if (typeof text !== 'string') return send(422, { message: 'Invalid request: body is required' });
      comment.body = text;
      send(200, comment);
      return;
    }
    if (kind === 'review') {
      const review = body as FakeApi['reviews'][number];
      const known = new Set(options.files.filter((file) => file.patch !== null).map((file) => file.filename));
      for (const comment of review.comments ?? []) {
        const { path: file, line, start_line, side, body: text } = comment;
        const lineOk = typeof line === 'number' && (start_line === undefined || (typeof start_line === 'number' && start_line < line));
        if (typeof file !== 'string' || !known.has(file) || !lineOk || side !== 'RIGHT' || typeof text !== 'string') {
          send(422, { message: 'Unprocessable Entity', errors: ['Path could not be resolved or line must be part of the diff'] });
          return;
        }
      }
      if (review.event !== 'COMMENT' || typeof review.commit_id !== 'string') return send(422, { message: 'Unprocessable Entity' });
      reviews.push(review);
      for (const comment of review.comments ?? []) {
        comments.push({
          id: nextCommentId++,
          path: comment.path as string,
          body: comment.body as string,
          line: comment.line as number,
          start_line: (comment.start_line as number | undefined) ?? null,
          side: 'RIGHT',
          start_side: (comment.start_side as string | undefined) ?? null,
          commit_id: review.commit_id,
          user: { login: 'github-actions[bot]', type: 'Bot' },
        });
      }
      send(200, { id: reviews.length, state: 'COMMENTED', body: review.body, commit_id: review.commit_id });
      return;
    }

    const normal = () => {
      const { items, link } = paged(options.files, options.pageSize);
      const shaped = (items as PullRequestFile[]).map((file, index) => ({
        sha: (page * 1000 + index).toString(16).padStart(40, '0'),
        filename: file.filename,
        status: file.status,
        additions: file.status === 'removed' ? 0 : 3,
        deletions: file.status === 'added' ? 0 : 1,
        changes: 4,
        blob_url: `https://github.com/${options.repository}/blob/head/${file.filename}`,
        raw_url: `https://github.com/${options.repository}/raw/head/${file.filename}`,
        contents_url: `https://api.github.com/repos/${options.repository}/contents/${file.filename}?ref=head`,
        ...(file.patch === null ? {} : { patch: file.patch ?? '@@ -1 +1 @@' }),
      }));
      return { items: shaped as unknown[], link };
    };
    const answer = options.answer?.({ count: ++filesRequests, page, pageUrl, normal });
    if (answer === 'stall') return; // the connection stays open until close()
    if (answer) return sendRaw(answer);
    const { items, link } = normal();
    send(200, items, link ? { link } : {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${address}${prefix}`,
    requests,
    reviews,
    comments,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // stalled requests included
      }),
  };
}

/** The head repository of a pull request from a fork. */
function forkOf(repo: Record<string, unknown>, fullName: string) {
  const [owner, name] = fullName.split('/') as [string, string];
  return { ...repo, id: 555, name, full_name: fullName, owner: { login: owner, id: 7, type: 'User' }, html_url: `https://github.com/${fullName}`, fork: true };
}

/** A pull_request event payload shaped like the real one (trimmed to what matters plus realistic context). */
export function pullRequestPayload(options: { repository: string; number: number; changedFiles: number; action?: string; headRepository?: string }) {
  const [owner, name] = options.repository.split('/') as [string, string];
  const repo = {
    id: 123456789,
    name,
    full_name: options.repository,
    private: false,
    owner: { login: owner, id: 42, type: 'Organization' },
    html_url: `https://github.com/${options.repository}`,
    default_branch: 'main',
  };
  return {
    action: options.action ?? 'synchronize',
    number: options.number,
    pull_request: {
      url: `https://api.github.com/repos/${options.repository}/pulls/${options.number}`,
      id: 987654321,
      number: options.number,
      state: 'open',
      title: 'Rotate the US production connection',
      user: { login: 'octocat', id: 1, type: 'User' },
      draft: false,
      head: {
        label: `${(options.headRepository ?? options.repository).split('/')[0]}:rotate-us-prod`,
        ref: 'rotate-us-prod',
        sha: 'a'.repeat(40),
        repo: options.headRepository ? forkOf(repo, options.headRepository) : repo,
      },
      base: { label: `${owner}:main`, ref: 'main', sha: 'b'.repeat(40), repo },
      changed_files: options.changedFiles,
      additions: 12,
      deletions: 3,
      commits: 1,
    },
    repository: repo,
    sender: { login: 'octocat', id: 1, type: 'User' },
  };
}
