// The Chevrotain grammar: a template is a sequence of commands, one per logical line. The grammar is
// deliberately permissive about arguments (any token of the command's mode), so that no input stops the
// parse; the AST builder gives arguments their structure and the checks judge them.
//
// Embedded actions, no CST: each command rule collects its tokens into one flat list as it consumes them, so
// the AST builder reads a vector per command instead of walking a tree (the CST walk was a third of lint time).
import { EmbeddedActionsParser, tokenMatcher, type IToken } from 'chevrotain';
import {
  allTokenTypes,
  Comma,
  ExecKeyword,
  Flag,
  JsonArrayEnd,
  JsonArrayStart,
  JsonString,
  Newline,
  PairArgument,
  PairKeyword,
  ShellArgument,
  WordsKeyword,
} from './tokens.js';

/** One command as the parser consumed it: its tokens in text order, keyword first. */
export interface ParsedCommand {
  tokens: IToken[];
  /** The arguments are a JSON array of strings (RUN/CMD/ENTRYPOINT exec form). */
  json: boolean;
}

class BuildContentParser extends EmbeddedActionsParser {
  /** The commands of the current parse, filled by the rules' actions. */
  commands: ParsedCommand[] = [];
  /** The command being read (during grammar recording, a scratch record no parse sees). */
  private current: ParsedCommand = { tokens: [], json: false };

  constructor() {
    super(allTokenTypes, { recoveryEnabled: true, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  template = this.RULE('template', () => {
    this.MANY(() => {
      this.OR([{ ALT: () => this.SUBRULE(this.command) }, { ALT: () => this.CONSUME(Newline) }]);
    });
  });

  command = this.RULE('command', () => {
    // The record is registered before any token is consumed: if error recovery leaves the rule early, the
    // tokens read so far still reach the AST.
    this.ACTION(() => {
      this.current = { tokens: [], json: false };
      this.commands.push(this.current);
    });
    this.OR([
      { ALT: () => this.SUBRULE(this.execCommand) },
      { ALT: () => this.SUBRULE(this.pairCommand) },
      { ALT: () => this.SUBRULE(this.wordsCommand) },
    ]);
  });

  /** RUN, CMD, ENTRYPOINT: flags, then a JSON array of strings or shell words. */
  execCommand = this.RULE('execCommand', () => {
    const tokens = this.current.tokens;
    tokens.push(this.CONSUME(ExecKeyword));
    this.MANY(() => tokens.push(this.CONSUME(Flag)));
    this.OPTION(() => {
      this.OR([{ ALT: () => this.SUBRULE(this.jsonArray) }, { ALT: () => this.SUBRULE(this.shellWords) }]);
    });
  });

  jsonArray = this.RULE('jsonArray', () => {
    const tokens = this.current.tokens;
    this.ACTION(() => (this.current.json = true));
    tokens.push(this.CONSUME(JsonArrayStart));
    // The commas are not collected: the builder needs the strings and the brackets.
    this.MANY_SEP({ SEP: Comma, DEF: () => tokens.push(this.CONSUME(JsonString)) });
    tokens.push(this.CONSUME(JsonArrayEnd));
  });

  /** Words and flags (a flag after the first word is a word to the shell; the builder decides). */
  shellWords = this.RULE('shellWords', () => {
    const tokens = this.current.tokens;
    this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(ShellArgument)));
  });

  /** ENV, LABEL: pieces of `key=value` pairs or of the legacy `key value` form. */
  pairCommand = this.RULE('pairCommand', () => {
    const tokens = this.current.tokens;
    tokens.push(this.CONSUME(PairKeyword));
    this.MANY(() => tokens.push(this.CONSUME(PairArgument)));
  });

  /** FROM, COMPONENT, COPY, WORKDIR, USER, RESTART and any unknown word in command position. */
  wordsCommand = this.RULE('wordsCommand', () => {
    const tokens = this.current.tokens;
    tokens.push(this.CONSUME(WordsKeyword));
    this.MANY(() => tokens.push(this.CONSUME(ShellArgument)));
  });
}

/** One parser instance, reused for every parse (Chevrotain's advice: construction is the costly part). */
let instance: BuildContentParser | undefined;

function parser(): BuildContentParser {
  instance ??= new BuildContentParser();
  return instance;
}

export interface ParseTokensResult {
  commands: ParsedCommand[];
  /** Tokens the grammar did not expect (Chevrotain's own message is not for authors; see parse.ts). */
  errors: { token: IToken; expected: 'end of line' | 'argument' }[];
}

/**
 * The commands of a token vector. The lexer's modes already give each line the grammar's shape (a keyword, then
 * only tokens of its mode, then a line break), so such a vector is read in one pass by the same rules (below);
 * any other vector goes to the Chevrotain parser, which also reports what it did not expect and recovers.
 */
export function parseTokens(tokens: IToken[]): ParseTokensResult {
  const commands = readInGrammarShape(tokens);
  return commands ? { commands, errors: [] } : parseWithGrammar(tokens);
}

/**
 * The grammar's rules applied to a token vector in one pass, without the recognizer's per-token bookkeeping (with
 * its garbage, a third of parse time): undefined at the first token the grammar would report (or read as anything but the rules
 * below). For the vectors it reads it gives what the grammar's actions give (test/syntax/parser-shape.test.ts
 * compares the two on generated texts and on vectors with tokens dropped, repeated or moved).
 */
export function readInGrammarShape(tokens: IToken[]): ParsedCommand[] | undefined {
  const commands: ParsedCommand[] = [];
  const count = tokens.length;
  let i = 0;
  while (i < count) {
    const keyword = tokens[i++];
    if (tokenMatcher(keyword, Newline)) continue;
    const read: IToken[] = [keyword];
    const command: ParsedCommand = { tokens: read, json: false };
    if (tokenMatcher(keyword, ExecKeyword)) {
      // execCommand: flags, then a JSON array or shell words.
      while (i < count && tokenMatcher(tokens[i], Flag)) read.push(tokens[i++]);
      if (i < count && tokenMatcher(tokens[i], JsonArrayStart)) {
        command.json = true;
        read.push(tokens[i++]);
        // jsonArray: strings separated by commas (not collected), then `]`.
        if (i < count && tokenMatcher(tokens[i], JsonString)) {
          read.push(tokens[i++]);
          while (i + 1 < count && tokenMatcher(tokens[i], Comma) && tokenMatcher(tokens[i + 1], JsonString)) {
            read.push(tokens[i + 1]);
            i += 2;
          }
        }
        if (i >= count || !tokenMatcher(tokens[i], JsonArrayEnd)) return undefined;
        read.push(tokens[i++]);
      } else {
        while (i < count && tokenMatcher(tokens[i], ShellArgument)) read.push(tokens[i++]);
      }
    } else if (tokenMatcher(keyword, PairKeyword)) {
      while (i < count && tokenMatcher(tokens[i], PairArgument)) read.push(tokens[i++]);
    } else if (tokenMatcher(keyword, WordsKeyword)) {
      while (i < count && tokenMatcher(tokens[i], ShellArgument)) read.push(tokens[i++]);
    } else return undefined;
    // A command ends at a line break (or at the end).
    if (i < count && !tokenMatcher(tokens[i], Newline)) return undefined;
    commands.push(command);
  }
  return commands;
}

/** The Chevrotain parser's reading of a token vector, with its errors and recovery. */
export function parseWithGrammar(tokens: IToken[]): ParseTokensResult {
  const p = parser();
  p.commands = [];
  p.input = tokens;
  p.template();
  const commands = p.commands;
  p.commands = [];
  return {
    commands,
    errors: p.errors.map((e) => ({
      token: e.token,
      expected: e.name === 'NotAllInputParsedException' ? 'end of line' : 'argument',
    })),
  };
}
