import type { ErrorObject } from 'ajv';
import validateConnection from '../generated/connection-validator.js';
import { schemaFacts } from '../generated/schema-facts.js';
import { codeName } from '../model/display.js';
import { scopeKeys } from '../model/scopes.js';
import { closest } from '../model/suggest.js';
import type { SourceRange } from '../model/types.js';
import type { ConnectionDocument } from '../parse/connection-document.js';
import { parsePointer, pointer, type Path } from '../parse/json-pointer.js';
import type { RuleMeta } from './rule.js';

export const schemaMeta: RuleMeta = {
  id: 'schema',
  defaultSeverity: 'error',
  description: 'The connection must match the published schema: keys, types, required keys, scope levels.',
  docs:
    'Checks each connection against schemas/bigcommerce.connection.schema.json, the same schema editors use: ' +
    'required keys (name, storeHash, authType, accessToken; scopes with authType: custom), value types, unknown ' +
    'keys (with the closest known key suggested), unknown scope keys and levels a scope does not offer. A file ' +
    'that holds no connection at all is reported here too. Where another rule reports a value, this check does ' +
    'not report it again.',
  fixable: false,
};

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const validate = validateConnection as unknown as Validator;

export interface SchemaProblem {
  range: SourceRange;
  message: string;
}

/** Schema problems of one connection; `covered` holds the pointers other rules already reported on. */
export function checkSchema(document: ConnectionDocument, covered: ReadonlySet<string>): SchemaProblem[] {
  if (validate(document.value)) return [];
  const problems: SchemaProblem[] = [];
  const described = (validate.errors ?? []).flatMap((error) => describe(error, parsePointer(error.instancePath), document) ?? []);
  // A misspelt key is one problem: "unknown key `storehash`; did you mean `storeHash`?" also explains the missing one.
  const explainedByTypo = new Set(described.flatMap((problem) => (problem.suggested ? [pointer(problem.suggested)] : [])));
  const seen = new Set<string>();
  for (const problem of described) {
    const subject = pointer(problem.subject);
    if (covered.has(subject) || seen.has(subject)) continue;
    if (problem.missing && explainedByTypo.has(subject)) continue;
    seen.add(subject);
    const range = problem.on === 'key' ? document.keyRange(problem.subject) : document.valueRange(problem.subject);
    problems.push({ range, message: problem.message });
  }
  return problems;
}

export function noConnectionProblem(): string {
  return 'the file holds no connection; a connection file defines at least one (name, storeHash, authType, accessToken).';
}

interface Described {
  subject: Path;
  on: 'key' | 'value';
  message: string;
  /** A required key that is absent. */
  missing?: boolean;
  /** For an unknown key: the known key it is probably a typo of. */
  suggested?: Path;
}

function describe(error: ErrorObject, at: string[], document: ConnectionDocument): Described | undefined {
  const name = at.length === 0 ? 'the connection' : codeName(at.join('.'));
  const value = document.get(at);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      const why = key === 'scopes' ? ' (required with `authType: custom`)' : '';
      return { subject: [...at, key], on: 'value', missing: true, message: `missing required key \`${key}\`${why}.` };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const inScopes = at.length === 1 && at[0] === 'scopes';
      const known = inScopes ? scopeKeys : at.length === 0 ? schemaFacts.topLevelKeys : [];
      const suggestion = closest(key, known);
      const what = inScopes ? 'unknown scope key' : 'unknown key';
      return {
        subject: [...at, key],
        on: 'key',
        message: `${what} ${codeName(key)}` + (suggestion ? `; did you mean \`${suggestion}\`?` : '.'),
        ...(suggestion ? { suggested: [...at, suggestion] } : {}),
      };
    }
    case 'type': {
      if (at.length === 0) {
        return { subject: at, on: 'value', message: `a connection must be a mapping of keys (name:, storeHash:, ...), not ${kindOf(value)}.` };
      }
      const wanted = params.type === 'object' ? 'a mapping' : params.type === 'integer' ? 'an integer' : `a ${String(params.type)}`;
      return { subject: at, on: 'value', message: `${name} must be ${wanted}, not ${kindOf(value)}.` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``);
      const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed.join('');
      // The value is described, not quoted: it may be an alias of a secret.
      const got = typeof value === 'string' ? ' the value is not one of them.' : ` it is ${kindOf(value)}.`;
      const isScope = at.length === 2 && at[0] === 'scopes';
      return { subject: at, on: 'value', message: `${name} ${isScope ? 'offers' : 'must be'} ${list};${got}` };
    }
    case 'minLength':
      return { subject: at, on: 'value', message: `${name} must be at least ${String(params.limit)} characters long.` };
    case 'maxLength':
      return { subject: at, on: 'value', message: `${name} must be at most ${String(params.limit)} characters long.` };
    case 'minimum':
      return { subject: at, on: 'value', message: `${name} must be ${String(params.limit)} or more.` };
    case 'pattern': {
      // Normally another rule owns these values; this is the fallback when that rule is turned off.
      const messages: Readonly<Record<string, string>> = schemaFacts.patternMessages;
      const hint = messages[error.instancePath];
      return { subject: at, on: 'value', message: `${name} is not in the expected form.${hint ? ` ${hint}` : ''}` };
    }
    case 'if':
      return undefined; // the `then` branch's own error says what is missing
    default:
      return { subject: at, on: 'value', message: `${name} is not valid (${error.keyword}).` };
  }
}

function kindOf(value: unknown): string {
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
