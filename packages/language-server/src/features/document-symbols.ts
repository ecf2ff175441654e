// Outline: one symbol per command, named by what it does (`RUN yum install -y nginx`, shortened) so that
// Go to Symbol finds it by its text, with the keyword as detail and a kind per command; ENV/LABEL keys and
// COMPONENT parameters as its children; comment-banner and `# region` sections holding their commands.
import type { Command } from '@buildcontent/core';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { templateOf } from '../document.js';
import { computeSections, type Section } from './sections.js';

/** Long enough to tell `RUN yum install -y nginx php-fpm` from its neighbours, short enough for a picker row. */
const NAME_LENGTH = 60;
const DETAIL_LENGTH = 80;

/** The icons: distinct for the commands a long template is made of, so the outline can be scanned. */
const COMMAND_SYMBOL_KINDS: Record<string, SymbolKind> = {
  FROM: SymbolKind.Package,
  COMPONENT: SymbolKind.Module,
  RUN: SymbolKind.Function,
  CMD: SymbolKind.Method,
  ENTRYPOINT: SymbolKind.Method,
  ENV: SymbolKind.Object,
  LABEL: SymbolKind.Struct,
  WORKDIR: SymbolKind.Field,
  USER: SymbolKind.Constant,
  COPY: SymbolKind.File,
  RESTART: SymbolKind.Event,
};

export const SECTION_SYMBOL_KIND = SymbolKind.Namespace;

/** The text on one line with runs of blanks collapsed, shortened with an ellipsis. */
function shorten(text: string, length: number): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > length ? `${single.slice(0, length - 1)}…` : single;
}

function children(command: Command): DocumentSymbol[] {
  if (command.kind === 'ENV' || command.kind === 'LABEL') {
    const kind = command.kind === 'ENV' ? SymbolKind.Variable : SymbolKind.Property;
    return command.pairs
      .filter((pair) => pair.key.value !== '')
      .map((pair) => ({
        name: pair.key.value,
        detail: pair.value ? shorten(pair.value.value, DETAIL_LENGTH) : '',
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
        detail: parameter.value ? shorten(parameter.value.text, DETAIL_LENGTH) : '',
        kind: SymbolKind.Property,
        range: parameter.range,
        selectionRange: parameter.flag.range,
      }));
  }
  return [];
}

function commandSymbol(command: Command): DocumentSymbol {
  // An empty name is invalid in LSP; a keyword is never empty, but guard the odd parse anyway.
  const keyword = command.keywordNode.text === '' ? '?' : command.keyword;
  return {
    name: command.content ? shorten(`${keyword} ${command.content.text}`, NAME_LENGTH) : keyword,
    detail: keyword,
    kind: COMMAND_SYMBOL_KINDS[command.kind] ?? SymbolKind.Null,
    range: command.range,
    selectionRange: command.keywordNode.range,
    children: children(command),
  };
}

function sectionSymbol(document: TextDocument, section: Section): DocumentSymbol {
  const endLine = document.getText({
    start: { line: section.endLine, character: 0 },
    end: { line: section.endLine + 1, character: 0 },
  });
  const endCharacter = endLine.replace(/\r?\n$|\r$/, '').length;
  return {
    name: section.title,
    detail: section.kind === 'region' ? 'region' : 'section',
    kind: SECTION_SYMBOL_KIND,
    range: {
      start: { line: section.startLine, character: 0 },
      end: { line: section.endLine, character: endCharacter },
    },
    selectionRange: {
      start: { line: section.titleLine, character: section.titleStart },
      end: { line: section.titleLine, character: section.titleEnd },
    },
    children: [],
  };
}

const contains = (outer: DocumentSymbol, line: number) =>
  outer.range.start.line <= line && line <= outer.range.end.line;

export function computeDocumentSymbols(document: TextDocument): DocumentSymbol[] {
  const template = templateOf(document);
  const roots: DocumentSymbol[] = [];
  // Sections come outer first; each goes into the innermost section already placed that holds it.
  const placed: DocumentSymbol[] = [];
  const place = (symbol: DocumentSymbol) => {
    const line = symbol.range.start.line;
    let parent: DocumentSymbol | undefined;
    for (const candidate of placed) if (contains(candidate, line)) parent = candidate;
    (parent ? parent.children! : roots).push(symbol);
  };
  for (const section of computeSections(template)) {
    const symbol = sectionSymbol(document, section);
    place(symbol);
    placed.push(symbol);
  }
  for (const command of template.commands) place(commandSymbol(command));
  const byPosition = (symbols: DocumentSymbol[]) => {
    symbols.sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
    for (const symbol of symbols) if (symbol.kind === SECTION_SYMBOL_KIND) byPosition(symbol.children!);
  };
  byPosition(roots);
  return roots;
}

/** The flat form, for clients without `hierarchicalDocumentSymbolSupport`. */
export function computeSymbolInformation(document: TextDocument): SymbolInformation[] {
  const flat: SymbolInformation[] = [];
  const add = (symbol: DocumentSymbol, container?: string) => {
    flat.push({
      name: symbol.name,
      kind: symbol.kind,
      containerName: container,
      location: { uri: document.uri, range: symbol.range },
    });
    for (const child of symbol.children ?? []) add(child, symbol.name);
  };
  for (const symbol of computeDocumentSymbols(document)) add(symbol);
  return flat;
}
