/**
 * Text of a credential file (or of its first bytes): UTF-8 with or without a BOM, or UTF-16 with a BOM (a download
 * saved again by Notepad). Undefined for binary data (a NUL byte outside UTF-16), which holds no credential layout.
 */
export function credentialText(bytes: Uint8Array): string | undefined {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else text = new TextDecoder('utf-8').decode(bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0));
  return text.includes('\0') ? undefined : text;
}
