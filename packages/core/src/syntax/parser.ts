// The Chevrotain grammar: a template is a sequence of commands, one per logical line. The grammar is
// deliberately permissive about arguments (any token of the command's mode), so that no input stops the
// parse; the AST builder gives arguments their structure and the checks judge them.
import { CstParser, type CstNode, type IToken } from 'chevrotain';
import {
  allTokenTypes,
  Comma,
  Equals,
  Flag,
  JsonArrayEnd,
  JsonArrayStart,
  JsonString,
  keywordTokens,
  Newline,
  PairPiece,
  UnknownKeyword,
  Word,
} from './tokens.js';

const kw = (kind: Parameters<typeof keywordTokens.get>[0]) => keywordTokens.get(kind)!;

class BuildContentParser extends CstParser {
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
    this.OR([
      { ALT: () => this.SUBRULE(this.execCommand) },
      { ALT: () => this.SUBRULE(this.pairCommand) },
      { ALT: () => this.SUBRULE(this.wordsCommand) },
    ]);
  });

  /** RUN, CMD, ENTRYPOINT: flags, then a JSON array of strings or shell words. */
  execCommand = this.RULE('execCommand', () => {
    this.OR([{ ALT: () => this.CONSUME(kw('RUN')) }, { ALT: () => this.CONSUME(kw('CMD')) }, { ALT: () => this.CONSUME(kw('ENTRYPOINT')) }]);
    this.MANY(() => this.CONSUME(Flag));
    this.OPTION(() => {
      this.OR2([{ ALT: () => this.SUBRULE(this.jsonArray) }, { ALT: () => this.SUBRULE(this.shellWords) }]);
    });
  });

  jsonArray = this.RULE('jsonArray', () => {
    this.CONSUME(JsonArrayStart);
    this.MANY_SEP({ SEP: Comma, DEF: () => this.CONSUME(JsonString) });
    this.CONSUME(JsonArrayEnd);
  });

  shellWords = this.RULE('shellWords', () => {
    this.AT_LEAST_ONE(() => {
      this.OR([{ ALT: () => this.CONSUME(Word) }, { ALT: () => this.CONSUME(Flag) }]);
    });
  });

  /** ENV, LABEL: pieces of `key=value` pairs or of the legacy `key value` form. */
  pairCommand = this.RULE('pairCommand', () => {
    this.OR([{ ALT: () => this.CONSUME(kw('ENV')) }, { ALT: () => this.CONSUME(kw('LABEL')) }]);
    this.MANY(() => {
      this.OR2([{ ALT: () => this.CONSUME(PairPiece) }, { ALT: () => this.CONSUME(Equals) }]);
    });
  });

  /** FROM, COMPONENT, COPY, WORKDIR, USER, RESTART and any unknown word in command position. */
  wordsCommand = this.RULE('wordsCommand', () => {
    this.OR([
      { ALT: () => this.CONSUME(kw('FROM')) },
      { ALT: () => this.CONSUME(kw('COMPONENT')) },
      { ALT: () => this.CONSUME(kw('COPY')) },
      { ALT: () => this.CONSUME(kw('WORKDIR')) },
      { ALT: () => this.CONSUME(kw('USER')) },
      { ALT: () => this.CONSUME(kw('RESTART')) },
      { ALT: () => this.CONSUME(UnknownKeyword) },
    ]);
    this.MANY(() => {
      this.OR2([{ ALT: () => this.CONSUME(Word) }, { ALT: () => this.CONSUME(Flag) }]);
    });
  });
}

/** One parser instance, reused for every parse (Chevrotain's advice: construction is the costly part). */
let instance: BuildContentParser | undefined;

function parser(): BuildContentParser {
  instance ??= new BuildContentParser();
  return instance;
}

export interface ParseTokensResult {
  cst: CstNode;
  errors: { message: string; token: IToken }[];
}

export function parseTokens(tokens: IToken[]): ParseTokensResult {
  const p = parser();
  p.input = tokens;
  const cst = p.template();
  return { cst, errors: p.errors.map((e) => ({ message: e.message, token: e.token })) };
}

/** The grammar as Chevrotain serializes it, for the railroad diagram in grammar/diagram.html. */
export function getSerializedGrammar(): ReturnType<CstParser['getSerializedGastProductions']> {
  return parser().getSerializedGastProductions();
}
