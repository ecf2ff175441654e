import type { CstNode } from 'chevrotain';
import type { Comment, Directive, SyntaxProblem, Template } from './ast.js';
import { AstBuilder, commandTokens, type JoinedSource } from './ast-builder.js';
import { splitLogicalLines } from './logical-lines.js';
import { parseTokens } from './parser.js';
import { lexerFor } from './tokens.js';

/**
 * Parses a BuildContent template. Never throws: whatever the text, the result is an AST as complete as the
 * text allows, and anything the lexer or parser could not place is listed in `syntaxProblems`.
 */
export function parse(text: string): Template {
  const lines = splitLogicalLines(text);
  const { lineIndex } = lines;

  // The lexer reads all logical commands at once, joined by `\n`; `sourceOffsets` maps back to the text.
  const pieces: string[] = [];
  const commandStarts: number[] = [];
  let joinedLength = 0;
  for (const command of lines.commands) {
    commandStarts.push(joinedLength);
    pieces.push(command.text, '\n');
    joinedLength += command.text.length + 1;
  }
  const sourceOffsets = new Int32Array(joinedLength);
  let at = 0;
  for (const command of lines.commands) {
    for (const segment of command.segments) {
      for (let i = 0; i < segment.length; i++) sourceOffsets[at++] = segment.sourceStart + i;
    }
    sourceOffsets[at++] = command.endOffset; // the joining `\n`
  }
  const joined: JoinedSource = { text: pieces.join(''), sourceOffsets, lineIndex, escape: lines.escapeChar };
  const builder = new AstBuilder(joined);

  const lexed = lexerFor(lines.escapeChar).tokenize(joined.text);
  const syntaxProblems: SyntaxProblem[] = lexed.errors.map((e) => ({
    ...builder.located(e.offset, e.offset + Math.max(1, e.length)),
    message: e.message,
  }));
  const parsed = parseTokens(lexed.tokens);
  for (const error of parsed.errors) {
    const start = Number.isNaN(error.token.startOffset) ? joined.text.length - 1 : error.token.startOffset;
    syntaxProblems.push({ ...builder.located(Math.max(0, start), Math.max(0, start) + Math.max(1, error.token.image.length)), message: error.message });
  }

  const commandNodes = (parsed.cst.children.command ?? []) as CstNode[];
  const commands = commandNodes.flatMap((node) => {
    const tokens = commandTokens(node);
    // A command that recovery emptied has no place in the text; nothing to build.
    if (tokens.length === 0) return [];
    return [builder.build(node, tokens, lines.commands[indexOfCommand(commandStarts, tokens[0].startOffset)])];
  });

  const comments: Comment[] = lines.comments.map((c) => ({
    offset: c.offset,
    endOffset: c.endOffset,
    range: lineIndex.range(c.offset, c.endOffset),
    text: text.slice(c.offset, c.endOffset),
  }));
  const directives: Directive[] = lines.directives.map((d) => ({
    offset: d.offset,
    endOffset: d.endOffset,
    range: lineIndex.range(d.offset, d.endOffset),
    name: d.name,
    value: d.value,
    nameNode: { offset: d.nameOffset, endOffset: d.nameOffset + d.name.length, range: lineIndex.range(d.nameOffset, d.nameOffset + d.name.length) },
    valueNode: { offset: d.valueOffset, endOffset: d.valueOffset + d.value.length, range: lineIndex.range(d.valueOffset, d.valueOffset + d.value.length) },
  }));

  return { text, commands, comments, directives, escapeChar: lines.escapeChar, syntaxProblems, bomLength: lines.bomLength };
}

/** The logical command whose joined text holds this offset. */
function indexOfCommand(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
