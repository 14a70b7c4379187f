import { connection } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const rule = 'token-type';

ruleTester(rule, {
  valid: [
    { name: 'tokenType v2-v3-api', code: connection({ tokenType: 'v2-v3-api' }), otherRules: [] },
    { name: 'leaving out tokenType (the default is v2-v3-api)', code: connection() },
    { name: 'a token type that does not exist is left to the schema', code: connection({ tokenType: 'stencil' }), otherRules: ['schema'] },
    { name: 'turning the rule off removes its finding', code: connection({ tokenType: 'stencil-cli' }), config: { rules: { [rule]: 'off' } }, otherRules: [] },
  ],
  invalid: [
    {
      name: 'tokenType stencil-cli is reported on its value (one finding in total)',
      code: connection({ tokenType: 'stencil-cli' }),
      errors: [
        {
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 23,
          severity: 'error',
          message: '`tokenType: stencil-cli` is for theme work and cannot call the V2/V3 APIs; create a V2/V3 API token (`v2-v3-api`).',
        },
      ],
      output: null,
      otherRules: [],
    },
    {
      name: 'a quoted stencil-cli',
      code: connection({ tokenType: '"stencil-cli"' }),
      errors: [{ line: 5, column: 12, endLine: 5, endColumn: 25 }],
    },
  ],
});
