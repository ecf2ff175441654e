import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8, firstInvalidUtf8Byte } from '../src/files/utf8.js';

describe('UTF-8 validation (the first byte that is not well-formed)', () => {
  it.each([
    ['ASCII', [0x61, 0x62], -1],
    ['two, three and four byte sequences', [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], -1],
    ['a Latin-1 é', [0x63, 0x61, 0x66, 0xe9], 3],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong NUL (C0 80)', [0xc0, 0x80], 0],
    ['an overlong slash (E0 80 AF)', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate (ED A0 80)', [0x61, 0xed, 0xa0, 0x80], 1],
    ['above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x61, 0xe2, 0x82], 1],
    ['a sequence cut short by ASCII', [0xe2, 0x41, 0x41], 0],
  ])('%s: %i', (_name, bytes, offset) => {
    expect(firstInvalidUtf8Byte(Uint8Array.from(bytes))).toBe(offset);
  });

  it('decoding drops a BOM and remembers it; encoding puts it back first', () => {
    const decoded = decodeUtf8(Buffer.from('\ufeffRUN x\n', 'utf8'));
    expect(decoded).toEqual({ text: 'RUN x\n', bom: true });
    expect(encodeUtf8(decoded.text, decoded.bom).equals(Buffer.from('\ufeffRUN x\n', 'utf8'))).toBe(true);
  });

  it('an invalid byte is located by offset and line', () => {
    expect(decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xff])).invalid).toEqual({ offset: 4, line: 3 });
  });
});
