import path from 'node:path';
import type { RunConnection } from '../model/run-connections.js';
import { scopeKeys, lowestLevel } from '../model/scopes.js';
import { secretReference, swappedSecretKind } from '../model/secrets.js';
import type { ConnectionDocument } from '../parse/connection-document.js';
import { isMapping, type Rule } from './rule.js';
import { intendedStoreHash } from './store-hash-format.js';

/** The facts client-id-reuse compares, for a connection with a literal client ID (a swapped secret is not one). */
export function runConnectionOf(filePath: string, document: ConnectionDocument): RunConnection | undefined {
  const connection = document.value;
  if (!isMapping(connection)) return undefined;
  const clientId = connection.clientId;
  if (typeof clientId !== 'string' || clientId === '' || secretReference.test(clientId) || swappedSecretKind(clientId)) return undefined;
  const scopes = connection.scopes;
  return {
    filePath,
    line: document.valueRange(['clientId']).line,
    clientId,
    storeHash: intendedStoreHash(connection.storeHash),
    scopes: isMapping(scopes) ? JSON.stringify(scopeKeys.map((key) => scopes[key] ?? lowestLevel(key))) : undefined,
  };
}

/** Where the other connection is, as seen from this file. */
function placeOf(other: RunConnection, filePath: string): string {
  if (other.filePath === filePath) return `line ${other.line} of this file`;
  const relative = path.relative(path.dirname(filePath), other.filePath).split(path.sep).join('/');
  return `\`${relative}\` line ${other.line}`;
}

export const clientIdReuse: Rule = {
  meta: {
    id: 'client-id-reuse',
    defaultSeverity: 'error',
    description: 'The same literal `clientId` in two connections of one run with a different `storeHash` or different `scopes`.',
    docs:
      'A client ID belongs to one store-level API account, and an API account belongs to one store: it is created in ' +
      "that store's control panel (Settings > API > Store-level API accounts). Its scopes cannot be changed after it " +
      'is created, so a different scope set means a new account with a new client ID. The same client ID in two ' +
      'connections (two documents of a file, or two files linted together) for different stores or with different ' +
      'scopes is a copy-paste mistake: one of them is wrong. Reported on the later connection (files are linted in ' +
      'sorted order), naming the other file and line.',
    fixable: false,
  },
  check({ document, filePath, earlierConnections, report }) {
    const current = runConnectionOf(filePath, document);
    if (!current) return;
    for (const other of earlierConnections) {
      if (other.clientId !== current.clientId) continue;
      // A store hash that cannot be read is no evidence of another store.
      const otherStore = other.storeHash !== undefined && current.storeHash !== undefined && other.storeHash !== current.storeHash;
      if (!otherStore && other.scopes === current.scopes) continue;
      report({
        path: ['clientId'],
        message: otherStore
          ? `the same \`clientId\` is used for another store (a different \`storeHash\`) at ${placeOf(other, filePath)}. ` +
            'An API account, and its client ID, belongs to the one store whose control panel created it (Settings > API > ' +
            "Store-level API accounts): use that store's own API account here."
          : `the same \`clientId\` is used with different \`scopes\` at ${placeOf(other, filePath)}. An API account's scopes ` +
            'cannot be changed after it is created, so one client ID has one scope set: make the scopes match, or create ' +
            'a new API account (Settings > API > Store-level API accounts) for the other set.',
      });
      return;
    }
  },
};
