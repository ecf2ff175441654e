import { DocumentHighlightKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { computeDefinition, computeDocumentHighlights, computePrepareRename, computeReferences, computeRename } from '../src/features/variables.js';
import { applyEdits, documentAtCursor, LINE_ENDINGS, range, TEST_URI, withEol } from './test-kit.js';

const TEXT = 'ENV APP_HOME="/srv/www" PORT 80\nRUN mkdir -p $APP_HOME \\\n  # not $APP_HOME here\n  && cd ${APP_HOME}\nWORKDIR $HOME\n';

describe.each(LINE_ENDINGS)('ENV variables ($name)', ({ eol }) => {
  it('finds the definition from a use', () => {
    const { document, position } = documentAtCursor(TEXT.replace('cd ${APP', 'cd ${AP|P'), eol);
    expect(computeDefinition(document, position)).toEqual([{ uri: TEST_URI, range: range(0, 4, 0, 12) }]);
  });

  it('lists references with or without the declaration, skipping comment lines', () => {
    const { document, position } = documentAtCursor(TEXT.replace('ENV APP_HOME', 'ENV APP|_HOME'), eol);
    expect(computeReferences(document, position, true).map((location) => location.range)).toEqual([
      range(0, 4, 0, 12),
      range(1, 14, 1, 22),
      range(3, 10, 3, 18),
    ]);
    expect(computeReferences(document, position, false)).toHaveLength(2);
  });

  it('highlights the definition as a write and uses as reads', () => {
    const { document, position } = documentAtCursor(TEXT.replace('p $APP_HOME', 'p $APP_HOME|'), eol);
    expect(computeDocumentHighlights(document, position).map((highlight) => highlight.kind)).toEqual([
      DocumentHighlightKind.Write,
      DocumentHighlightKind.Read,
      DocumentHighlightKind.Read,
    ]);
  });

  it('renames the variable everywhere and refuses an invalid name', () => {
    const { document, position } = documentAtCursor(TEXT.replace('ENV APP_HOME', 'ENV |APP_HOME'), eol);
    expect(computePrepareRename(document, position)).toEqual({ range: range(0, 4, 0, 12), placeholder: 'APP_HOME' });
    const edit = computeRename(document, position, 'WEB_ROOT');
    expect(applyEdits(document, edit!.changes![TEST_URI])).toBe(withEol(TEXT.replaceAll('APP_HOME', 'WEB_ROOT').replace('# not $WEB_ROOT', '# not $APP_HOME'), eol));
    expect(() => computeRename(document, position, '1bad')).toThrow(/not a variable name/);
  });

  it('leaves shell variables the template does not define alone', () => {
    const { document, position } = documentAtCursor(TEXT.replace('$HOME', '$HO|ME'), eol);
    expect(computeDefinition(document, position)).toEqual([]);
    expect(computePrepareRename(document, position)).toBeNull();
    expect(computeRename(document, position, 'X')).toBeUndefined();
  });
});
