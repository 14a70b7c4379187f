import { otherReference, secretFields } from '../model/secrets.js';
import { replaceStringFix } from './fix.js';
import type { Rule } from './rule.js';

export const secretReferenceFormat: Rule = {
  meta: {
    id: 'secret-reference-format',
    defaultSeverity: 'error',
    description: 'A secret field written in another reference syntax (`$NAME`, `${{ secrets.NAME }}`, `op://...`): only `${NAME}` is resolved.',
    docs:
      'A connection file resolves one reference syntax in `accessToken`, `clientSecret` and `supportPin`: ' +
      "${NAME}, with NAME from the environment or the integrator's vault at run time. A value written for another " +
      'tool ($NAME, ${ NAME }, ${env:NAME}, %NAME%, ${{ secrets.NAME }}, {{ ... }}, op://..., vault:..., ' +
      'arn:aws:secretsmanager:...) is not a plaintext secret, but it would be sent to BigCommerce as written and ' +
      'every call would fail with 401. Fixable to ${NAME} where the name is in the value ($NAME, ${ NAME }, ' +
      '${env:NAME}, %NAME%).',
    fixable: true,
  },
  check({ connection, document, report }) {
    for (const key of Object.keys(secretFields)) {
      if (!Object.hasOwn(connection, key)) continue;
      const reference = otherReference(connection[key]);
      if (!reference) continue;
      const path = [key];
      const resolvesOnly =
        'the connection file resolves only `${NAME}` references (from the environment or a vault at run time), so this value would be sent to BigCommerce as written';
      if (reference.name === undefined) {
        report({
          path,
          message:
            `\`${key}\` holds ${reference.syntax}; ${resolvesOnly}. Resolve it into an environment variable first ` +
            "(for example in the workflow's `env:`) and write `${NAME}`.",
        });
        continue;
      }
      const replacement = `\${${reference.name}}`;
      const { fix, notFixable } = replaceStringFix(document, path, replacement);
      report({
        path,
        message: `\`${key}\` holds ${reference.syntax}; ${resolvesOnly}. Write \`${replacement}\`.${notFixable ? ` ${notFixable}` : ''}`,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
