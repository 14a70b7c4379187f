import * as core from '@actions/core';
import { isCalendarDate, localToday } from '../model/dates.js';

export type FailOn = 'error' | 'warning' | 'never';

/** The words `fail-on` accepts (contract v2): `warn` as in the project config, for `warning`. */
const failOnWords: Readonly<Record<string, FailOn>> = { error: 'error', warn: 'warning', warning: 'warning', never: 'never' };

/** The Action's inputs (action.yml), checked. */
export interface ActionInputs {
  /** Paths, folders or globs; empty means every connection file in the workspace. */
  files: string[];
  config: string | undefined;
  failOn: FailOn;
  sarifFile: string | undefined;
  onlyChanged: boolean;
  /** Post the fixes of findings on changed lines as suggested changes on the pull request. */
  suggestions: boolean;
  githubToken: string;
  today: string;
}

/** An input with a value the Action cannot use: the step fails with this message. */
export class InputError extends Error {}

export function readInputs(): ActionInputs {
  const failOnInput = core.getInput('fail-on') || 'error';
  const failOn = Object.hasOwn(failOnWords, failOnInput) ? failOnWords[failOnInput] : undefined;
  if (failOn === undefined) {
    throw new InputError(`fail-on must be one of ${Object.keys(failOnWords).join(', ')}, not "${failOnInput}"`);
  }
  const today = core.getInput('today') || localToday();
  if (!isCalendarDate(today)) throw new InputError(`today must be a date as YYYY-MM-DD, not "${today}"`);
  return {
    files: core.getMultilineInput('files'),
    config: core.getInput('config') || undefined,
    failOn,
    sarifFile: core.getInput('sarif-file') || undefined,
    onlyChanged: readBoolean('only-changed'),
    suggestions: readBoolean('suggestions'),
    githubToken: core.getInput('github-token'),
    today,
  };
}

/** Booleans as the runner passes them (YAML 1.2 core schema); unset means false. */
function readBoolean(name: string): boolean {
  if (core.getInput(name) === '') return false;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new InputError(`${name} must be true or false, not "${core.getInput(name)}"`);
  }
}
