import { isAlias, isScalar, visit, type Node } from 'yaml';
import { isPlaintextSecret, secretFields } from '../rules/no-plaintext-secret.js';
import { composeDocuments } from './connection-document.js';
import { decodeSource } from './decode.js';

/** A secret field whose value is written in plain text. */
export interface PlaintextSecret {
  key: string;
  /** Offsets of the value as written, in the file's text (BOM dropped). */
  start: number;
  end: number;
  /** The value in every form a log could show: as parsed, as written, and each line of a multi-line value. */
  forms: string[];
}

/**
 * The file's text as the pipeline sees it (BOM dropped). Bytes that are not UTF-8 become U+FFFD, one per bad
 * sequence, so line numbers still match the findings.
 */
export function sourceText(bytes: Uint8Array): string {
  const decoded = decodeSource(bytes);
  return decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes);
}

/**
 * Plaintext values of the secret fields (accessToken, clientSecret, supportPin) anywhere in the file: in every
 * document, including documents with YAML errors, duplicate keys and anchors, so they can be masked before any
 * output. Uses the pipeline's own YAML parse.
 */
export function findPlaintextSecrets(text: string): PlaintextSecret[] {
  const secrets: PlaintextSecret[] = [];
  // The pipeline's guarded parse: a hostile file cannot overflow the stack or run without end here either.
  for (const doc of composeDocuments(text)) {
    visit(doc, {
      Pair(_, pair) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined || !Object.hasOwn(secretFields, key)) return;
        const value = isAlias(pair.value) ? pair.value.resolve(doc) : (pair.value as Node | null);
        if (!isScalar(value) || !value.range || !isPlaintextSecret(value.value)) return;
        const parsed = typeof value.value === 'object' ? [] : [String(value.value)];
        secrets.push({ key, start: value.range[0], end: value.range[1], forms: withLines([...parsed, value.source ?? '']) });
      },
    });
  }
  return secrets;
}

/** The distinct non-blank forms and their lines (a log prints line by line, so each line is masked too). */
function withLines(values: string[]): string[] {
  const forms = new Set<string>();
  for (const value of values) {
    if (value.trim() !== '') forms.add(value);
    for (const line of value.split(/\r?\n/)) if (line.trim() !== '') forms.add(line.trim());
  }
  return [...forms];
}

/** The text with every plaintext secret's characters removed (line breaks kept, so lines still line up). */
export function withoutSecrets(text: string, secrets: readonly PlaintextSecret[]): string {
  let out = text;
  // An alias can name the same anchored value twice; remove each span once, last first so offsets hold.
  const spans = new Map(secrets.map((secret) => [secret.start, secret]));
  for (const secret of [...spans.values()].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, secret.start) + out.slice(secret.start, secret.end).replace(/[^\r\n]/g, '') + out.slice(secret.end);
  }
  return out;
}
