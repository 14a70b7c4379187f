import { isCalendarDate, localToday } from '../model/dates.js';
import type { LinterSettings } from './document-linter.js';

/** What a client may pass as `initializationOptions`. */
interface InitializationOptions {
  /** YYYY-MM-DD for date-bound rules (default: the local date at each lint), as the CLI's --today. */
  today?: unknown;
  /** As the CLI's --report-unused-disable-directives. */
  reportUnusedDisableDirectives?: unknown;
}

/** The linter's settings from the client's initializationOptions, `bc-lint lsp --today` as the fallback date. */
export function settingsFrom(initializationOptions: unknown, cliToday: string | undefined, warn: (message: string) => void): LinterSettings {
  const init = (initializationOptions ?? {}) as InitializationOptions;
  let today = cliToday;
  if (typeof init.today === 'string' && isCalendarDate(init.today)) today = init.today;
  else if (init.today !== undefined) warn('bc-lint: initializationOptions.today must be a date as YYYY-MM-DD; ignored');
  return {
    today: () => today ?? localToday(),
    reportUnusedDisableDirectives: init.reportUnusedDisableDirectives === true,
    // A test-only switch (README): linting a file of this name throws, to test that one file's error is contained.
    throwFor: process.env.BC_LINT_LSP_TEST_THROW_FOR || undefined,
  };
}
