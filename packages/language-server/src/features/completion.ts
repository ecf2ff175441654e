// Completion: keywords (a snippet per syntax form), FROM source types, COMPONENT `--param` names
// already used with the same component elsewhere in the template, and the template's ENV variables after
// `$` or `${` in the values of the commands the build shell expands.
import {
  COMMAND_KINDS,
  COMMAND_REFERENCE,
  FROM_SOURCE_TYPES,
  lineBreakOf,
  type Command,
  type ComponentCommand,
  type Position,
  type Template,
} from '@buildcontent/core';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandAt, commandForArguments, templateOf, touches } from '../document.js';
import { variablesBefore } from './variables.js';

export { COMPLETION_TRIGGER_CHARACTERS } from '../protocol-ids.js';

/** The commands whose values reach a shell that expands `$NAME` (or that Docker users expect to expand). */
const EXPANDING_COMMANDS = new Set(['RUN', 'ENV', 'WORKDIR', 'COPY', 'USER', 'LABEL']);

/** `$`, `${`, `$NA` or `${NA` right before the cursor: group 1 is the brace, group 2 the name typed so far. */
const VARIABLE_BEFORE_CURSOR = /\$(\{?)([A-Za-z_][A-Za-z0-9_]*)?$/;

export interface CompletionOptions {
  /** The client expands snippets (`completionItem.snippetSupport`). Default true. */
  snippets?: boolean;
}

function isWordChar(code: number): boolean {
  // Letters, digits, `_` and `-` make up keywords, flags and source types.
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 45
  );
}

/** The start of the word that ends at `offset` on its line. */
function wordStartBefore(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start;
}

function lineStartBefore(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  return start;
}

function keywordItems(range: Range, options: CompletionOptions): CompletionItem[] {
  const items: CompletionItem[] = [];
  COMMAND_KINDS.forEach((keyword, kindIndex) => {
    const info = COMMAND_REFERENCE[keyword];
    // FROM sorts last: it is deprecated in the current service.
    const sortBase = `${info.deprecated ? 'z' : 'a'}${String(kindIndex).padStart(2, '0')}`;
    const tags: CompletionItemTag[] | undefined = info.deprecated ? [CompletionItemTag.Deprecated] : undefined;
    const documentation = { kind: MarkupKind.Markdown, value: `${info.summary}\n\n[Documentation](${info.docUrl})` };
    if (options.snippets === false) {
      items.push({
        label: keyword,
        kind: CompletionItemKind.Keyword,
        detail: info.forms.map((form) => form.label).join(' | '),
        documentation,
        tags,
        sortText: sortBase,
        textEdit: { range, newText: keyword === 'RESTART' ? keyword : `${keyword} ` },
      });
      return;
    }
    info.forms.forEach((form, formIndex) => {
      items.push({
        label: keyword,
        labelDetails: info.forms.length > 1 ? { description: form.name } : undefined,
        kind: CompletionItemKind.Snippet,
        detail: form.label,
        documentation,
        tags,
        filterText: keyword,
        sortText: `${sortBase}${formIndex}`,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: form.snippet },
      });
    });
  });
  return items;
}

/**
 * Multi-line snippets, offered only where a command may start (they used to be VS Code snippets, which VS Code
 * offers everywhere, even after `FROM `). The body uses the document's line break.
 */
const BLOCK_SNIPPETS = [
  {
    label: 'template',
    detail: 'A whole build template: environment, packages, files from the network, a restart',
    lines: [
      '# ${1:What this image is for}',
      'ENV ${2:APP_ENV}="${3:production}"',
      'RUN ${4:yum install -y nginx} && \\',
      '    ${5:systemctl enable nginx}',
      'WORKDIR ${6:/opt/app}',
      'COPY ${7:https://example.com/app.tar.gz} ${8:/opt/app/}',
      'RESTART',
      '$0',
    ],
  },
  {
    label: 'RUN \\',
    detail: 'RUN continued over several lines',
    lines: ['RUN ${1:yum update -y} && \\', '    ${2:yum install -y ${3:package}}$0'],
  },
];

function blockSnippetItems(range: Range, lineBreak: string): CompletionItem[] {
  return BLOCK_SNIPPETS.map((snippet, index) => ({
    label: snippet.label,
    kind: CompletionItemKind.Snippet,
    detail: snippet.detail,
    sortText: `y${index}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: snippet.lines.join(lineBreak) },
  }));
}

function componentParameterItems(template: Template, command: ComponentCommand, range: Range): CompletionItem[] {
  const reference = command.reference?.text;
  if (!reference) return [];
  const given = new Set(command.parameters.map((parameter) => parameter.name));
  const known = new Map<string, string>();
  for (const other of template.commands) {
    if (other === command || other.kind !== 'COMPONENT' || other.reference?.text !== reference) continue;
    for (const parameter of other.parameters) {
      if (!given.has(parameter.name) && !known.has(parameter.name))
        known.set(parameter.name, parameter.value?.text ?? '');
    }
  }
  return [...known].map(([name, example]) => ({
    label: `--${name}`,
    kind: CompletionItemKind.Property,
    detail: example ? `used elsewhere with ${example}` : 'used elsewhere with this component',
    textEdit: { range, newText: `--${name} ` },
  }));
}

function isOnCommentLine(text: string, offset: number): boolean {
  const lineText = text.slice(lineStartBefore(text, offset), offset);
  return /^\s*#/.test(lineText);
}

function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * After `$` or `${` in a value: the ENV variables set above the command, each with its value. Undefined when
 * the cursor is not after a `$` there (the other completions then apply); empty when no variable fits.
 */
function variableCompletions(
  document: TextDocument,
  template: Template,
  command: Command,
  offset: number,
): CompletionItem[] | undefined {
  if (!EXPANDING_COMMANDS.has(command.kind)) return undefined;
  const text = template.text;
  const match = VARIABLE_BEFORE_CURSOR.exec(text.slice(lineStartBefore(text, offset), offset));
  if (!match) return undefined;
  const dollar = offset - match[0].length;
  if (dollar <= command.keywordNode.endOffset) return undefined;
  // `\$` is a literal dollar sign.
  if (text[dollar - 1] === '\\' || text[dollar - 1] === template.escapeChar) return [];
  // ENV and LABEL keys are names, not values.
  if (
    (command.kind === 'ENV' || command.kind === 'LABEL') &&
    command.pairs.some((pair) => pair.key.offset <= dollar && dollar < pair.key.endOffset)
  )
    return [];
  const braced = match[1] === '{';
  const nameStart = dollar + 1 + match[1].length;
  let nameEnd = offset;
  while (nameEnd < text.length && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
  const closeBrace = braced && text[nameEnd] !== '}' ? '}' : '';
  const range = { start: document.positionAt(nameStart), end: document.positionAt(nameEnd) };
  return [...variablesBefore(template, command.offset + 1)].map(([name, pair], index) => {
    const value = pair.value?.value ?? '';
    return {
      label: name,
      kind: CompletionItemKind.Variable,
      detail: value === '' ? 'set by ENV, empty' : `= ${value}`,
      documentation: { kind: MarkupKind.Markdown, value: `ENV \`${name}\`, set on line ${pair.range.start.line + 1}` },
      sortText: String(index).padStart(4, '0'),
      filterText: name,
      textEdit: { range, newText: `${name}${closeBrace}` },
    };
  });
}

function argumentCompletions(
  document: TextDocument,
  template: Template,
  command: Command,
  offset: number,
): CompletionItem[] {
  const variables = variableCompletions(document, template, command, offset);
  if (variables) return variables;
  const text = template.text;
  const start = wordStartBefore(text, offset);
  const range = { start: document.positionAt(start), end: document.positionAt(offset) };
  if (command.kind === 'FROM') {
    // Only the first argument is a source type, and only before its `:`.
    const firstArgument = command.args[0];
    if (firstArgument && firstArgument.offset < start) return [];
    if (text.slice(start, offset).includes(':')) return [];
    return FROM_SOURCE_TYPES.map((type) => ({
      label: `${type.type}:`,
      kind: CompletionItemKind.EnumMember,
      detail: `${type.value} follows${type.example ? `, e.g. ${type.type}:${type.example}` : ''}`,
      documentation: { kind: MarkupKind.Markdown, value: `\`${type.type}\`: ${type.documentation}.` },
      textEdit: { range, newText: `${type.type}:` },
    }));
  }
  if (command.kind === 'COMPONENT') {
    if (!command.reference || offset <= command.reference.endOffset) return [];
    const typed = text.slice(start, offset);
    if (typed !== '' && !typed.startsWith('-')) return [];
    // After a `--name` that still lacks its value, the user is typing that value.
    const previous = command.parameters.find((parameter) => parameter.endOffset < start && !parameter.value);
    if (previous && previous === command.parameters[command.parameters.length - 1] && typed === '') return [];
    return componentParameterItems(template, command, range);
  }
  return [];
}

export function computeCompletion(
  document: TextDocument,
  position: Position,
  options: CompletionOptions = {},
): CompletionItem[] {
  const template = templateOf(document);
  const text = template.text;
  const offset = document.offsetAt(position);
  if (isOnCommentLine(text, offset)) return [];
  const command = commandAt(template, offset);
  if (command && !touches(command.keywordNode, offset)) return argumentCompletions(document, template, command, offset);
  const previous = command ? undefined : commandForArguments(template, offset);
  if (previous) return argumentCompletions(document, template, previous, offset);
  // A keyword position: the keyword being typed, or a line with nothing but blanks before the cursor.
  const start = command ? command.keywordNode.offset : wordStartBefore(text, offset);
  const before = text.slice(lineStartBefore(text, start), start);
  if (before.trim() !== '') return [];
  const end = command ? Math.max(offset, command.keywordNode.endOffset) : offset;
  const range = { start: document.positionAt(start), end: document.positionAt(end) };
  const items = keywordItems(range, options);
  // A block replaces a whole line: not where a command's arguments already follow the keyword.
  if (options.snippets !== false && !command?.content) items.push(...blockSnippetItems(range, lineBreakOf(text)));
  return items;
}
