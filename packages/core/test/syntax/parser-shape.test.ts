// The one-pass reading of token vectors (parser.ts, readInGrammarShape) gives what the Chevrotain grammar gives,
// and declines every vector the grammar would report an error for: the grammar stays the definition.
import type { IToken } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLogicalLines } from '../../src/syntax/logical-lines.js';
import { parseWithGrammar, readInGrammarShape, type ParsedCommand } from '../../src/syntax/parser.js';
import { lexerFor } from '../../src/syntax/tokens.js';
import { anyTemplate, exampleTemplates } from '../properties/templates.js';

/** The token vector `parse` hands to the parser: the logical commands joined by `\n`. */
function tokensOf(text: string): IToken[] {
  const lines = splitLogicalLines(text);
  const joined = `${lines.commands.map((c) => c.text).join('\n')}\n`;
  return lexerFor(lines.escapeChar).tokenize(joined).tokens;
}

const shapeOf = (commands: ParsedCommand[]) =>
  commands.map((c) => ({ json: c.json, tokens: c.tokens.map((t) => [t.tokenType.name, t.image, t.startOffset]) }));

/** Both readings agree wherever the one-pass reading answers; it answers only where the grammar has no error. */
function expectAgreement(tokens: IToken[]): ParsedCommand[] | undefined {
  const read = readInGrammarShape(tokens);
  const grammar = parseWithGrammar(tokens);
  if (read) {
    expect(grammar.errors).toEqual([]);
    expect(shapeOf(read)).toEqual(shapeOf(grammar.commands));
  }
  return read;
}

describe('token vectors read in one pass', () => {
  it('reads every example and every lexed text as the grammar does (fast-check, 500 generated texts)', () => {
    for (const text of exampleTemplates) expect(expectAgreement(tokensOf(text))).toBeDefined();
    fc.assert(
      fc.property(anyTemplate, (text) => {
        // The lexer's modes always give the grammar's shape: the one-pass reading never declines one.
        expect(expectAgreement(tokensOf(text))).toBeDefined();
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('declines vectors out of shape, which the grammar reports (tokens dropped, repeated or moved)', () => {
    let declined = 0;
    fc.assert(
      fc.property(
        anyTemplate,
        fc.array(fc.tuple(fc.constantFrom('drop', 'repeat', 'move'), fc.nat(), fc.nat()), {
          minLength: 1,
          maxLength: 3,
        }),
        (text, edits) => {
          const tokens = tokensOf(text);
          for (const [edit, a, b] of edits) {
            if (tokens.length === 0) break;
            const i = a % tokens.length;
            if (edit === 'drop') tokens.splice(i, 1);
            else if (edit === 'repeat') tokens.splice(i, 0, tokens[i]);
            else tokens.splice(b % tokens.length, 0, ...tokens.splice(i, 1));
          }
          if (expectAgreement(tokens) === undefined) declined++;
        },
      ),
      { numRuns: 500, seed: 8 },
    );
    // The edits do leave the shape (the comparison above is not only ever run on readable vectors).
    expect(declined).toBeGreaterThan(50);
  });

  it('a missing `]` goes to the grammar, which reports it', () => {
    const tokens = tokensOf('RUN ["a"]\n').filter((t) => t.image !== ']');
    expect(readInGrammarShape(tokens)).toBeUndefined();
    expect(parseWithGrammar(tokens).errors).toHaveLength(1);
  });
});
