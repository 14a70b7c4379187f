import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { SourceRange } from '../model/types.js';
import type { SourcePositions } from './source-positions.js';

export type Path = readonly string[];

/** JSON Pointer (RFC 6901) of a path, the key findings and schema errors are matched on. */
export function pointer(path: Path): string {
  return path.map((key) => '/' + key.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function parsePointer(text: string): string[] {
  return text === '' ? [] : text.slice(1).split('/').map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
}

interface Located {
  /** The value node as written: an alias node when the value came through an alias. */
  node: Node;
  key?: Node;
}

/** A problem found while turning YAML nodes into plain data; reported as yaml-syntax. */
export interface SyntaxProblem {
  start: number;
  end: number;
  message: string;
}

/**
 * Values reached through aliases are counted; past this many the document is treated as an alias bomb.
 * A real connection has well under a hundred nodes.
 */
const aliasNodeBudget = 10_000;

/** One YAML document of a connection file: its plain value plus the source node behind every path. */
export class ConnectionDocument {
  private constructor(
    readonly index: number,
    readonly value: unknown,
    private readonly located: Map<string, Located>,
    readonly positions: SourcePositions,
  ) {}

  /** The plain value at a path, or undefined when there is none. */
  get(path: Path): unknown {
    let current: unknown = this.value;
    for (const key of path) {
      if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    return current;
  }

  node(path: Path): Node | undefined {
    return this.located.get(pointer(path))?.node;
  }

  /** Range of the value at path; for a missing path, the nearest mapping that should hold it. */
  valueRange(path: Path): SourceRange {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.located.get(pointer(path.slice(0, depth)))?.node;
      if (node?.range) return this.positions.range(node.range[0], node.range[1]);
    }
    return this.positions.range(0, 0);
  }

  /** Range of the key of the entry at path, falling back to its value. */
  keyRange(path: Path): SourceRange {
    const key = this.located.get(pointer(path))?.key;
    return key?.range ? this.positions.range(key.range[0], key.range[1]) : this.valueRange(path);
  }

  static fromYaml(index: number, doc: Document.Parsed, positions: SourcePositions): {
    document: ConnectionDocument;
    problems: SyntaxProblem[];
  } {
    const builder = new PlainValueBuilder(doc);
    const value = builder.build(doc.contents, []);
    return { document: new ConnectionDocument(index, value, builder.located, positions), problems: builder.problems };
  }
}

class AliasBomb extends Error {}

/** Turns YAML nodes into plain data the schema can check, remembering which node each path came from. */
class PlainValueBuilder {
  readonly located = new Map<string, Located>();
  readonly problems: SyntaxProblem[] = [];
  private aliasBudget = aliasNodeBudget;
  private aliasDepth = 0;

  constructor(private readonly doc: Document.Parsed) {}

  build(node: Node | null, path: Path): unknown {
    if (node) this.located.set(pointer(path), { node });
    try {
      return this.toPlain(node, path);
    } catch (error) {
      if (!(error instanceof AliasBomb) && !(error instanceof RangeError)) throw error;
      const [start, end] = node?.range ?? [0, 0];
      this.problems.push({
        start,
        end,
        message:
          error instanceof AliasBomb
            ? `aliases expand to more than ${aliasNodeBudget} values; this looks like an alias bomb`
            : 'the document is nested too deeply to check',
      });
      return undefined;
    }
  }

  private toPlain(node: Node | null | undefined, path: Path): unknown {
    if (!node) return null;
    if (this.aliasDepth > 0 && --this.aliasBudget < 0) throw new AliasBomb();
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) return null; // yaml already reported the unresolved alias
      this.aliasDepth++;
      try {
        return this.toPlain(target, path);
      } finally {
        this.aliasDepth--;
      }
    }
    if (isScalar(node)) return node.value;
    if (isSeq(node)) {
      return node.items.map((item, index) => {
        const itemPath = [...path, String(index)];
        if (item && typeof item === 'object' && 'range' in item) this.located.set(pointer(itemPath), { node: item as Node });
        return this.toPlain(item as Node, itemPath);
      });
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      this.addEntries(out, node, path);
      return out;
    }
    return null;
  }

  /** Adds a mapping's entries; merge keys (<<) add only keys not already set, explicit keys win. */
  private addEntries(out: Record<string, unknown>, map: Node, path: Path): void {
    if (!isMap(map)) return;
    const merges: Node[] = [];
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null;
      if (isScalar(keyNode) && typeof keyNode.value === 'symbol') {
        if (pair.value) merges.push(pair.value as Node);
        continue;
      }
      const key = keyText(keyNode);
      if (Object.hasOwn(out, key)) continue;
      const valuePath = [...path, key];
      const valueNode = (pair.value as Node | null) ?? keyNode;
      if (valueNode) this.located.set(pointer(valuePath), { node: valueNode, ...(keyNode ? { key: keyNode } : {}) });
      // defineProperty, so a "__proto__" key is data and never the prototype.
      Object.defineProperty(out, key, {
        value: this.toPlain(pair.value as Node | null, valuePath),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    for (const merge of merges) {
      const source = isAlias(merge) ? merge.resolve(this.doc) : merge;
      const sources = isSeq(source) ? source.items.map((item) => (isAlias(item) ? item.resolve(this.doc) : item)) : [source];
      for (const item of sources) {
        if (!isMap(item)) {
          const [start, end] = merge.range ?? [0, 0];
          this.problems.push({ start, end, message: 'a merge key (<<) needs a mapping or a list of mappings' });
          continue;
        }
        this.aliasDepth++;
        try {
          this.addEntries(out, item as Node, path);
        } finally {
          this.aliasDepth--;
        }
      }
    }
  }
}

function keyText(node: Node | null): string {
  if (node === null) return '';
  if (isScalar(node)) return String(node.value);
  return String(node);
}

export interface ParsedSource {
  positions: SourcePositions;
  documents: ConnectionDocument[];
  /** Documents whose YAML could not be parsed, with their errors; such documents are not linted further. */
  syntaxProblems: SyntaxProblem[];
  /** False when the file holds no document with content (empty, comments only). */
  hasContent: boolean;
}

/** How connection files are parsed: YAML 1.2 with merge keys, duplicate keys rejected. */
export const yamlParseOptions = { merge: true, prettyErrors: false, uniqueKeys: true } as const;

export function parseConnectionSource(positions: SourcePositions): ParsedSource {
  const parsed = parseAllDocuments(positions.text, yamlParseOptions);
  // An empty stream is an empty array, so every case iterates the same way.
  const docs: Document.Parsed[] = parsed;
  const documents: ConnectionDocument[] = [];
  const syntaxProblems: SyntaxProblem[] = [];
  let hasContent = false;
  docs.forEach((doc, index) => {
    const empty = isEmptyDocument(doc);
    if (!empty) hasContent = true;
    if (doc.errors.length > 0) {
      for (const error of doc.errors) syntaxProblems.push({ start: error.pos[0], end: error.pos[1], message: error.message });
      return;
    }
    if (empty) return;
    const { document, problems } = ConnectionDocument.fromYaml(index, doc, positions);
    if (problems.length > 0) syntaxProblems.push(...problems);
    else documents.push(document);
  });
  return { positions, documents, syntaxProblems, hasContent };
}

/** A document with nothing in it (a stray `---`); an explicit `null` or `~` is content, and not a mapping. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  return contents === null || (isScalar(contents) && contents.source === '' && contents.value === null);
}
