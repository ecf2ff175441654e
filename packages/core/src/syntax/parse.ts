import type { IToken } from 'chevrotain';
import type { Command, Comment, Directive, SyntaxProblem, Template } from './ast.js';
import { AstBuilder, type JoinedSource } from './ast-builder.js';
import { splitLogicalLines, type LineSpan, type LogicalCommand } from './logical-lines.js';
import { parseTokens, readInGrammarShape, type ParseTokensResult } from './parser.js';
import { lexerFor } from './tokens.js';
import { lexerProblemMessage, parserProblemMessage } from './syntax-messages.js';
import { lastAtOrBefore, rememberLineIndex, type LineIndex } from './line-index.js';

/**
 * Parses a BuildContent template. Never throws: whatever the text, the result is an AST as complete as the
 * text allows, and anything the lexer or parser could not place is listed in `syntaxProblems`.
 */
export function parse(text: string): Template {
  const lines = splitLogicalLines(text);
  const { lineIndex } = lines;
  const syntaxProblems: SyntaxProblem[] = [];
  const commands = buildCommands(lines.commands, lineIndex, lines.escapeChar, syntaxProblems)!;
  const directives: Directive[] = lines.directives.map((d) => ({
    offset: d.offset,
    endOffset: d.endOffset,
    range: lineIndex.range(d.offset, d.endOffset),
    name: d.name,
    value: d.value,
    nameNode: {
      offset: d.nameOffset,
      endOffset: d.nameOffset + d.name.length,
      range: lineIndex.range(d.nameOffset, d.nameOffset + d.name.length),
    },
    valueNode: {
      offset: d.valueOffset,
      endOffset: d.valueOffset + d.value.length,
      range: lineIndex.range(d.valueOffset, d.valueOffset + d.value.length),
    },
  }));

  const template: Template = {
    text,
    commands,
    comments: commentsOf(lines.comments, lineIndex),
    directives,
    escapeChar: lines.escapeChar,
    syntaxProblems,
    bomLength: lines.bomLength,
  };
  rememberLineIndex(template, lineIndex);
  return template;
}

/** The comment nodes of top-level comment lines. */
export function commentsOf(spans: LineSpan[], lineIndex: LineIndex): Comment[] {
  return spans.map((c) => ({
    offset: c.offset,
    endOffset: c.endOffset,
    range: lineIndex.range(c.offset, c.endOffset),
    text: lineIndex.text.slice(c.offset, c.endOffset),
  }));
}

/**
 * Lexes, parses and builds logical commands (all of a text's, or a run of them). Problems are pushed to
 * `syntaxProblems`; without that list, the first problem gives undefined instead (the incremental re-parse then
 * parses the whole text, so that error recovery sees what it sees in a whole parse).
 */
export function buildCommands(
  logical: LogicalCommand[],
  lineIndex: LineIndex,
  escape: '\\' | '`',
  syntaxProblems: SyntaxProblem[] | undefined,
): Command[] | undefined {
  // The lexer reads the logical commands at once, joined by `\n`; each command's segments map back to the text.
  const pieces: string[] = [];
  const commandStarts: number[] = [];
  let joinedLength = 0;
  for (const command of logical) {
    commandStarts.push(joinedLength);
    pieces.push(command.text);
    joinedLength += command.text.length + 1;
  }
  pieces.push('');
  const joined: JoinedSource = { text: pieces.join('\n'), commandStarts, commands: logical, lineIndex, escape };
  const builder = new AstBuilder(joined);

  const lexed = lexerFor(escape).tokenize(joined.text);
  let parsed: ParseTokensResult;
  if (syntaxProblems) {
    for (const e of lexed.errors) {
      const at = builder.locatedAnywhere(e.offset, e.offset + Math.max(1, e.length));
      syntaxProblems.push({
        ...at,
        message: lexerProblemMessage(joined.text.slice(e.offset, e.offset + Math.max(1, e.length))),
      });
    }
    parsed = parseTokens(lexed.tokens);
    for (const error of parsed.errors) {
      const start = Math.max(
        0,
        Number.isNaN(error.token.startOffset) ? joined.text.length - 1 : error.token.startOffset,
      );
      const at = builder.locatedAnywhere(start, start + Math.max(1, error.token.image.length));
      syntaxProblems.push({ ...at, message: parserProblemMessage(error.token.image, error.expected) });
    }
  } else {
    if (lexed.errors.length > 0) return undefined;
    const shaped = readInGrammarShape(lexed.tokens);
    if (!shaped) return undefined;
    parsed = { commands: shaped, errors: [] };
  }

  const commands: Command[] = [];
  // The logical command of each parsed one: commands come in text order, so the search starts at the last one.
  let index = 0;
  // Only error recovery invents tokens, and it reports an error each time.
  const recovered = parsed.errors.length > 0;
  for (const command of parsed.commands) {
    let tokens = command.tokens;
    // Tokens that error recovery inserted have no place in the text; a command it emptied is not built.
    if (recovered && tokens.some(isInvented)) tokens = tokens.filter((t) => !isInvented(t));
    if (tokens.length === 0) continue;
    const start = tokens[0].startOffset;
    while (index + 1 < commandStarts.length && commandStarts[index + 1] <= start) index++;
    if (commandStarts[index] > start) index = lastAtOrBefore(commandStarts, start);
    commands.push(builder.build(tokens, command.json, index));
  }
  return commands;
}

/** A token error recovery inserted: it has no place in the text. */
const isInvented = (token: IToken) => Number.isNaN(token.startOffset);
