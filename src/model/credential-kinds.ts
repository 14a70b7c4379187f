/** The kinds of file BigCommerce tools keep credentials in (no-committed-credentials). */
export type CredentialFileKind = 'download' | 'stencil' | 'catalyst' | 'env';
