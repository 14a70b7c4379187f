import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FormatContext, FormatRule } from './formatters/formatter.js';
import { packageInfo } from './generated/package-info.js';
import { ruleDocsUrl } from './model/docs-url.js';
import { allRuleMetas } from './rules/index.js';

/**
 * The context every formatter gets, built once per run by the CLI, the API and the Action from the rules'
 * metadata: formatters then need no registry and no file system.
 */
export function createFormatContext(options: { cwd: string; color: boolean; repositoryRoot?: string | undefined; env?: NodeJS.ProcessEnv }): FormatContext {
  const cwd = path.resolve(options.cwd);
  return {
    cwd,
    color: options.color,
    rules: formatRules(),
    repositoryRoot: options.repositoryRoot ?? findRepositoryRoot(cwd),
    automation: automationDetails(options.env ?? process.env),
  };
}

/**
 * SARIF's automationDetails. In an Azure DevOps pipeline (TF_BUILD), the build identity GitHub Advanced Security
 * for Azure DevOps requires, from the pipeline's predefined variables; elsewhere `bc-lint/`, the code-scanning
 * category GitHub groups the analysis under.
 */
function automationDetails(env: NodeJS.ProcessEnv): FormatContext['automation'] {
  const fallback = { id: `${packageInfo.name}/` };
  if (env.TF_BUILD?.toLowerCase() !== 'true') return fallback;
  const [collection, project, definitionId, definitionName, phaseId, phaseName, branch, buildId] = [
    env.SYSTEM_COLLECTIONURI,
    env.SYSTEM_TEAMPROJECT,
    env.SYSTEM_DEFINITIONID,
    env.BUILD_DEFINITIONNAME,
    env.SYSTEM_PHASEID,
    env.SYSTEM_PHASENAME,
    env.BUILD_SOURCEBRANCH,
    env.BUILD_BUILDID,
  ];
  const organization = collection === undefined ? undefined : organizationOf(collection);
  if (![organization, project, definitionId, definitionName, phaseId, phaseName, branch, buildId].every(Boolean)) return fallback;
  const prefix = 'azuredevops/pipeline/build';
  return {
    id: `${prefix}/${organization}/${project}/${definitionId}/${phaseId}/${branch}/${buildId}`,
    properties: {
      [`${prefix}/buildDefinitionId`]: definitionId!,
      [`${prefix}/buildDefinitionName`]: definitionName!,
      [`${prefix}/phaseId`]: phaseId!,
      [`${prefix}/phaseName`]: phaseName!,
    },
  };
}

/** `contoso` from https://dev.azure.com/contoso/ or https://contoso.visualstudio.com/. */
function organizationOf(collectionUri: string): string | undefined {
  try {
    const url = new URL(collectionUri);
    const segment = url.pathname.split('/').find(Boolean);
    return url.hostname.endsWith('.visualstudio.com') ? url.hostname.split('.')[0] : segment;
  } catch {
    return undefined;
  }
}

/** The nearest folder at or above folder that holds `.git` (a folder, or a file in a worktree or submodule). */
function findRepositoryRoot(folder: string): string | undefined {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/** Every rule's metadata with its docs URL, as formatters and the API's rule metadata take it. */
export function formatRules(): FormatRule[] {
  return allRuleMetas.map((meta) => ({ ...meta, docsUrl: ruleDocsUrl(meta.id) }));
}
