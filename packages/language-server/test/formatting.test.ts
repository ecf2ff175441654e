import { describe, expect, it } from 'vitest';
import { computeFormatting, computeRangeFormatting } from '../src/features/formatting.js';
import { applyEdits, createDocument, LINE_ENDINGS, range, withEol } from './test-kit.js';

describe.each(LINE_ENDINGS)('computeFormatting ($name)', ({ eol }) => {
  it('upper-cases keywords, removes indentation before them and leaves one space after them', () => {
    const document = createDocument('  run   echo a\nenv\ta="1"\nRESTART   \n', eol);
    const edits = computeFormatting(document);
    expect(edits).toEqual([
      { range: range(0, 0, 0, 2), newText: '' },
      { range: range(0, 2, 0, 5), newText: 'RUN' },
      { range: range(0, 5, 0, 8), newText: ' ' },
      { range: range(1, 0, 1, 3), newText: 'ENV' },
      { range: range(1, 3, 1, 4), newText: ' ' },
      { range: range(2, 7, 2, 10), newText: '' },
    ]);
    expect(applyEdits(document, edits)).toBe(withEol('RUN echo a\nENV a="1"\nRESTART\n', eol));
  });

  it('keeps continuation lines, their indentation and comments as written', () => {
    const text = 'run yum install -y nginx \\\n      # why\n    && yum clean all\n';
    const document = createDocument(text, eol);
    expect(applyEdits(document, computeFormatting(document))).toBe(withEol(text.replace('run', 'RUN'), eol));
  });

  it('puts one space before a continuation right after the keyword', () => {
    const document = createDocument('RUN\\\n  echo a\n', eol);
    expect(applyEdits(document, computeFormatting(document))).toBe(withEol('RUN \\\n  echo a\n', eol));
  });

  it('leaves unknown commands in their case, and a formatted file unchanged', () => {
    expect(computeFormatting(createDocument('add a b\n', eol))).toEqual([]);
    expect(computeFormatting(createDocument('RUN a\n# x\nRESTART\n', eol))).toEqual([]);
  });

  it('formats only the commands starting in the range', () => {
    const document = createDocument('run a\nrun b\nrun c\n', eol);
    const edits = computeRangeFormatting(document, range(1, 0, 1, 5));
    expect(edits).toEqual([{ range: range(1, 0, 1, 3), newText: 'RUN' }]);
  });
});
