// Outline: one symbol per command; ENV/LABEL keys and COMPONENT parameters as its children.
import type { Command } from '@buildcontent/core';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { templateOf } from '../document.js';

const DETAIL_LENGTH = 80;

const COMMAND_SYMBOL_KINDS: Record<string, SymbolKind> = {
  FROM: SymbolKind.Package,
  COMPONENT: SymbolKind.Module,
  ENV: SymbolKind.Namespace,
  LABEL: SymbolKind.Namespace,
  RESTART: SymbolKind.Event,
};

/** The content on one line with runs of blanks collapsed, shortened: enough to tell commands apart in an outline. */
function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > DETAIL_LENGTH ? `${single.slice(0, DETAIL_LENGTH - 1)}…` : single;
}

function children(command: Command): DocumentSymbol[] {
  if (command.kind === 'ENV' || command.kind === 'LABEL') {
    const kind = command.kind === 'ENV' ? SymbolKind.Variable : SymbolKind.Property;
    return command.pairs
      .filter((pair) => pair.key.value !== '')
      .map((pair) => ({
        name: pair.key.value,
        detail: pair.value ? shorten(pair.value.value) : '',
        kind,
        range: pair.range,
        selectionRange: pair.key.range,
      }));
  }
  if (command.kind === 'COMPONENT') {
    return command.parameters
      .filter((parameter) => parameter.name !== '')
      .map((parameter) => ({
        name: parameter.name,
        detail: parameter.value ? shorten(parameter.value.text) : '',
        kind: SymbolKind.Property,
        range: parameter.range,
        selectionRange: parameter.flag.range,
      }));
  }
  return [];
}

function commandSymbol(command: Command): DocumentSymbol {
  // An empty name is invalid in LSP; a keyword is never empty, but guard the odd parse anyway.
  const name = command.keywordNode.text === '' ? '?' : command.keyword;
  return {
    name,
    detail: command.content ? shorten(command.content.text) : '',
    kind: COMMAND_SYMBOL_KINDS[command.kind] ?? SymbolKind.Function,
    range: command.range,
    selectionRange: command.keywordNode.range,
    children: children(command),
  };
}

export function computeDocumentSymbols(document: TextDocument): DocumentSymbol[] {
  return templateOf(document).commands.map(commandSymbol);
}

/** The flat form, for clients without `hierarchicalDocumentSymbolSupport`. */
export function computeSymbolInformation(document: TextDocument): SymbolInformation[] {
  const flat: SymbolInformation[] = [];
  for (const symbol of computeDocumentSymbols(document)) {
    flat.push({ name: symbol.name, kind: symbol.kind, location: { uri: document.uri, range: symbol.range } });
    for (const child of symbol.children ?? []) {
      flat.push({ name: child.name, kind: child.kind, containerName: symbol.name, location: { uri: document.uri, range: child.range } });
    }
  }
  return flat;
}
