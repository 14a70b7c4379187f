import { statSync } from 'node:fs';
import path from 'node:path';
import { discoverTargets, isConnectionFileName, isInside } from '../files/discover.js';
import { readWorkspaceFile } from '../files/read-file.js';
import { runConnectionsOf, type RunConnection } from '../model/run-connections.js';
import { decodeSource } from '../parse/decode.js';
import { runLintText } from '../run.js';

/** Beyond this many connection files in one workspace folder, only open documents are compared (a logged notice). */
const maxWorkspaceFiles = 5000;

/** An open document as the workspace sees it. */
export interface OpenText {
  version: number;
  text: string;
}

export interface WorkspaceHost {
  /** The open connection files (absolute paths) and the editor's text of each. */
  openTexts(): ReadonlyMap<string, OpenText>;
  today(): string;
  log(message: string): void;
  /** An open document's connections changed: the documents after it in its folder must be linted again. */
  connectionsChanged(file: string): void;
}

interface Entry {
  /** `open:<version>` or `disk:<mtime>:<size>`: the connections are reused while it is unchanged. */
  key: string;
  connections: Promise<readonly RunConnection[]>;
}

const sameConnections = (a: readonly RunConnection[], b: readonly RunConnection[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The connections of a workspace's connection files, for client-id-reuse: a document sees those of the files whose
 * path sorts before it in its workspace folder, as `bc-lint` run over that folder lints them (same discovery, same
 * order, the config's ignore globs), with an open document's text in place of the file on disk.
 */
export class WorkspaceConnections {
  private folders: string[] = [];
  /** Each workspace folder's connection files on disk, sorted; found once, again after a file is created or deleted. */
  private readonly discovered = new Map<string, Promise<string[]>>();
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly host: WorkspaceHost) {}

  setFolders(folders: readonly string[]): void {
    this.folders = [...new Set(folders.map((folder) => path.resolve(folder)))];
    this.forgetAll();
  }

  /** The innermost workspace folder holding the file; undefined outside every folder (it is then linted alone). */
  folderOf(file: string): string | undefined {
    return this.folders.filter((folder) => isInside(file, folder)).sort((a, b) => b.length - a.length)[0];
  }

  /** The connections of the files a run over the file's workspace folder would lint before it, in that order. */
  async earlierThan(file: string): Promise<RunConnection[]> {
    const folder = this.folderOf(file);
    if (folder === undefined) return [];
    const onDisk = await this.connectionFiles(folder);
    const openTexts = this.host.openTexts();
    // An open document not yet saved to disk counts too, as it will once saved.
    const open = [...openTexts.keys()].filter((other) => this.folderOf(other) === folder);
    const earlier = [...new Set([...onDisk, ...open])].filter((other) => other < file).sort();
    const connections: RunConnection[] = [];
    for (const other of earlier) connections.push(...(await this.connectionsOf(other, folder, openTexts.get(other))));
    return connections;
  }

  /**
   * Keeps the connections a lint of an open document found, and tells the host when they differ from what the
   * workspace knew of that file.
   */
  async record(file: string, version: number, connections: readonly RunConnection[]): Promise<void> {
    const previous = this.entries.get(file);
    this.entries.set(file, { key: `open:${version}`, connections: Promise.resolve(connections) });
    if (previous?.key === `open:${version}`) return;
    if (previous === undefined || !sameConnections(await previous.connections, connections)) this.host.connectionsChanged(file);
  }

  /**
   * A file changed, came or went on disk, or its document was closed: reads it again, and tells the host when its
   * connections differ from what the workspace knew of it (nothing known counts as none).
   */
  async refresh(file: string): Promise<void> {
    const folder = this.folderOf(file);
    const previous = this.entries.get(file);
    this.entries.delete(file);
    if (folder === undefined) return;
    const before = previous ? await previous.connections : [];
    const after = await this.connectionsOf(file, folder, this.host.openTexts().get(file));
    if (!sameConnections(before, after)) this.host.connectionsChanged(file);
  }

  /** A connection file was created or deleted on disk: discover its folder again. */
  fileCreatedOrDeleted(file: string): void {
    for (const folder of this.folders) if (isInside(file, folder)) this.discovered.delete(folder);
  }

  /** A config changed: its ignore globs may differ, so every file is looked at again. */
  forgetAll(): void {
    this.discovered.clear();
    this.entries.clear();
  }

  private connectionFiles(folder: string): Promise<string[]> {
    let files = this.discovered.get(folder);
    if (files === undefined) {
      files = discoverTargets([], folder).then(
        (targets) => {
          const found = targets.filter((target) => target.credential === undefined && isConnectionFileName(target.file)).map((target) => target.file);
          if (found.length <= maxWorkspaceFiles) return found;
          this.host.log(
            `bc-lint: ${found.length} connection files in ${folder}, more than ${maxWorkspaceFiles}; client-id-reuse compares open documents only there`,
          );
          return [];
        },
        () => [],
      );
      this.discovered.set(folder, files);
    }
    return files;
  }

  private connectionsOf(file: string, folder: string, open: OpenText | undefined): Promise<readonly RunConnection[]> {
    let key: string;
    if (open !== undefined) key = `open:${open.version}`;
    else {
      const stats = statOf(file);
      if (stats === undefined) return Promise.resolve([]); // deleted since discovery, or not ours to read
      key = `disk:${stats.mtimeMs}:${stats.size}`;
    }
    const known = this.entries.get(file);
    if (known?.key === key) return known.connections;
    const connections = this.lintForConnections(file, open?.text ?? readText(file, folder));
    this.entries.set(file, { key, connections });
    return connections;
  }

  /** The file linted as the server lints a document (its own config, ignore globs included): its connections. */
  private async lintForConnections(file: string, text: string | undefined): Promise<readonly RunConnection[]> {
    if (text === undefined) return [];
    try {
      const { reports } = await runLintText({ cwd: path.dirname(file), filePath: file, text, today: this.host.today() });
      return reports[0] ? runConnectionsOf(reports[0]) : [];
    } catch {
      return []; // a config that cannot be used: that file's own lint says so
    }
  }
}

function statOf(file: string) {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The file's text as the CLI reads it (within the workspace, in its own encoding); undefined when it cannot be read. */
function readText(file: string, folder: string): string | undefined {
  const read = readWorkspaceFile(file, folder);
  if (!read.ok) return undefined;
  const decoded = decodeSource(read.bytes);
  return decoded.ok ? decoded.text : undefined;
}
