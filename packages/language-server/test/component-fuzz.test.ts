// The component features on random YAML-ish text and random positions (past the end included): never
// throw, and every range they return lies inside the document.
import fc from 'fast-check';
import type { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import {
  computeComponentCallCompletion,
  computeComponentCallDefinition,
  computeComponentCallHover,
} from '../src/features/component-calls.js';
import { computeComponentDiagnostics } from '../src/features/component-diagnostics.js';
import {
  computeComponentCompletion,
  computeComponentDefinition,
  computeComponentHover,
  computeComponentSymbols,
} from '../src/features/component-yaml.js';
import { readLocalComponent } from '@buildcontent/core';
import { settings } from '../../../test/kit/index.js';

// Pieces that reach the YAML reader's corners: keys, actions, flow and block collections, anchors, {{ }}, CR/LF, BOM.
const PIECES = [
  'Parameters:',
  'Tasks:',
  '- ',
  '  ',
  'Name: ',
  'Action: ',
  'Properties:',
  'RunShellCommand',
  'Reboot',
  'OSSDownload',
  'commandContent: ',
  'Type: Number',
  'DefaultValue: ',
  '{{',
  '}}',
  '{{ x }}',
  '{{ a.stdout }}',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  "'",
  '|',
  '>',
  '&a',
  '*a',
  '!!str',
  '#',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\uFEFF',
  '😀',
  'x',
  '---',
  '...',
  '? ',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 80 }),
);

function inside(document: TextDocument, range: Range): boolean {
  const end = document.positionAt(document.getText().length);
  const before = (a: Range['start'], b: Range['start']) =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before({ line: 0, character: 0 }, range.start) && before(range.start, range.end) && before(range.end, end);
}

describe('component features on random text', () => {
  it('never throw; ranges stay inside the document', () => {
    fc.assert(
      fc.property(text, fc.nat(200), fc.nat(200), (source, line, character) => {
        const document = TextDocument.create('file:///p/x.component.yaml', 'yaml', 1, source);
        const position = { line: line % (document.lineCount + 1), character };
        const ranges: Range[] = [
          ...computeComponentDiagnostics(document, settings()).map((d) => d.range),
          ...computeComponentSymbols(document).flatMap((s) => [s.range, s.selectionRange]),
          ...computeComponentDefinition(document, position).map((l) => l.range),
          ...computeComponentCompletion(document, position).flatMap((c) =>
            c.textEdit && 'range' in c.textEdit ? [c.textEdit.range] : [],
          ),
        ];
        const hover = computeComponentHover(document, position);
        if (hover?.range) ranges.push(hover.range);
        for (const range of ranges) expect(inside(document, range), JSON.stringify({ source, range })).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('COMPONENT-line features never throw on random templates, with a component that resolves', () => {
    const component = readLocalComponent(
      '/p/web.component.yaml',
      'Parameters:\n  port: {Type: Number}\nTasks: []\n',
      '/p/web.component.json',
      '{}',
    );
    const index = { components: [component], ids: { 'ic-1': '/p/web.component.yaml' }, problems: [] };
    const template = fc
      .array(
        fc.constantFrom(
          'COMPONENT ',
          'ic-1',
          ' --port',
          ' 80',
          ' --',
          'acs:ecs:r:1:imagecomponent/web/1.*.*',
          '\n',
          '\r\n',
          '\\\n',
          'RUN x',
          ' ',
        ),
        { maxLength: 20 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(template, fc.nat(30), fc.nat(120), (source, line, character) => {
        const document = TextDocument.create('file:///p/a.buildcontent', 'buildcontent', 1, source);
        const position = { line: line % (document.lineCount + 1), character };
        const hover = computeComponentCallHover(document, position, index);
        if (hover?.range) expect(inside(document, hover.range)).toBe(true);
        for (const item of computeComponentCallCompletion(document, position, index)) {
          if (item.textEdit && 'range' in item.textEdit) expect(inside(document, item.textEdit.range)).toBe(true);
        }
        computeComponentCallDefinition(document, position, index);
      }),
      { numRuns: 300 },
    );
  });
});
