import { describe, expect, it } from 'vitest';
import {
  computeSemanticTokenList,
  computeSemanticTokens,
  encodeSemanticTokens,
  SEMANTIC_TOKENS_LEGEND,
} from '../src/features/semantic-tokens.js';
import { createDocument, LINE_ENDINGS } from '../../../test/kit/index.js';

type Row = [line: number, character: number, length: number, type: string, modifiers?: string[]];

function rows(text: string, eol: '\n' | '\r\n', fromDeprecated = false): Row[] {
  return computeSemanticTokenList(createDocument(text, eol), { fromDeprecated }).map((token) =>
    token.modifiers.length
      ? [token.line, token.character, token.length, token.type, token.modifiers]
      : [token.line, token.character, token.length, token.type],
  );
}

describe.each(LINE_ENDINGS)('semantic tokens ($name)', ({ eol }) => {
  it('marks keywords, comments, ENV keys and values, COMPONENT references and parameters', () => {
    const text = '# build\nCOMPONENT ic-abc --port 80\nENV a="1"\nrun echo\n';
    expect(rows(text, eol)).toEqual([
      [0, 0, 7, 'comment'],
      [1, 0, 9, 'keyword'],
      [1, 10, 6, 'namespace'],
      [1, 17, 6, 'parameter'],
      [1, 24, 2, 'string'],
      [2, 0, 3, 'keyword'],
      [2, 4, 1, 'variable', ['declaration']],
      [2, 5, 1, 'operator'],
      [2, 6, 3, 'string'],
      [3, 0, 3, 'keyword'],
    ]);
  });

  it('marks FROM source types and images, and FROM deprecated when it is ignored', () => {
    expect(rows('FROM IMAGE:m-1\n', eol, true)).toEqual([
      [0, 0, 4, 'keyword', ['deprecated']],
      [0, 5, 5, 'enumMember'],
      [0, 11, 3, 'string'],
    ]);
    expect(rows('FROM IMAGE:m-1\n', eol, false)[0]).toEqual([0, 0, 4, 'keyword']);
  });

  it('marks COPY operands, exec-form strings, LABEL keys and comments inside a continued command', () => {
    const text = 'COPY https://e.com/a /tmp/\nCMD ["a", "b"]\nLABEL k="v" \\\n  # note\n  j="w"\n';
    expect(rows(text, eol)).toEqual([
      [0, 0, 4, 'keyword'],
      [0, 5, 15, 'string'],
      [0, 21, 5, 'string'],
      [1, 0, 3, 'keyword'],
      [1, 5, 3, 'string'],
      [1, 10, 3, 'string'],
      [2, 0, 5, 'keyword'],
      [2, 6, 1, 'property', ['declaration']],
      [2, 7, 1, 'operator'],
      [2, 8, 3, 'string'],
      [3, 2, 6, 'comment'],
      [4, 2, 1, 'property', ['declaration']],
      [4, 3, 1, 'operator'],
      [4, 4, 3, 'string'],
    ]);
  });

  it('splits a value continued over lines into one token per line', () => {
    const text = 'ENV a="x \\\ny"\n';
    const tokens = rows(text, eol).filter((row) => row[3] === 'string');
    expect(tokens).toEqual([
      [0, 6, 4, 'string'],
      [1, 0, 2, 'string'],
    ]);
  });
});

describe('encodeSemanticTokens', () => {
  it('encodes relative positions, legend indexes and modifier bits', () => {
    const encoded = encodeSemanticTokens([
      { line: 0, character: 0, length: 4, type: 'keyword', modifiers: ['deprecated'] },
      { line: 0, character: 5, length: 3, type: 'string', modifiers: [] },
      { line: 2, character: 2, length: 1, type: 'variable', modifiers: ['declaration'] },
    ]);
    const keyword = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('keyword');
    const string = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('string');
    const variable = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('variable');
    expect(encoded.data).toEqual([0, 0, 4, keyword, 2, 0, 5, 3, string, 0, 2, 2, 1, variable, 1]);
  });

  it('encodes a whole document as five integers per token', () => {
    expect(computeSemanticTokens(createDocument('RUN a\nRESTART\n')).data).toHaveLength(10);
  });
});
