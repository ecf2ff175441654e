// Edits that rules build their fixes from. Each one keeps what it does not mean to change: a deletion never
// lets a dangling continuation join the next command, comment lines inside a continued command survive,
// a UTF-8 BOM stays first, and replacements are only offered for text that sits on one line.
import type { Command, Located, TextNode } from '../syntax/ast.js';
import { lineBreakOf } from '../syntax/line-index.js';
import type { Fix, TextEdit } from './diagnostic.js';
import type { RuleContext } from './rule.js';
export { lineBreakOf } from '../syntax/line-index.js';

/** Where a physical line starts; line 0 starts after a BOM, so no edit removes or displaces it. */
export function lineStart(line: number, context: RuleContext): number {
  return line === 0 ? context.template.bomLength : context.lines.lineStarts[line];
}

/** An edit that deletes whole physical lines from `first` to `last`, line breaks included, and puts `keep` lines back. */
export function deleteLines(first: number, last: number, context: RuleContext, keep: string[] = []): TextEdit {
  const { lines } = context;
  const eol = lineBreakOf(lines.text);
  // At the top (only directives above), a comment that moves up could become a parser directive (`# escape=`
  // changes every continuation): a blank line first ends the directive zone, as Docker reads it.
  const nextIsComment =
    last + 1 < lines.lineCount &&
    lines.text
      .slice(lines.lineStarts[last + 1], lines.lineContentEnd(last + 1))
      .trimStart()
      .startsWith('#');
  if (first <= context.template.directives.length && (keep.length > 0 || nextIsComment)) keep = ['', ...keep];
  const breakFollows = last + 1 < lines.lineCount;
  if (breakFollows) {
    return {
      range: context.range(lineStart(first, context), lines.lineStarts[last + 1]),
      newText: keep.map((k) => k + eol).join(''),
    };
  }
  // On a last line with no break after it, take the preceding break instead.
  if (first > 0)
    return {
      range: context.range(lines.lineContentEnd(first - 1), lines.text.length),
      newText: keep.map((k) => eol + k).join(''),
    };
  return { range: context.range(lineStart(0, context), lines.text.length), newText: keep.join(eol) };
}

/** Deletes a whole command; comment lines inside it stay, as comment lines of their own. */
export function deleteCommand(command: Command, context: RuleContext): TextEdit {
  return deleteLines(
    command.range.start.line,
    command.range.end.line,
    context,
    command.innerComments.map((c) => c.text),
  );
}

/**
 * Deletes the command's text from `from` to its end (continuations and continued lines included, so no
 * dangling escape character joins the next command); comment lines inside that span stay, below the command.
 */
export function deleteCommandTail(command: Command, from: number, context: RuleContext): TextEdit | undefined {
  // What stays would end with an unescaped escape character, which would then continue into the next line.
  if (escapesNext(context, from)) return undefined;
  const eol = lineBreakOf(context.lines.text);
  const kept = command.innerComments.filter((c) => c.offset >= from).map((c) => eol + c.text);
  return { range: context.range(from, command.endOffset), newText: kept.join('') };
}

/** The text just before `at` ends with an escape character that is not itself escaped. */
function escapesNext(context: RuleContext, at: number): boolean {
  const text = context.lines.text;
  const escape = context.template.escapeChar;
  let count = 0;
  while (at - count - 1 >= 0 && text[at - count - 1] === escape) count++;
  return count % 2 === 1;
}

/**
 * Deletes one node (a flag, a word) from a command with the blanks before it. When nothing follows it in the
 * command, the deletion runs from the end of what precedes it to the command's end, so a continuation that
 * led to it goes too.
 */
export function deleteFromCommand(command: Command, node: Located, context: RuleContext): TextEdit | undefined {
  const parts: Located[] = [command.keywordNode, ...command.flags, ...command.args];
  const followed = parts.some((p) => p.offset >= node.endOffset);
  if (!followed) {
    const before = parts.reduce(
      (end, p) => (p.endOffset <= node.offset ? Math.max(end, p.endOffset) : end),
      command.keywordNode.endOffset,
    );
    return deleteCommandTail(command, before, context);
  }
  let start = node.offset;
  const text = context.lines.text;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  // A blank right after an escape character belongs to the word before it (`a\ `): keep it.
  if (start < node.offset && escapesNext(context, start)) start++;
  // A continued line that would start with `#` once the node is gone would turn into a comment line.
  const line = node.range.start.line;
  const rest =
    text.slice(lineStart(line, context), start) + text.slice(node.endOffset, context.lines.lineContentEnd(line));
  if (line > command.range.start.line && rest.trimStart().startsWith('#')) return undefined;
  return { range: context.range(start, node.endOffset), newText: '' };
}

export function isOneLine(node: Located): boolean {
  return node.range.start.line === node.range.end.line;
}

/** Replaces a node that sits on one line; a node across a continuation gets no edit (it would drop the line structure). */
export function replaceOnOneLine(node: Located, newText: string): TextEdit[] | undefined {
  return isOneLine(node) ? [{ range: node.range, newText }] : undefined;
}

/** A fix or suggestion with this title, or none when there are no edits to offer. */
export function fixOf(title: string, edits: TextEdit[] | undefined): Fix | undefined {
  return edits && edits.length > 0 ? { title, edits } : undefined;
}

/**
 * Edits that put a word in double quotes without changing its value under the escape character in force:
 * an unquoted word gets a quote at each end; a single-quoted word has its two quotes swapped. Only the quote
 * characters are written, so continuations, comment lines, tabs and control characters inside stay as they are.
 * Undefined when double quotes would read the word differently (it holds `"`, the escape character, or a `$`
 * that single quotes kept literal) or it is already double-quoted.
 */
export function doubleQuoteEdits(node: TextNode, escape: '\\' | '`', context: RuleContext): TextEdit[] | undefined {
  const text = node.text;
  if (text.length === 0 || text.includes(escape) || text.includes('"')) return undefined;
  const at = (offset: number, endOffset: number, newText: string): TextEdit => ({
    range: context.range(offset, endOffset),
    newText,
  });
  if (!text.includes("'")) return [at(node.offset, node.offset, '"'), at(node.endOffset, node.endOffset, '"')];
  const singleQuoted =
    text.length >= 2 && text.startsWith("'") && text.endsWith("'") && text.indexOf("'", 1) === text.length - 1;
  if (!singleQuoted || text.includes('$')) return undefined;
  // The quotes are the node's first and last source characters (a word never starts or ends with a continuation).
  return [at(node.offset, node.offset + 1, '"'), at(node.endOffset - 1, node.endOffset, '"')];
}
