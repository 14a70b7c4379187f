import type { ErrorObject } from 'ajv';
import validateConnection from '../generated/connection-validator.js';
import { schemaFacts } from '../generated/schema-facts.js';
import { isScopePlaceholder, scopeStillToDecide } from '../model/scope-placeholder.js';
import { describeSchemaError, kindOf, type SchemaVocabulary } from '../model/schema-messages.js';
import { scopeKeys } from '../model/scopes.js';
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
  const words = vocabulary(document);
  const described = (validate.errors ?? []).flatMap((error) => describeSchemaError(error, parsePointer(error.instancePath), words) ?? []);
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

/** The connection schema's words for its errors. */
function vocabulary(document: ConnectionDocument): SchemaVocabulary {
  const patternMessages: Readonly<Record<string, string>> = schemaFacts.patternMessages;
  const inScopes = (at: Path) => at.length === 1 && at[0] === 'scopes';
  return {
    valueAt: (at) => document.get(at),
    unknownKey: (at) =>
      inScopes(at) ? { what: 'unknown scope key', known: scopeKeys } : { what: 'unknown key', known: at.length === 0 ? schemaFacts.topLevelKeys : [] },
    // Normally another rule owns these values; the hint is the fallback when that rule is turned off.
    patternHint: (at) => patternMessages[pointer(at)],
    requiredHint: (key) => (key === 'scopes' ? ' (required with `authType: custom`)' : ''),
    enumMessage: (at, value) => (at.length === 2 && at[0] === 'scopes' && isScopePlaceholder(value) ? scopeStillToDecide(at[1]!) : undefined),
    enumVerb: (at) => (at.length === 2 && at[0] === 'scopes' ? 'offers' : 'must be'),
    rootType: (value) => `a connection must be a mapping of keys (name:, storeHash:, ...), not ${kindOf(value)}.`,
  };
}
