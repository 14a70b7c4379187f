/**
 * Values that stand for a credential without being one: empty, `<...>`, `${...}` and other references, `xxxx`,
 * `changeme` and the like. Such a value in a credential file is not reported.
 */
const placeholderWords = new Set([
  'changeme',
  'changethis',
  'replaceme',
  'todo',
  'tbd',
  'fixme',
  'example',
  'placeholder',
  'secret',
  'token',
  'accesstoken',
  'clientsecret',
  'none',
  'null',
  'undefined',
  'redacted',
]);

export function isPlaceholderCredential(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return true;
  if (/^<.*>$/s.test(trimmed) || /^\{\{.*\}\}$/s.test(trimmed)) return true; // <your token>, {{ template }}
  if (/^\$\{.*\}$/s.test(trimmed) || /^\$[A-Za-z_]\w*$/.test(trimmed)) return true; // a reference to another variable
  if (/^[xX*.•_-]{3,}$/.test(trimmed)) return true; // xxxx, ****, ...
  const word = trimmed.toLowerCase().replace(/[-_\s]/g, '');
  return placeholderWords.has(word) || word.startsWith('your') || word.includes('replace') || word.includes('changeme');
}
