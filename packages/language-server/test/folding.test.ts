import { FoldingRangeKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { computeFoldingRanges } from '../src/features/folding.js';
import { createDocument, LINE_ENDINGS } from '../../../test/kit/index.js';

describe.each(LINE_ENDINGS)('computeFoldingRanges ($name)', ({ eol }) => {
  const text =
    '# escape=\\\n# build the web image\n# second line\nRUN yum install -y nginx \\\n  # a comment inside\n  && yum clean all\n# lone comment\nENV a="1"\nLABEL a="1" \\\n  b="2"\n';

  it('folds continued commands and blocks of comment lines, directives included', () => {
    expect(computeFoldingRanges(createDocument(text, eol))).toEqual([
      { startLine: 0, endLine: 2, kind: FoldingRangeKind.Comment },
      { startLine: 3, endLine: 5 },
      { startLine: 8, endLine: 9 },
    ]);
  });

  it('honours the client range limit', () => {
    expect(computeFoldingRanges(createDocument(text, eol), { rangeLimit: 1 })).toEqual([
      { startLine: 0, endLine: 2, kind: FoldingRangeKind.Comment },
    ]);
  });

  it('folds nothing in a one-line template', () => {
    expect(computeFoldingRanges(createDocument('RUN a', eol))).toEqual([]);
  });

  it('folds a banner section from its title line and a region from its marker, with the title as collapsed text', () => {
    const banner = '# ----\n# Environment\n# ----\nENV A="1"\nRUN a\n\n# region Web\nRUN b\n# endregion\n';
    expect(computeFoldingRanges(createDocument(banner, eol), { collapsedText: true })).toEqual([
      { startLine: 1, endLine: 8, kind: FoldingRangeKind.Region, collapsedText: 'Environment' },
      { startLine: 6, endLine: 8, kind: FoldingRangeKind.Region, collapsedText: 'Web' },
    ]);
    expect(computeFoldingRanges(createDocument(banner, eol))[0]).toEqual({
      startLine: 1,
      endLine: 8,
      kind: FoldingRangeKind.Region,
    });
  });
});
