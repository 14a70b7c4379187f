import path from 'node:path';
import { findConfigFile } from './config/find-config.js';
import type { ProjectSetup } from './config/project-config.js';
import { discoverTargets, isConnectionFileName, type LintTarget } from './files/discover.js';
import { fixSource } from './fix/apply-fixes.js';
import { lintSource, type LintOptions } from './lint.js';
import { lintFiles, type FixMode } from './lint-files.js';
import { runRedactor, type Redactor } from './model/redaction.js';
import type { LintWorkers } from './parallel/lint-in-workers.js';
import { workerCountFor } from './parallel/worker-count.js';
import { attachRunConnections, runConnectionsOf, type RunConnection } from './model/run-connections.js';
import type { FileReport } from './model/types.js';

export interface RunRequest {
  cwd: string;
  /** Paths, folders and globs; empty means discovery below cwd. */
  targets: readonly string[];
  /** Targets already resolved by discoverTargets (the Action's only-changed): linted instead of targets. */
  resolvedTargets?: readonly LintTarget[] | undefined;
  /** --config / the Action's `config` input. */
  configPath?: string | undefined;
  today: string;
  fix?: FixMode;
  reportUnusedDisableDirectives?: boolean;
  /** The output format prints no `source` (LintOptions.omitSource). */
  omitSource?: boolean;
}

export interface RunResult {
  /** Config file in use, if any. */
  configPath: string | undefined;
  reports: FileReport[];
  /**
   * Files the arguments or discovery matched but the project config's `ignore` excludes: skipped silently, so a
   * run in which every matched file is ignored has no reports and still succeeds (contract v2).
   */
  ignoredFiles: string[];
  /**
   * Every secret of the run, for the Action's masking. Returned beside the reports, never inside them, so no
   * formatter can serialise it.
   */
  redactor: Redactor;
}

/** The whole run, shared by the CLI and the Action: config, targets, then the lint pipeline on each file. */
export async function runLint(request: RunRequest): Promise<RunResult> {
  const workers = await workersForSearch(request);
  try {
    return await runLintWith(request, workers);
  } finally {
    workers?.close();
  }
}

async function runLintWith(request: RunRequest, workers: LintWorkers | undefined): Promise<RunResult> {
  const setup = await projectSetup(request.cwd, request.configPath);
  const matched = request.resolvedTargets ?? (await discoverTargets(request.targets, request.cwd));
  const targets = matched.filter((target) => !setup.isIgnored(target.file));
  // Files a user would expect linted: connection files and named files, not every *.txt a search came across.
  const ignoredFiles = matched.filter((target) => target.credential !== 'found' && setup.isIgnored(target.file)).map((target) => target.file);
  const options = {
    ...setup.lintOptions,
    today: request.today,
    reportUnusedDisableDirectives: request.reportUnusedDisableDirectives ?? false,
    ...(request.omitSource ? { omitSource: true } : {}),
  };
  const { connectionTargets, reports: credentialReports } = await checkCredentialFiles(targets, options);
  const linted = [...(await lintFiles(connectionTargets, options, request.fix, workers)), ...credentialReports].sort(byFilePath);
  // Each report is already redacted with its own file's secrets; this pass adds the other files' (a token pasted
  // into one file's subdomain and written as another file's accessToken).
  const redactor = runRedactor(linted);
  // Only a report that shows another file's secret is copied (redactReport): 20,000 files keep one copy of each.
  const reports = linted.map((report) => redactor.redactReport(report));
  return { configPath: setup.configPath, reports, ignoredFiles, redactor };
}

/**
 * A run that searches folders or globs may find many files: its worker threads start now and load the linter
 * while the config is read and discovery runs (lintFiles stops them when too few files turn up). A run of named
 * connection files (pre-commit, an editor) starts none here.
 */
async function workersForSearch(request: RunRequest): Promise<LintWorkers | undefined> {
  const searches = request.targets.length === 0 || request.targets.some((target) => !isConnectionFileName(target));
  const workers = workerCountFor(Number.POSITIVE_INFINITY);
  if (request.fix || !searches || workers === 0) return undefined;
  return (await import('./parallel/lint-in-workers.js')).startLintWorkers(workers);
}

/** Credential files (rule no-committed-credentials) have their own pipeline, loaded only when discovery found one. */
async function checkCredentialFiles(targets: LintTarget[], options: LintOptions): Promise<{ connectionTargets: LintTarget[]; reports: FileReport[] }> {
  if (!targets.some((target) => target.credential !== undefined)) return { connectionTargets: targets, reports: [] };
  return (await import('./credentials/lint-credentials.js')).checkCredentialFiles(targets, options);
}

const byFilePath = (a: FileReport, b: FileReport) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0);

export interface TextRunRequest extends Omit<RunRequest, 'targets' | 'fix'> {
  text: string;
  /** Names the text for the config's ignore globs and the report; undefined for anonymous text. */
  filePath: string | undefined;
  /** Fix in memory: the report's `output` holds the fixed text. */
  fix?: boolean;
  /**
   * The connections of the files a run would lint before this one (rule client-id-reuse), e.g. the language
   * server's other connection files of the workspace. The report keeps this text's own (runConnectionsOf).
   */
  earlierConnections?: readonly RunConnection[] | undefined;
}

/** Lints text that is not read from disk (the API's lintText); no report when the config ignores its path. */
export async function runLintText(request: TextRunRequest): Promise<RunResult> {
  const file = request.filePath === undefined ? '<text>' : path.resolve(request.cwd, request.filePath);
  // A named text finds its project config from its own folder, as the file would.
  const setup = await projectSetup(request.cwd, request.configPath, request.filePath === undefined ? request.cwd : path.dirname(file));
  const done = (reports: FileReport[], ignoredFiles: string[] = []): RunResult => {
    const redactor = runRedactor(reports);
    const redacted = reports.map((report) => {
      const shown = redactor.redactReport(report);
      attachRunConnections(shown, runConnectionsOf(report)); // a redacted report may be a new object
      return shown;
    });
    return { configPath: setup.configPath, reports: redacted, ignoredFiles, redactor };
  };
  if (request.filePath !== undefined && setup.isIgnored(file)) return done([], [file]);
  const options = {
    ...setup.lintOptions,
    today: request.today,
    reportUnusedDisableDirectives: request.reportUnusedDisableDirectives ?? false,
    ...(request.earlierConnections ? { earlierConnections: request.earlierConnections } : {}),
  };
  if (!request.fix) return done([lintSource(file, request.text, options)]);
  const { output, changed, report } = fixSource(file, request.text, options);
  return done([changed ? { ...report, output } : report]);
}

const noConfig: ProjectSetup = { configPath: undefined, lintOptions: {}, isIgnored: () => false };

/** The config's validator and glob matcher load only when there is a config to apply. */
async function projectSetup(cwd: string, explicitPath: string | undefined, searchFrom = cwd): Promise<ProjectSetup> {
  const configPath = explicitPath !== undefined ? path.resolve(cwd, explicitPath) : await findConfigFile(searchFrom);
  if (configPath === undefined) return noConfig;
  const { loadProjectSetup } = await import('./config/project-config.js');
  return loadProjectSetup(cwd, configPath);
}
