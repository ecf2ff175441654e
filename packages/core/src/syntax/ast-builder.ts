// CST -> AST. The parser leaves arguments as flat token lists; here they get their structure
// (flags, words, ENV/LABEL pairs, JSON elements, COMPONENT reference and parameters, FROM source).
import type { CstNode, IToken } from 'chevrotain';
import type {
  Command,
  CommandKind,
  ComponentParameter,
  ComponentReference,
  Flag,
  KeyValuePair,
  Located,
  TextNode,
} from './ast.js';
import { COMMAND_KINDS } from './ast.js';
import type { LineIndex } from './line-index.js';
import type { LogicalCommand } from './logical-lines.js';
import { asciiUpperCase } from './ascii-case.js';
import { hasUnterminatedQuote, unquote } from './unquote.js';

/** The joined text the lexer read, and where each of its characters came from. */
export interface JoinedSource {
  text: string;
  sourceOffsets: Int32Array;
  lineIndex: LineIndex;
  escape: '\\' | '`';
}

const tokenEnd = (token: IToken) => token.startOffset + token.image.length;
const isKind = (word: string): word is CommandKind => (COMMAND_KINDS as readonly string[]).includes(word);

export class AstBuilder {
  constructor(private readonly source: JoinedSource) {}

  located(start: number, end: number): Located {
    const offsets = this.source.sourceOffsets;
    const offset = offsets[start];
    const endOffset = end > start ? offsets[end - 1] + 1 : offset;
    return { range: this.source.lineIndex.range(offset, endOffset), offset, endOffset };
  }

  /** A located node with more fields, built without spreading (hot in the parser). */
  private at<T extends object>(start: number, end: number, fields: T): Located & T {
    return Object.assign(this.located(start, end), fields);
  }

  textNode(start: number, end: number, value?: string): TextNode {
    const offsets = this.source.sourceOffsets;
    const offset = offsets[start];
    const endOffset = end > start ? offsets[end - 1] + 1 : offset;
    const text = this.source.text.slice(start, end);
    // Built as one literal (no spread): the parser makes thousands of these per 16 KB.
    return { range: this.source.lineIndex.range(offset, endOffset), offset, endOffset, text, value: value ?? unquote(text, this.source.escape) };
  }

  /** A node whose value is its text as written. */
  rawNode(start: number, end: number): TextNode {
    const node = this.textNode(start, end, '');
    node.value = node.text;
    return node;
  }

  /** `tokens`: the command's tokens in text order (see `commandTokens`). */
  build(cst: CstNode, tokens: IToken[], logical: LogicalCommand): Command {
    const [keywordToken, ...argTokens] = tokens;
    // ASCII-only case folding, as the lexer matches keywords: `entrypoınt` (dotless ı) is an unknown command.
    const keyword = asciiUpperCase(keywordToken.image);
    const kind = isKind(keyword) && keywordToken.tokenType.name === keyword ? keyword : 'UNKNOWN';
    // The content as a whole is raw text: its value is its text (unquoting a whole line has no meaning).
    const content = argTokens.length > 0 ? this.rawNode(argTokens[0].startOffset, tokenEnd(argTokens[argTokens.length - 1])) : undefined;
    const base = {
      keyword,
      keywordNode: this.textNode(keywordToken.startOffset, tokenEnd(keywordToken), keyword),
      content,
      flags: [] as Flag[],
      args: [] as TextNode[],
      offset: logical.offset,
      endOffset: logical.endOffset,
      range: this.source.lineIndex.range(logical.offset, logical.endOffset),
      emptyContinuationLines: logical.emptyContinuationLines,
      innerComments: logical.innerComments.map((c) => ({
        offset: c.offset,
        endOffset: c.endOffset,
        range: this.source.lineIndex.range(c.offset, c.endOffset),
        text: this.source.lineIndex.text.slice(c.offset, c.endOffset),
      })),
      continuesAtEof: logical.continuesAtEof,
    };

    switch (kind) {
      case 'RUN':
      case 'CMD':
      case 'ENTRYPOINT': {
        const json = findChild(cst, 'jsonArray');
        const { flags, rest } = this.splitFlags(argTokens);
        if (json) {
          const elements = rest.filter((t) => t.tokenType.name === 'JsonString').map((t) => this.textNode(t.startOffset, tokenEnd(t), JSON.parse(t.image) as string));
          const exec = this.located(rest[0].startOffset, tokenEnd(rest[rest.length - 1]));
          return Object.assign(base, { kind, flags, args: elements, form: 'exec' as const, exec: { ...exec, elements } });
        }
        const shell = rest.length > 0 ? this.rawNode(rest[0].startOffset, tokenEnd(rest[rest.length - 1])) : undefined;
        return Object.assign(base, { kind, flags, args: this.words(rest), form: 'shell' as const, shell });
      }
      case 'ENV':
      case 'LABEL': {
        const words = groupAdjacent(argTokens);
        return Object.assign(base, { kind, args: words.map((w) => this.textNode(w[0].startOffset, tokenEnd(w[w.length - 1]))), pairs: this.pairs(words) });
      }
      case 'COMPONENT': {
        const args = this.words(argTokens);
        return Object.assign(base, { kind, args, ...this.component(args, argTokens) });
      }
      case 'FROM': {
        const { flags, rest } = this.splitFlags(argTokens);
        const args = this.words(rest);
        const image = args[0];
        const colon = image ? image.text.indexOf(':') : -1;
        if (!image || colon === -1) return Object.assign(base, { kind, flags, args });
        const start = rest[0].startOffset;
        return {
          ...base,
          kind,
          flags,
          args,
          sourceType: this.textNode(start, start + colon),
          image: this.textNode(start + colon + 1, start + image.text.length),
        };
      }
      case 'COPY': {
        const { flags, rest } = this.splitFlags(argTokens);
        const args = this.words(rest);
        return Object.assign(base, { kind, flags, args, operands: args });
      }
      case 'WORKDIR':
      case 'USER':
      case 'RESTART':
      case 'UNKNOWN': {
        const { flags, rest } = this.splitFlags(argTokens);
        return Object.assign(base, { kind, flags, args: this.words(rest) }) as Command;
      }
    }
  }

  private words(tokens: IToken[]): TextNode[] {
    return tokens.map((t) => this.textNode(t.startOffset, tokenEnd(t)));
  }

  /** Docker's leading flags: `--name[=value]` words until the first other word; a bare `--` ends them. */
  private splitFlags(tokens: IToken[]): { flags: Flag[]; rest: IToken[] } {
    const flags: Flag[] = [];
    let i = 0;
    for (; i < tokens.length && tokens[i].tokenType.name.startsWith('Flag'); i++) {
      const token = tokens[i];
      if (token.image === '--') {
        i++;
        break;
      }
      const eq = token.image.indexOf('=');
      flags.push(
        this.at(token.startOffset, tokenEnd(token), {
          text: token.image,
          name: eq === -1 ? token.image.slice(2) : token.image.slice(2, eq),
          value: eq === -1 ? undefined : token.image.slice(eq + 1),
        }),
      );
    }
    return { flags, rest: tokens.slice(i) };
  }

  /** `key="value" key2="value2"` or legacy `key value` (when the first word has no `=`, as Docker decides). */
  private pairs(words: IToken[][]): KeyValuePair[] {
    if (words.length === 0) return [];
    const first = words[0];
    if (!first.some((t) => t.tokenType.name === 'Equals')) {
      const key = this.textNode(first[0].startOffset, tokenEnd(first[first.length - 1]));
      const last = words[words.length - 1];
      const value = words.length > 1 ? this.textNode(words[1][0].startOffset, tokenEnd(last[last.length - 1])) : undefined;
      return [
        {
          ...this.located(first[0].startOffset, tokenEnd(last[last.length - 1])),
          key,
          value,
          form: 'legacy',
          unterminatedQuote: hasUnterminatedQuote(key.text, this.source.escape) || (value ? hasUnterminatedQuote(value.text, this.source.escape) : false),
        },
      ];
    }
    return words.flatMap((word) => splitGluedPairs(word)).map((word) => this.pair(word));
  }

  private pair(word: IToken[]): KeyValuePair {
    const eqIndex = word.findIndex((t) => t.tokenType.name === 'Equals');
    const start = word[0].startOffset;
    const end = tokenEnd(word[word.length - 1]);
    const unterminatedQuote = word.some((t) => isQuoted(t) && !isClosedQuote(t));
    if (eqIndex === -1) {
      return this.at(start, end, { key: this.textNode(start, end), form: 'equals' as const, unterminatedQuote });
    }
    const eq = word[eqIndex];
    const valueStart = tokenEnd(eq);
    return this.at(start, end, {
      key: this.textNode(start, eq.startOffset),
      equals: this.located(eq.startOffset, valueStart),
      value: this.textNode(valueStart, end),
      form: 'equals' as const,
      unterminatedQuote,
    });
  }

  /** `tokens[i]` is the token of `args[i]`; slices are located through the joined text, so a continuation inside a word maps right. */
  private component(args: TextNode[], tokens: IToken[]): { reference?: ComponentReference; parameters: ComponentParameter[] } {
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
        const start = tokens[i].startOffset;
        const flagNode = this.textNode(start, start + eq);
        const value = this.textNode(start + eq + 1, start + flag.text.length);
        parameters.push({ ...flag, flag: flagNode, name: flag.text.slice(2, eq), value });
        continue;
      }
      const next = args[i + 1];
      const value = next && !next.text.startsWith('--') ? next : undefined;
      if (value) i++;
      const end = value ?? flag;
      parameters.push({ offset: flag.offset, endOffset: end.endOffset, range: { start: flag.range.start, end: end.range.end }, flag, name: flag.text.slice(2), value });
    }
    return { reference, parameters };
  }
}

const ARN = /^acs:ecs:([^:]*):([^:]*):imagecomponent\/(.+)([/:])([0-9*]+\.[0-9*]+\.[0-9*]+)$/;

function componentReference(node: TextNode): ComponentReference {
  if (/^ic-/.test(node.text)) return { ...node, type: 'id' };
  const m = ARN.exec(node.text);
  if (m) {
    return { ...node, type: 'arn', arn: { region: m[1], account: m[2], name: m[3], versionSeparator: m[4] as '/' | ':', version: m[5] } };
  }
  return { ...node, type: 'other' };
}

function isQuoted(token: IToken): boolean {
  return token.tokenType.name.startsWith('DoubleQuoted') || token.tokenType.name.startsWith('SingleQuoted');
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
  const out: IToken[][] = [];
  let current: IToken[] = [];
  let seenEquals = false;
  for (let i = 0; i < word.length; i++) {
    const token = word[i];
    const prev = word[i - 1];
    const glued =
      seenEquals &&
      prev !== undefined &&
      prev.tokenType.name.startsWith('DoubleQuoted') &&
      isClosedQuote(prev) &&
      token.tokenType.name.startsWith('PairText') &&
      word[i + 1]?.tokenType.name === 'Equals';
    if (glued) {
      out.push(current);
      current = [];
      seenEquals = false;
    }
    if (token.tokenType.name === 'Equals') seenEquals = true;
    current.push(token);
  }
  out.push(current);
  return out;
}

/** Tokens that touch (no blank between them) form one shell word. */
function groupAdjacent(tokens: IToken[]): IToken[][] {
  const words: IToken[][] = [];
  for (const token of tokens) {
    const last = words[words.length - 1];
    if (last && tokenEnd(last[last.length - 1]) === token.startOffset) last.push(token);
    else words.push([token]);
  }
  return words;
}

/**
 * A command's tokens in text order; tokens inserted by error recovery (no place in the text) are left out.
 * An explicit stack, and tokens pushed one by one: a command of 100,000 tokens must not overflow the call stack.
 */
export function commandTokens(node: CstNode): IToken[] {
  const out: IToken[] = [];
  const stack: CstNode[] = [node];
  let ordered = true;
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const key in current.children) {
      for (const child of current.children[key]) {
        if ('image' in child) {
          if (Number.isNaN(child.startOffset)) continue;
          if (out.length > 0 && out[out.length - 1].startOffset > child.startOffset) ordered = false;
          out.push(child);
        } else stack.push(child);
      }
    }
  }
  return ordered ? out : out.sort((a, b) => a.startOffset - b.startOffset);
}

/** The first descendant CST node of that name (breadth-first, no recursion). */
function findChild(node: CstNode, name: string): CstNode | undefined {
  const queue: CstNode[] = [node];
  for (let i = 0; i < queue.length; i++) {
    for (const key in queue[i].children) {
      for (const child of queue[i].children[key]) {
        if ('image' in child) continue;
        if (child.name === name) return child;
        queue.push(child);
      }
    }
  }
  return undefined;
}
