// Formatting: known keywords upper-cased, no indentation before a command, exactly one space between the
// keyword and what follows it on its line. Continuation lines, comments and argument text are left as written
// (hand-made indentation of continued commands is the formatter complaint users of Dockerfile tools raise most).
import type { Command, Range } from '@buildcontent/core';
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandInfo } from '../commands.js';
import { templateOf } from '../document.js';

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function commandEdits(document: TextDocument, text: string, command: Command): TextEdit[] {
  const edits: TextEdit[] = [];
  const keyword = command.keywordNode;
  const edit = (start: number, end: number, newText: string) => {
    if (text.slice(start, end) !== newText) {
      edits.push({ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText });
    }
  };
  // Only a keyword written on one line is touched: one split by a continuation is left alone.
  if (/[\r\n]/.test(keyword.text)) return edits;
  let indentStart = keyword.offset;
  while (indentStart > 0 && isBlank(text.charCodeAt(indentStart - 1))) indentStart--;
  edit(indentStart, keyword.offset, '');
  if (commandInfo(command.keyword)) edit(keyword.offset, keyword.endOffset, keyword.text.toUpperCase());
  let gapEnd = keyword.endOffset;
  while (gapEnd < text.length && isBlank(text.charCodeAt(gapEnd))) gapEnd++;
  const next = text.charCodeAt(gapEnd);
  const atLineEnd = gapEnd >= text.length || next === 10 || next === 13;
  edit(keyword.endOffset, gapEnd, atLineEnd ? '' : ' ');
  return edits;
}

export function computeFormatting(document: TextDocument): TextEdit[] {
  const template = templateOf(document);
  return template.commands.flatMap((command) => commandEdits(document, template.text, command));
}

/** Formats the commands whose first line lies in the range. */
export function computeRangeFormatting(document: TextDocument, range: Range): TextEdit[] {
  const template = templateOf(document);
  return template.commands
    .filter((command) => command.range.start.line >= range.start.line && command.range.start.line <= range.end.line)
    .flatMap((command) => commandEdits(document, template.text, command));
}
