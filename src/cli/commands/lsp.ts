import type { CliOptions } from '../options.js';

/** `bc-lint lsp`: the language server over stdio; its code (and vscode-languageserver) loads only here. */
export async function runLspCommand(options: CliOptions): Promise<number> {
  const { startLanguageServer } = await import('../../lsp/server.js');
  await startLanguageServer({ today: options.today });
  return 0;
}
