/** The kinds of file in which BigCommerce tools keep credentials (src/files/credential-names.ts tells them by name). */
export type CredentialFileKind = 'download' | 'stencil' | 'catalyst' | 'env';
