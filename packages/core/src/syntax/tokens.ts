// The Chevrotain lexer. It reads the logical commands joined by `\n` (continuations already resolved by
// logical-lines.ts), so every token sits on one logical line. Modes, as in Chevrotain's ini example:
// `line` reads the keyword, which pushes the mode of its argument form; `\n` pops back.
//   words: shell-style words (COPY, WORKDIR, USER, RESTART, FROM, COMPONENT, unknown commands)
//   exec:  RUN/CMD/ENTRYPOINT: a JSON array of strings (Docker's test: the rest parses as one) or words
//   json:  the array's tokens
//   pairs: ENV/LABEL pieces; blanks are skipped and adjacency is read from offsets
import {
  createToken,
  Lexer,
  tokenMatcher,
  type CustomPatternMatcherReturn,
  type IToken,
  type TokenType,
} from 'chevrotain';
import type { CommandKind } from './ast.js';

export const Newline = createToken({ name: 'Newline', pattern: '\n', line_breaks: true });
const NewlinePop = createToken({
  name: 'NewlinePop',
  pattern: '\n',
  line_breaks: true,
  pop_mode: true,
  categories: [Newline],
});
/**
 * The code units a regex `\s` matches: ECMAScript's WhiteSpace (tab, VT, FF, ZWNBSP, the Unicode Zs spaces) and
 * LineTerminator. Listed rather than found by 65,536 regex tests at start-up (16 ms); a test checks the list
 * against `/\s/` over every code unit.
 */
export const SPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
const isSpace = (code: number) => SPACE_CODES.includes(code);

/**
 * First characters for Chevrotain's first-char optimisation, which cannot read complement sets (`[^\s]`) by
 * itself: the codes under 256 that are not blanks, one by one, and above them one code for each of Chevrotain's
 * buckets of 255 codes (every bucket holds characters that are not blanks; a bucket is a superset, the pattern
 * decides). `test/syntax/lexer-start-chars.test.ts` lexes every code unit to show that none is left out.
 */
function nonSpaceStartChars(): number[] {
  const codes: number[] = [];
  for (let code = 0; code < 256; code++) if (!isSpace(code)) codes.push(code);
  // Chevrotain's bucket of a code from 256 up: 255 + floor(code / 255).
  for (let bucket = 1; 255 * bucket < 65536; bucket++) {
    let code = Math.max(256, 255 * bucket);
    while (isSpace(code)) code++;
    codes.push(code);
  }
  return codes;
}
/** Any character a regex `\s` does not match. */
const NOT_SPACE = nonSpaceStartChars();
const BLANK_START = SPACE_CODES.filter((code) => code !== 10);
const notSpaceExcept = (...chars: string[]) => NOT_SPACE.filter((code) => !chars.includes(String.fromCharCode(code)));

/**
 * The usual blank, one space: a string pattern, which Chevrotain matches by character code instead of a regex
 * call (a run of spaces is skipped one by one, which reads the same: skipped tokens leave no trace).
 */
const Space = createToken({ name: 'Space', pattern: ' ', group: Lexer.SKIPPED });
const Blank = createToken({
  name: 'Blank',
  pattern: /[^\S\n]+/,
  start_chars_hint: BLANK_START,
  group: Lexer.SKIPPED,
});

// Categories the grammar consumes with one CONSUME each (one lookahead test per token, no alternation).
/** The keywords of RUN, CMD, ENTRYPOINT. */
export const ExecKeyword = createToken({ name: 'ExecKeyword', pattern: Lexer.NA });
/** The keywords of ENV, LABEL. */
export const PairKeyword = createToken({ name: 'PairKeyword', pattern: Lexer.NA });
/** The keywords of commands whose arguments are words, and any unknown word in command position. */
export const WordsKeyword = createToken({ name: 'WordsKeyword', pattern: Lexer.NA });
/** A word or a flag after the keyword (words mode, shell form). */
export const ShellArgument = createToken({ name: 'ShellArgument', pattern: Lexer.NA });
/** A piece of an ENV/LABEL argument: text, a quoted string or `=`. */
export const PairArgument = createToken({ name: 'PairArgument', pattern: Lexer.NA });

const UnknownKeyword = createToken({
  name: 'UnknownKeyword',
  pattern: /[^\s]+/,
  start_chars_hint: NOT_SPACE,
  push_mode: 'words',
  categories: [WordsKeyword],
});

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
const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA });
const keywordTokens = new Map<CommandKind, TokenType>(
  (Object.keys(KEYWORD_MODES) as CommandKind[]).map((kind) => [
    kind,
    createToken({
      name: kind,
      pattern: new RegExp(kind, 'i'),
      longer_alt: UnknownKeyword,
      push_mode: KEYWORD_MODES[kind],
      categories: [
        Keyword,
        KEYWORD_MODES[kind] === 'exec' ? ExecKeyword : KEYWORD_MODES[kind] === 'pairs' ? PairKeyword : WordsKeyword,
      ],
    }),
  ]),
);

/**
 * What `JSON.parse` reads as an array of strings, up to the end of the line: JSON's whitespace characters,
 * strings without raw control characters and with JSON's escapes only. Each character has one way to match
 * (no backtracking to speak of), and nothing is allocated, unlike parsing the line.
 */
const JSON_STRING = String.raw`"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"`;
// JSON's blanks but `\n`: the line ends there (JSON.parse read the line alone).
const JSON_BLANK = '[ \\t\\r]*';
const JSON_ARRAY_OF_STRINGS = new RegExp(
  String.raw`\[${JSON_BLANK}(?:${JSON_STRING}${JSON_BLANK}(?:,${JSON_BLANK}${JSON_STRING}${JSON_BLANK})*)?\]${JSON_BLANK}(?=\n|$)`,
  'y',
);

/**
 * Accepts `[` only when it starts the command's arguments (after the keyword and any leading flags, as Docker reads
 * the exec form) and the rest of the line is a JSON array of strings; otherwise it is shell text. Testing only
 * that one `[` keeps `RUN [ [ [ ...` linear: each command's line is tested at most once.
 */
function matchJsonArrayStart(text: string, offset: number, tokens: IToken[]): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 91 /* [ */) return null;
  // Only the keyword and leading flags may come before it: after a word, `--x ["a"]` is shell text too.
  let before = tokens.length - 1;
  while (before >= 0 && tokenMatcher(tokens[before], Flag)) before--;
  if (before < 0 || !tokenMatcher(tokens[before], Keyword)) return null;
  JSON_ARRAY_OF_STRINGS.lastIndex = offset;
  return JSON_ARRAY_OF_STRINGS.test(text) ? (['['] as unknown as CustomPatternMatcherReturn) : null;
}

export const JsonArrayStart = createToken({
  name: 'JsonArrayStart',
  pattern: { exec: matchJsonArrayStart },
  start_chars_hint: ['['],
  line_breaks: false,
  push_mode: 'json',
});
export const JsonString = createToken({
  name: 'JsonString',
  pattern: /"(?:[^"\\\n]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/,
});
export const Comma = createToken({ name: 'Comma', pattern: ',' });
export const JsonArrayEnd = createToken({ name: 'JsonArrayEnd', pattern: ']', pop_mode: true });
export const Equals = createToken({ name: 'Equals', pattern: '=', categories: [PairArgument] });

/** The tokens whose patterns depend on the escape character (`\` or, after `# escape=\``, a backtick). */
interface EscapeTokens {
  Flag: TokenType;
  Word: TokenType;
  PairText: TokenType;
  DoubleQuoted: TokenType;
  SingleQuoted: TokenType;
}

// Category token types the parser consumes; each escape character has its own concrete tokens.
export const Flag = createToken({ name: 'Flag', pattern: Lexer.NA });
const Word = createToken({ name: 'Word', pattern: Lexer.NA });
const PairPiece = createToken({ name: 'PairPiece', pattern: Lexer.NA });
export const PairText = createToken({ name: 'PairText', pattern: Lexer.NA, categories: [PairPiece] });
export const DoubleQuoted = createToken({ name: 'DoubleQuoted', pattern: Lexer.NA, categories: [PairPiece] });
export const SingleQuoted = createToken({ name: 'SingleQuoted', pattern: Lexer.NA, categories: [PairPiece] });

function escapeTokens(escape: '\\' | '`'): EscapeTokens {
  const e = escape === '\\' ? '\\\\' : '`';
  const escaped = `${e}[^\\n]?`;
  // Runs of plain characters are one `+` loop, not one group iteration per character. Each alternative starts
  // with its own characters and none can fail after it started (closing quotes are optional), so the nested
  // quantifiers never backtrack.
  const dq = `"(?:[^"${e}\\n]+|${escaped})*"?`;
  const sq = `'[^'\\n]*'?`;
  const wordPiece = `(?:[^\\s"'${e}]+|${escaped}|${dq}|${sq})`;
  const suffix = escape === '\\' ? 'Backslash' : 'Backtick';
  return {
    Flag: createToken({
      name: `Flag${suffix}`,
      pattern: new RegExp(`--${wordPiece}*`),
      start_chars_hint: ['-'],
      categories: [Flag, ShellArgument],
    }),
    Word: createToken({
      name: `Word${suffix}`,
      pattern: new RegExp(`${wordPiece}+`),
      start_chars_hint: NOT_SPACE,
      categories: [Word, ShellArgument],
    }),
    PairText: createToken({
      name: `PairText${suffix}`,
      pattern: new RegExp(`(?:[^\\s"'=${e}]+|${escaped})+`),
      start_chars_hint: notSpaceExcept('"', "'", '='),
      categories: [PairText, PairPiece, PairArgument],
    }),
    DoubleQuoted: createToken({
      name: `DoubleQuoted${suffix}`,
      pattern: new RegExp(dq),
      start_chars_hint: ['"'],
      categories: [DoubleQuoted, PairPiece, PairArgument],
    }),
    SingleQuoted: createToken({
      name: `SingleQuoted${suffix}`,
      pattern: new RegExp(sq),
      start_chars_hint: ["'"],
      categories: [SingleQuoted, PairPiece, PairArgument],
    }),
  };
}

const escapeTokenSets = { '\\': escapeTokens('\\'), '`': escapeTokens('`') };

function buildLexer(escape: '\\' | '`'): Lexer {
  const t = escapeTokenSets[escape];
  return new Lexer(
    {
      defaultMode: 'line',
      modes: {
        line: [Newline, Space, Blank, ...keywordTokens.values(), UnknownKeyword],
        words: [NewlinePop, Space, Blank, t.Flag, t.Word],
        exec: [NewlinePop, Space, Blank, JsonArrayStart, t.Flag, t.Word],
        json: [NewlinePop, Space, Blank, JsonString, Comma, JsonArrayEnd],
        pairs: [NewlinePop, Space, Blank, Equals, t.DoubleQuoted, t.SingleQuoted, t.PairText],
      },
    },
    // The complement-set patterns carry `start_chars_hint`s, so every mode is indexed by first character (one or
    // two patterns tried per token instead of all of the mode's); `ensureOptimizations` fails the build otherwise.
    { positionTracking: 'onlyOffset', ensureOptimizations: true },
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
  Space,
  Blank,
  Keyword,
  ExecKeyword,
  PairKeyword,
  WordsKeyword,
  ShellArgument,
  PairArgument,
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
  ...(Object.values(escapeTokenSets['\\']) as TokenType[]),
  ...(Object.values(escapeTokenSets['`']) as TokenType[]),
];

/** The command kind of each keyword token type, by `tokenTypeIdx` (unknown words have none). */
export const kindOfTokenType: Array<CommandKind | undefined> = [];
for (const [kind, type] of keywordTokens) kindOfTokenType[type.tokenTypeIdx!] = kind;
