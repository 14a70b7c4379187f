import { Composer, CST, isAlias, isCollection, isMap, isScalar, isSeq, Lexer, Parser, visit, type Alias, type Document, type Node, type YAMLMap } from 'yaml';
import { codeName } from '../model/display.js';
import { looksLikeSecretKey } from '../model/secrets.js';
import { FileSecrets } from './plaintext-secrets.js';
import { syntaxMessage } from './syntax-messages.js';
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

/**
 * Collections nested deeper than this are refused. A connection needs three levels; yaml's composer recurses per
 * level and overflows the stack near 800, and after such an overflow V8 can abort the whole process on the next
 * parse, so the limit is enforced before composing.
 */
export const maxNestingDepth = 100;

/**
 * Parsing stops after this many YAML tokens (keys, values, indicators, white space, comments) in one file. A full
 * connection has about 150. yaml needs up to about 200 bytes and 3 microseconds a token, so without a limit a
 * 20 MB file of a long list or of blank lines took 40 to 70 seconds and up to 3.6 GB.
 */
export const maxTokensPerFile = 1_000_000;

const tooDeepMessage = `the YAML is nested more than ${maxNestingDepth} levels deep (a connection needs three)`;
// Digits grouped by hand: toLocaleString at module load costs every run ~20 ms (Node loads its ICU number data).
const tooLargeMessage = `the file is too large to check: over ${String(maxTokensPerFile).replace(/\B(?=(\d{3})+$)/g, ',')} YAML tokens (a connection has about 150)`;

/** One YAML document of a connection file: its plain value plus the source node behind every path. */
export class ConnectionDocument {
  private constructor(
    readonly index: number,
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

  static fromYaml(index: number, doc: Document.Parsed, positions: SourcePositions, aliasTargets: ReadonlyMap<Alias, Node | undefined>): {
    document: ConnectionDocument;
    problems: SyntaxProblem[];
  } {
    const builder = new PlainValueBuilder(aliasTargets);
    const value = builder.build(doc.contents, []);
    return { document: new ConnectionDocument(index, value, builder.located, positions, aliasTargets), problems: builder.problems };
  }
}

class AliasBomb extends Error {}
class TooDeep extends Error {}

/** Turns YAML nodes into plain data the schema can check, remembering which node each path came from. */
class PlainValueBuilder {
  readonly located = new Map<string, Located>();
  readonly problems: SyntaxProblem[] = [];
  private aliasBudget = aliasNodeBudget;
  private aliasDepth = 0;
  /** Collections entered; aliases can nest values deeper than the text does. */
  private depth = 0;
  constructor(private readonly aliasTargets: ReadonlyMap<Alias, Node | undefined>) {}

  private resolve(alias: Alias): Node | undefined {
    return this.aliasTargets.get(alias);
  }

  build(node: Node | null, path: Path): unknown {
    if (node) this.located.set(pointer(path), { node });
    try {
      return this.toPlain(node, path);
    } catch (error) {
      // RangeError: a stack overflow the depth limit did not foresee; still one file's problem, not the run's.
      if (!(error instanceof AliasBomb) && !(error instanceof TooDeep) && !(error instanceof RangeError)) throw error;
      const [start, end] = node?.range ?? [0, 0];
      this.problems.push({
        start,
        end,
        message:
          error instanceof AliasBomb
            ? `aliases and merge keys expand to more than ${aliasNodeBudget} values; this looks like an alias bomb`
            : `${tooDeepMessage}, counting values reached through aliases`,
      });
      return undefined;
    }
  }

  private toPlain(node: Node | null | undefined, path: Path): unknown {
    if (!node) return null;
    if (this.aliasDepth > 0 && --this.aliasBudget < 0) throw new AliasBomb();
    if (isAlias(node)) {
      const target = this.resolve(node);
      if (!target) return this.unknownAnchor(node);
      this.aliasDepth++;
      try {
        return this.toPlain(target, path);
      } finally {
        this.aliasDepth--;
      }
    }
    if (isScalar(node)) return node.value;
    if (!isSeq(node) && !isMap(node)) return null;
    if (++this.depth > maxNestingDepth) throw new TooDeep();
    try {
      if (isSeq(node)) {
        return node.items.map((item, index) => {
          const itemPath = [...path, String(index)];
          if (item && typeof item === 'object' && 'range' in item) this.located.set(pointer(itemPath), { node: item as Node });
          return this.toPlain(item as Node, itemPath);
        });
      }
      const out: Record<string, unknown> = {};
      this.addEntries(out, node, path);
      return out;
    } finally {
      this.depth--;
    }
  }

  /** yaml accepts an alias whose anchor is not defined before it; YAML does not, and the value would be lost. */
  private unknownAnchor(alias: Alias): null {
    const [start, end] = alias.range ?? [0, 0];
    // The alias's name is not quoted: `accessToken: *s3cret` is an alias to nowhere whose name is a secret.
    this.problems.push({ start, end, message: 'this alias (*name) refers to no anchor (&name) defined before it' });
    return null;
  }

  /** Adds a mapping's entries; merge keys (<<) add only keys not already set, explicit keys win. */
  private addEntries(out: Record<string, unknown>, map: Node, path: Path): void {
    if (!isMap(map)) return;
    const merges: Node[] = [];
    for (const pair of map.items) {
      // Entries reached through merge keys count like values reached through aliases: nested merges of the same
      // mapping are a bomb too, even though repeated keys are skipped.
      if (this.aliasDepth > 0 && --this.aliasBudget < 0) throw new AliasBomb();
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
      const source = isAlias(merge) ? this.resolve(merge) : merge;
      if (!source) {
        this.unknownAnchor(merge as Alias);
        continue;
      }
      const sources = isSeq(source) ? source.items.map((item) => (isAlias(item) ? (this.resolve(item) ?? item) : item)) : [source];
      for (const item of sources) {
        if (isAlias(item)) {
          this.unknownAnchor(item);
          continue;
        }
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

interface DocumentScan {
  /** Each alias's target: the last node with its anchor before it, as Alias.resolve() finds it. */
  aliasTargets: Map<Alias, Node | undefined>;
  duplicateKeys: SyntaxProblem[];
}

/**
 * One walk over a document: alias targets, duplicate keys and secrets. Alias.resolve() walks the whole document
 * on every call, and yaml's own duplicate-key check compares each key with every earlier one, so both were
 * quadratic (10,000 aliases took 100 s, 100,000 keys 95 s); here each node is visited once.
 */
function scanDocument(doc: Document.Parsed, secrets: FileSecrets): DocumentScan {
  const anchors = new Map<string, Node>();
  const aliasTargets = new Map<Alias, Node | undefined>();
  const duplicateKeys: SyntaxProblem[] = [];
  const resolve = (alias: Alias) => aliasTargets.get(alias) ?? anchors.get(alias.source);
  const onNode = (node: Node) => {
    if (isAlias(node)) aliasTargets.set(node, anchors.get(node.source));
    else if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.set(node.anchor, node);
  };
  visit(doc, {
    Scalar: (_key, node) => onNode(node),
    Alias: (_key, node) => onNode(node),
    Seq: (_key, node) => onNode(node),
    Map: (_key, node) => {
      onNode(node);
      findDuplicateKeys(node, duplicateKeys);
      if (node.flow) findCommaSplitSecrets(node, secrets, resolve);
    },
    Pair: (_key, pair) => {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      // An anchor on the value is visited after this pair; the value itself then is the secret.
      if (typeof key === 'string' && looksLikeSecretKey(key)) secrets.addValue(pair.value as Node | null, resolve, (pair.key as Node).range?.[1]);
    },
  });
  return { aliasTargets, duplicateKeys };
}

/**
 * In a flow mapping a comma ends a value: `{ accessToken: abc,def }` reads as accessToken: abc plus a key `def`
 * without a value. Such value-less keys right after a secret are the rest of it, and are secret too.
 */
function findCommaSplitSecrets(map: YAMLMap, secrets: FileSecrets, resolve: (alias: Alias) => Node | undefined): void {
  let afterSecret = false;
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key === 'string' && looksLikeSecretKey(key)) afterSecret = pair.value !== null;
    else if (afterSecret && pair.value === null && isScalar(pair.key)) secrets.addValue(pair.key, resolve);
    else afterSecret = false;
  }
}

/**
 * Keys written twice in one mapping, as yaml's uniqueKeys finds them (the same scalar value; merge keys count
 * too), with one Set per mapping. The key is named: keys are names, not secret values, and it is shortened and
 * escaped.
 */
function findDuplicateKeys(map: YAMLMap, problems: SyntaxProblem[]): void {
  const seen = new Set<unknown>();
  for (const pair of map.items) {
    const key = pair.key;
    if (!isScalar(key)) continue;
    if (!seen.has(key.value)) {
      seen.add(key.value);
      continue;
    }
    const [start, end] = key.range ?? [0, 0];
    problems.push({ start, end, message: `keys must be unique: ${codeName(typeof key.value === 'symbol' ? '<<' : String(key.value))} is written twice in this mapping.` });
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
  /** The YAML comments (not `#` inside scalars) up to where parsing stopped; only when the text holds a bc-lint-disable marker. */
  comments: YamlComment[];
  /** The file's secrets, found in this same parse. */
  secrets: FileSecrets;
  /** False when parsing stopped early (too deep, too many tokens): the rest of the text was not looked at. */
  complete: boolean;
}

export interface YamlComment {
  offset: number;
  /** The comment's text, starting with `#`. */
  source: string;
}

/**
 * How connection files are parsed: YAML 1.2 with merge keys. Duplicate keys are rejected by scanDocument, not by
 * yaml's quadratic uniqueKeys.
 */
export const yamlParseOptions = { merge: true, prettyErrors: false, uniqueKeys: false } as const;

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
  let index = 0;
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
      for (const error of doc.errors) syntaxProblems.push({ start: error.pos[0], end: error.pos[1], message: syntaxMessage(error) });
      syntaxProblems.push(...duplicateKeys);
      brokenFrom = Math.min(previousEnd, doc.range[0]);
    } else if (duplicateKeys.length > 0) {
      syntaxProblems.push(...duplicateKeys);
    } else if (!empty) {
      const { document, problems } = ConnectionDocument.fromYaml(index, doc, positions, aliasTargets);
      if (problems.length > 0) syntaxProblems.push(...problems);
      else documents.push(document);
    }
    previousEnd = doc.range[2];
    index++;
  }
  if (brokenFrom !== undefined) secrets.addUnparsed(brokenFrom, parsedEnd);
  syntaxProblems.sort((a, b) => a.start - b.start);
  return { positions, documents, syntaxProblems, hasContent, comments, secrets, complete };
}

/**
 * parseAllDocuments, driven token by token so that parsing stops at nesting deeper than maxNestingDepth, before
 * yaml's recursive composer sees it, or after maxTokensPerFile tokens. The documents before that point are still
 * returned; the rest of the file is not checked. Comments are collected in the same pass.
 */
export function* composeDocuments(
  text: string,
  comments: YamlComment[] = [],
  onStop: (problem: SyntaxProblem) => void = () => undefined,
): Generator<Document.Parsed> {
  const composer = new Composer(yamlParseOptions);
  const parser = new Parser();
  // Only directives need comments: text without the marker skips classifying every token.
  const collectComments = text.includes('bc-lint-disable');
  let atScalar = false;
  let tokens = 0;
  for (const lexeme of new Lexer().lex(text)) {
    const offset = parser.offset;
    if (collectComments) {
      // The parser classifies tokens this way: the token after a scalar marker is scalar text, whatever it starts with.
      const type: string | null = atScalar ? 'scalar text' : CST.tokenType(lexeme);
      atScalar = type === 'scalar';
      if (type === 'comment') comments.push({ offset, source: lexeme });
    }
    for (const token of parser.next(lexeme)) yield* composer.next(token);
    let stop: string | undefined;
    if (++tokens > maxTokensPerFile) stop = tooLargeMessage;
    else if (parser.stack.length > maxNestingDepth && collectionsIn(parser.stack) > maxNestingDepth) stop = tooDeepMessage;
    if (stop) {
      onStop({ start: offset, end: offset + lexeme.length, message: `${stop}; the rest of the file is not checked` });
      yield* composer.end();
      return;
    }
  }
  for (const token of parser.end()) yield* composer.next(token);
  yield* composer.end();
}

function collectionsIn(stack: readonly CST.Token[]): number {
  return stack.filter((token) => token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection').length;
}

/** A document with nothing in it (a stray `---`); an explicit `null` or `~` is content, and not a mapping. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  return contents === null || (isScalar(contents) && contents.source === '' && contents.value === null);
}
