import { Composer, CST, Lexer, Parser, type Document } from 'yaml';
import { disableDirectiveMarker } from '../model/disable-directive-marker.js';
import type { SyntaxProblem } from './syntax-messages.js';

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
const maxTokensPerFile = 1_000_000;

export const tooDeepMessage = `the YAML is nested more than ${maxNestingDepth} levels deep (a connection needs three)`;
// Digits grouped by hand: toLocaleString at module load costs every run ~20 ms (Node loads its ICU number data).
const tooLargeMessage = `the file is too large to check: over ${String(maxTokensPerFile).replace(/\B(?=(\d{3})+$)/g, ',')} YAML tokens (a connection has about 150)`;

export interface YamlComment {
  offset: number;
  /** The comment's text, starting with `#`. */
  source: string;
}

/**
 * How connection files are parsed: YAML 1.2 with merge keys. Duplicate keys are rejected by scanDocument, not by
 * yaml's quadratic uniqueKeys.
 */
const yamlParseOptions = { merge: true, prettyErrors: false, uniqueKeys: false } as const;

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
  const collectComments = text.includes(disableDirectiveMarker);
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
