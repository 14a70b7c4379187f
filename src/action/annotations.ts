import * as core from '@actions/core';
import { toAnnotations } from '../formatters/github.js';
import type { FileReport } from '../model/types.js';

/**
 * One annotation per finding, on the repository-relative file, titled with the rule ID. The runner shows ten
 * of each kind per step; the job summary holds the full list.
 */
export function annotate(reports: readonly FileReport[], root: string): void {
  for (const annotation of toAnnotations(reports, root)) {
    const { kind, message, ...properties } = annotation;
    core[kind](message, properties);
  }
}
