// Completion: keywords (a snippet per syntax form), FROM source types, and COMPONENT `--param` names
// already used with the same component elsewhere in the template.
import { COMMAND_KINDS, type Command, type ComponentCommand, type Position, type Template } from '@buildcontent/core';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { COMMANDS } from '../commands.js';
import { commandAt, commandForArguments, templateOf, touches } from '../document.js';

export const COMPLETION_TRIGGER_CHARACTERS = ['-', ':'];

export interface CompletionOptions {
  /** The client expands snippets (`completionItem.snippetSupport`). Default true. */
  snippets?: boolean;
}

function isWordChar(code: number): boolean {
  // Letters, digits, `_` and `-` make up keywords, flags and source types.
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
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
    const info = COMMANDS[keyword];
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

const FROM_SOURCE_TYPES = [
  { label: 'IMAGE:', detail: 'an image ID follows, e.g. IMAGE:m-bp67acfmxazb4p****' },
  { label: 'IMAGE_FAMILY:', detail: 'an image family name follows' },
];

function componentParameterItems(template: Template, command: ComponentCommand, range: Range): CompletionItem[] {
  const reference = command.reference?.text;
  if (!reference) return [];
  const given = new Set(command.parameters.map((parameter) => parameter.name));
  const known = new Map<string, string>();
  for (const other of template.commands) {
    if (other === command || other.kind !== 'COMPONENT' || other.reference?.text !== reference) continue;
    for (const parameter of other.parameters) {
      if (!given.has(parameter.name) && !known.has(parameter.name)) known.set(parameter.name, parameter.value?.text ?? '');
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

function argumentCompletions(document: TextDocument, template: Template, command: Command, offset: number): CompletionItem[] {
  const text = template.text;
  const start = wordStartBefore(text, offset);
  const range = { start: document.positionAt(start), end: document.positionAt(offset) };
  if (command.kind === 'FROM') {
    // Only the first argument is a source type, and only before its `:`.
    const firstArgument = command.args[0];
    if (firstArgument && firstArgument.offset < start) return [];
    if (text.slice(start, offset).includes(':')) return [];
    return FROM_SOURCE_TYPES.map((type) => ({
      label: type.label,
      kind: CompletionItemKind.EnumMember,
      detail: type.detail,
      textEdit: { range, newText: type.label },
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

export function computeCompletion(document: TextDocument, position: Position, options: CompletionOptions = {}): CompletionItem[] {
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
  return keywordItems({ start: document.positionAt(start), end: document.positionAt(end) }, options);
}
