// The Chevrotain lexer. It reads the logical commands joined by `\n` (continuations already resolved by
// logical-lines.ts), so every token sits on one logical line. Modes, as in Chevrotain's ini example:
// `line` reads the keyword, which pushes the mode of its argument form; `\n` pops back.
//   words: shell-style words (COPY, WORKDIR, USER, RESTART, FROM, COMPONENT, unknown commands)
//   exec:  RUN/CMD/ENTRYPOINT: a JSON array of strings (Docker's test: the rest parses as one) or words
//   json:  the array's tokens
//   pairs: ENV/LABEL pieces; blanks are skipped and adjacency is read from offsets
import { createToken, Lexer, tokenMatcher, type CustomPatternMatcherReturn, type IToken, type TokenType } from 'chevrotain';
import type { CommandKind } from './ast.js';

export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true });
const NewlinePop = createToken({ name: 'NewlinePop', pattern: /\n/, line_breaks: true, pop_mode: true, categories: [Newline] });
const Blank = createToken({ name: 'Blank', pattern: /[^\S\n]+/, group: Lexer.SKIPPED });

export const UnknownKeyword = createToken({ name: 'UnknownKeyword', pattern: /[^\s]+/, push_mode: 'words' });

const KEYWORD_MODES: Record<CommandKind, string> = {
  FROM: 'words',
  COMPONENT: 'words',
  RUN: 'exec',
  ENV: 'pairs',
  WORKDIR: 'words',
  COPY: 'words',
  USER: 'words',
  LABEL: 'pairs',
  CMD: 'exec',
  ENTRYPOINT: 'exec',
  RESTART: 'words',
};

/**
 * One token type per keyword, matched case-insensitively in ASCII only: a regex `i` flag without `u` never
 * folds a non-ASCII letter into an ASCII one, so a look-alike such as `entrypoınt` (dotless ı) is an unknown
 * command; the AST builder folds case the same way (`asciiUpperCase`). A longer word (`RUNX`) is unknown too.
 */
export const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA });
export const keywordTokens = new Map<CommandKind, TokenType>(
  (Object.keys(KEYWORD_MODES) as CommandKind[]).map((kind) => [
    kind,
    createToken({
      name: kind,
      pattern: new RegExp(kind, 'i'),
      longer_alt: UnknownKeyword,
      push_mode: KEYWORD_MODES[kind],
      categories: [Keyword],
    }),
  ]),
);

/**
 * Accepts `[` only when it starts the command's arguments (after the keyword and any flags, as Docker reads
 * the exec form) and the rest of the line is a JSON array of strings; otherwise it is shell text. Testing only
 * that one `[` keeps `RUN [ [ [ ...` linear: each command's line is parsed as JSON at most once.
 */
function matchJsonArrayStart(text: string, offset: number, tokens: IToken[]): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 91 /* [ */) return null;
  const previous = tokens[tokens.length - 1];
  if (!previous || !(tokenMatcher(previous, Keyword) || tokenMatcher(previous, Flag))) return null;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  try {
    const value: unknown = JSON.parse(text.slice(offset, end));
    if (Array.isArray(value) && value.every((element) => typeof element === 'string')) return ['['] as unknown as CustomPatternMatcherReturn;
  } catch {
    // not JSON: shell form
  }
  return null;
}

export const JsonArrayStart = createToken({
  name: 'JsonArrayStart',
  pattern: { exec: matchJsonArrayStart },
  start_chars_hint: ['['],
  line_breaks: false,
  push_mode: 'json',
});
export const JsonString = createToken({ name: 'JsonString', pattern: /"(?:[^"\\\n]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const JsonArrayEnd = createToken({ name: 'JsonArrayEnd', pattern: /]/, pop_mode: true });
export const Equals = createToken({ name: 'Equals', pattern: /=/ });

/** The tokens whose patterns depend on the escape character (`\` or, after `# escape=\``, a backtick). */
export interface EscapeTokens {
  Flag: TokenType;
  Word: TokenType;
  PairText: TokenType;
  DoubleQuoted: TokenType;
  SingleQuoted: TokenType;
}

// Category token types the parser consumes; each escape character has its own concrete tokens.
export const Flag = createToken({ name: 'Flag', pattern: Lexer.NA });
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });
export const PairPiece = createToken({ name: 'PairPiece', pattern: Lexer.NA });
export const PairText = createToken({ name: 'PairText', pattern: Lexer.NA, categories: [PairPiece] });
export const DoubleQuoted = createToken({ name: 'DoubleQuoted', pattern: Lexer.NA, categories: [PairPiece] });
export const SingleQuoted = createToken({ name: 'SingleQuoted', pattern: Lexer.NA, categories: [PairPiece] });

function escapeTokens(escape: '\\' | '`'): EscapeTokens {
  const e = escape === '\\' ? '\\\\' : '`';
  const escaped = `${e}[^\\n]?`;
  const dq = `"(?:[^"${e}\\n]|${escaped})*"?`;
  const sq = `'[^'\\n]*'?`;
  const wordPiece = `(?:[^\\s"'${e}]|${escaped}|${dq}|${sq})`;
  const suffix = escape === '\\' ? 'Backslash' : 'Backtick';
  return {
    Flag: createToken({ name: `Flag${suffix}`, pattern: new RegExp(`--${wordPiece}*`), categories: [Flag] }),
    Word: createToken({ name: `Word${suffix}`, pattern: new RegExp(`${wordPiece}+`), categories: [Word] }),
    PairText: createToken({ name: `PairText${suffix}`, pattern: new RegExp(`(?:[^\\s"'=${e}]|${escaped})+`), categories: [PairText] }),
    DoubleQuoted: createToken({ name: `DoubleQuoted${suffix}`, pattern: new RegExp(dq), categories: [DoubleQuoted] }),
    SingleQuoted: createToken({ name: `SingleQuoted${suffix}`, pattern: new RegExp(sq), categories: [SingleQuoted] }),
  };
}

const escapeTokenSets = { '\\': escapeTokens('\\'), '`': escapeTokens('`') };

function buildLexer(escape: '\\' | '`'): Lexer {
  const t = escapeTokenSets[escape];
  return new Lexer(
    {
      defaultMode: 'line',
      modes: {
        line: [Newline, Blank, ...keywordTokens.values(), UnknownKeyword],
        words: [NewlinePop, Blank, t.Flag, t.Word],
        exec: [NewlinePop, Blank, JsonArrayStart, t.Flag, t.Word],
        json: [NewlinePop, Blank, JsonString, Comma, JsonArrayEnd],
        pairs: [NewlinePop, Blank, Equals, t.DoubleQuoted, t.SingleQuoted, t.PairText],
      },
    },
    // safeMode: the argument patterns are complement sets, which Chevrotain's first-char optimisation cannot index.
    { positionTracking: 'onlyOffset', safeMode: true },
  );
}

const lexers = new Map<string, Lexer>();

/** The lexer for an escape character, built once. */
export function lexerFor(escape: '\\' | '`'): Lexer {
  let lexer = lexers.get(escape);
  if (!lexer) {
    lexer = buildLexer(escape);
    lexers.set(escape, lexer);
  }
  return lexer;
}

/** Every token type the parser may see, for its constructor. */
export const allTokenTypes: TokenType[] = [
  Newline,
  NewlinePop,
  Blank,
  Keyword,
  ...keywordTokens.values(),
  UnknownKeyword,
  JsonArrayStart,
  JsonString,
  Comma,
  JsonArrayEnd,
  Equals,
  Flag,
  Word,
  PairPiece,
  PairText,
  DoubleQuoted,
  SingleQuoted,
  ...Object.values(escapeTokenSets['\\']),
  ...Object.values(escapeTokenSets['`']),
];
