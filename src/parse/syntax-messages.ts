import type { YAMLError } from 'yaml';

/**
 * yaml-syntax messages, written from yaml's error code and a few fixed message shapes, never from yaml's own
 * message: yaml quotes the rejected token (`Unexpected scalar token in YAML stream: "<text>"`), and that text can
 * be a secret (a clientSecret after an unquoted ${...} in a flow mapping). The finding's position points at it.
 */
export function syntaxMessage(error: Pick<YAMLError, 'code' | 'message'>): string {
  const detail = knownShapes.find(([shape]) => shape.test(error.message));
  if (detail) return `${detail[1]}.`;
  if (error.code === 'UNEXPECTED_TOKEN') {
    // The token type is a word from yaml's fixed list (scalar, comma, flow-map-end...), never source text.
    const type = /^Unexpected ([a-z]+(?:-[a-z]+)*)(?: token| at node end)/.exec(error.message)?.[1];
    if (type) return `unexpected ${tokenWords[type] ?? type.replace(/-/g, ' ')} here.`;
  }
  return `${byCode[error.code] ?? 'YAML that cannot be read'}.`;
}

const tokenWords: Readonly<Record<string, string>> = {
  scalar: 'scalar (a value or key)',
  'flow-map-start': '{',
  'flow-map-end': '}',
  'flow-seq-start': '[',
  'flow-seq-end': ']',
  comma: 'comma',
  'map-value-ind': 'colon',
  'seq-item-ind': 'list item (-)',
  'explicit-key-ind': 'explicit key (?)',
  'block-scalar': 'block scalar (| or >)',
  'block-map': 'mapping',
  'block-seq': 'list',
  'flow-collection': 'flow collection',
  'double-quoted-scalar': 'double-quoted string',
  'single-quoted-scalar': 'single-quoted string',
  alias: 'alias (*)',
  anchor: 'anchor (&)',
  tag: 'tag (!)',
  'doc-start': 'document start (---)',
  'doc-end': 'document end (...)',
};

/** yaml's messages that name a kind of problem without quoting source, by their fixed start. */
const knownShapes: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /^Flow sequence in block collection must be sufficiently indented and end with a \]/,
    'a flow sequence ([...]) must end with a ] and its lines must be indented more than its key',
  ],
  [
    /^Flow map in block collection must be sufficiently indented and end with a \}/,
    'a flow mapping ({...}) must end with a } and its lines must be indented more than its key',
  ],
  [/^Flow sequence must end with a \]/, 'a flow sequence ([...]) must end with a ]'],
  [/^Flow map must end with a \}/, 'a flow mapping ({...}) must end with a }'],
  [/^Missing closing "quote/, 'a double-quoted string is not closed'],
  [/^Missing closing 'quote/, 'a single-quoted string is not closed'],
  [/^Missing , or : between flow map items/, 'missing comma or colon between the entries of a flow mapping ({...})'],
  [/^Missing , between flow (map|sequence) items/, 'missing comma between the items of a flow collection ({...} or [...])'],
  [/^Missing space after : in flow/, 'missing space after a colon in a flow collection'],
  [/^Implicit map keys need to be followed by map values/, 'a key without a colon and a value'],
  [/^Implicit keys need to be on a single line/, 'a key that runs over more than one line (a value missing its quotes?)'],
  [/^Nested mappings are not allowed in compact mappings/, 'a value that holds ": " must be quoted: a mapping cannot start inside a value'],
  [/^Comments must be separated from other tokens/, 'a comment (#) needs white space before it'],
  [/^Tags and anchors must be separated/, 'a tag or anchor needs white space after it'],
  [/^Unexpected , in flow/, 'unexpected comma in a flow collection'],
  [/^Unexpected empty item in flow/, 'an empty item in a flow collection'],
  [/^Block scalar header includes extra characters/, 'extra characters after a block scalar indicator (| or >)'],
  [/^Plain value cannot start with/, 'an unquoted value cannot start with this character; quote the value'],
  [/^Invalid escape sequence/, 'bad escape in a double-quoted string'],
  [/^All sequence items must start at the same column/, 'the items of a list must start at the same column'],
  [/^Sequence item without - indicator/, 'a list item without its -'],
  [/^Tabs are not allowed as indentation/, 'tabs used for indentation; YAML indents with spaces'],
];

/** One wording per yaml error code (YAMLError.code), for messages not matched above. */
const byCode: Readonly<Record<string, string>> = {
  ALIAS_PROPS: 'an alias cannot have an anchor or a tag',
  BAD_ALIAS: 'an empty or ambiguous anchor or alias name',
  BAD_COLLECTION_TYPE: 'a tag that does not fit its collection',
  BAD_DIRECTIVE: 'a %-directive that is not valid',
  BAD_DQ_ESCAPE: 'bad escape in a double-quoted string',
  BAD_INDENT: 'bad indentation',
  BAD_PROP_ORDER: 'an anchor or tag in the wrong place',
  BAD_SCALAR_START: 'an unquoted value cannot start with this character; quote the value',
  BLOCK_AS_IMPLICIT_KEY: 'a mapping or list where a key was expected',
  BLOCK_IN_FLOW: 'block-style content inside a flow collection ({...} or [...])',
  DUPLICATE_KEY: 'a key written twice in one mapping; keys must be unique',
  IMPOSSIBLE: 'YAML that cannot be read',
  KEY_OVER_1024_CHARS: 'a key longer than 1024 characters',
  MISSING_CHAR: 'a missing character (a quote, comma, colon or indicator)',
  MULTILINE_IMPLICIT_KEY: 'a key that runs over more than one line',
  MULTIPLE_ANCHORS: 'a value with more than one anchor',
  MULTIPLE_DOCS: 'more than one document where one was expected',
  MULTIPLE_TAGS: 'a value with more than one tag',
  NON_STRING_KEY: 'a key that is not a string',
  RESOURCE_EXHAUSTION: 'aliases that expand to too many values',
  TAB_AS_INDENT: 'tabs used for indentation; YAML indents with spaces',
  TAG_RESOLVE_FAILED: 'a tag (!...) that does not apply to its value',
  UNEXPECTED_TOKEN: 'unexpected content',
};

/** A problem found while reading YAML (syntax, limits, aliases); reported as yaml-syntax. */
export interface SyntaxProblem {
  start: number;
  end: number;
  message: string;
}
