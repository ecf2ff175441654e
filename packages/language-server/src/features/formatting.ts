// Formatting: known keywords upper-cased, no indentation before a command or a comment, one space between the
// keyword and what follows it; continuation lines indented by one level (the editor's tab size, 4 without one),
// no blanks after a line's last character (a continuation `\` included) and blank continuation lines emptied;
// a one-line JSON array as `["a", "b"]`; one space between COPY operands.
// A command is only reformatted when its meaning is unchanged: the reformatted command is parsed again and
// must give the same keyword, flags, words, pairs, JSON elements, operands and component parameters. So text
// continued inside quotes, whose blanks belong to a value, is left as written.
import { parse, type Command, type Range, type Template } from '@buildcontent/core';
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandReference } from '@buildcontent/core';
import { templateOf } from '../document.js';

export interface FormattingOptions {
  /** LSP `FormattingOptions.tabSize`: the width of one indentation level. Default 4. */
  tabSize?: number;
  /** LSP `FormattingOptions.insertSpaces`: indent with spaces (default) or one tab. */
  insertSpaces?: boolean;
}

interface PhysicalLine {
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
}

function physicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** What a command means: everything the service and the build shell read, none of the layout. */
function meaningOf(command: Command): string {
  const words = (nodes: ReadonlyArray<{ text: string }>) => nodes.map((node) => node.text);
  const parts: unknown[] = [command.kind, command.keyword, command.flags.map((flag) => flag.text), words(command.args)];
  if (command.kind === 'RUN' || command.kind === 'CMD' || command.kind === 'ENTRYPOINT') {
    parts.push(
      command.form,
      command.exec?.elements.map((element) => element.value),
    );
  } else if (command.kind === 'ENV' || command.kind === 'LABEL') {
    parts.push(command.pairs.map((pair) => [pair.form, pair.key.value, pair.value?.value]));
  } else if (command.kind === 'COPY') {
    parts.push(command.operands.map((operand) => operand.value));
  } else if (command.kind === 'COMPONENT') {
    parts.push(
      command.reference?.text,
      command.parameters.map((parameter) => [parameter.name, parameter.value?.text]),
    );
  }
  return JSON.stringify(parts);
}

/** The rest of a one-line command rebuilt from its parts, where the issue asks for a normal form. */
function normalRest(command: Command): string | undefined {
  if (command.range.start.line !== command.range.end.line || command.flags.length > 0) return undefined;
  if (
    (command.kind === 'RUN' || command.kind === 'CMD' || command.kind === 'ENTRYPOINT') &&
    command.form === 'exec' &&
    command.exec
  ) {
    return ` [${command.exec.elements.map((element) => element.text).join(', ')}]`;
  }
  if (command.kind === 'COPY' && command.operands.length > 0)
    return ` ${command.operands.map((operand) => operand.text).join(' ')}`;
  return undefined;
}

/** The command's lines formatted, or undefined when that would change its meaning (or there is nothing to do). */
function formatCommand(
  template: Template,
  lines: PhysicalLine[],
  command: Command,
  indent: string,
): string[] | undefined {
  const keyword = command.keywordNode;
  // A keyword split by a continuation is left alone.
  if (keyword.range.start.line !== keyword.range.end.line) return undefined;
  const text = template.text;
  const first = lines[command.range.start.line];
  const keywordText = commandReference(command.keyword) ? keyword.text.toUpperCase() : keyword.text;
  const rest = normalRest(command) ?? text.slice(keyword.endOffset, first.end);
  const formatted = [`${keywordText}${rest.trim() === '' ? '' : ` ${rest.trimStart()}`}`.trimEnd()];
  for (let line = command.range.start.line + 1; line <= command.range.end.line; line++) {
    const content = text.slice(lines[line].start, lines[line].end).trim();
    formatted.push(content === '' ? '' : `${indent}${content}`);
  }
  const original = lines
    .slice(command.range.start.line, command.range.end.line + 1)
    .map((line, i) =>
      text.slice(
        i === 0 && command.range.start.line === 0 ? Math.max(line.start, template.bomLength) : line.start,
        line.end,
      ),
    );
  if (formatted.every((line, i) => line === original[i])) return undefined;
  // The same escape character, then the command alone: it must parse to one command meaning the same.
  const directive = template.escapeChar === '`' ? '# escape=`\n' : '';
  const reparsed = parse(`${directive}${formatted.join('\n')}\n`);
  if (reparsed.commands.length !== 1 || meaningOf(reparsed.commands[0]) !== meaningOf(command)) return undefined;
  return formatted;
}

/** One edit per changed line, covering only what differs in it. */
function lineEdit(line: number, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  return {
    range: { start: { line, character: prefix }, end: { line, character: before.length - suffix } },
    newText: after.slice(prefix, after.length - suffix),
  };
}

function formatLines(
  document: TextDocument,
  options: FormattingOptions,
  inRange: (line: number) => boolean,
): TextEdit[] {
  const template = templateOf(document);
  const text = template.text;
  const lines = physicalLines(text);
  const indent =
    options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize && options.tabSize > 0 ? options.tabSize : 4);
  const edits: TextEdit[] = [];
  // A BOM is not indentation: the first line's text starts after it.
  const lineText = (line: number) =>
    text.slice(line === 0 ? Math.max(lines[0].start, template.bomLength) : lines[line].start, lines[line].end);
  const startOf = (line: number) => (line === 0 ? template.bomLength : 0);
  const push = (line: number, after: string) => {
    const edit = lineEdit(line, lineText(line), after);
    if (edit) {
      edit.range.start.character += startOf(line);
      edit.range.end.character += startOf(line);
      edits.push(edit);
    }
  };
  for (const command of template.commands) {
    if (!inRange(command.range.start.line)) continue;
    const formatted = formatCommand(template, lines, command, indent);
    formatted?.forEach((after, i) => push(command.range.start.line + i, after));
  }
  for (const comment of template.comments) {
    const line = comment.range.start.line;
    if (inRange(line)) push(line, lineText(line).trim());
  }
  return edits.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

export function computeFormatting(document: TextDocument, options: FormattingOptions = {}): TextEdit[] {
  return formatLines(document, options, () => true);
}

/** Formats the commands and comments whose first line lies in the range. */
export function computeRangeFormatting(
  document: TextDocument,
  range: Range,
  options: FormattingOptions = {},
): TextEdit[] {
  return formatLines(document, options, (line) => line >= range.start.line && line <= range.end.line);
}
