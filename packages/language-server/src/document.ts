// Parse and lint results per document version, so that the features asked about one version share one parse.
// The cache is keyed by the document object (TextDocuments updates it in place) and checked against its version,
// so callers still see pure functions of (document, settings).
import {
  lint,
  parse,
  reparse,
  type Diagnostic as CoreDiagnostic,
  type LintOptions,
  type Template,
} from '@buildcontent/core';
import type { TextDocument } from 'vscode-languageserver-textdocument';

interface CacheEntry {
  version: number;
  text: string;
  template: Template;
  lintKey?: string;
  diagnostics?: CoreDiagnostic[];
}

const cache = new WeakMap<TextDocument, CacheEntry>();

function entryOf(document: TextDocument): CacheEntry {
  const text = document.getText();
  const cached = cache.get(document);
  // The text check covers documents built by hand with a reused version number.
  if (cached && cached.version === document.version && cached.text === text) return cached;
  // Another version: the previous one's commands the edit did not touch are re-used (the result is parse(text)).
  const template = cached ? reparse(cached.template, text) : parse(text);
  const entry: CacheEntry = { version: document.version, text, template };
  cache.set(document, entry);
  return entry;
}

export function templateOf(document: TextDocument): Template {
  return entryOf(document).template;
}

export function lintDocument(document: TextDocument, options: LintOptions): CoreDiagnostic[] {
  const entry = entryOf(document);
  const key = JSON.stringify(options);
  if (entry.diagnostics && entry.lintKey === key) return entry.diagnostics;
  entry.diagnostics = lint(entry.template, options);
  entry.lintKey = key;
  return entry.diagnostics;
}

/** Whether an offset lies in a node, its end included (a cursor right after a word is still on it). */
export function touches(node: { offset: number; endOffset: number }, offset: number): boolean {
  return node.offset <= offset && offset <= node.endOffset;
}

/** The command whose text holds the offset (end included), or undefined between commands. */
export function commandAt(template: Template, offset: number): Template['commands'][number] | undefined {
  let low = 0;
  let high = template.commands.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const command = template.commands[mid];
    if (offset < command.offset) high = mid - 1;
    else if (offset > command.endOffset) low = mid + 1;
    else return command;
  }
  return undefined;
}

/**
 * The command whose arguments the cursor is in or about to type: the command at the offset, or the one
 * that ends before it with only blanks (and continuations) in between, as in `COPY a.sh |`.
 */
export function commandForArguments(template: Template, offset: number): Template['commands'][number] | undefined {
  const command = commandAt(template, offset);
  if (command) return command;
  let low = 0;
  let high = template.commands.length - 1;
  let before: Template['commands'][number] | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (template.commands[mid].endOffset < offset) {
      before = template.commands[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  if (!before) return undefined;
  const gap = template.text.slice(before.endOffset, offset);
  const escape = template.escapeChar === '`' ? '`' : '\\\\';
  const onlyBlanks = new RegExp(`^[ \\t]*(?:${escape}[ \\t]*(?:\\r\\n|\\r|\\n)[ \\t]*)*$`);
  return onlyBlanks.test(gap) ? before : undefined;
}
