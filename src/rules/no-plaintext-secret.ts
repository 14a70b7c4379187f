import { isPlaintextSecret, secretFields } from '../model/secrets.js';
import type { Rule } from './rule.js';

export const noPlaintextSecret: Rule = {
  meta: {
    id: 'no-plaintext-secret',
    defaultSeverity: 'error',
    description: '`accessToken`, `clientSecret` and `supportPin` must be secret references like `${NAME}`.',
    docs:
      'Access tokens and client secrets grant API access to the store; the support PIN lets BigCommerce support ' +
      'act for the owner. None of them has a published format (no public secret scanner knows them), so bc-lint ' +
      'goes by key name: these keys must hold a reference such as ${BIGCOMMERCE_ACCESS_TOKEN}, resolved from the ' +
      'environment or a vault at run time. The message never repeats the value. A token that was committed must ' +
      'be treated as leaked: create a new API account and delete the old one.',
    fixable: false,
    // CWE-798: use of hard-coded credentials.
    security: { cwe: 798, severity: 7.5 },
  },
  check({ connection, report }) {
    for (const [key, example] of Object.entries(secretFields)) {
      if (!Object.hasOwn(connection, key)) continue;
      const value = connection[key];
      if (value === '') {
        report({ path: [key], message: `\`${key}\` is empty; write a secret reference such as ${example}.` });
      } else if (isPlaintextSecret(value)) {
        report({
          path: [key],
          message:
            `\`${key}\` holds a plaintext secret. Reference it instead, as ${example}, keep the value in the ` +
            'environment or a vault, and rotate the committed one.',
        });
      }
    }
  },
};
