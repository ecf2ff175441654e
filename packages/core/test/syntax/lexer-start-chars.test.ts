// The lexer is indexed by first character (tokens.ts: start_chars_hint on the complement-set patterns). A code
// unit left out of a hint would make the lexer find no pattern for it: every one is lexed here, in each mode.
import { describe, expect, it } from 'vitest';
import { lexerFor, SPACE_CODES } from '../../src/syntax/tokens.js';

const ALL_CODES = Array.from({ length: 65536 }, (_, code) => code);

describe('lexer first-character index', () => {
  it('lists exactly the code units a regex \\s matches', () => {
    expect(SPACE_CODES).toEqual(ALL_CODES.filter((code) => /\s/.test(String.fromCharCode(code))));
  });

  for (const escape of ['\\', '`'] as const) {
    it(`reads every other code unit as a token in each argument mode (escape ${escape})`, () => {
      const chars = ALL_CODES.filter((code) => !SPACE_CODES.includes(code)).map((code) => String.fromCharCode(code));
      // An unknown command's word (line mode), a word (words and exec modes), a pair piece (pairs mode).
      const text = chars.map((ch) => `${ch}\nCOPY ${ch}\nRUN ${ch}\nENV ${ch}\n`).join('');
      const { tokens, errors } = lexerFor(escape).tokenize(text);
      expect(errors).toEqual([]);
      // Per character: the word and its line break; then keyword, argument, line break three times.
      expect(tokens).toHaveLength(chars.length * 11);
    });
  }
});
