// ENV variables as symbols: definition, references, highlights and rename for a key set by ENV and its
// `$NAME` / `${NAME}` uses in later commands (the build shell expands them; the service itself does not).
import type { Command, KeyValuePair, Position, Template } from '@buildcontent/core';
import {
  DocumentHighlightKind,
  type DocumentHighlight,
  type Location,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { templateOf } from '../document.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const USE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g;

export interface Occurrence {
  name: string;
  offset: number;
  endOffset: number;
  definition: boolean;
}

/** `$NAME` and `${NAME}` in a command's arguments (its comment lines left out); the range covers NAME only. */
function usesIn(command: Command, text: string): Occurrence[] {
  const uses: Occurrence[] = [];
  const start = command.keywordNode.endOffset;
  const slice = text.slice(start, command.endOffset);
  for (const match of slice.matchAll(USE)) {
    const at = start + match.index;
    if (at > 0 && text[at - 1] === '\\') continue;
    if (command.innerComments.some((comment) => comment.offset <= at && at < comment.endOffset)) continue;
    const name = match[1] ?? match[2];
    const nameOffset = at + (match[1] !== undefined ? 2 : 1);
    uses.push({ name, offset: nameOffset, endOffset: nameOffset + name.length, definition: false });
  }
  return uses;
}

function occurrences(template: Template): Occurrence[] {
  const all: Occurrence[] = [];
  for (const command of template.commands) {
    if (command.kind === 'ENV') {
      for (const pair of command.pairs) {
        if (NAME.test(pair.key.text))
          all.push({ name: pair.key.text, offset: pair.key.offset, endOffset: pair.key.endOffset, definition: true });
        // Uses inside a value: `ENV PATH="$PATH:/opt/bin"`.
      }
    }
    all.push(...usesIn(command, template.text));
  }
  return all.sort((a, b) => a.offset - b.offset);
}

/**
 * The ENV variables set before `offset` (by earlier commands), each with the pair that last set it: what the
 * build shell sees at that point. Pairs of the command holding the offset are not counted, as in Docker,
 * where `ENV A=1 B=$A` reads the A set before that command.
 */
export function variablesBefore(template: Template, offset: number): Map<string, KeyValuePair> {
  const variables = new Map<string, KeyValuePair>();
  for (const command of template.commands) {
    if (command.endOffset >= offset) break;
    if (command.kind !== 'ENV') continue;
    for (const pair of command.pairs) if (NAME.test(pair.key.text)) variables.set(pair.key.text, pair);
  }
  return variables;
}

/** The `$NAME`/`${NAME}` use at the offset (NAME's range, end included), whether or not the template defines it. */
export function variableUseAt(template: Template, command: Command, offset: number): Occurrence | undefined {
  return usesIn(command, template.text).find((use) => use.offset <= offset && offset <= use.endOffset);
}

function symbolAt(
  document: TextDocument,
  position: Position,
): { name: string; all: Occurrence[]; at: Occurrence } | undefined {
  const all = occurrences(templateOf(document));
  const offset = document.offsetAt(position);
  const at = all.find((occurrence) => occurrence.offset <= offset && offset <= occurrence.endOffset);
  // Only names the template defines are its variables; `$HOME` and the like belong to the shell.
  if (!at || !all.some((occurrence) => occurrence.definition && occurrence.name === at.name)) return undefined;
  return { name: at.name, all: all.filter((occurrence) => occurrence.name === at.name), at };
}

function rangeOf(document: TextDocument, occurrence: Occurrence): Range {
  return { start: document.positionAt(occurrence.offset), end: document.positionAt(occurrence.endOffset) };
}

export function computeDefinition(document: TextDocument, position: Position): Location[] {
  const symbol = symbolAt(document, position);
  if (!symbol) return [];
  return symbol.all
    .filter((occurrence) => occurrence.definition)
    .map((occurrence) => ({ uri: document.uri, range: rangeOf(document, occurrence) }));
}

export function computeReferences(document: TextDocument, position: Position, includeDeclaration: boolean): Location[] {
  const symbol = symbolAt(document, position);
  if (!symbol) return [];
  return symbol.all
    .filter((occurrence) => includeDeclaration || !occurrence.definition)
    .map((occurrence) => ({ uri: document.uri, range: rangeOf(document, occurrence) }));
}

export function computeDocumentHighlights(document: TextDocument, position: Position): DocumentHighlight[] {
  const symbol = symbolAt(document, position);
  if (!symbol) return [];
  return symbol.all.map((occurrence) => ({
    range: rangeOf(document, occurrence),
    kind: occurrence.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

export function computePrepareRename(
  document: TextDocument,
  position: Position,
): { range: Range; placeholder: string } | null {
  const symbol = symbolAt(document, position);
  return symbol ? { range: rangeOf(document, symbol.at), placeholder: symbol.name } : null;
}

/** Renames the variable everywhere; undefined when there is none at the position. Throws on an invalid name. */
export function computeRename(document: TextDocument, position: Position, newName: string): WorkspaceEdit | undefined {
  const symbol = symbolAt(document, position);
  if (!symbol) return undefined;
  if (!NAME.test(newName))
    throw new Error(
      `${JSON.stringify(newName)} is not a variable name: use letters, digits and _, not starting with a digit`,
    );
  return {
    changes: {
      [document.uri]: symbol.all.map((occurrence) => ({ range: rangeOf(document, occurrence), newText: newName })),
    },
  };
}
