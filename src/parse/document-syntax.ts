import { isScalar, visit, type Document, type YAMLError } from 'yaml';
import { syntaxMessage, type SyntaxProblem } from './syntax-messages.js';

/**
 * Errors yaml reports about one node (a tag, an alias, an escape), after which it reads on in place. Any other
 * error means its parser lost its place, and the errors after it in the document are echoes: one unquoted
 * ${NAME} in a flow mapping gave 15 "unexpected ..." errors, one per later token up to the document's end.
 */
const nodeErrorCodes: ReadonlySet<string> = new Set([
  'ALIAS_PROPS',
  'BAD_ALIAS',
  'BAD_COLLECTION_TYPE',
  'BAD_DIRECTIVE',
  'BAD_DQ_ESCAPE',
  'DUPLICATE_KEY',
  'KEY_OVER_1024_CHARS',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_DOCS',
  'MULTIPLE_TAGS',
  'NON_STRING_KEY',
  'RESOURCE_EXHAUSTION',
  'TAG_RESOLVE_FAILED',
]);

/**
 * The yaml-syntax findings of one document that yaml could not read: the node errors before its first parse
 * error, and that parse error, which is the cause (one mistake, one finding, as ESLint's one parsing error).
 * Each says what to do where the mistake is a common one.
 */
export function documentSyntaxProblems(doc: Document.Parsed, text: string): SyntaxProblem[] {
  // Stable by position: at one offset yaml lists the cause first (an unclosed quote before the unclosed bracket).
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const problems: SyntaxProblem[] = [];
  for (const error of errors) {
    const asReported = { start: error.pos[0], end: error.pos[1], message: syntaxMessage(error) };
    if (nodeErrorCodes.has(error.code)) {
      problems.push(asReported);
      continue;
    }
    problems.push(adviceFor(error, doc, text) ?? asReported);
    break;
  }
  return problems;
}

/** The common mistakes, recognised from the error and the text around it; the text itself is never quoted. */
function adviceFor(error: YAMLError, doc: Document.Parsed, text: string): SyntaxProblem | undefined {
  const [start] = error.pos;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = endOfLine(text, start);
  // In {...} or [...] a plain value ends at {, so the ${ of a reference opens a mapping: yaml's error is at the {.
  if (text[start] === '{' && text[start - 1] === '$') {
    const close = text.indexOf('}', start);
    const closesOnLine = close !== -1 && close < lineEnd && /^[A-Za-z0-9_]*$/.test(text.slice(start + 1, close));
    return { start: start - 1, end: closesOnLine ? close + 1 : start + 1, message: referenceInFlowMessage };
  }
  if (error.code === 'TAB_AS_INDENT' || (error.code === 'BAD_INDENT' && /^[ ]*\t/.test(text.slice(lineStart, lineEnd)))) {
    return { start: error.pos[0], end: error.pos[1], message: tabsMessage };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || (error.code === 'MISSING_CHAR' && /^Implicit map keys/.test(error.message))) {
    const rest = text.slice(start, lineEnd);
    const colon = /^[^\s#:'"][^:#]*?:(?=\S)/.exec(rest);
    if (colon && !/:(?:\s|$)/.test(rest)) {
      const at = start + colon[0].length - 1;
      return { start: at, end: at + 1, message: colonSpaceMessage };
    }
  }
  if (error.code === 'UNEXPECTED_TOKEN' && /^Unexpected scalar at node end/.test(error.message) && /["'][ \t]+$/.test(text.slice(lineStart, start))) {
    return { start: error.pos[0], end: error.pos[1], message: textAfterQuoteMessage };
  }
  if (error.code === 'MISSING_CHAR' && /^Missing closing ["']quote/.test(error.message)) return unclosedQuote(error, doc);
  return undefined;
}

const referenceInFlowMessage =
  "an unquoted ${NAME} reference inside {...} or [...]: YAML reads its { as the start of a mapping; quote the reference: '${NAME}'.";
const textAfterQuoteMessage = 'text after a quoted string: put the whole value inside the quotes.';
const tabsMessage = 'tabs used for indentation; YAML indents with spaces: replace the tabs with spaces.';
const colonSpaceMessage = 'a colon without a space after it: YAML reads key:value as one word; write key: value.';

/** Reported at the opening quote: yaml's position is where the text ran out, often the end of the file. */
function unclosedQuote(error: YAMLError, doc: Document.Parsed): SyntaxProblem | undefined {
  const double = error.message.startsWith('Missing closing "');
  let opening: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && node.range?.[1] === error.pos[0] && node.type === (double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE')) {
        opening = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (opening === undefined) return undefined;
  const quote = double ? '"' : "'";
  const kind = double ? 'double' : 'single';
  return { start: opening, end: opening + 1, message: `a ${kind}-quoted string that is not closed: add its closing ${quote} where the value ends.` };
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}
