// fast-check generators for connection files: well-formed ones with realistic mistakes, and mutations of them.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtinProfiles } from '../../src/model/profiles.js';
import type { FileReport, Finding } from '../../src/model/types.js';
import { scopeKeys, scopeLevels } from '../../src/model/scopes.js';
import { allRuleMetas } from '../../src/rules/index.js';

/**
 * Fixed so CI runs the same cases every time; FC_SEED=<n> explores others. fast-check prints the seed and the
 * shrunk counterexample of any failure, so a failure can be replayed with FC_SEED and its path.
 */
export const propertySettings = {
  seed: process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : 20_261_122,
  ...(process.env.FC_PATH !== undefined ? { path: process.env.FC_PATH } : {}),
};

// Values as written in YAML (quoting included), mixing good ones with the mistakes the rules look for.
const valuePools: Record<string, readonly string[]> = {
  name: ['Test connection', 'US production (Celigo)', "'Quoted: name'", '"Double \\"quoted\\" name"', 'abc', 'Café ☕ store', '~', '12345'],
  storeHash: [
    'ci4bzn8adz',
    'stores/pq7rs2',
    'https://api.bigcommerce.com/stores/pq7rs2/v3/',
    '"https://api.bigcommerce.com/stores/ci4bzn8adz/v2"',
    "'store-pq7rs2.mybigcommerce.com'",
    'https://store-xyz9-2.mybigcommerce.com/manage',
    'stores/12345',
    '"stores/00123"',
    'STORES/ABC',
    'stores/ab_c',
    '""',
    'ci4bzn8adz # trailing comment',
    '&hash stores/pq7rs2',
    '!!str stores/pq7rs2',
    '"stores/\\\n  pq7rs2"', // a double-quoted value over two lines
    'stores/\n  pq7rs2', // a plain value over two lines
    '|\n  stores/pq7rs2', // a block scalar: reported, never fixed
  ],
  subdomain: [
    'acme',
    'https://acme.mybigcommerce.com/',
    "'ACME'",
    '"acme.mybigcommerce.com"',
    'https://007.mybigcommerce.com',
    'store-pq7rs2',
    'https://shop.example.com',
    'Shop-Front',
    'acme.mybigcommerce.com:443/path',
  ],
  channelId: ['1', '2', '0', '-1', '1.5', '"1"', 'one'],
  apiPath: [
    'https://api.bigcommerce.com/stores/ci4bzn8adz/v3/',
    'https://api.bigcommerce.com/stores/pq7rs2/v3/',
    'https://api.bigcommerce.com/stores/ci4bzn8adz/v2',
    'https://api.bigcommerce.com/stores/ci4bzn8adz/graphql',
  ],
  authType: ['custom', 'token', 'Custom', 'oauth'],
  tokenType: ['v2-v3-api', 'stencil-cli', 'other'],
  clientId: ['9ksl2p0xv3hq7m1cz8rt4nb6wy5dfa0', '12345', "'quoted-id'"],
  clientSecret: ['${BIGCOMMERCE_CLIENT_SECRET}', 'plaintext-secret-value', '"${NOT VALID}"'],
  accessToken: ['${BIGCOMMERCE_ACCESS_TOKEN}', '${T}', '1x2y3z4w5v6u7t8s9r0qponmlkjihgf', "'${ALSO_OK}'", '$TOKEN'],
  supportPin: ['${BIGCOMMERCE_SUPPORT_PIN}', '918273'],
  integration: [...builtinProfiles.map((profile) => profile.name), 'celigoo', 'unknown-profile'],
  $schema: ['../schemas/bigcommerce.connection.schema.json'],
  storehash: ['ci4bzn8adz'], // an unknown key with a close known one
};

const keys = Object.keys(valuePools);
const comment = fc.constantFrom('# note', "# it's: [not] {yaml}", '#', '# bc-lint-disable-next-line store-hash-format -- audit', '# ünïcödé');
const level = (scope: string) => fc.constantFrom(...(scopeLevels[scope] ?? ['none']), 'manage', 'bogus');

const scopesBlock = fc
  .uniqueArray(fc.constantFrom(...scopeKeys, 'bogusScope'), { maxLength: 6 })
  .chain((chosen) => fc.tuple(fc.constant(chosen), fc.tuple(...chosen.map((scope) => level(scope))), fc.boolean()))
  .map(([chosen, levels, flow]) => {
    if (chosen.length === 0) return ['scopes: {}'];
    const pairs = chosen.map((scope, i) => `${scope}: ${levels[i]}`);
    return flow ? [`scopes: { ${pairs.join(', ')} }`] : ['scopes:', ...pairs.map((pair) => `  ${pair}`)];
  });

/** One connection document, as lines without line ends (a value may hold a line break of its own). */
const connectionLines = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: keys.length }),
    fc.array(fc.nat(), { minLength: keys.length, maxLength: keys.length }),
    fc.option(scopesBlock, { nil: undefined }),
    fc.array(fc.tuple(fc.nat(), comment, fc.boolean()), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([chosen, picks, scopes, comments, flowStyle]) => {
    const pairs = chosen.map((key, i) => {
      const pool = valuePools[key]!;
      return `${key}: ${pool[picks[i]! % pool.length]}`;
    });
    // The whole document as one flow mapping, when its values allow it.
    if (flowStyle && pairs.every((pair) => !/[\n#|&*!{}[\],]/.test(pair))) return [`{ ${pairs.join(', ')} }`];
    const lines = pairs;
    if (scopes) lines.push(...scopes);
    // Comments on their own line or after a value.
    for (const [at, text, ownLine] of comments) {
      const index = at % (lines.length + 1);
      if (ownLine || index === lines.length) lines.splice(index, 0, text);
      else if (!lines[index]!.includes('#') && !lines[index]!.endsWith(':')) lines[index] += `  ${text}`;
    }
    return lines;
  });

/** A connection file: one to three documents, LF or CRLF line ends. */
export const connectionFile = fc
  .tuple(fc.array(connectionLines, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([documents, newline, finalNewline]) => {
    const text = documents.map((lines) => lines.join(newline)).join(`${newline}---${newline}`);
    return finalNewline ? text + newline : text;
  });

const yamlCharacters = [...':-?[]{},#&*!|>\'"%@` \t\n\r\\/.$~0123456789azAZ', '\u00e9', '\u2028', '\ufeff', '\u0000', '😀'];

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...yamlCharacters)).map(([at, char]): Mutation => (text) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + char + text.slice(i);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })).map(([at, length]): Mutation => (text) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + text.slice(i + length);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (text) => {
    const lines = text.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join('\n');
  }),
  fc.nat().map((at): Mutation => (text) => {
    const lines = text.split('\n');
    const i = at % lines.length;
    lines.splice(i, 0, lines[i]!);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.constantFrom(' ', '  ', '\t', '- ')).map(([at, prefix]): Mutation => (text) => {
    const lines = text.split('\n');
    const i = at % lines.length;
    lines[i] = prefix + lines[i];
    return lines.join('\n');
  }),
  // Replace a key or a value with another one, or with a random token.
  fc
    .tuple(
      fc.nat(),
      fc.boolean(),
      fc.oneof(fc.constantFrom(...keys, ...Object.values(valuePools).flat(), '---', '<<', '*a', '&a x', '!!binary', '{', '['), fc.string({ maxLength: 8 })),
    )
    .map(([at, replaceKey, replacement]): Mutation => (text) => {
      const lines = text.split('\n');
      const i = at % lines.length;
      const match = /^(\s*)([^:#]+):(\s*)(.*)$/.exec(lines[i]!);
      if (!match) return text;
      const [, indent, key, space, value] = match;
      lines[i] = replaceKey ? `${indent}${replacement}:${space}${value}` : `${indent}${key}:${space || ' '}${replacement}`;
      return lines.join('\n');
    }),
);

/** A connection file with one to five random edits: inserted characters, deletions, line swaps, replacements. */
export const mutatedConnectionFile = fc
  .tuple(connectionFile, fc.array(mutation, { minLength: 1, maxLength: 5 }))
  .map(([text, mutations]) => mutations.reduce((current, mutate) => mutate(current), text));

/** Strings made mostly of characters that mean something in YAML. */
export const yamlishString = fc.string({ unit: fc.constantFrom(...yamlCharacters), maxLength: 200, size: 'medium' });

const ruleIds = new Set(allRuleMetas.map((meta) => meta.id));

/**
 * Every finding is complete: a known rule, a severity and a message. As in ESLint, a problem with a disable
 * directive itself (unknown rule name, unused directive) has no rule: ruleId null.
 */
export function assertWellFormed(report: FileReport): void {
  for (const finding of [...report.findings, ...report.suppressed]) {
    const directiveProblem = finding.ruleId === null && /bc-lint-disable/.test(finding.message);
    assert.ok(directiveProblem || ruleIds.has(String(finding.ruleId)), `ruleId ${String(finding.ruleId)}: ${finding.message}`);
    assert.ok(finding.severity === 'error' || finding.severity === 'warning', `severity ${finding.severity}`);
    assert.ok(typeof finding.message === 'string' && finding.message.trim().length > 0, 'empty message');
  }
}

/** Lines as editors show them: split at \n, a \r before it belongs to the line break. */
function visibleLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r$/, ''));
}

/** Every finding's range lies inside the file (text as linted: without a BOM). */
export function assertRangesInside(text: string, report: FileReport): void {
  const lines = visibleLines(text);
  const inside = (finding: Finding) => {
    const where = `${finding.ruleId} ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} in ${lines.length} lines`;
    assert.ok(Number.isInteger(finding.line) && finding.line >= 1 && finding.line <= lines.length, where);
    assert.ok(Number.isInteger(finding.endLine) && finding.endLine >= finding.line && finding.endLine <= lines.length, where);
    assert.ok(finding.column >= 1 && finding.column <= lines[finding.line - 1]!.length + 1, `${where}: column past the line`);
    assert.ok(finding.endColumn >= 1 && finding.endColumn <= lines[finding.endLine - 1]!.length + 1, `${where}: end column past the line`);
    if (finding.endLine === finding.line) assert.ok(finding.endColumn >= finding.column, `${where}: ends before it starts`);
    if (finding.fix) {
      const [start, end] = finding.fix.range;
      assert.ok(Number.isInteger(start) && start >= 0 && start <= end && end <= text.length, `${where}: fix range ${start}-${end}`);
    }
  };
  for (const finding of [...report.findings, ...report.suppressed]) inside(finding);
}
