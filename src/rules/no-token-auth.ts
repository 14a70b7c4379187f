import type { Rule } from './rule.js';

/** From this day on, storefront tokens created after 2026-06-30 no longer work server-to-server. */
const tokenAuthCutoff = '2026-07-01';

export const noTokenAuth: Rule = {
  meta: {
    id: 'no-token-auth',
    defaultSeverity: 'error',
    description: 'Disallow `authType: token`: storefront tokens stop working server-to-server (a warning before 2026-07-01).',
    docs:
      'Storefront tokens created after 2026-06-30 no longer work server-to-server, and older ones lose that on ' +
      '2027-03-31. Server-to-server callers use `authType: custom`: a store-level API account with Storefront API ' +
      'tokens = Manage, from which the integration mints private tokens (POST /v3/storefront/api-token-private). ' +
      'Reported as a warning before 2026-07-01 and as an error from then on (`--today` sets the date).',
    fixable: false,
  },
  check({ connection, today, report }) {
    if (connection.authType !== 'token') return;
    report({
      path: ['authType'],
      severity: today >= tokenAuthCutoff ? 'error' : 'warning',
      message:
        '`authType: token` uses a storefront token: tokens created after 2026-06-30 no longer work ' +
        'server-to-server, and older ones stop on 2027-03-31. Use `authType: custom` with a private token.',
    });
  },
};
