const NON_ASCII = /[^\x00-\x7f]/;

/** The UTF-8 length of a text (a lone surrogate counts 3, as its U+FFFD replacement), without Node's Buffer. */
export function utf8Bytes(text: string): number {
  // Templates are mostly ASCII: one regex scan instead of iterating code points.
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}
