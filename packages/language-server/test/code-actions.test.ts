import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  createDocument,
  expectQuickFix,
  LINE_ENDINGS,
  markedCases,
  range,
  settings,
  TEST_URI,
  withEol,
} from '../../../test/kit/index.js';
import {
  computeCodeActions,
  FIX_ALL_KIND,
  FIX_ALL_TITLE,
  kindRequested,
  minimalEdit,
} from '../src/features/code-actions.js';
import { lintFindings } from '../src/features/diagnostics.js';

function editsOf(action: CodeAction | undefined): TextEdit[] {
  return action?.edit?.changes?.[TEST_URI] ?? [];
}

// Each rule's fix and suggestion texts are core's and tested there (packages/core/test/checks/fix-titles.test.ts);
// here: that every one of them reaches the editor as it is, preferred or not.
describe('quick fixes from the rules', () => {
  it("offers each finding's fix (preferred) and suggestions (not preferred) with core's titles and edits", () => {
    const template = 'run a\nRESTART now\nADD x /tmp/\nRUN yum install nginx | tee log\nLABEL owner ops\n';
    for (const { document, name } of markedCases(template)) {
      const findings = lintFindings(document, settings());
      expect(findings.filter((finding) => finding.fix || finding.suggestions).length, name).toBeGreaterThanOrEqual(5);
      for (const finding of findings) {
        const actions = computeCodeActions(
          document,
          { range: { start: finding.range.start, end: finding.range.start } },
          settings(),
        );
        const offered = (fix: { title: string; edits: TextEdit[] }, preferred: boolean) => ({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: preferred,
          diagnostics: [expect.objectContaining({ code: finding.code, range: finding.range })],
          edit: { changes: { [TEST_URI]: fix.edits } },
        });
        const expected = [
          ...(finding.fix ? [offered(finding.fix, true)] : []),
          ...(finding.suggestions ?? []).map((suggestion) => offered(suggestion, false)),
        ];
        expect(actions, `${name} ${finding.code}`).toEqual(expect.arrayContaining(expected));
      }
    }
  });

  it('applies a fix in a template with shell pipes', () => {
    expectQuickFix('RUN a | b\nRESTART n<|>ow\n', 'Remove what follows RESTART', 'RUN a | b\nRESTART\n', {
      code: 'NotEmptyCommandContent.RESTART',
      preferred: true,
    });
  });

  it('applies a suggestion, which is never preferred', () => {
    expectQuickFix(
      'RUN yum ins<|>tall nginx | tee log\n',
      'Add -y (answers yes to every prompt)',
      'RUN yum install -y nginx | tee log\n',
      {
        code: 'package-install-without-yes',
        preferred: false,
      },
    );
  });

  it('applies the fix of the FROM behaviour the settings choose', () => {
    expectQuickFix('<|>FROM IMAGE:m-1\nRUN a\n', 'Remove the ignored FROM', 'RUN a\n', {
      code: 'from-ignored',
      preferred: true,
      settings: { from: 'ignored' },
    });
  });
});

describe.each(LINE_ENDINGS)('code actions ($name)', ({ eol }) => {
  it('offers no quick fix for a finding the cursor is not on', () => {
    const document = createDocument('RUN a\nRESTART now\n', eol);
    const actions = computeCodeActions(document, { range: range(0, 2, 0, 2) }, settings());
    expect(actions.filter((action) => action.kind === CodeActionKind.QuickFix)).toEqual([]);
  });

  it('offers the fix for a finding the client names in its context, wherever the cursor is on the line', () => {
    const document = createDocument('RUN a\nRESTART now\n', eol);
    const named = { range: range(1, 8, 1, 11), message: 'x', code: 'NotEmptyCommandContent.RESTART' };
    const actions = computeCodeActions(document, { range: range(1, 0, 1, 0), diagnostics: [named] }, settings());
    expect(actions[0].title).toBe('Remove what follows RESTART');
  });

  it('fixes everything at once with one minimal edit, as lint --fix does', () => {
    const document = createDocument('run a\nRESTART now\nADD x /tmp/\n', eol);
    const actions = computeCodeActions(document, { range: range(1, 9, 1, 9) }, settings());
    // One fix-all in a menu that lists every kind; the source kind when asked for by name (fix on save).
    expect(actions.filter((action) => action.title === FIX_ALL_TITLE).map((action) => action.kind)).toEqual([
      CodeActionKind.QuickFix,
    ]);
    const onSave = computeCodeActions(document, { range: range(1, 9, 1, 9), only: [FIX_ALL_KIND] }, settings());
    const asSource = onSave.find((action) => action.kind === FIX_ALL_KIND);
    expect(editsOf(actions.find((action) => action.title === FIX_ALL_TITLE))).toEqual(editsOf(asSource));
    const edits = editsOf(asSource);
    expect(edits).toHaveLength(1);
    // ADD -> COPY is a suggestion (it changes meaning): the fix-all leaves it.
    expect(edits[0].range).toEqual(range(0, 0, 1, 11));
    expect(applyEdits(document, edits)).toBe(withEol('RUN a\nRESTART\nADD x /tmp/\n', eol));
  });

  it('offers "Convert to LABEL maintainer=..." for MAINTAINER and "Remove this command" for unsupported commands, outside the fix-all', () => {
    const document = createDocument('RUN a\nMAINTAINER Jane "JD" Doe\nEXPOSE 80\nRESTART\n', eol);
    const maintainer = computeCodeActions(document, { range: range(1, 2, 1, 2) }, settings());
    const convert = maintainer.find((action) => action.title.startsWith('Convert to LABEL'))!;
    expect(convert.title).toBe('Convert to LABEL maintainer="Jane \\"JD\\" Doe"');
    expect(convert.isPreferred).toBe(false);
    expect(applyEdits(document, editsOf(convert))).toBe(
      withEol('RUN a\nLABEL maintainer="Jane \\"JD\\" Doe"\nEXPOSE 80\nRESTART\n', eol),
    );
    const expose = computeCodeActions(document, { range: range(2, 1, 2, 1) }, settings());
    const remove = expose.find((action) => action.title === 'Remove this command')!;
    expect(editsOf(remove)).toEqual([{ range: range(2, 0, 3, 0), newText: '' }]);
    expect(applyEdits(document, editsOf(remove))).toBe(withEol('RUN a\nMAINTAINER Jane "JD" Doe\nRESTART\n', eol));
    // Neither is part of the fix-all: there is nothing to fix automatically here.
    expect(expose.some((action) => action.title === FIX_ALL_TITLE)).toBe(false);
  });

  it('offers the fix-all only under source.fixAll when asked for source actions', () => {
    const document = createDocument('RESTART now\n', eol);
    const actions = computeCodeActions(
      document,
      { range: range(0, 0, 0, 0), only: [CodeActionKind.Source] },
      settings(),
    );
    expect(actions.map((action) => [action.title, action.kind])).toEqual([[FIX_ALL_TITLE, FIX_ALL_KIND]]);
  });

  it('offers suppression comments above the command and for the file', () => {
    const document = createDocument('RUN a\n  RESTART now\n', eol);
    const actions = computeCodeActions(document, { range: range(1, 10, 1, 10) }, settings());
    const forCommand = actions.find(
      (action) => action.title === 'Ignore NotEmptyCommandContent.RESTART for this command',
    );
    const forFile = actions.find((action) => action.title === 'Ignore NotEmptyCommandContent.RESTART in this file');
    expect(applyEdits(document, editsOf(forCommand))).toBe(
      withEol('RUN a\n  # buildcontent-ignore NotEmptyCommandContent.RESTART\n  RESTART now\n', eol),
    );
    expect(applyEdits(document, editsOf(forFile))).toBe(
      withEol('# buildcontent-ignore-file NotEmptyCommandContent.RESTART\nRUN a\n  RESTART now\n', eol),
    );
    // Fixes come before suppressions.
    expect(actions[0].title).toBe('Remove what follows RESTART');
  });

  it('puts the file-wide suppression below the parser directives', () => {
    const document = createDocument('# escape=`\nRESTART now', eol);
    const actions = computeCodeActions(document, { range: range(1, 9, 1, 9) }, settings());
    const forFile = actions.find((action) => action.title.endsWith('in this file'));
    expect(applyEdits(document, editsOf(forFile))).toBe(
      withEol('# escape=`\n# buildcontent-ignore-file NotEmptyCommandContent.RESTART\nRESTART now', eol),
    );
  });

  it('the suppression it writes silences the finding', async () => {
    const document = createDocument('RESTART now\n', eol);
    const actions = computeCodeActions(document, { range: range(0, 9, 0, 9) }, settings());
    const forCommand = actions.find((action) => action.title.endsWith('for this command'));
    const suppressed = createDocument(applyEdits(document, editsOf(forCommand)), eol);
    const { computeDiagnostics } = await import('../src/features/diagnostics.js');
    expect(computeDiagnostics(suppressed, settings())).toEqual([]);
  });
});

describe('kindRequested', () => {
  it('matches kinds hierarchically', () => {
    expect(kindRequested('source.fixAll.buildcontent', ['source'])).toBe(true);
    expect(kindRequested('source.fixAll.buildcontent', ['source.fixAll'])).toBe(true);
    expect(kindRequested('quickfix', ['source'])).toBe(false);
    expect(kindRequested('sourcefoo', ['source'])).toBe(false);
    expect(kindRequested('quickfix', undefined)).toBe(true);
  });
});

describe('minimalEdit', () => {
  it('keeps the common prefix and suffix and never splits a CRLF', () => {
    const document = createDocument('a\r\nb\r\nc', '\r\n');
    const edit = minimalEdit(document, 'a\r\nc');
    expect(edit).toBeDefined();
    expect(applyEdits(document, [edit!])).toBe('a\r\nc');
    expect(minimalEdit(document, 'a\r\nb\r\nc')).toBeUndefined();
    const crlf = createDocument('x\r\n', '\r\n');
    const toLf = minimalEdit(crlf, 'x\n');
    expect(toLf!.range).toEqual(range(0, 1, 1, 0));
  });
});
