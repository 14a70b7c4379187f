import { access } from 'node:fs/promises';
import path from 'node:path';
import type { LintOptions } from '../lint.js';

/** A project config that cannot be used: exit 2, naming the key and the reason. */
export class ConfigError extends Error {}

/** What a project config contributes to a run. */
export interface ProjectSetup {
  /** The config file in use, if any. */
  configPath: string | undefined;
  lintOptions: Omit<LintOptions, 'today'>;
  /** True for files the config's `ignore:` globs exclude. */
  isIgnored(file: string): boolean;
}

/**
 * Loads the project config named with --config, or none.
 * (The .bc-lint.yaml format, discovery and validation come with the team-workflow issue.)
 */
export async function loadProjectSetup(cwd: string, explicitPath?: string): Promise<ProjectSetup> {
  if (explicitPath !== undefined) {
    const configPath = path.resolve(cwd, explicitPath);
    await access(configPath).catch(() => {
      throw new ConfigError(`cannot read the config file ${explicitPath}`);
    });
  }
  return { configPath: undefined, lintOptions: {}, isIgnored: () => false };
}
