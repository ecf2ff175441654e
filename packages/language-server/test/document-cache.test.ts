// The per-document cache re-parses a new version from the previous one (core's reparse), with the same result as
// a whole parse, and lints the version it holds.
import { lint, parse } from '@buildcontent/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { lintDocument, templateOf } from '../src/document.js';

describe.each([
  ['\\n', '\n'],
  ['\\r\\n', '\r\n'],
])('document cache with %s line breaks', (_, eol) => {
  const text = ['FROM IMAGE:m-1', 'RUN echo a', 'ENV K=v', 'RUN yum install nginx', 'COPY a /b', 'USER root', ''].join(
    eol,
  );

  it('re-uses the commands before an edit in the middle and gives what parse gives', () => {
    const document = TextDocument.create('file:///p/a.buildcontent', 'buildcontent', 1, text);
    const first = templateOf(document);
    // Type on line 3 (`RUN yum install nginx` -> `RUN yum installx nginx`), then a new line after it.
    TextDocument.update(
      document,
      [{ range: { start: { line: 3, character: 15 }, end: { line: 3, character: 15 } }, text: 'x' }],
      2,
    );
    const second = templateOf(document);
    expect(second).toStrictEqual(parse(document.getText()));
    expect(second.commands[0]).toBe(first.commands[0]);
    expect(second.commands[4].offset).toBe(first.commands[4].offset + 1);
    TextDocument.update(
      document,
      [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: `WORKDIR /x${eol}` }],
      3,
    );
    const third = templateOf(document);
    expect(third).toStrictEqual(parse(document.getText()));
    expect(third.commands[5].range.start.line).toBe(5);
    expect(lintDocument(document, {})).toStrictEqual(lint(parse(document.getText())));
  });
});
