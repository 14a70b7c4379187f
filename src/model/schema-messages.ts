import type { ErrorObject } from 'ajv';
import { codeName } from './display.js';
import { closest, didYouMean } from './suggest.js';

type Path = readonly string[];

/** One schema error as a message about a key or value; values are described, never quoted. */
export interface SchemaMessage {
  subject: string[];
  on: 'key' | 'value';
  message: string;
  /** A required key that is absent. */
  missing?: boolean;
  /** For an unknown key: the known key it is probably a typo of. */
  suggested?: string[];
}

/** What the schema being checked calls things: the connection schema and the project config each give one. */
export interface SchemaVocabulary {
  valueAt(path: Path): unknown;
  /** What an unknown key under `at` is called ("unknown scope key") and the names it may be a typo of. */
  unknownKey(at: Path): { what: string; known: Iterable<string> };
  /** Text added after "is not in the expected form." */
  patternHint?(at: Path, onKey: boolean): string | undefined;
  /** Text added after "missing required key `x`". */
  requiredHint?(key: string): string;
  /** Words for the enum at a path ("offers" for a scope's levels). */
  enumVerb?(at: Path): string;
  /** A message of its own for a value the enum rejects (a scope level left as a placeholder), else undefined. */
  enumMessage?(at: Path, value: unknown): string | undefined;
  /** The message for a wrong type at the root. */
  rootType?(value: unknown): string;
}

/**
 * Turns Ajv errors (validators compiled with messages: false) into bc-lint's messages: one wording for the
 * connection schema and the project config. `at` is the error's instancePath as a path.
 */
export function describeSchemaError(error: ErrorObject, at: string[], words: SchemaVocabulary): SchemaMessage | undefined {
  const name = at.length === 0 ? 'the connection' : codeName(at.join('.'));
  const params = error.params as Record<string, unknown>;
  const onValue = (message: string): SchemaMessage => ({ subject: at, on: 'value', message });
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      return { subject: [...at, key], on: 'value', missing: true, message: `missing required key \`${key}\`${words.requiredHint?.(key) ?? ''}.` };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const { what, known } = words.unknownKey(at);
      const suggestion = closest(key, known);
      return {
        subject: [...at, key],
        on: 'key',
        message: `${what} ${codeName(key)}${didYouMean(suggestion, '.')}`,
        ...(suggestion ? { suggested: [...at, suggestion] } : {}),
      };
    }
    case 'type': {
      const value = words.valueAt(at);
      if (at.length === 0 && words.rootType) return onValue(words.rootType(value));
      return onValue(`${name} must be ${typeWords[String(params.type)] ?? `a ${String(params.type)}`}, not ${kindOf(value)}.`);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``);
      const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed.join('');
      // The value is described, not quoted: it may be an alias of a secret.
      const value = words.valueAt(at);
      const own = words.enumMessage?.(at, value);
      if (own !== undefined) return onValue(own);
      const got = typeof value === 'string' ? ' the value is not one of them.' : ` it is ${kindOf(value)}.`;
      return onValue(`${name} ${words.enumVerb?.(at) ?? 'must be'} ${list};${got}`);
    }
    case 'minLength':
      return onValue(Number(params.limit) === 1 ? `${name} must not be empty.` : `${name} must be at least ${String(params.limit)} characters long.`);
    case 'maxLength':
      return onValue(`${name} must be at most ${String(params.limit)} characters long.`);
    case 'minimum':
      return onValue(`${name} must be ${String(params.limit)} or more.`);
    case 'pattern': {
      const onKey = error.propertyName !== undefined;
      const subject = onKey ? [...at, error.propertyName!] : at;
      const hint = words.patternHint?.(subject, onKey);
      return { subject, on: onKey ? 'key' : 'value', message: `${codeName(subject.join('.'))} is not in the expected form.${hint ? ` ${hint}` : ''}` };
    }
    case 'if': // the `then` branch's own error says what is missing
    case 'propertyNames': // the pattern error on the name itself says it
      return undefined;
    default:
      return onValue(`${name} is not valid (${error.keyword}).`);
  }
}

const typeWords: Readonly<Record<string, string>> = { object: 'a mapping', array: 'a list', integer: 'an integer' };

/** What a value is, in words, without quoting it. */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  // Tags such as !!binary and !!timestamp give values that are neither plain data nor mappings.
  if (value instanceof Uint8Array) return 'binary data';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a number' : 'a decimal number';
  if (typeof value === 'boolean') return 'true/false';
  return `a ${typeof value}`;
}
