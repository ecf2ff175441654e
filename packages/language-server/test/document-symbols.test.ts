import { SymbolKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { computeDocumentSymbols, computeSymbolInformation } from '../src/features/document-symbols.js';
import { createDocument, LINE_ENDINGS, range, TEST_URI } from '../../../test/kit/index.js';

describe.each(LINE_ENDINGS)('computeDocumentSymbols ($name)', ({ eol }) => {
  const text =
    'COMPONENT ic-abc --port 80\nENV a="1" \\\n    b="2"\nLABEL owner="ops"\nRUN yum install -y nginx \\\n  && yum clean all\nRESTART\n';

  it('gives one symbol per command with its keys and parameters as children', () => {
    const symbols = computeDocumentSymbols(createDocument(text, eol));
    expect(
      symbols.map((symbol) => [symbol.name, symbol.kind, symbol.detail, symbol.range, symbol.selectionRange]),
    ).toEqual([
      ['COMPONENT ic-abc --port 80', SymbolKind.Module, 'COMPONENT', range(0, 0, 0, 26), range(0, 0, 0, 9)],
      ['ENV a="1" b="2"', SymbolKind.Object, 'ENV', range(1, 0, 2, 9), range(1, 0, 1, 3)],
      ['LABEL owner="ops"', SymbolKind.Struct, 'LABEL', range(3, 0, 3, 17), range(3, 0, 3, 5)],
      ['RUN yum install -y nginx && yum clean all', SymbolKind.Function, 'RUN', range(4, 0, 5, 18), range(4, 0, 4, 3)],
      ['RESTART', SymbolKind.Event, 'RESTART', range(6, 0, 6, 7), range(6, 0, 6, 7)],
    ]);
    expect(
      symbols[0].children?.map((child) => [child.name, child.kind, child.detail, child.range, child.selectionRange]),
    ).toEqual([['port', SymbolKind.Property, '80', range(0, 17, 0, 26), range(0, 17, 0, 23)]]);
    expect(
      symbols[1].children?.map((child) => [child.name, child.kind, child.detail, child.range, child.selectionRange]),
    ).toEqual([
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
      ['COMPONENT ic-abc --port 80', undefined],
      ['port', 'COMPONENT ic-abc --port 80'],
      ['ENV a="1" b="2"', undefined],
      ['a', 'ENV a="1" b="2"'],
      ['b', 'ENV a="1" b="2"'],
      ['LABEL owner="ops"', undefined],
      ['owner', 'LABEL owner="ops"'],
      ['RUN yum install -y nginx && yum clean all', undefined],
      ['RESTART', undefined],
    ]);
    expect(flat[0].location).toEqual({ uri: TEST_URI, range: range(0, 0, 0, 26) });
  });

  it('shortens long names, and gives RUN and WORKDIR kinds of their own', () => {
    const long = `RUN ${'x'.repeat(100)}\nWORKDIR /opt/app\nrun yum install -y nginx\n`;
    const symbols = computeDocumentSymbols(createDocument(long, eol));
    expect(symbols[0].name).toBe(`RUN ${'x'.repeat(55)}…`);
    expect(symbols.map((symbol) => [symbol.name, symbol.kind, symbol.detail])).toEqual([
      [`RUN ${'x'.repeat(55)}…`, SymbolKind.Function, 'RUN'],
      ['WORKDIR /opt/app', SymbolKind.Field, 'WORKDIR'],
      ['RUN yum install -y nginx', SymbolKind.Function, 'RUN'],
    ]);
  });
});

describe.each(LINE_ENDINGS)('sections in the outline ($name)', ({ eol }) => {
  const text = [
    'LABEL owner="ops"', // 0
    '# ----------', // 1
    '# Environment', // 2
    '# ----------', // 3
    'ENV A="1"', // 4
    '', // 5
    '# ==== Packages ====', // 6
    'RUN yum install -y nginx', // 7
    '# region Web server', // 8
    'WORKDIR /srv', // 9
    '# endregion', // 10
    'RUN echo done', // 11
    '', // 12
  ].join('\n');

  it('makes banners and regions sections that hold their commands', () => {
    const symbols = computeDocumentSymbols(createDocument(text, eol));
    const shape = (list: typeof symbols): unknown[] =>
      list.map((symbol) => [
        symbol.name,
        symbol.kind,
        symbol.range,
        symbol.selectionRange,
        ...(symbol.kind === SymbolKind.Namespace ? [shape(symbol.children!)] : []),
      ]);
    expect(shape(symbols)).toEqual([
      ['LABEL owner="ops"', SymbolKind.Struct, range(0, 0, 0, 17), range(0, 0, 0, 5)],
      [
        'Environment',
        SymbolKind.Namespace,
        range(1, 0, 4, 9),
        range(2, 2, 2, 13),
        [['ENV A="1"', SymbolKind.Object, range(4, 0, 4, 9), range(4, 0, 4, 3)]],
      ],
      [
        'Packages',
        SymbolKind.Namespace,
        range(6, 0, 11, 13),
        range(6, 7, 6, 15),
        [
          ['RUN yum install -y nginx', SymbolKind.Function, range(7, 0, 7, 24), range(7, 0, 7, 3)],
          [
            'Web server',
            SymbolKind.Namespace,
            range(8, 0, 10, 11),
            range(8, 9, 8, 19),
            [['WORKDIR /srv', SymbolKind.Field, range(9, 0, 9, 12), range(9, 0, 9, 7)]],
          ],
          ['RUN echo done', SymbolKind.Function, range(11, 0, 11, 13), range(11, 0, 11, 3)],
        ],
      ],
    ]);
  });

  it('names the container of each command in the flat form', () => {
    const flat = computeSymbolInformation(createDocument(text, eol));
    expect(flat.find((symbol) => symbol.name === 'WORKDIR /srv')?.containerName).toBe('Web server');
    expect(flat.find((symbol) => symbol.name === 'Web server')?.containerName).toBe('Packages');
  });

  it('reads a lone rule or an unclosed banner as a plain comment', () => {
    const symbols = computeDocumentSymbols(createDocument('# ----\nRUN a\n# ----\n# Title\nRUN b\n', eol));
    expect(symbols.map((symbol) => symbol.name)).toEqual(['RUN a', 'RUN b']);
  });
});
