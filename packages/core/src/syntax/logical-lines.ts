// Physical lines -> logical commands, by Docker's line rules (the buildkit conformance corpus fixes them):
// parser directives at the top, `#` comment lines, a trailing escape character (blanks after it allowed)
// continues the command, an escaped escape (`\\`) at the end does not, comment lines and empty lines inside
// a continued command are dropped. Each logical command keeps a map from its joined text back to the source.

import { LineIndex } from './line-index.js';

export interface LineSpan {
  line: number;
  offset: number;
  endOffset: number;
}

interface RawDirective extends LineSpan {
  name: string;
  value: string;
  nameOffset: number;
  valueOffset: number;
}

export interface LogicalCommand {
  /** The command as the service reads it: continuations joined, comment and empty lines dropped. */
  text: string;
  /** Where the pieces of `text` come from: `text` is these source spans, in order, concatenated. */
  segments: Array<{ sourceStart: number; length: number }>;
  startLine: number;
  endLine: number;
  /** Source offset where the command starts (its first non-blank character). */
  offset: number;
  /** Source offset just past the command's last non-blank character on its last line. */
  endOffset: number;
  emptyContinuationLines: number[];
  innerComments: LineSpan[];
  continuesAtEof: boolean;
}

export interface LogicalLines {
  lineIndex: LineIndex;
  bomLength: number;
  escapeChar: '\\' | '`';
  directives: RawDirective[];
  comments: LineSpan[];
  commands: LogicalCommand[];
}

/**
 * A parser directive on the line `text[from, to)`: `#`, a name, `=`, a value (blanks around each allowed).
 * Read by hand, in one pass: the regex it replaces backtracked on long runs of blanks (7 s on 64 KB).
 */
function readDirective(
  text: string,
  from: number,
  to: number,
): { name: string; value: string; nameOffset: number; valueOffset: number; end: number } | undefined {
  const isSpace = (i: number) => text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9;
  const isLetter = (i: number) => /[a-zA-Z]/.test(text[i] ?? '');
  if (text.charCodeAt(from) !== 35 /* # */) return undefined;
  let i = from + 1;
  while (i < to && isSpace(i)) i++;
  const nameOffset = i;
  if (i >= to || !isLetter(i)) return undefined;
  while (i < to && (isLetter(i) || /[0-9]/.test(text[i]))) i++;
  const name = text.slice(nameOffset, i);
  while (i < to && isSpace(i)) i++;
  if (text.charCodeAt(i) !== 61 /* = */ || i >= to) return undefined;
  i++;
  while (i < to && isSpace(i)) i++;
  let end = to;
  while (end > i && isSpace(end - 1)) end--;
  if (end <= i) return undefined;
  const value = text.slice(i, end);
  // The regex's `.` stopped at these line terminators; a value holding one was not a directive.
  if (/[\u2028\u2029]/.test(value)) return undefined;
  return { name, value, nameOffset, valueOffset: i, end };
}
const KNOWN_DIRECTIVES = new Set(['escape', 'syntax', 'check']);

function isBlank(code: number): boolean {
  // Docker trims with unicode.IsSpace; these are the ones a line can hold besides the line break.
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 0xa0 || code === 0xfeff;
}

function firstNonBlank(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where a line's content ends once a continuation is removed, or -1 when the line does not continue.
 * Docker's rule: the escape character, then only spaces or tabs, and not itself escaped.
 */
function continuationAt(text: string, from: number, to: number, escape: number): number {
  let end = to;
  while (end > from && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (end === from || text.charCodeAt(end - 1) !== escape) return -1;
  if (end - 1 > from && text.charCodeAt(end - 2) === escape) return -1;
  return end - 1;
}

export function splitLogicalLines(text: string): LogicalLines {
  const lineIndex = new LineIndex(text);
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const scan = scanLines(text, lineIndex, bomLength, '\\', 0, physicalLineCount(lineIndex), true, false)!;
  return { lineIndex, bomLength, ...scan };
}

/** The lines Docker's scanner reads: a text that ends with a line break has no further (empty) line. */
export function physicalLineCount(lineIndex: LineIndex): number {
  const count = lineIndex.lineCount;
  return count > 1 && lineIndex.lineStarts[count - 1] === lineIndex.text.length ? count - 1 : count;
}

/** What {@link scanLines} found in its lines. */
export interface ScannedLines {
  escapeChar: '\\' | '`';
  directives: RawDirective[];
  comments: LineSpan[];
  commands: LogicalCommand[];
}

/**
 * Reads the physical lines `[from, to)` of a text, starting where no command is open. `toIsEnd`: line `to` is
 * the end of the text (a command continued past it continues at the end of the file); otherwise a command that
 * would continue past line `to` gives undefined, since what it becomes depends on lines not read. The whole text
 * is one call from line 0; the incremental re-parse reads a slice of lines after the directives (`directivesDone`).
 */
export function scanLines(
  text: string,
  lineIndex: LineIndex,
  bomLength: number,
  escapeChar: '\\' | '`',
  from: number,
  to: number,
  toIsEnd: boolean,
  directivesDone: boolean,
): ScannedLines | undefined {
  const directives: RawDirective[] = [];
  const comments: LineSpan[] = [];
  const commands: LogicalCommand[] = [];

  const lineStart = (line: number) => (line === 0 ? bomLength : lineIndex.lineStarts[line]);

  for (let line = from; line < to; line++) {
    const start = lineStart(line);
    const end = lineIndex.lineContentEnd(line);
    const lead = firstNonBlank(text, start, end);

    if (!directivesDone) {
      const found = readDirective(text, lead, end);
      const name = found?.name.toLowerCase();
      if (found && name && KNOWN_DIRECTIVES.has(name) && !directives.some((d) => d.name === name)) {
        directives.push({
          line,
          offset: lead,
          endOffset: found.end,
          name,
          value: found.value,
          nameOffset: found.nameOffset,
          valueOffset: found.valueOffset,
        });
        if (name === 'escape' && (found.value === '`' || found.value === '\\')) escapeChar = found.value;
        continue;
      }
      directivesDone = true;
    }

    if (lead === end) continue;
    if (text.charCodeAt(lead) === 35 /* # */) {
      comments.push({ line, offset: lead, endOffset: end });
      continue;
    }

    const escape = escapeChar.charCodeAt(0);
    let cut = continuationAt(text, lead, end, escape);
    const firstEnd = cut === -1 ? end : cut;
    const command: LogicalCommand = {
      text: '',
      segments: firstEnd > lead ? [{ sourceStart: lead, length: firstEnd - lead }] : [],
      startLine: line,
      endLine: line,
      offset: lead,
      endOffset: end,
      emptyContinuationLines: [],
      innerComments: [],
      continuesAtEof: false,
    };
    // Most commands are one line: their text is one slice, with no list of pieces to join.
    const pieces: string[] = [text.slice(lead, firstEnd)];
    while (cut !== -1) {
      if (line + 1 >= to) {
        if (!toIsEnd) return undefined;
        command.continuesAtEof = true;
        break;
      }
      line++;
      const nextStart = lineStart(line);
      const nextEnd = lineIndex.lineContentEnd(line);
      const nextLead = firstNonBlank(text, nextStart, nextEnd);
      if (nextLead === nextEnd) {
        command.emptyContinuationLines.push(line);
        continue;
      }
      if (text.charCodeAt(nextLead) === 35) {
        command.innerComments.push({ line, offset: nextLead, endOffset: nextEnd });
        continue;
      }
      cut = continuationAt(text, nextStart, nextEnd, escape);
      // Continued lines keep their leading blanks, as Docker keeps them.
      const pieceEnd = cut === -1 ? nextEnd : cut;
      pieces.push(text.slice(nextStart, pieceEnd));
      if (pieceEnd > nextStart) command.segments.push({ sourceStart: nextStart, length: pieceEnd - nextStart });
      command.endLine = line;
    }
    command.text = pieces.length === 1 ? pieces[0] : pieces.join('');
    // The command's range ends at its last written line (continuation character included).
    const lastEnd = lineIndex.lineContentEnd(command.endLine);
    let trimmedEnd = lastEnd;
    while (trimmedEnd > lineStart(command.endLine) && isBlank(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
    command.endOffset = Math.max(trimmedEnd, command.offset);
    commands.push(command);
  }

  return { escapeChar, directives, comments, commands };
}
