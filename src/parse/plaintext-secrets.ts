import { CST, isAlias, isCollection, isScalar, Lexer, visit, type Alias, type Node } from 'yaml';
import { isPlaintextSecret, looksLikeSecretKey, secretReference } from '../model/secrets.js';
import { starred } from '../model/redaction.js';

/**
 * The secrets of one file, found once, from the pipeline's own parse: plaintext values under secret keys (and keys
 * that look like them), what their aliases point at, collections under such keys, and in a document that failed
 * to parse every token after such a key. Every output is made from these facts and never recomputes them.
 */
export class FileSecrets {
  /** [start, end) offsets of secret text, to be starred out of the source. */
  private readonly spans: [number, number][] = [];
  /** [start, end) offsets from a secret key to the end of a document that failed to parse. */
  readonly unredactable: [number, number][] = [];
  /** The values in every form an output could show. */
  private readonly forms = new Set<string>();
  /** Nodes that hold a secret (alias targets included), with their forms, so rules' findings on them can be told apart. */
  readonly nodes = new Map<Node, string[]>();

  constructor(private readonly text: string) {}

  get values(): string[] {
    return [...this.forms];
  }

  /** A secret key's value node as parsed; `resolve` gives an alias's target (from the document's one walk). */
  addValue(value: Node | null, resolve: (alias: Alias) => Node | undefined, keyEnd?: number): void {
    if (!value) return;
    const props = isScalar(value) || isCollection(value) ? [value.anchor, value.tag].filter((p): p is string => !!p) : [];
    if (props.length > 0 && keyEnd !== undefined && value.range) {
      // `accessToken: &Zq9x` or `!Zq9x: 2`: a token starting with & or ! reads as an anchor or tag. Anchors and tags
      // are names, but under a secret key they may be the secret's own text, so they are masked with the value.
      let start = keyEnd;
      while (start < value.range[0] && /[:\s]/.test(this.text[start]!)) start++;
      const forms = this.addText([start, value.range[0]], props);
      if (isScalar(value) && value.value === null) {
        this.nodes.set(value, forms);
        return;
      }
    }
    if (isAlias(value)) {
      const target = resolve(value);
      // An alias with no anchor before it (`accessToken: *s3cret`): the secret is the text after the *.
      if (!target) this.nodes.set(value, this.addText(value.range, [value.source]));
      else this.addNode(target, resolve);
      return;
    }
    this.addNode(value, resolve);
  }

  private addNode(node: Node, resolve: (alias: Alias) => Node | undefined): void {
    if (this.nodes.has(node)) return; // many aliases of one anchor: its value is recorded once
    if (isScalar(node)) {
      if (!isPlaintextSecret(node.value)) return;
      const parsed = typeof node.value === 'object' ? [] : [String(node.value)];
      this.nodes.set(node, this.addText(node.range, parsed));
      return;
    }
    if (!isCollection(node)) return;
    // A list or mapping under a secret key (`supportPin: [4821]`): all of it is secret.
    this.nodes.set(node, this.addText(node.range, []));
    visit(node, {
      Scalar: (_key, scalar) => {
        this.nodes.set(scalar, this.addText(scalar.range, typeof scalar.value === 'object' || scalar.value === null ? [] : [String(scalar.value)]));
      },
      Alias: (_key, alias) => {
        const target = resolve(alias);
        if (target && !this.nodes.has(target)) this.addNode(target, resolve);
      },
    });
  }

  /** Records the text at range as secret, with its parsed forms; returns the forms. */
  private addText(range: readonly number[] | null | undefined, parsed: string[]): string[] {
    if (!range) return [];
    const [start, end] = range as [number, number];
    this.spans.push([start, end]);
    const written = this.text.slice(start, end);
    return this.addForms([...parsed, written, written.replace(/^\s*["']|["']\s*$/g, '')]);
  }

  private addForms(values: string[]): string[] {
    const added: string[] = [];
    for (const value of values) {
      for (const form of [value, ...value.split(/\r?\n/).map((line) => line.trim())]) {
        if (form.trim() === '' || secretReference.test(form)) continue;
        added.push(form, form.toLowerCase(), form.toUpperCase());
      }
    }
    for (const form of added) this.forms.add(form);
    return added;
  }

  /**
   * A document that failed to parse: its structure cannot be trusted, so from the first secret key on, every
   * token but white space, line breaks and flow or block indicators is secret. Lexes the document's own text
   * (no second read, no second parse: lexing is the parser's first step, without building anything).
   */
  addUnparsed(start: number, end: number): void {
    let offset = start;
    let atScalar = false;
    let secretFrom: number | undefined;
    /** The last scalar-like token, until the next token says whether it was a key (a `:` follows) or a value. */
    let pending: { text: string; start: number } | undefined;
    let skipUntil = 0;
    const settle = (isKey: boolean) => {
      if (pending && !isKey && secretFrom !== undefined) this.addForms([unquote(pending.text)]);
      pending = undefined;
    };
    for (const lexeme of new Lexer().lex(this.text.slice(start, end))) {
      let type: string | null;
      if (atScalar) {
        atScalar = false;
        type = 'scalar text';
      } else {
        type = CST.tokenType(lexeme);
        if (type === 'scalar') {
          atScalar = true;
          continue;
        }
        if (type === 'doc-mode' || type === 'flow-error-end') continue;
      }
      const from = offset;
      offset += lexeme.length;
      if (type === 'space' || type === 'newline' || from < skipUntil) continue;
      // A secret reference (${NAME}) lexes as several tokens in a broken flow mapping; it is no secret.
      const reference = type === 'scalar text' && lexeme === '$' ? referenceAt(this.text, from) : 0;
      if (reference > 0) {
        settle(false);
        skipUntil = from + reference;
        continue;
      }
      if (type === 'map-value-ind') {
        if (secretFrom === undefined && pending && looksLikeSecretKey(unquote(pending.text))) secretFrom = pending.start;
        settle(true);
        continue;
      }
      settle(false);
      if (structural.has(type ?? '')) continue;
      if (type !== 'comment') pending = { text: lexeme, start: from };
      if (secretFrom !== undefined) this.spans.push([from, offset]);
    }
    settle(false);
    if (secretFrom !== undefined) this.unredactable.push([secretFrom, end]);
  }

  /** The text with every secret character replaced by `*` (line breaks kept: lines and columns still match). */
  secretFreeText(): string {
    if (this.spans.length === 0) return this.text;
    const sorted = [...this.spans].sort((a, b) => a[0] - b[0]);
    const parts: string[] = [];
    let cursor = 0;
    for (const [start, end] of sorted) {
      if (end <= cursor) continue;
      const from = Math.max(start, cursor);
      parts.push(this.text.slice(cursor, from), starred(this.text.slice(from, end)));
      cursor = end;
    }
    parts.push(this.text.slice(cursor));
    return parts.join('');
  }
}

/** Tokens that are YAML punctuation, never part of a value. */
const structural = new Set([
  'flow-map-start',
  'flow-map-end',
  'flow-seq-start',
  'flow-seq-end',
  'comma',
  'seq-item-ind',
  'explicit-key-ind',
  'doc-start',
  'doc-end',
  'byte-order-mark',
]);

/** Length of the secret reference (${NAME}) at offset in text, or 0. */
function referenceAt(text: string, offset: number): number {
  const reference = /\$\{[A-Za-z_][A-Za-z0-9_]*\}/y;
  reference.lastIndex = offset;
  return reference.exec(text)?.[0].length ?? 0;
}

function unquote(text: string): string {
  const trimmed = text.trim();
  return /^(["']).*\1$/s.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}
