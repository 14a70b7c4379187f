import { parseTree, type Node } from 'jsonc-parser';
import type { CredentialFileKind } from '../files/credential-names.js';
import { downloadFields, downloadSecrets, isDownloadLayout } from './download.js';
import { isPlaceholderCredential } from './placeholder.js';

/** One plaintext credential in a credential file. */
interface FoundCredential {
  /** How the message names it: a variable or key name, or the download's label. Never the value. */
  name: string;
  /** Offsets of the value as written (quotes included). */
  start: number;
  end: number;
  /** The value, and the text as written when that differs (escapes, quotes): what the redactor masks. */
  forms: string[];
}

export interface CredentialFile {
  kind: CredentialFileKind;
  credentials: FoundCredential[];
  /** Offsets of every value in the file, secret or not, starred in the report's source. */
  values: [number, number][];
}

/**
 * The credentials in a file's text, by its kind; undefined when the text is not that kind of credential file (a
 * `.txt` without the download's labels, a `.env` without a BigCommerce credential variable). A `.env` or any
 * named file holding the download's labels is the download renamed.
 */
export function findCredentials(kind: CredentialFileKind | 'named', text: string): CredentialFile | undefined {
  if (kind !== 'stencil' && kind !== 'catalyst' && isDownloadLayout(text)) return inDownload(text);
  if (kind === 'stencil' || kind === 'catalyst') return inJson(kind, text);
  if (kind === 'env') return inEnvFile(text);
  return undefined;
}

function inDownload(text: string): CredentialFile {
  const credentials: FoundCredential[] = [];
  const values: [number, number][] = [];
  let lineStart = 0;
  const fields = downloadFields(text);
  for (const field of fields) {
    // Lines between label lines are not the download's: starred whole, whatever they hold.
    values.push([lineStart, text.lastIndexOf('\n', field.start - 1) + 1], [field.start, field.end]);
    lineStart = lineEnd(text, field.end);
    const secret = downloadSecrets[field.label];
    if (secret && !isPlaceholderCredential(field.value)) {
      credentials.push({ name: `${secret.name} (\`${field.label}:\`)`, start: field.start, end: field.end, forms: [field.value] });
    }
  }
  values.push([lineStart, text.length]);
  return { kind: 'download', credentials, values: values.filter(([start, end]) => end > start) };
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end + 1;
}

/** A variable that holds a BigCommerce credential: BIGCOMMERCE_, BC_ or CATALYST_, and TOKEN, SECRET or PIN in a part. */
function isCredentialVariable(name: string): boolean {
  const upper = name.toUpperCase();
  if (!/^(BIGCOMMERCE|BC|CATALYST)_/.test(upper)) return false;
  return upper.split(/[_.-]/).some((part) => part.includes('TOKEN') || part.includes('SECRET') || part.endsWith('PIN'));
}

/**
 * dotenv's own line syntax (its LINE expression, motdotla/dotenv, BSD-2-Clause): `KEY=value`, `export KEY=value`,
 * `KEY: value`, quoted values over several lines, `# comments`. The `d` flag gives the value's offsets.
 */
const envLine = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;

function inEnvFile(text: string): CredentialFile | undefined {
  const credentials: FoundCredential[] = [];
  const values: [number, number][] = [];
  let isCredentialFile = false;
  for (const match of text.matchAll(envLine)) {
    const indices = match.indices![2];
    if (!indices) continue;
    const raw = match[2]!;
    const start = indices[0] + (raw.length - raw.trimStart().length);
    const written = raw.trim();
    const end = start + written.length;
    if (end > start) values.push([start, end]);
    if (!isCredentialVariable(match[1]!)) continue;
    isCredentialFile = true;
    const value = /^(['"`])[^]*\1$/.test(written) ? written.slice(1, -1) : written;
    if (isPlaceholderCredential(value)) continue;
    credentials.push({ name: `\`${match[1]!}\``, start, end, forms: value === written ? [value] : [value, written] });
  }
  return isCredentialFile ? { kind: 'env', credentials, values } : undefined;
}

/** Stencil's secrets.stencil.json / .stencil and Catalyst's .bigcommerce/project.json: every `accessToken` value. */
function inJson(kind: 'stencil' | 'catalyst', text: string): CredentialFile {
  const credentials: FoundCredential[] = [];
  const values: [number, number][] = [];
  const visit = (node: Node | undefined): void => {
    if (!node) return;
    if (node.type === 'property') {
      const [key, value] = node.children ?? [];
      if (value && (value.type === 'string' || value.type === 'number' || value.type === 'boolean')) {
        values.push([value.offset, value.offset + value.length]);
        if (key?.value === 'accessToken' && value.type === 'string' && !isPlaceholderCredential(String(value.value))) {
          const written = text.slice(value.offset + 1, value.offset + value.length - 1);
          const decoded = String(value.value);
          credentials.push({
            name: '`accessToken`',
            start: value.offset,
            end: value.offset + value.length,
            forms: decoded === written ? [decoded] : [decoded, written],
          });
        }
      }
      if (value?.type === 'object' || value?.type === 'array') visit(value);
    } else if (node.type === 'string' || node.type === 'number') {
      values.push([node.offset, node.offset + node.length]); // an array's items
    } else {
      for (const child of node.children ?? []) visit(child);
    }
  };
  visit(parseTree(text, [], { allowTrailingComma: true, disallowComments: false }));
  return { kind, credentials, values };
}
