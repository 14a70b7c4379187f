import { connection } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const rule = 'no-token-auth';
const tokenConnection = connection({ authType: 'token', scopes: '<omit>' });
const onAuthType = { line: 3, column: 11, endLine: 3, endColumn: 16 };

ruleTester(rule, {
  valid: [
    { name: 'authType custom', code: connection() },
    { name: 'turning the rule off removes its findings', code: tokenConnection, config: { rules: { [rule]: 'off' } }, otherRules: [] },
    { name: 'an authType that is neither custom nor token is left to the schema', code: connection({ authType: 'Token' }), otherRules: ['schema'] },
  ],
  invalid: [
    {
      name: 'authType token is reported on its value, the only finding of a token connection without scopes',
      code: tokenConnection,
      errors: [
        {
          ...onAuthType,
          severity: 'error',
          message:
            '`authType: token` uses a storefront token: tokens created after 2026-06-30 no longer work server-to-server, ' +
            'and older ones stop on 2027-03-31. Use `authType: custom` with a private token.',
        },
      ],
      output: null,
      otherRules: [],
    },
    {
      name: 'on 2026-06-30, the last day before the cut-off, a warning',
      code: tokenConnection,
      today: '2026-06-30',
      errors: [{ ...onAuthType, severity: 'warning' }],
    },
    { name: 'on 2026-07-01, the cut-off day, an error', code: tokenConnection, today: '2026-07-01', errors: [{ ...onAuthType, severity: 'error' }] },
    { name: 'well before the cut-off, a warning', code: tokenConnection, today: '2025-01-15', errors: [{ ...onAuthType, severity: 'warning' }] },
    { name: 'after 2027-03-31 still an error', code: tokenConnection, today: '2027-04-01', errors: [{ ...onAuthType, severity: 'error' }] },
    {
      name: 'a configured severity wins over the date: warning after the cut-off',
      code: tokenConnection,
      today: '2026-11-22',
      config: { rules: { [rule]: 'warning' } },
      errors: [{ ...onAuthType, severity: 'warning' }],
    },
    {
      name: 'a configured severity wins over the date: error before the cut-off',
      code: tokenConnection,
      today: '2026-06-30',
      config: { rules: { [rule]: 'error' } },
      errors: [{ ...onAuthType, severity: 'error' }],
    },
  ],
});
