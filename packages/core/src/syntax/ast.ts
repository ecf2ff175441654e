// The typed AST of a BuildContent template. Every node carries its exact source range:
// 0-based line and UTF-16 character (as LSP counts them) plus offsets into the original text.

/** A place in a text: 0-based line and character, characters counted in UTF-16 code units as LSP counts them. */
export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code unit within the line (LSP's `character`). */
  character: number;
}

/** A span of text from `start` (included) to `end` (excluded). */
export interface Range {
  start: Position;
  end: Position;
}

/** Anything with a place in the source. `offset`/`endOffset` index the original text (end exclusive). */
export interface Located {
  range: Range;
  offset: number;
  endOffset: number;
}

/**
 * A piece of argument text. `text` is the text as the service receives it for this command
 * (continuations joined, comment lines inside the command dropped); `value` is `text` with
 * quotes and escapes resolved where that has a meaning (ENV/LABEL values, JSON strings).
 */
export interface TextNode extends Located {
  text: string;
  value: string;
}

/** The commands of the Image Builder command set. */
export const COMMAND_KINDS = [
  'FROM',
  'COMPONENT',
  'RUN',
  'ENV',
  'WORKDIR',
  'COPY',
  'USER',
  'LABEL',
  'CMD',
  'ENTRYPOINT',
  'RESTART',
] as const;
/** A keyword the service knows (`FROM`, `RUN`, ...): one of {@link COMMAND_KINDS}. */
export type CommandKind = (typeof COMMAND_KINDS)[number];

/** A `--name[=value]` flag written before the arguments (Docker syntax; Image Builder documents none). */
export interface Flag extends Located {
  text: string;
  name: string;
  value?: string;
}

/** What every command has: its keyword, its arguments and their exact ranges. */
export interface CommandBase extends Located {
  /** The keyword upper-cased (`RUN`), or the word as written upper-cased for unknown commands. */
  keyword: string;
  /** The keyword as written, with its range. */
  keywordNode: TextNode;
  /** Everything after the keyword, trimmed; undefined when the command has no content. */
  content?: TextNode;
  /** Leading `--flags` (not for COMPONENT, whose `--name value` pairs are parameters). */
  flags: Flag[];
  /** Shell-style words of the content after the flags, quotes kept in `text`. */
  args: TextNode[];
  /** 0-based physical lines of blank lines inside the continued command (Docker skips them). */
  emptyContinuationLines: number[];
  /** Comment lines inside the continued command (dropped from the content). */
  innerComments: Comment[];
  /** The last physical line ends with the escape character, but no line follows. */
  continuesAtEof: boolean;
}

/** The JSON-array form of RUN, CMD and ENTRYPOINT (`["nginx", "-g"]`). */
export interface ExecForm extends Located {
  elements: TextNode[];
}

/** A RUN, CMD or ENTRYPOINT command, in shell or exec (JSON array) form. */
export interface RunLikeCommand extends CommandBase {
  kind: 'RUN' | 'CMD' | 'ENTRYPOINT';
  /** `exec` when the content is a JSON array of strings, `shell` otherwise (Docker's rule). */
  form: 'shell' | 'exec';
  exec?: ExecForm;
  /** Shell form: the command line after any flags, as the shell receives it. */
  shell?: TextNode;
}

/** A `key=value` (or `key value`) pair of ENV or LABEL, key and value with their ranges. */
export interface KeyValuePair extends Located {
  key: TextNode;
  /** Range of the `=`; undefined in the legacy `ENV key value` form or when it is missing. */
  equals?: Located;
  value?: TextNode;
  /** `equals`: `key="value"`; `legacy`: `ENV key value`. */
  form: 'equals' | 'legacy';
  /** A quote opened in the key or value is never closed. */
  unterminatedQuote: boolean;
}

/** An ENV or LABEL command: its key-value pairs. */
export interface PairCommand extends CommandBase {
  kind: 'ENV' | 'LABEL';
  pairs: KeyValuePair[];
}

/** A COPY command: its flags and operands. */
export interface CopyCommand extends CommandBase {
  kind: 'COPY';
  /** Operands after the flags: normally [source, destination]. */
  operands: TextNode[];
}

/** A `--name value` parameter of a COMPONENT command. */
export interface ComponentParameter extends Located {
  /** The `--name` word. */
  flag: TextNode;
  name: string;
  value?: TextNode;
}

/** The component a COMPONENT command names: an `ic-...` ID or an ARN (with its parts). */
export interface ComponentReference extends TextNode {
  /** `id`: `ic-...`; `arn`: `acs:ecs:...:imagecomponent/...`; `other`: anything else. */
  type: 'id' | 'arn' | 'other';
  arn?: {
    region: string;
    account: string;
    name: string;
    version: string;
    /** `/` as in every documented example, or `:` as in the syntax line. */
    versionSeparator: '/' | ':';
  };
}

/** A COMPONENT command: the component it names (ID or ARN) and its `--name value` parameters. */
export interface ComponentCommand extends CommandBase {
  kind: 'COMPONENT';
  reference?: ComponentReference;
  parameters: ComponentParameter[];
}

/** A FROM command: the source type (`IMAGE` or `IMAGE_FAMILY`) and the source. */
export interface FromCommand extends CommandBase {
  kind: 'FROM';
  /** `IMAGE` or `IMAGE_FAMILY` as written before the first `:`, when there is a `:`. */
  sourceType?: TextNode;
  /** The image id or family name after the first `:`. */
  image?: TextNode;
}

/** A WORKDIR, USER or RESTART command: a keyword and its content. */
export interface SimpleCommand extends CommandBase {
  kind: 'WORKDIR' | 'USER' | 'RESTART';
}

/** A command the service does not know (`ADD`, `EXPOSE`, a typo): kept, with its words, and reported. */
export interface UnknownCommand extends CommandBase {
  kind: 'UNKNOWN';
}

/** Any command of a template; `kind` tells which (`UNKNOWN` for a keyword the service does not know). */
export type Command =
  RunLikeCommand | PairCommand | CopyCommand | ComponentCommand | FromCommand | SimpleCommand | UnknownCommand;

/** A `#` comment line, with its text and range. */
export interface Comment extends Located {
  /** The whole line, `#` included. */
  text: string;
}

/** A parser directive (`# escape=\``, `# syntax=...`) at the top of the file, as Docker reads them. */
export interface Directive extends Located {
  name: string;
  value: string;
  nameNode: Located;
  valueNode: Located;
}

/** A problem the parser found in the text itself (not a rule). */
export interface SyntaxProblem extends Located {
  message: string;
}

/** A parsed template: its commands, comments and parser directives, each with exact ranges. {@link parse} returns one for any text. */
export interface Template {
  /** The text as given. */
  text: string;
  commands: Command[];
  /** Top-level comment lines (directives not included). */
  comments: Comment[];
  directives: Directive[];
  /** The escape character in force: `\` unless `# escape=\`` says otherwise. */
  escapeChar: '\\' | '`';
  /** Lexer or parser problems; the AST is still complete as far as it goes. */
  syntaxProblems: SyntaxProblem[];
  /** Offset of the first character after a UTF-8 BOM, 0 without one. */
  bomLength: number;
}
