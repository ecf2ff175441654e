import { DocumentHighlightKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  expectDefinition,
  expectReferences,
  markedCases,
  TEST_URI,
  withEol,
} from '../../../test/kit/index.js';
import { computeDocumentHighlights, computePrepareRename, computeRename } from '../src/features/variables.js';

const TEXT =
  'ENV APP_HOME="/srv/www" PORT 80\nRUN mkdir -p $APP_HOME \\\n  # not $APP_HOME here\n  && cd ${APP_HOME}\nWORKDIR $HOME\n';

describe('ENV variables', () => {
  it('finds the definition from a use', () => {
    expectDefinition('ENV <|APP_HOME|>="/srv/www"\nRUN mkdir -p $APP_HOME \\\n  && cd ${AP<|>P_HOME}\n');
  });

  it('finds the definition from a use in a pipeline', () => {
    expectDefinition('ENV <|LOG|>=/var/log\nRUN cat $LOG/a | tee $LO<|>G/b\n');
  });

  it('lists references with or without the declaration, skipping comment lines', () => {
    const uses = 'RUN mkdir -p $<|APP_HOME|> \\\n  # not $APP_HOME here\n  && cd ${<|APP_HOME|>}\nWORKDIR $HOME\n';
    expectReferences(`ENV <|APP<|>_HOME|>="/srv/www" PORT 80\n${uses}`, true);
    expectReferences(`ENV APP<|>_HOME="/srv/www" PORT 80\n${uses}`, false);
  });

  it('highlights the definition as a write and uses as reads', () => {
    for (const { document, position } of markedCases(TEXT.replace('p $APP_HOME', 'p $APP_HOME<|>'))) {
      expect(computeDocumentHighlights(document, position).map((highlight) => highlight.kind)).toEqual([
        DocumentHighlightKind.Write,
        DocumentHighlightKind.Read,
        DocumentHighlightKind.Read,
      ]);
    }
  });

  it('renames the variable everywhere and refuses an invalid name', () => {
    for (const { document, position, ranges, eol } of markedCases(
      TEXT.replace('ENV APP_HOME', 'ENV <|<|>APP_HOME|>'),
    )) {
      expect(computePrepareRename(document, position)).toEqual({ range: ranges[0], placeholder: 'APP_HOME' });
      const edit = computeRename(document, position, 'WEB_ROOT');
      expect(applyEdits(document, edit!.changes![TEST_URI])).toBe(
        withEol(TEXT.replaceAll('APP_HOME', 'WEB_ROOT').replace('# not $WEB_ROOT', '# not $APP_HOME'), eol),
      );
      expect(() => computeRename(document, position, '1bad')).toThrow(/not a variable name/);
    }
  });

  it('leaves shell variables the template does not define alone', () => {
    expectDefinition(TEXT.replace('$HOME', '$HO<|>ME'));
    for (const { document, position } of markedCases(TEXT.replace('$HOME', '$HO<|>ME'))) {
      expect(computePrepareRename(document, position)).toBeNull();
      expect(computeRename(document, position, 'X')).toBeUndefined();
    }
  });
});
