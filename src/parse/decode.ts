import { isUtf8 } from 'node:buffer';

/** The encodings a connection file is read in (YAML 1.2, 5.2): UTF-8, and UTF-16 or UTF-32 with a BOM. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export type DecodeResult =
  { ok: true; text: string; hasBom: boolean; encoding: TextEncoding } | { ok: false; offsetInText: number; textBefore: string; reason: string };

/** How to save a file as UTF-8, for the messages below. */
const saveAsUtf8 = 'save it as UTF-8 (VS Code: "Save with Encoding" > UTF-8; PowerShell: Set-Content -Encoding utf8; iconv -t UTF-8)';

const boms: ReadonlyArray<readonly [TextEncoding, readonly number[]]> = [
  // UTF-32 LE first: its BOM starts with UTF-16 LE's.
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/**
 * Bytes -> text. UTF-8 (with or without a BOM), UTF-16 and UTF-32 with a BOM are read, as YAML 1.2 requires.
 * Anything else is refused with where it goes wrong and which encoding the file seems to be in, instead of silently
 * substituting U+FFFD. A leading BOM is dropped (remembered, with the encoding, for --fix's writer) so that columns
 * on line 1 match what editors show.
 */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  const withBom = boms.find(([, bom]) => bom.every((byte, index) => bytes[index] === byte));
  if (withBom) return decodeWide(bytes, withBom[0], withBom[1].length);
  const wide = wideWithoutBom(bytes);
  if (wide) {
    return {
      ok: false,
      offsetInText: 0,
      textBefore: '',
      reason:
        `the file seems to be ${wide} without a byte order mark (BOM): every ${wide.startsWith('UTF-16') ? 'other byte is' : 'three of four bytes are'} NUL. ` +
        `YAML reads UTF-16 and UTF-32 only with a BOM; ${saveAsUtf8}`,
    };
  }
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8Byte(bytes);
    const textBefore = stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bad).toString('utf8'));
    const byte = `byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} is not valid UTF-8`;
    // Text in another encoding has no NUL bytes; images, archives and executables nearly always do.
    const reason = bytes.includes(0)
      ? `${byte}, and the file contains NUL bytes: it is binary data, not YAML text (nor UTF-16 or UTF-32, which start with a byte order mark)`
      : `${byte}: the file seems to be in ${singleByteGuess(bytes)}; ${saveAsUtf8}`;
    return { ok: false, offsetInText: textBefore.length, textBefore, reason };
  }
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const text = stripBom(raw);
  return { ok: true, text, hasBom: text.length !== raw.length, encoding: 'utf-8' };
}

/**
 * Text (without its BOM) -> the bytes of a file in encoding, with a BOM when asked (always for UTF-16 and UTF-32):
 * --fix's writer. Bytes decodeSource read give back the same bytes.
 */
export function encodeText(text: string, encoding: TextEncoding, hasBom: boolean): Buffer {
  const withBom = (hasBom || encoding !== 'utf-8' ? '\uFEFF' : '') + text;
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(withBom, 'utf8');
    case 'utf-16le':
      return Buffer.from(withBom, 'utf16le');
    case 'utf-16be':
      return Buffer.from(withBom, 'utf16le').swap16();
    case 'utf-32le':
    case 'utf-32be': {
      const codePoints = [...withBom].map((character) => character.codePointAt(0)!);
      const out = Buffer.alloc(codePoints.length * 4);
      codePoints.forEach((codePoint, index) => (encoding === 'utf-32le' ? out.writeUInt32LE(codePoint, index * 4) : out.writeUInt32BE(codePoint, index * 4)));
      return out;
    }
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const encodingNames: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'utf-32le': 'UTF-32 LE',
  'utf-32be': 'UTF-32 BE',
};

/** UTF-16 or UTF-32 after its BOM; a broken sequence is reported where it starts. */
function decodeWide(bytes: Uint8Array, encoding: TextEncoding, bomLength: number): DecodeResult {
  const body = bytes.subarray(bomLength);
  const unit = encoding.startsWith('utf-16') ? 2 : 4;
  const decoded = unit === 2 ? new TextDecoder(encoding, { ignoreBOM: true }).decode(body) : decodeUtf32(body, encoding === 'utf-32le');
  const bad = decoded.indexOf('\uFFFD');
  // A U+FFFD the file really holds is fine: only one that the bytes do not encode marks an error.
  const reencoded = encodeText(decoded, encoding, true);
  if (body.length % unit === 0 && Buffer.from(reencoded).equals(Buffer.from(bytes))) {
    return { ok: true, text: decoded, hasBom: true, encoding };
  }
  const offset = bad === -1 ? decoded.length : bad;
  return {
    ok: false,
    offsetInText: offset,
    textBefore: decoded.slice(0, offset),
    reason: `the file starts with a ${encodingNames[encoding]} byte order mark but is not valid ${encodingNames[encoding]} from here on; ${saveAsUtf8}`,
  };
}

/** UTF-32 by hand (TextDecoder has no UTF-32): U+FFFD for a code point that cannot be, or a cut-off last unit. */
function decodeUtf32(body: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  let text = '';
  for (let at = 0; at < body.length; at += 4) {
    if (at + 4 > body.length) return text + '\uFFFD';
    const codePoint = view.getUint32(at, littleEndian);
    text += codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(codePoint);
  }
  return text;
}

/**
 * "UTF-16 LE" and the like when the bytes look like UTF-16 or UTF-32 text without a BOM (PowerShell 5 and some
 * editors write it): mostly ASCII text, so the high bytes of each unit are NUL.
 */
function wideWithoutBom(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4 || !sample.includes(0)) return undefined;
  const nulShare = (unit: number, position: number) => {
    let nul = 0;
    let count = 0;
    for (let at = position; at < sample.length; at += unit, count++) if (sample[at] === 0) nul++;
    return count === 0 ? 0 : nul / count;
  };
  const mostly = 0.9;
  if (sample.length % 4 === 0) {
    if ([1, 2, 3].every((p) => nulShare(4, p) >= mostly) && nulShare(4, 0) < mostly) return 'UTF-32 LE';
    if ([0, 1, 2].every((p) => nulShare(4, p) >= mostly) && nulShare(4, 3) < mostly) return 'UTF-32 BE';
  }
  if (nulShare(2, 1) >= mostly && nulShare(2, 0) < 0.1) return 'UTF-16 LE';
  if (nulShare(2, 0) >= mostly && nulShare(2, 1) < 0.1) return 'UTF-16 BE';
  return undefined;
}

/**
 * The likely single-byte encoding of text that is not UTF-8: Windows-1252 when it uses 0x80-0x9F (its curly
 * quotes, dashes and euro sign, control codes in Latin-1), else Latin-1 (ISO-8859-1) or Windows-1252, which agree
 * on 0xA0-0xFF.
 */
function singleByteGuess(bytes: Uint8Array): string {
  const high = bytes.filter((byte) => byte >= 0x80);
  if (high.some((byte) => byte <= 0x9f)) return 'Windows-1252 (the Windows "ANSI" code page)';
  return 'Latin-1 (ISO-8859-1) or Windows-1252';
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
