import type { FileReport } from './model/types.js';
import { lintSource, summarize, type LintOptions } from './lint.js';

/**
 * Lints many files; one that cannot be read becomes a fatal finding in its own report and the rest go on.
 * Shared by the CLI and the Action.
 */
export async function lintFiles(
  files: readonly string[],
  options: LintOptions,
  read: (file: string) => Promise<Uint8Array>,
): Promise<FileReport[]> {
  return Promise.all(
    files.map(async (file) => {
      let bytes: Uint8Array;
      try {
        bytes = await read(file);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        return summarize(file, [
          { ruleId: null, severity: 'error', fatal: true, message: `cannot read the file (${reason})`, line: 1, column: 1, endLine: 1, endColumn: 1 },
        ]);
      }
      return lintSource(file, bytes, options);
    }),
  );
}
