/**
 * Upper case for ASCII letters only. Keywords are ASCII: `String#toUpperCase` would read the dotless `ı` of
 * `entrypoınt` as `I`, while the lexer (like Docker) does not; both layers use this one rule.
 */
export function asciiUpperCase(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code >= 97 && code <= 122 ? String.fromCharCode(code - 32) : text[i];
  }
  return out;
}
