import { isAlias, isCollection, isScalar, visit, type Alias, type Document, type Node, type YAMLMap } from 'yaml';
import { codeName } from '../model/display.js';
import { holdsSwappedSecret, looksLikeSecretKey } from '../model/secrets.js';
import type { FileSecrets } from './plaintext-secrets.js';
import type { SyntaxProblem } from './syntax-messages.js';

export interface DocumentScan {
  /** Each alias's target: the last node with its anchor before it, as Alias.resolve() finds it. */
  aliasTargets: Map<Alias, Node | undefined>;
  duplicateKeys: SyntaxProblem[];
}

/**
 * One walk over a document: alias targets, duplicate keys and secrets. Alias.resolve() walks the whole document
 * on every call, and yaml's own duplicate-key check compares each key with every earlier one, so both were
 * quadratic (10,000 aliases took 100 s, 100,000 keys 95 s); here each node is visited once.
 */
export function scanDocument(doc: Document.Parsed, secrets: FileSecrets): DocumentScan {
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
      if (typeof key !== 'string') return;
      // A client secret pasted into clientId is a secret too (client-id-format reports it).
      if (looksLikeSecretKey(key) || holdsSwappedSecret(key, scalarValue(pair.value as Node | null, resolve))) {
        secrets.addValue(pair.value as Node | null, resolve, (pair.key as Node).range?.[1]);
      }
    },
  });
  return { aliasTargets, duplicateKeys };
}

/** A scalar's value, through an alias; undefined for anything else. */
function scalarValue(node: Node | null, resolve: (alias: Alias) => Node | undefined): unknown {
  const target = isAlias(node) ? resolve(node) : node;
  return isScalar(target) ? target.value : undefined;
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
    problems.push({
      start,
      end,
      message: `keys must be unique: ${codeName(typeof key.value === 'symbol' ? '<<' : String(key.value))} is written twice in this mapping.`,
    });
  }
}
