// Every pure feature function, on random text and random positions (past the end included): never throws,
// and every range it returns lies inside the document.
import fc from 'fast-check';
import type { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { computeCodeActions } from '../src/features/code-actions.js';
import { computeCompletion } from '../src/features/completion.js';
import { computeDiagnostics } from '../src/features/diagnostics.js';
import { computeDocumentLinks } from '../src/features/document-links.js';
import { computeDocumentSymbols } from '../src/features/document-symbols.js';
import { computeEmitRequestActions } from '../src/features/emit-request.js';
import { computeFoldingRanges } from '../src/features/folding.js';
import { computeFormatting, computeRangeFormatting } from '../src/features/formatting.js';
import { computeHover } from '../src/features/hover.js';
import { computeSemanticTokenList } from '../src/features/semantic-tokens.js';
import { computeSignatureHelp } from '../src/features/signature-help.js';
import {
  computeDefinition,
  computeDocumentHighlights,
  computeReferences,
  computeRename,
} from '../src/features/variables.js';
import { settings, TEST_URI } from '../../../test/kit/index.js';

// Pieces that reach the parser's corners: keywords, continuations, quotes, JSON, comments, CR/LF, BOM, surrogates.
const PIECES = [
  'RUN',
  'run',
  'ENV',
  'LABEL',
  'COPY',
  'COMPONENT',
  'FROM',
  'CMD',
  'ENTRYPOINT',
  'RESTART',
  'WORKDIR',
  'USER',
  'ADD',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\\',
  '`',
  '"',
  "'",
  '=',
  '[',
  ']',
  ',',
  '#',
  '# escape=`',
  '--x',
  'ic-1',
  'IMAGE:',
  'IMAGE_FAMILY:',
  '${A}',
  'ENV A=1',
  'acs:ecs:r:1:imagecomponent/n/1.*.*',
  'https://e.com/a?b',
  '\uFEFF',
  '😀',
  'a',
  '$A',
  '<<EOF',
];

const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 80 }),
);

function within(document: TextDocument, r: Range): boolean {
  const lastLine = document.lineCount - 1;
  const ok = (p: Range['start']) => p.line >= 0 && p.character >= 0 && p.line <= lastLine;
  return ok(r.start) && ok(r.end) && document.offsetAt(r.start) <= document.offsetAt(r.end);
}

describe('features on random input', () => {
  it('never throw and return ranges inside the document', () => {
    fc.assert(
      fc.property(text, fc.nat(60), fc.nat(200), (content, line, character) => {
        const document = TextDocument.create(TEST_URI, 'buildcontent', 1, content);
        const position = { line, character };
        const config = settings();
        for (const diagnostic of computeDiagnostics(document, config))
          expect(within(document, diagnostic.range)).toBe(true);
        for (const item of computeCompletion(document, position)) {
          const edit = item.textEdit as { range: Range } | undefined;
          if (edit) expect(within(document, edit.range)).toBe(true);
        }
        const hover = computeHover(document, position);
        if (hover?.range) expect(within(document, hover.range)).toBe(true);
        computeSignatureHelp(document, position);
        for (const symbol of computeDocumentSymbols(document)) {
          expect(within(document, symbol.range)).toBe(true);
          expect(symbol.name).not.toBe('');
        }
        for (const fold of computeFoldingRanges(document)) expect(fold.startLine).toBeLessThanOrEqual(fold.endLine);
        for (const token of computeSemanticTokenList(document)) {
          expect(token.length).toBeGreaterThan(0);
          expect(token.character + token.length).toBeLessThanOrEqual(
            document.getText({ start: { line: token.line, character: 0 }, end: { line: token.line + 1, character: 0 } })
              .length,
          );
        }
        for (const edit of computeFormatting(document)) expect(within(document, edit.range)).toBe(true);
        computeRangeFormatting(document, { start: position, end: position });
        for (const location of [
          ...computeDefinition(document, position),
          ...computeReferences(document, position, true),
        ]) {
          expect(within(document, location.range)).toBe(true);
        }
        computeDocumentHighlights(document, position);
        computeRename(document, position, 'RENAMED');
        for (const link of computeDocumentLinks(document)) expect(within(document, link.range)).toBe(true);
        for (const action of computeCodeActions(document, { range: { start: position, end: position } }, config)) {
          for (const edit of action.edit?.changes?.[TEST_URI] ?? []) expect(within(document, edit.range)).toBe(true);
        }
        computeEmitRequestActions(document, config, {
          templatePath: '/w/t.buildcontent',
          parametersPath: '/w/t.pipeline.json',
          parametersText: content,
          disabledSupport: true,
        });
      }),
      { numRuns: 400 },
    );
  });

  it('formatting twice changes nothing the second time', () => {
    fc.assert(
      fc.property(text, (content) => {
        const document = TextDocument.create(TEST_URI, 'buildcontent', 1, content);
        const once = TextDocument.applyEdits(document, computeFormatting(document));
        const formatted = TextDocument.create(TEST_URI, 'buildcontent', 2, once);
        expect(computeFormatting(formatted)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
