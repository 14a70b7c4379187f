import type { FileReport } from '../model/types.js';

export interface FormatContext {
  /** Folder that printed paths are relative to. */
  cwd: string;
  color: boolean;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
