import { isUtf8 } from 'node:buffer';

export type DecodeResult =
  | { ok: true; text: string; hasBom: boolean }
  | { ok: false; offsetInText: number; textBefore: string; reason: string };

/**
 * Bytes -> text. YAML must be UTF-8; instead of silently substituting U+FFFD we point at the first bad byte.
 * A leading BOM is dropped (remembered for writers) so columns on line 1 match what editors show.
 */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8Byte(bytes);
    const textBefore = stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bad).toString('utf8'));
    const byte = `byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} is not valid UTF-8`;
    // Text in another encoding has no NUL bytes; images, archives and executables nearly always do.
    const reason = bytes.includes(0)
      ? `${byte}, and the file contains NUL bytes: it is binary data, not YAML text`
      : `${byte}; save the file as UTF-8`;
    return { ok: false, offsetInText: textBefore.length, textBefore, reason };
  }
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const text = stripBom(raw);
  return { ok: true, text, hasBom: text.length !== raw.length };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (bytes are known to be invalid somewhere). */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points above U+10FFFF are invalid too.
    const second = bytes[i + 1]!;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return i;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}
