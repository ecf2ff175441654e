import { SymbolKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { computeDocumentSymbols, computeSymbolInformation } from '../src/features/document-symbols.js';
import { createDocument, LINE_ENDINGS, range, TEST_URI } from './test-kit.js';

describe.each(LINE_ENDINGS)('computeDocumentSymbols ($name)', ({ eol }) => {
  const text = 'COMPONENT ic-abc --port 80\nENV a="1" \\\n    b="2"\nLABEL owner="ops"\nRUN yum install -y nginx \\\n  && yum clean all\nRESTART\n';

  it('gives one symbol per command with its keys and parameters as children', () => {
    const symbols = computeDocumentSymbols(createDocument(text, eol));
    expect(symbols.map((symbol) => [symbol.name, symbol.kind, symbol.detail, symbol.range, symbol.selectionRange])).toEqual([
      ['COMPONENT', SymbolKind.Module, 'ic-abc --port 80', range(0, 0, 0, 26), range(0, 0, 0, 9)],
      ['ENV', SymbolKind.Namespace, 'a="1" b="2"', range(1, 0, 2, 9), range(1, 0, 1, 3)],
      ['LABEL', SymbolKind.Namespace, 'owner="ops"', range(3, 0, 3, 17), range(3, 0, 3, 5)],
      ['RUN', SymbolKind.Function, 'yum install -y nginx && yum clean all', range(4, 0, 5, 18), range(4, 0, 4, 3)],
      ['RESTART', SymbolKind.Event, '', range(6, 0, 6, 7), range(6, 0, 6, 7)],
    ]);
    expect(symbols[0].children?.map((child) => [child.name, child.kind, child.detail, child.range, child.selectionRange])).toEqual([
      ['port', SymbolKind.Property, '80', range(0, 17, 0, 26), range(0, 17, 0, 23)],
    ]);
    expect(symbols[1].children?.map((child) => [child.name, child.kind, child.detail, child.range, child.selectionRange])).toEqual([
      ['a', SymbolKind.Variable, '1', range(1, 4, 1, 9), range(1, 4, 1, 5)],
      ['b', SymbolKind.Variable, '2', range(2, 4, 2, 9), range(2, 4, 2, 5)],
    ]);
    expect(symbols[2].children?.map((child) => [child.name, child.kind])).toEqual([['owner', SymbolKind.Property]]);
  });

  it('keeps every child inside its parent', () => {
    for (const symbol of computeDocumentSymbols(createDocument(text, eol))) {
      for (const child of symbol.children ?? []) {
        expect(child.range.start.line).toBeGreaterThanOrEqual(symbol.range.start.line);
        expect(child.range.end.line).toBeLessThanOrEqual(symbol.range.end.line);
      }
    }
  });

  it('gives a flat list with container names to clients without hierarchy', () => {
    const flat = computeSymbolInformation(createDocument(text, eol));
    expect(flat.map((symbol) => [symbol.name, symbol.containerName])).toEqual([
      ['COMPONENT', undefined],
      ['port', 'COMPONENT'],
      ['ENV', undefined],
      ['a', 'ENV'],
      ['b', 'ENV'],
      ['LABEL', undefined],
      ['owner', 'LABEL'],
      ['RUN', undefined],
      ['RESTART', undefined],
    ]);
    expect(flat[0].location).toEqual({ uri: TEST_URI, range: range(0, 0, 0, 26) });
  });
});
