import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { computeCodeActions, FIX_ALL_KIND, FIX_ALL_TITLE, kindRequested, minimalEdit } from '../src/features/code-actions.js';
import { applyEdits, createDocument, LINE_ENDINGS, range, settings, TEST_URI, withEol } from './test-kit.js';

function editsOf(action: CodeAction | undefined): TextEdit[] {
  return action?.edit?.changes?.[TEST_URI] ?? [];
}

/** Every fixable code: the template, where the cursor is, the fix's title, and the text after the fix. */
const QUICK_FIXES = [
  { code: 'NotEmptyCommandContent.RESTART', text: 'RUN a\nRESTART now\n', at: [1, 9], title: 'Remove what follows RESTART', fixed: 'RUN a\nRESTART\n' },
  { code: 'EmptyCommandContent.RUN', text: 'RUN a\nRUN\nRESTART\n', at: [1, 1], title: 'Remove the empty RUN command', fixed: 'RUN a\nRESTART\n' },
  { code: 'EmptyCommandContent.WORKDIR', text: 'WORKDIR\nRUN a\n', at: [0, 0], title: 'Remove the empty WORKDIR command', fixed: 'RUN a\n' },
  { code: 'keyword-case', text: 'RUN a\nrun b\n', at: [1, 3], title: 'Change run to RUN', fixed: 'RUN a\nRUN b\n' },
  { code: 'InvalidCommandContent.ENV', text: 'ENV a=b\n', at: [0, 6], title: 'Put the value in double quotes', fixed: 'ENV a="b"\n' },
  { code: 'empty-continuation-line', text: 'RUN a \\\n\n  b\n', at: [1, 0], title: 'Remove the empty continuation line', fixed: 'RUN a \\\n  b\n' },
  { code: 'continuation-at-eof', text: 'RUN a \\', at: [0, 6], title: 'Remove the trailing continuation', fixed: 'RUN a' },
  { code: 'InvalidCommandContent.FROM', text: 'FROM image:m-1\nRUN a\n', at: [0, 6], title: 'Change image to IMAGE', fixed: 'FROM IMAGE:m-1\nRUN a\n' },
  { code: 'label-content', text: 'LABEL owner ops\n', at: [0, 7], title: 'Convert to key="value"', fixed: 'LABEL owner="ops"\n' },
  { code: 'DuplicatedCommand.FROM', text: 'FROM IMAGE:m-1\nFROM IMAGE:m-1\nRUN a\n', at: [1, 1], title: 'Remove this FROM', fixed: 'FROM IMAGE:m-1\nRUN a\n' },
  { code: 'from-ignored', text: 'FROM IMAGE:m-1\nRUN a\n', at: [0, 1], title: 'Remove the ignored FROM', fixed: 'RUN a\n', from: 'ignored' },
] as const;

/** Alternatives that need a person's choice: offered, never preferred, never part of the fix-all. */
const SUGGESTIONS = [
  { code: 'EmptyCommandContent.RUN', text: 'RUN\n', at: [0, 1], title: 'Fill RUN with its documented form', fixed: 'RUN echo "TODO: the command to run"\n' },
  { code: 'parser-directive', text: '# syntax=docker/dockerfile:1\nRUN a\n', at: [0, 3], title: 'Remove the syntax directive', fixed: 'RUN a\n' },
  { code: 'reboot-in-run', text: 'RUN yum update -y && reboot\n', at: [0, 22], title: 'Move the restart to a RESTART command', fixed: 'RUN yum update -y\nRESTART\n' },
  { code: 'reboot-in-run', text: 'RUN reboot\n', at: [0, 5], title: 'Replace with RESTART', fixed: 'RESTART\n' },
  // Meaning-changing fixes are suggestions only (issue 9).
  { code: 'InvalidImageTemplateCommand.NotSupported', text: 'ADD a.sh /tmp/\n', at: [0, 2], title: 'Change ADD to COPY', fixed: 'COPY a.sh /tmp/\n' },
  { code: 'package-install-without-yes', text: 'RUN yum install nginx\n', at: [0, 10], title: 'Add -y (answers yes to every prompt)', fixed: 'RUN yum install -y nginx\n' },
  { code: 'package-install-without-yes', text: 'RUN apt-get install curl\n', at: [0, 10], title: 'Add -y (answers yes to every prompt)', fixed: 'RUN apt-get install -y curl\n' },
  { code: 'InvalidCommandContent.CMD', text: "CMD ['nginx', '-g']\n", at: [0, 6], title: 'Convert to JSON with double quotes (runs without a shell)', fixed: 'CMD ["nginx", "-g"]\n' },
  { code: 'run-exec-form', text: 'RUN ["yum", "update"]\n', at: [0, 5], title: 'Convert to the shell form (runs through /bin/sh -c)', fixed: 'RUN yum update\n' },
  { code: 'unsupported-flag', text: 'COPY --chown=a:b x /y\n', at: [0, 6], title: 'Remove --chown=a:b (changes what COPY does)', fixed: 'COPY x /y\n' },
  { code: 'InvalidCommandContent.ENTRYPOINT', text: "ENTRYPOINT ['nginx']\n", at: [0, 12], title: 'Convert to JSON with double quotes (runs without a shell)', fixed: 'ENTRYPOINT ["nginx"]\n' },
  { code: 'DuplicatedCommand.FROM', text: 'FROM IMAGE:m-1\nFROM IMAGE:m-2\nRUN a\n', at: [1, 1], title: 'Remove this FROM (keeps the first source image)', fixed: 'FROM IMAGE:m-1\nRUN a\n' },
  { code: 'InvalidCommandOrder.FROM', text: 'RUN a\nFROM IMAGE:m-1\n', at: [1, 1], title: 'Move FROM to the top', fixed: 'FROM IMAGE:m-1\nRUN a\n' },
  { code: 'workdir-content', text: 'WORKDIR /opt/my app\n', at: [0, 17], title: 'Quote the path (if the blanks belong to it)', fixed: 'WORKDIR "/opt/my app"\n' },
] as const;

describe.each(LINE_ENDINGS)('quick fixes ($name)', ({ eol }) => {
  it.each(QUICK_FIXES)('$code: "$title"', (row) => {
    const { code, text, at, title, fixed } = row;
    const document = createDocument(text, eol);
    const from = 'from' in row ? row.from : undefined;
    const actions = computeCodeActions(document, { range: range(at[0], at[1], at[0], at[1]) }, settings({ from }));
    const fix = actions.find((action) => action.title === title);
    expect(fix, `actions: ${actions.map((a) => a.title).join(', ')}`).toBeDefined();
    expect(fix!.kind).toBe(CodeActionKind.QuickFix);
    expect(fix!.isPreferred).toBe(true);
    expect(fix!.diagnostics?.map((d) => d.code)).toEqual([code]);
    expect(applyEdits(document, editsOf(fix))).toBe(withEol(fixed, eol));
  });

  it.each(SUGGESTIONS)('$code: suggestion "$title"', ({ code, text, at, title, fixed }) => {
    const document = createDocument(text, eol);
    const actions = computeCodeActions(document, { range: range(at[0], at[1], at[0], at[1]) }, settings());
    const suggestion = actions.find((action) => action.title === title);
    expect(suggestion, `actions: ${actions.map((a) => a.title).join(', ')}`).toBeDefined();
    expect(suggestion!.isPreferred).toBe(false);
    expect(suggestion!.diagnostics?.map((d) => d.code)).toEqual([code]);
    expect(applyEdits(document, editsOf(suggestion))).toBe(withEol(fixed, eol));
  });

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
    expect(actions.filter((action) => action.title === FIX_ALL_TITLE).map((action) => action.kind)).toEqual([CodeActionKind.QuickFix]);
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
    expect(applyEdits(document, editsOf(convert))).toBe(withEol('RUN a\nLABEL maintainer="Jane \\"JD\\" Doe"\nEXPOSE 80\nRESTART\n', eol));
    const expose = computeCodeActions(document, { range: range(2, 1, 2, 1) }, settings());
    const remove = expose.find((action) => action.title === 'Remove this command')!;
    expect(editsOf(remove)).toEqual([{ range: range(2, 0, 3, 0), newText: '' }]);
    expect(applyEdits(document, editsOf(remove))).toBe(withEol('RUN a\nMAINTAINER Jane "JD" Doe\nRESTART\n', eol));
    // Neither is part of the fix-all: there is nothing to fix automatically here.
    expect(expose.some((action) => action.title === FIX_ALL_TITLE)).toBe(false);
  });

  it('offers the fix-all only under source.fixAll when asked for source actions', () => {
    const document = createDocument('RESTART now\n', eol);
    const actions = computeCodeActions(document, { range: range(0, 0, 0, 0), only: [CodeActionKind.Source] }, settings());
    expect(actions.map((action) => [action.title, action.kind])).toEqual([[FIX_ALL_TITLE, FIX_ALL_KIND]]);
  });

  it('offers suppression comments above the command and for the file', () => {
    const document = createDocument('RUN a\n  RESTART now\n', eol);
    const actions = computeCodeActions(document, { range: range(1, 10, 1, 10) }, settings());
    const forCommand = actions.find((action) => action.title === 'Ignore NotEmptyCommandContent.RESTART for this command');
    const forFile = actions.find((action) => action.title === 'Ignore NotEmptyCommandContent.RESTART in this file');
    expect(applyEdits(document, editsOf(forCommand))).toBe(
      withEol('RUN a\n  # buildcontent-ignore NotEmptyCommandContent.RESTART\n  RESTART now\n', eol),
    );
    expect(applyEdits(document, editsOf(forFile))).toBe(withEol('# buildcontent-ignore-file NotEmptyCommandContent.RESTART\nRUN a\n  RESTART now\n', eol));
    // Fixes come before suppressions.
    expect(actions[0].title).toBe('Remove what follows RESTART');
  });

  it('puts the file-wide suppression below the parser directives', () => {
    const document = createDocument('# escape=`\nRESTART now', eol);
    const actions = computeCodeActions(document, { range: range(1, 9, 1, 9) }, settings());
    const forFile = actions.find((action) => action.title.endsWith('in this file'));
    expect(applyEdits(document, editsOf(forFile))).toBe(withEol('# escape=`\n# buildcontent-ignore-file NotEmptyCommandContent.RESTART\nRESTART now', eol));
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
