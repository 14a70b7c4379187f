/**
 * The secret facts, in one place: which connection fields hold secrets, what a secret reference looks like, and
 * which keys look like a secret field. The parser's secret finder, the no-plaintext-secret rule and the starter
 * connection all read them from here.
 */

/** A secret reference such as ${BIGCOMMERCE_ACCESS_TOKEN}, resolved from the environment or a vault at run time. */
export const secretReference = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;

/** Secret fields and the reference suggested for each. */
export const secretFields = {
  accessToken: '${BIGCOMMERCE_ACCESS_TOKEN}',
  clientSecret: '${BIGCOMMERCE_CLIENT_SECRET}',
  supportPin: '${BIGCOMMERCE_SUPPORT_PIN}',
} as const;

export type SecretField = keyof typeof secretFields;

export function isSecretField(key: string): key is SecretField {
  return Object.hasOwn(secretFields, key);
}

/** A reference written in another tool's syntax: not a secret, but the file format does not resolve it. */
export interface OtherReference {
  /** What the syntax is, for messages: "a shell-style `$NAME` reference". */
  syntax: string;
  /** The variable name, when the value converts to `${NAME}` as it stands. */
  name?: string;
}

const variableName = '([A-Za-z_][A-Za-z0-9_]*)';
const otherReferenceSyntaxes: readonly { pattern: RegExp; syntax: string; convertible: boolean }[] = [
  { pattern: new RegExp(`^\\$${variableName}$`), syntax: 'a shell-style `$NAME` reference', convertible: true },
  { pattern: new RegExp(`^\\$\\{\\s*${variableName}\\s*\\}$`), syntax: 'a `${ NAME }` reference with spaces', convertible: true },
  { pattern: new RegExp(`^\\$\\{\\s*env:\\s*${variableName}\\s*\\}$`), syntax: 'a `${env:NAME}` reference', convertible: true },
  { pattern: new RegExp(`^%${variableName}%$`), syntax: 'a Windows-style `%NAME%` reference', convertible: true },
  { pattern: /^\$\{\{.*\}\}$/s, syntax: 'a GitHub Actions expression (`${{ secrets.NAME }}`)', convertible: false },
  { pattern: /^\{\{.*\}\}$/s, syntax: 'a template expression (`{{ ... }}`)', convertible: false },
  { pattern: /^op:\/\/\S+$/, syntax: 'a 1Password secret reference (`op://...`)', convertible: false },
  { pattern: /^vault:\S+$/, syntax: 'a Vault reference (`vault:...`)', convertible: false },
  { pattern: /^arn:aws[a-z-]*:secretsmanager:\S+$/, syntax: 'an AWS Secrets Manager ARN', convertible: false },
];

/** The other reference syntax a value is written in, if any (`${NAME}` itself is not "other"). */
export function otherReference(value: unknown): OtherReference | undefined {
  if (typeof value !== 'string' || secretReference.test(value)) return undefined;
  for (const { pattern, syntax, convertible } of otherReferenceSyntaxes) {
    const match = pattern.exec(value);
    if (match) return convertible ? { syntax, name: match[1]! } : { syntax };
  }
  return undefined;
}

/** A secret field's value that is written in plain text (the thing to mask and never print). */
export function isPlaintextSecret(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (typeof value === 'string') return !secretReference.test(value) && otherReference(value) === undefined;
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value instanceof Uint8Array;
}

/**
 * What a secret pasted into `clientId` looks like: 64 hex digits (a client secret) or a JWT (a storefront, private
 * or impersonation token). A client ID is 30 to 32 lowercase letters and digits, so neither shape is one.
 */
export function swappedSecretKind(value: unknown): 'client secret' | 'JWT token' | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return 'client secret';
  if (/^eyJ[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){0,2}$/.test(trimmed)) return 'JWT token';
  return undefined;
}

/** A key whose value is a secret because of its shape: a `clientId` holding a client secret or a token. */
export function holdsSwappedSecret(key: string, value: unknown): boolean {
  return normalize(key) === 'clientid' && swappedSecretKind(value) !== undefined;
}

/** Longer keys are not compared: a misspelt field name is short, and the comparison stays cheap. */
const maxSecretKeyLength = 40;
const normalize = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
const normalizedSecretFields = Object.keys(secretFields).map(normalize);

/**
 * A key that is a secret field or looks like one: other case or separators (`client_secret`, `AccessToken`) or a
 * small misspelling (`acessToken`, `supportPn`). Its value is treated as a secret, so a typo cannot make a token
 * printable. One or two edits, by the length of the field name.
 */
export function looksLikeSecretKey(key: string): boolean {
  if (isSecretField(key)) return true;
  if (key.length > maxSecretKeyLength) return false;
  let answer = secretKeyAnswers.get(key);
  if (answer === undefined) {
    const normalized = normalize(key);
    answer = normalizedSecretFields.some((field) => boundedEditDistance(normalized, field, field.length >= 10 ? 2 : 1));
    if (secretKeyAnswers.size >= maxRememberedKeys) secretKeyAnswers.clear();
    secretKeyAnswers.set(key, answer);
  }
  return answer;
}

/** Every key of every document is asked about, and a run's files share most keys: remember the answers (bounded). */
const secretKeyAnswers = new Map<string, boolean>();
const maxRememberedKeys = 10_000;

/** Whether the optimal-string-alignment distance between a and b is at most `limit` (both short). */
function boundedEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous2: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      row.push(value);
    }
    previous2 = previous;
    previous = row;
  }
  return previous[b.length]! <= limit;
}
