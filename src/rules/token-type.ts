import type { Rule } from './rule.js';

export const tokenType: Rule = {
  meta: {
    id: 'token-type',
    defaultSeverity: 'error',
    description: '`tokenType: stencil-cli` tokens cannot call the V2/V3 APIs.',
    docs:
      'When an API account is created, its token type is "V2/V3 API token" or "Stencil-CLI token". Stencil-CLI ' +
      'tokens are for theme work (local development or publishing a theme) and cannot call the V2/V3 APIs that ' +
      'integrations use. Create a new API account with the V2/V3 API token type.',
    fixable: false,
  },
  check({ connection, report }) {
    if (connection.tokenType !== 'stencil-cli') return;
    report({
      path: ['tokenType'],
      message: '`tokenType: stencil-cli` is for theme work and cannot call the V2/V3 APIs; create a V2/V3 API token (`v2-v3-api`).',
    });
  },
};
