import { isAlias, isScalar, type Alias, type Document, type Node } from 'yaml';
import type { SourceRange } from '../model/types.js';
import { scanDocument } from './document-scan.js';
import { composeDocuments, type YamlComment } from './guarded-compose.js';
import { pointer, type Path } from './json-pointer.js';
import { PlainValueBuilder, type Located } from './plain-value.js';
import { FileSecrets } from './plaintext-secrets.js';
import { documentSyntaxProblems } from './document-syntax.js';
import type { SyntaxProblem } from './syntax-messages.js';
import type { SourcePositions } from './source-positions.js';

// The pipeline names paths through this module; json-pointer.ts is where they are defined.
export { pointer, type Path } from './json-pointer.js';

/** One YAML document of a connection file: its plain value plus the source node behind every path. */
export class ConnectionDocument {
  private constructor(
    readonly value: unknown,
    private readonly located: Map<string, Located>,
    readonly positions: SourcePositions,
    private readonly aliasTargets: ReadonlyMap<Alias, Node | undefined>,
  ) {}

  /** The node behind the value at path, through an alias to its anchor's node. */
  resolvedNode(path: Path): Node | undefined {
    const node = this.node(path);
    return isAlias(node) ? this.aliasTargets.get(node) : node;
  }

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

  static fromYaml(
    doc: Document.Parsed,
    positions: SourcePositions,
    aliasTargets: ReadonlyMap<Alias, Node | undefined>,
  ): {
    document: ConnectionDocument;
    problems: SyntaxProblem[];
  } {
    const builder = new PlainValueBuilder(aliasTargets);
    const value = builder.build(doc.contents, []);
    return { document: new ConnectionDocument(value, builder.located, positions, aliasTargets), problems: builder.problems };
  }
}

export interface ParsedSource {
  positions: SourcePositions;
  documents: ConnectionDocument[];
  /** Documents whose YAML could not be parsed, with their errors; such documents are not linted further. */
  syntaxProblems: SyntaxProblem[];
  /** False when the file holds no document with content (empty, comments only). */
  hasContent: boolean;
  /** The YAML comments (not `#` inside scalars) up to where parsing stopped; only when the text holds the disable-directive marker. */
  comments: YamlComment[];
  /** The file's secrets, found in this same parse. */
  secrets: FileSecrets;
  /** False when parsing stopped early (too deep, too many tokens): the rest of the text was not looked at. */
  complete: boolean;
}

export function parseConnectionSource(positions: SourcePositions): ParsedSource {
  const text = positions.text;
  const comments: YamlComment[] = [];
  const documents: ConnectionDocument[] = [];
  const syntaxProblems: SyntaxProblem[] = [];
  const secrets = new FileSecrets(text);
  let hasContent = false;
  let complete = true;
  /** Where parsing stopped; the text after it is not looked at, not even for secrets (the source is not shown). */
  let parsedEnd = text.length;
  const stopped = (problem: SyntaxProblem) => {
    hasContent = true;
    complete = false;
    parsedEnd = problem.end;
    syntaxProblems.push(problem);
  };
  /** Where the text not yet given to a document starts: errors between documents belong to the one before. */
  let previousEnd = 0;
  let brokenFrom: number | undefined;
  for (const doc of composeDocuments(text, comments, stopped)) {
    if (brokenFrom !== undefined) secrets.addUnparsed(brokenFrom, Math.min(doc.range[0], parsedEnd));
    brokenFrom = undefined;
    const empty = isEmptyDocument(doc);
    if (!empty) hasContent = true;
    const { aliasTargets, duplicateKeys } = scanDocument(doc, secrets);
    if (doc.errors.length > 0) {
      syntaxProblems.push(...documentSyntaxProblems(doc, text));
      syntaxProblems.push(...duplicateKeys);
      brokenFrom = Math.min(previousEnd, doc.range[0]);
    } else if (duplicateKeys.length > 0) {
      syntaxProblems.push(...duplicateKeys);
    } else if (!empty) {
      const { document, problems } = ConnectionDocument.fromYaml(doc, positions, aliasTargets);
      if (problems.length > 0) syntaxProblems.push(...problems);
      else documents.push(document);
    }
    previousEnd = doc.range[2];
  }
  if (brokenFrom !== undefined) secrets.addUnparsed(brokenFrom, parsedEnd);
  syntaxProblems.sort((a, b) => a.start - b.start);
  return { positions, documents, syntaxProblems, hasContent, comments, secrets, complete };
}

/** A document with nothing in it (a stray `---`); an explicit `null` or `~` is content, and not a mapping. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  return contents === null || (isScalar(contents) && contents.source === '' && contents.value === null);
}
