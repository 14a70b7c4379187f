// The Action's entry (action.yml runs its bundle, dist/index.js): it only calls run(), which lives in main.ts so that
// tools such as @github/local-action can import and run it, as in actions/typescript-action.
import * as core from '@actions/core';
import { errorMessage } from './outputs.js';
import { run } from './main.js';

run().catch((error: unknown) => {
  core.setFailed(errorMessage(error));
});
