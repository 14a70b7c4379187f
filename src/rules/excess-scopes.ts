import { oauthScopes } from '../model/oauth-scopes.js';
import { isScopeKey, levelRank, lowestLevel } from '../model/scopes.js';
import { isMapping, type Rule } from './rule.js';

const oauthOf = (scope: string, level: unknown) => {
  const oauth = typeof level === 'string' ? oauthScopes[scope]?.[level] : undefined;
  return oauth ? ` (${oauth})` : '';
};

export const excessScopes: Rule = {
  meta: {
    id: 'excess-scopes',
    defaultSeverity: 'warning',
    description: 'Scopes granted above what the declared `integration` needs (least privilege).',
    docs:
      "An API account's token can do everything its scopes allow, for as long as it lives. Grant an integration " +
      'only what it uses: a migration tool importing data needs modify on the eight migration scopes and nothing ' +
      'else; one exporting data needs read-only and nothing else; Stitch (the Singer tap-bigcommerce) only reads, so ' +
      'modify on any scope is excess. Profiles without an excess check (celigo, storeautomator, wordpress, ' +
      'wordpress-headless, catalyst, pos-foundation, starshipit, dropstream, sumtracker, akeneo) are not checked. ' +
      'One finding per scope.',
    fixable: false,
  },
  check({ connection, profile, report }) {
    const allowed = profile?.allowed;
    const scopes = connection.scopes;
    if (!profile || !allowed || !isMapping(scopes)) return;
    for (const [scope, level] of Object.entries(scopes)) {
      if (!isScopeKey(scope)) continue;
      const rank = levelRank(scope, level);
      const limit = allowed[scope] ?? lowestLevel(scope);
      if (rank < 0 || rank <= levelRank(scope, limit)) continue;
      report({
        path: ['scopes', scope],
        message:
          `\`${scope}: ${String(level)}\`${oauthOf(scope, level)} is more than integration \`${profile.name}\` needs; lower it to \`${limit}\`. ` +
          'Scopes cannot be changed after the API account is created: create a new account with fewer (Settings > API > Store-level API accounts).',
      });
    }
  },
};
