// Templates are UTF-8. A file that is not must never be rewritten with U+FFFD in place of its bytes, so the first
// byte that is not well-formed UTF-8 (Unicode 15, table 3-7) is located and reported; such a file is linted as
// decoded, but never fixed.

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0; // no overlong forms
      if (b === 0xed) high = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

export interface DecodedText {
  /** The text without a leading BOM: editors hide the BOM, so line 1's columns are counted without it. */
  text: string;
  bom: boolean;
  /** Where the bytes stop being UTF-8 (byte offset and 1-based line), when they do. */
  invalid?: { offset: number; line: number };
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeUtf8(input: Uint8Array | string): DecodedText {
  let text = typeof input === 'string' ? input : decoder.decode(input);
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  if (typeof input === 'string') return { text, bom };
  const offset = firstInvalidUtf8Byte(input);
  if (offset < 0) return { text, bom };
  let line = 1;
  for (let i = 0; i < offset; i++) if (input[i] === 0x0a) line++;
  return { text, bom, invalid: { offset, line } };
}

/** The bytes to write back: the BOM the file had, then the text. */
export function encodeUtf8(text: string, bom: boolean): Buffer {
  return Buffer.from(bom ? `\ufeff${text}` : text, 'utf8');
}
