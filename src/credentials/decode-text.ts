/**
 * Text of a credential file (or of its first bytes): UTF-8 with or without a BOM, or UTF-16 with a BOM (a download
 * saved again by Notepad). Undefined for binary data (a NUL byte outside UTF-16), which holds no credential layout.
 */
export function credentialText(bytes: Uint8Array): string | undefined {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else text = utf8.decode(bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0));
  return text.includes('\0') ? undefined : text;
}

/** One decoder for the thousands of `.txt` files a search sniffs (UTF-16 files are rare). */
const utf8 = new TextDecoder('utf-8');

/**
 * Whether the bytes may hold one of the download's labels: every label has CLIENT, TOKEN, PATH or NAME in it, in
 * ASCII in UTF-8 text. Lets the sniff pass over most `.txt` files without decoding them; UTF-16 is always decoded.
 */
export function mayHoldDownloadLabel(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  return labelWords.some((word) => bytes.includes(word));
}

const labelWords = ['CLIENT', 'TOKEN', 'PATH', 'NAME'].map((word) => Buffer.from(word));
