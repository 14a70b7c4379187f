import * as core from '@actions/core';
import type { Redactor } from '../model/redaction.js';

/**
 * Registers every secret of the run with the runner (core.setSecret), so no log line, annotation or summary can
 * show it. Call before anything is logged. The values come from the run's redactor: the pipeline found them in its
 * own parse of each file, so nothing is read or parsed again here.
 */
export function maskSecrets(redactor: Redactor): void {
  for (const value of redactor.values) core.setSecret(value);
}
