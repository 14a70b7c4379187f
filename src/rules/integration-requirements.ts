import { oauthScopes } from '../model/oauth-scopes.js';
import { levelRank, lowestLevel } from '../model/scopes.js';
import { closest, didYouMean } from '../model/suggest.js';
import { isMapping, type Rule } from './rule.js';

/** Where each field's value comes from, for the "needs ... to be set" message. */
const fieldSources: Readonly<Record<string, string>> = {
  subdomain: 'the label before .mybigcommerce.com in the storefront address (acme for https://acme.mybigcommerce.com)',
  apiPath: 'the API Path shown when the API account was created (Settings > API > Store-level API accounts)',
  clientId: 'the Client ID shown when the API account was created (Settings > API > Store-level API accounts)',
  clientSecret: 'a reference such as ${BIGCOMMERCE_CLIENT_SECRET} to the Client Secret shown when the API account was created',
};

export const integrationRequirements: Rule = {
  meta: {
    id: 'integration-requirements',
    defaultSeverity: 'error',
    description: 'The connection must give the declared `integration` every field and scope level it needs.',
    docs:
      "With `integration` set, the connection is checked against that integrator's needs: Celigo needs " +
      '`authType: custom`, a `subdomain` and both storefront-token scopes at manage; migration tools need Content, ' +
      'Information & settings, Marketing, Channel settings and Channel listings (modify to import, read-only to ' +
      'export) plus the API path and client ID; StoreAutomator needs Content, Orders and Information & settings ' +
      'read-only; BigCommerce for WordPress (Full Import, Fast Headless) needs the scope list of its multi-site guide; ' +
      'Catalyst, the point-of-sale guide, Starshipit, DropStream, Sumtracker, Akeneo and Stitch need the scopes ' +
      'their setup guides list. API account scopes cannot be changed after ' +
      'creation, so a missing scope means a new API account. One finding per need; an unknown profile name is ' +
      'reported too.',
    fixable: false,
  },
  check({ connection, profile, profiles, report }) {
    const name = connection.integration;
    if (typeof name !== 'string') return;
    if (!profile) {
      report({
        path: ['integration'],
        // The value is not quoted (it may be an alias of a secret); the suggestion is a profile's own name.
        message: `unknown integration profile${didYouMean(closest(name, profiles.keys()), `; known profiles: ${[...profiles.keys()].join(', ')}.`)}`,
      });
      return;
    }
    const who = `integration \`${profile.name}\``;
    // Only a valid other auth type is reported here; an invalid value is the schema's to report.
    if (profile.authType && (connection.authType === 'custom' || connection.authType === 'token') && connection.authType !== profile.authType) {
      report({ path: ['authType'], message: `${who} needs \`authType: ${profile.authType}\`.` });
    }
    for (const field of profile.fields ?? []) {
      if (connection[field] === undefined || connection[field] === null) {
        report({ path: [field], message: `${who} needs \`${field}\` to be set${fieldSources[field] ? `: ${fieldSources[field]}` : ''}.` });
      }
    }
    const scopes = connection.scopes;
    if (!isMapping(scopes)) return; // no scopes at all is the schema's (or no-token-auth's) finding
    const check = (scope: string, need: string, onlyIfGranted: boolean) => {
      const level = scopes[scope] ?? lowestLevel(scope);
      const rank = levelRank(scope, level);
      if (rank < 0) return; // a level the scope does not offer: the schema reports it
      if (onlyIfGranted && rank === 0) return;
      if (rank >= levelRank(scope, need)) return;
      // Only a level the scope offers gets here (rank >= 0), so the quoted value is one of the schema's words.
      const now = scopes[scope] === undefined ? 'it is left out' : `it is \`${String(level)}\``;
      const oauth = oauthScopes[scope]?.[need];
      const needed = `\`${scope}\` ${onlyIfGranted ? 'at' : 'at least'} \`${need}\`${oauth ? ` (${oauth})` : ''}`;
      report({
        path: ['scopes', scope],
        message: `${who} needs ${needed}${onlyIfGranted ? ' when granted' : ''}; ${now}. Scopes cannot be changed after the API account is created: a missing one means a new account (Settings > API > Store-level API accounts).`,
      });
    };
    for (const [scope, need] of Object.entries(profile.needs)) check(scope, need, false);
    for (const [scope, need] of Object.entries(profile.ifGranted ?? {})) check(scope, need, true);
  },
};
