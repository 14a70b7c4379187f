import { connection } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const rule = 'yaml-syntax';
const unclosed = 'name: [unclosed\n';
const atUnclosedEnd = { line: 2, column: 1, endLine: 2, endColumn: 1 };
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => Buffer.from(part as string)));

ruleTester(rule, {
  valid: [
    { name: 'a valid connection', code: connection(), otherRules: [] },
    { name: 'valid multi-byte UTF-8', code: connection({ name: 'Café ☕ store' }), otherRules: [] },
    { name: 'a file with no connection is the schema rule\'s, not a syntax error', code: '', otherRules: ['schema'] },
  ],
  invalid: [
    {
      name: 'an unclosed flow sequence',
      code: unclosed,
      errors: [{ ...atUnclosedEnd, severity: 'error', message: 'a flow sequence ([...]) must end with a ] and its lines must be indented more than its key.' }],
      output: null,
      otherRules: [],
    },
    {
      name: 'a key written twice is reported on the second key, which the message names',
      code: connection({ authType: 'custom\nauthType: token' }),
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 9, message: 'keys must be unique: `authType` is written twice in this mapping.' }],
      otherRules: [],
    },
    {
      name: 'a document with a syntax error is not checked further; the other documents are',
      code: `${connection()}---\n${unclosed}---\n${connection({ tokenType: 'stencil-cli' })}`,
      errors: [{ line: 10, column: 1, endLine: 10, endColumn: 2 }],
      otherRules: ['token-type'],
    },
    {
      name: 'bytes that are not UTF-8 are reported at the first bad byte',
      code: bytes('name: Caf', [0xe9], ' latin-1\n'),
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 10, message: /byte 0xe9 is not valid UTF-8/ }],
      otherRules: [],
    },
    {
      name: 'a NUL byte marks binary data',
      code: 'name: a\u0000b\n',
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 9, message: 'the file contains a NUL byte; a connection file is YAML text, not binary data.' }],
      otherRules: [],
    },
    {
      name: 'a fatal finding stays an error even when the config lowers the rule',
      code: unclosed,
      config: { rules: { [rule]: 'warning' } },
      errors: [{ ...atUnclosedEnd, severity: 'error' }],
      otherRules: [],
    },
    {
      name: 'a fatal finding is reported even when the config turns the rule off',
      code: unclosed,
      config: { rules: { [rule]: 'off' } },
      errors: [{ ...atUnclosedEnd, severity: 'error' }],
    },
  ],
});
