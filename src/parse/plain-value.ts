import { isAlias, isMap, isScalar, isSeq, type Alias, type Node } from 'yaml';
import { maxNestingDepth, tooDeepMessage } from './guarded-compose.js';
import { pointer, type Path } from './json-pointer.js';
import type { SyntaxProblem } from './syntax-messages.js';

/** The source behind one path of the plain value. */
export interface Located {
  /** The value node as written: an alias node when the value came through an alias. */
  node: Node;
  key?: Node;
}

/**
 * Values reached through aliases are counted; past this many the document is treated as an alias bomb.
 * A real connection has well under a hundred nodes.
 */
const aliasNodeBudget = 10_000;

class AliasBomb extends Error {}
class TooDeep extends Error {}

/** Turns YAML nodes into plain data the schema can check, remembering which node each path came from. */
export class PlainValueBuilder {
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

function keyText(node: Node | null): string {
  if (node === null) return '';
  if (isScalar(node)) return String(node.value);
  return String(node);
}
