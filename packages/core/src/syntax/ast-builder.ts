// Tokens -> AST. The parser hands over each command's tokens as one flat list; here the arguments get their
// structure (flags, words, ENV/LABEL pairs, JSON elements, COMPONENT reference and parameters, FROM source).
// One pass over each command's tokens, token types tested by `tokenMatcher`/index (no name strings), and
// positions mapped through the command's few source segments (no per-character offset table).
import { tokenMatcher, type IToken } from 'chevrotain';
import type {
  Command,
  ComponentParameter,
  ComponentReference,
  Flag,
  KeyValuePair,
  Located,
  Range,
  TextNode,
} from './ast.js';
import { lastAtOrBefore, type LineIndex } from './line-index.js';
import type { LogicalCommand } from './logical-lines.js';
import { asciiUpperCase } from './ascii-case.js';
import { hasUnterminatedQuote, needsUnquote, unquote } from './unquote.js';
import {
  DoubleQuoted,
  Equals,
  Flag as FlagToken,
  JsonString,
  kindOfTokenType,
  PairText,
  SingleQuoted,
} from './tokens.js';

/** The joined text the lexer read: the logical commands, each followed by `\n`, in order. */
export interface JoinedSource {
  text: string;
  /** Where each logical command starts in `text`. */
  commandStarts: number[];
  commands: LogicalCommand[];
  lineIndex: LineIndex;
  escape: '\\' | '`';
}

const tokenEnd = (token: IToken) => token.startOffset + token.image.length;

export class AstBuilder {
  /** The command whose joined text positions are being mapped. */
  private command!: LogicalCommand;
  private commandStart = 0;
  /** Joined position just past the command's text. */
  private commandEnd = 0;
  /**
   * Source offset minus joined position, for a command of one segment (`oneSegment`). An integer field: a NaN
   * marker would make it a double, and every offset computed from it a boxed number in the AST (+20 % heap).
   */
  private shift = 0;
  private oneSegment = false;
  /** The physical line of a command on one line, else -1; and where that line starts. */
  private line = -1;
  private lineStart = 0;
  /** The command's text holds no quote and no escape character. */
  private plain = false;
  /** Joined position of each of the command's segments (one entry for most commands). */
  private segmentStarts: number[] = [];

  constructor(private readonly source: JoinedSource) {}

  /** Maps positions of the `index`th logical command from now on. */
  private begin(index: number): void {
    const command = this.source.commands[index];
    this.command = command;
    this.commandStart = this.source.commandStarts[index];
    this.commandEnd = this.commandStart + command.text.length;
    const starts = this.segmentStarts;
    starts.length = 0;
    let at = this.commandStart;
    for (const segment of command.segments) {
      starts.push(at);
      at += segment.length;
    }
    this.oneSegment = command.segments.length === 1;
    this.shift = this.oneSegment ? command.segments[0].sourceStart - this.commandStart : 0;
    // A command on one physical line: every node of it is on that line.
    this.line = command.startLine === command.endLine ? command.startLine : -1;
    this.lineStart = this.line >= 0 ? this.source.lineIndex.lineStarts[this.line] : 0;
    // A command without quotes and escape characters has no word to unquote: one test per command, not per word.
    this.plain = !needsUnquote(command.text, this.source.escape);
  }

  /** The source offset of the character at joined position `at` (the joining `\n` maps to the command's end). */
  private sourceOffset(at: number): number {
    if (at >= this.commandEnd) return this.command.endOffset;
    // Most commands are one segment: a constant shift.
    if (this.oneSegment) return at + this.shift;
    const segments = this.command.segments;
    if (segments.length === 0) return this.command.endOffset;
    const starts = this.segmentStarts;
    const i = lastAtOrBefore(starts, at);
    return segments[i].sourceStart + (at - starts[i]);
  }

  /** The range of a span of the source inside the current command (no line search when it sits on one line). */
  private rangeOf(offset: number, endOffset: number): Range {
    const line = this.line;
    if (line < 0) return this.source.lineIndex.range(offset, endOffset);
    const start = this.lineStart;
    return { start: { line, character: offset - start }, end: { line, character: endOffset - start } };
  }

  /** A span of joined text anywhere (lexer and parser problems): finds its command first. */
  locatedAnywhere(start: number, end: number): Located {
    this.begin(lastAtOrBefore(this.source.commandStarts, start));
    return this.located(start, end);
  }

  located(start: number, end: number): Located {
    const offset = this.sourceOffset(start);
    const endOffset = end > start ? this.sourceOffset(end - 1) + 1 : offset;
    return { range: this.rangeOf(offset, endOffset), offset, endOffset };
  }

  textNode(start: number, end: number, value?: string): TextNode {
    return this.nodeAt(start, this.source.text.slice(start, end), value);
  }

  /** The node of one token: its text is the token's image (no second slice of the joined text). */
  private tokenNode(token: IToken, value?: string): TextNode {
    return this.nodeAt(token.startOffset, token.image, value);
  }

  /** The node of `text`, found at `start` in the joined text. */
  private nodeAt(start: number, text: string, value: string | undefined): TextNode {
    const offset = this.sourceOffset(start);
    const endOffset = text.length > 0 ? this.sourceOffset(start + text.length - 1) + 1 : offset;
    // Built as one literal (no spread): the parser makes thousands of these per 16 KB.
    return {
      range: this.rangeOf(offset, endOffset),
      offset,
      endOffset,
      text,
      value: value ?? (this.plain ? text : unquote(text, this.source.escape)),
    };
  }

  /** A node whose value is its text as written. */
  private rawNode(start: number, end: number): TextNode {
    const node = this.textNode(start, end, '');
    node.value = node.text;
    return node;
  }

  /**
   * The command of the `index`th logical command. `tokens`: the tokens the parser consumed, in text order,
   * keyword first (tokens that error recovery invented are already left out); `json`: the exec form was read.
   */
  build(tokens: IToken[], json: boolean, index: number): Command {
    this.begin(index);
    const logical = this.command;
    const lineIndex = this.source.lineIndex;
    const keywordToken = tokens[0];
    const count = tokens.length;
    const known = kindOfTokenType[keywordToken.tokenTypeIdx];
    const kind = known ?? 'UNKNOWN';
    // ASCII-only case folding, as the lexer matches keywords: `entrypoınt` (dotless ı) is an unknown command. A
    // known keyword's token matched its kind's letters exactly, case aside, so it folds to the kind itself.
    const keyword = known ?? asciiUpperCase(keywordToken.image);
    // The content as a whole is raw text: its value is its text (unquoting a whole line has no meaning).
    const content = count > 1 ? this.rawNode(tokens[1].startOffset, tokenEnd(tokens[count - 1])) : undefined;
    const innerComments =
      logical.innerComments.length === 0
        ? []
        : logical.innerComments.map((c) => ({
            offset: c.offset,
            endOffset: c.endOffset,
            range: lineIndex.range(c.offset, c.endOffset),
            text: lineIndex.text.slice(c.offset, c.endOffset),
          }));
    // COMPONENT, ENV and LABEL take no leading flags; the others do.
    const takesFlags = kind !== 'COMPONENT' && kind !== 'ENV' && kind !== 'LABEL';
    const flags: Flag[] = [];
    const rest = takesFlags ? this.flagsInto(flags, tokens) : 1;
    // One literal, keys in one order for every kind (same hidden class prefix), kind-specific keys after.
    const command = {
      keyword,
      keywordNode: this.tokenNode(keywordToken, keyword),
      content,
      flags,
      args: [] as TextNode[],
      offset: logical.offset,
      endOffset: logical.endOffset,
      range: this.rangeOf(logical.offset, logical.endOffset),
      emptyContinuationLines: logical.emptyContinuationLines,
      innerComments,
      continuesAtEof: logical.continuesAtEof,
      kind,
    } as Command;

    switch (command.kind) {
      case 'RUN':
      case 'CMD':
      case 'ENTRYPOINT': {
        if (json && rest < count) {
          const elements: TextNode[] = [];
          for (let i = rest; i < count; i++) {
            const t = tokens[i];
            if (t.tokenType === JsonString) elements.push(this.tokenNode(t, jsonStringValue(t.image)));
          }
          const exec = this.located(tokens[rest].startOffset, tokenEnd(tokens[count - 1]));
          command.args = elements;
          command.form = 'exec';
          command.exec = { range: exec.range, offset: exec.offset, endOffset: exec.endOffset, elements };
          return command;
        }
        command.args = this.words(tokens, rest);
        command.form = 'shell';
        command.shell = rest < count ? this.rawNode(tokens[rest].startOffset, tokenEnd(tokens[count - 1])) : undefined;
        return command;
      }
      case 'ENV':
      case 'LABEL': {
        const words = groupAdjacent(tokens);
        const args: TextNode[] = [];
        for (const w of words) args.push(this.textNode(w[0].startOffset, tokenEnd(w[w.length - 1])));
        command.args = args;
        command.pairs = this.pairs(words);
        return command;
      }
      case 'COMPONENT': {
        command.args = this.words(tokens, 1);
        const { reference, parameters } = this.component(command.args, tokens);
        command.reference = reference;
        command.parameters = parameters;
        return command;
      }
      case 'FROM': {
        const args = this.words(tokens, rest);
        command.args = args;
        const image = args[0];
        const colon = image ? image.text.indexOf(':') : -1;
        if (!image || colon === -1) return command;
        const start = tokens[rest].startOffset;
        command.sourceType = this.textNode(start, start + colon);
        command.image = this.textNode(start + colon + 1, start + image.text.length);
        return command;
      }
      case 'COPY':
        command.args = this.words(tokens, rest);
        command.operands = command.args;
        return command;
      default:
        command.args = this.words(tokens, rest);
        return command;
    }
  }

  private words(tokens: IToken[], from: number): TextNode[] {
    const out: TextNode[] = [];
    for (let i = from; i < tokens.length; i++) out.push(this.tokenNode(tokens[i]));
    return out;
  }

  /**
   * Docker's leading flags: `--name[=value]` words after the keyword until the first other word; a bare `--`
   * ends them. Pushes them into `flags`; returns the index of the first token after them.
   */
  private flagsInto(flags: Flag[], tokens: IToken[]): number {
    let i = 1;
    for (; i < tokens.length && tokenMatcher(tokens[i], FlagToken); i++) {
      const token = tokens[i];
      const image = token.image;
      if (image === '--') return i + 1;
      const eq = image.indexOf('=');
      const at = this.located(token.startOffset, tokenEnd(token));
      flags.push({
        range: at.range,
        offset: at.offset,
        endOffset: at.endOffset,
        text: image,
        name: eq === -1 ? image.slice(2) : image.slice(2, eq),
        value: eq === -1 ? undefined : image.slice(eq + 1),
      });
    }
    return i;
  }

  /** `key="value" key2="value2"` or legacy `key value` (when the first word has no `=`, as Docker decides). */
  private pairs(words: IToken[][]): KeyValuePair[] {
    if (words.length === 0) return [];
    const first = words[0];
    if (!first.some(isEquals)) {
      const key = this.textNode(first[0].startOffset, tokenEnd(first[first.length - 1]));
      const last = words[words.length - 1];
      const value =
        words.length > 1 ? this.textNode(words[1][0].startOffset, tokenEnd(last[last.length - 1])) : undefined;
      const at = this.located(first[0].startOffset, tokenEnd(last[last.length - 1]));
      return [
        {
          range: at.range,
          offset: at.offset,
          endOffset: at.endOffset,
          key,
          value,
          form: 'legacy',
          unterminatedQuote:
            hasUnterminatedQuote(key.text, this.source.escape) ||
            (value ? hasUnterminatedQuote(value.text, this.source.escape) : false),
        },
      ];
    }
    const out: KeyValuePair[] = [];
    for (const word of words) for (const piece of splitGluedPairs(word)) out.push(this.pair(piece));
    return out;
  }

  private pair(word: IToken[]): KeyValuePair {
    const eqIndex = word.findIndex(isEquals);
    const start = word[0].startOffset;
    const end = tokenEnd(word[word.length - 1]);
    const unterminatedQuote = word.some((t) => isQuoted(t) && !isClosedQuote(t));
    const at = this.located(start, end);
    if (eqIndex === -1) {
      return {
        range: at.range,
        offset: at.offset,
        endOffset: at.endOffset,
        key: this.textNode(start, end),
        form: 'equals',
        unterminatedQuote,
      };
    }
    const eq = word[eqIndex];
    const valueStart = tokenEnd(eq);
    return {
      range: at.range,
      offset: at.offset,
      endOffset: at.endOffset,
      key: this.textNode(start, eq.startOffset),
      equals: this.located(eq.startOffset, valueStart),
      value: this.textNode(valueStart, end),
      form: 'equals',
      unterminatedQuote,
    };
  }

  /** `tokens[i + 1]` is the token of `args[i]`; slices are located through the joined text, so a continuation inside a word maps right. */
  private component(
    args: TextNode[],
    tokens: IToken[],
  ): { reference?: ComponentReference; parameters: ComponentParameter[] } {
    let i = 0;
    let reference: ComponentReference | undefined;
    if (args[0] && !args[0].text.startsWith('--')) {
      reference = componentReference(args[0]);
      i = 1;
    }
    const parameters: ComponentParameter[] = [];
    for (; i < args.length; i++) {
      const flag = args[i];
      if (!flag.text.startsWith('--')) continue; // a stray word; the component check reports it
      const eq = flag.text.indexOf('=');
      if (eq !== -1) {
        const start = tokens[i + 1].startOffset;
        const flagNode = this.textNode(start, start + eq);
        const value = this.textNode(start + eq + 1, start + flag.text.length);
        // The word's own keys first (`text` included), as a spread of it would give them.
        parameters.push({
          range: flag.range,
          offset: flag.offset,
          endOffset: flag.endOffset,
          text: flag.text,
          value,
          flag: flagNode,
          name: flag.text.slice(2, eq),
        } as ComponentParameter);
        continue;
      }
      const next = args[i + 1];
      const value = next && !next.text.startsWith('--') ? next : undefined;
      if (value) i++;
      const end = value ?? flag;
      parameters.push({
        offset: flag.offset,
        endOffset: end.endOffset,
        range: { start: flag.range.start, end: end.range.end },
        flag,
        name: flag.text.slice(2),
        value,
      });
    }
    return { reference, parameters };
  }
}

/** The value of a JSON string token; most hold no escape, and their value is what the quotes enclose. */
function jsonStringValue(image: string): string {
  return image.indexOf('\\') === -1 ? image.slice(1, -1) : (JSON.parse(image) as string);
}

const ARN = /^acs:ecs:([^:]*):([^:]*):imagecomponent\/(.+)([/:])([0-9*]+\.[0-9*]+\.[0-9*]+)$/;

/** The node with its type; one literal in the node's key order (no spread: it copies key by key). */
function componentReference(node: TextNode): ComponentReference {
  const { range, offset, endOffset, text, value } = node;
  if (text.startsWith('ic-')) return { range, offset, endOffset, text, value, type: 'id' };
  const m = ARN.exec(text);
  if (m) {
    return {
      range,
      offset,
      endOffset,
      text,
      value,
      type: 'arn',
      arn: { region: m[1], account: m[2], name: m[3], versionSeparator: m[4] as '/' | ':', version: m[5] },
    };
  }
  return { range, offset, endOffset, text, value, type: 'other' };
}

const isEquals = (token: IToken) => token.tokenType === Equals;

function isQuoted(token: IToken): boolean {
  return tokenMatcher(token, DoubleQuoted) || tokenMatcher(token, SingleQuoted);
}

function isClosedQuote(token: IToken): boolean {
  return token.image.length >= 2 && token.image.endsWith(token.image[0]);
}

/**
 * The documented LABEL example puts the next pair straight after a closing quote
 * (`user="username"\` + `date="..."` joins to `user="username"date="..."`): a closed double-quoted value
 * followed at once by `name=` starts a new pair.
 */
function splitGluedPairs(word: IToken[]): IToken[][] {
  // A glued pair needs `=`, a closed quote, a name and `=` again: shorter words are one pair.
  if (word.length < 4) return [word];
  const out: IToken[][] = [];
  let current: IToken[] = [];
  let seenEquals = false;
  for (let i = 0; i < word.length; i++) {
    const token = word[i];
    const prev = word[i - 1];
    const glued =
      seenEquals &&
      prev !== undefined &&
      tokenMatcher(prev, DoubleQuoted) &&
      isClosedQuote(prev) &&
      tokenMatcher(token, PairText) &&
      i + 1 < word.length &&
      isEquals(word[i + 1]);
    if (glued) {
      out.push(current);
      current = [];
      seenEquals = false;
    }
    if (isEquals(token)) seenEquals = true;
    current.push(token);
  }
  out.push(current);
  return out;
}

/** The arguments (after the keyword, `tokens[0]`); tokens that touch (no blank between them) form one shell word. */
function groupAdjacent(tokens: IToken[]): IToken[][] {
  const words: IToken[][] = [];
  let last: IToken[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (last && tokenEnd(last[last.length - 1]) === token.startOffset) last.push(token);
    else {
      last = [token];
      words.push(last);
    }
  }
  return words;
}
