import type { FileReport } from './types.js';

/**
 * What a later connection of the same run compares with (rule client-id-reuse): one connection with a literal
 * `clientId`. Kept beside a file's report, never in it, so no output serialises it.
 */
export interface RunConnection {
  /** The file it is in, as the run names it. */
  filePath: string;
  /** 1-based line of its `clientId` value. */
  line: number;
  clientId: string;
  /** The store hash it means (read out of a pasted path too); undefined when there is none. */
  storeHash: string | undefined;
  /** Its scopes as one comparable text (every scope key at its level, left out = lowest); undefined without a mapping. */
  scopes: string | undefined;
}

const byReport = new WeakMap<FileReport, readonly RunConnection[]>();

export function attachRunConnections(report: FileReport, connections: readonly RunConnection[]): void {
  if (connections.length > 0) byReport.set(report, connections);
}

/** The connections a file's report was linted with, in document order. */
export function runConnectionsOf(report: FileReport): readonly RunConnection[] {
  return byReport.get(report) ?? [];
}
