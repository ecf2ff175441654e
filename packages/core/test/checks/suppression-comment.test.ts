// # buildcontent-ignore comments name codes that exist: an unknown one is an error at its exact range.
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { readSuppression } from '../../src/checks/suppressions.js';
import { EOLS, marked } from '../kit.js';

describe('suppression-comment', () => {
  for (const [eolName, eol] of EOLS) {
    it(`reports an unknown code at its range, with did-you-mean (${eolName})`, () => {
      const { text, range } = marked(
        'RUN a\n  # buildcontent-ignore copy-url, «copy-url-qery» # reason\nCOPY https://x/a?b /a\n',
        eol,
      );
      expect(lint(text).filter((d) => d.rule === 'suppression-comment')).toEqual([
        expect.objectContaining({
          code: 'suppression-unknown-code',
          severity: 'error',
          range,
          message:
            'buildcontent-ignore: unknown code or rule id "copy-url-qery" (did you mean "copy-url-query"?); the comment suppresses nothing under that name.',
        }),
      ]);
    });

    it(`names the new code of a code the severity policy renamed, with a fix (${eolName})`, () => {
      const { text, range } = marked('# buildcontent-ignore «InvalidCommandContent.LABEL»\nLABEL version 1.0\n', eol);
      expect(lint(text).filter((d) => d.rule === 'suppression-comment')).toEqual([
        expect.objectContaining({
          code: 'suppression-unknown-code',
          range,
          message:
            'buildcontent-ignore: "InvalidCommandContent.LABEL" is now "label-content" (the service documents no such refusal, so the finding is a warning with our own code): write "label-content"; the comment suppresses nothing under that name.',
          suggestions: [{ title: 'Change to label-content', edits: [{ range, newText: 'label-content' }] }],
        }),
      ]);
      // The new code suppresses the finding the old one named.
      expect(lint(`# buildcontent-ignore label-content${eol}LABEL version 1.0${eol}`)).toEqual([]);
    });

    it(`checks the file-wide form too (${eolName})`, () => {
      const { text, range } = marked('# buildcontent-ignore-file «nope»\nRUN a\n', eol);
      expect(lint(text).map((d) => [d.code, d.range])).toEqual([['suppression-unknown-code', range]]);
    });
  }

  it('accepts known codes and rule ids, and leaves other comments alone', () => {
    expect(
      lint(
        '# buildcontent-ignore keyword-case,EmptyCommandContent.RUN\nrun\n# buildcontent-ignorexyz\n# just a comment\n',
      ),
    ).toEqual([]);
  });

  it('reads the codes of a pragma in one pass', () => {
    expect(readSuppression('# buildcontent-ignore a, b\tc # d e')).toEqual({
      fileWide: false,
      codes: [
        { code: 'a', start: 22 },
        { code: 'b', start: 25 },
        { code: 'c', start: 27 },
      ],
    });
    expect(readSuppression('#buildcontent-ignore-file x')).toEqual({
      fileWide: true,
      codes: [{ code: 'x', start: 26 }],
    });
    expect(readSuppression('# buildcontent-ignored a')).toBeUndefined();
    expect(readSuppression('# buildcontent-ignore # only a reason')).toBeUndefined();
    expect(readSuppression('#')).toBeUndefined();
  });
});
