// Test helpers: documents written with `\n` and a cursor marker `|`, turned into either line ending.
import type { Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeSettings, type ServerSettings } from '../src/settings.js';

export const TEST_URI = 'file:///work/project/build.buildcontent';

/** Every case that depends on line breaks runs once per style. */
export const LINE_ENDINGS = [
  { name: 'LF', eol: '\n' },
  { name: 'CRLF', eol: '\r\n' },
] as const;

export type Eol = '\n' | '\r\n';

export function withEol(text: string, eol: Eol): string {
  return text.replace(/\r?\n/g, eol);
}

export function createDocument(text: string, eol: Eol = '\n', uri = TEST_URI): TextDocument {
  return TextDocument.create(uri, 'buildcontent', 1, withEol(text, eol));
}

/** `RUN| echo`: the document without the marker, and the marker's position. */
export function documentAtCursor(textWithCursor: string, eol: Eol = '\n', uri = TEST_URI): { document: TextDocument; position: Position } {
  const converted = withEol(textWithCursor, eol);
  const offset = converted.indexOf('|');
  if (offset === -1 || converted.indexOf('|', offset + 1) !== -1) throw new Error('the text needs exactly one | cursor marker');
  const document = TextDocument.create(uri, 'buildcontent', 1, converted.slice(0, offset) + converted.slice(offset + 1));
  return { document, position: document.positionAt(offset) };
}

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

export function position(line: number, character: number): Position {
  return { line, character };
}

export function settings(partial: Partial<ServerSettings> = {}): ServerSettings {
  return mergeSettings(partial);
}

/** Applies LSP text edits to a document's text (edits must not overlap). */
export function applyEdits(document: TextDocument, edits: Array<{ range: Range; newText: string }>): string {
  return TextDocument.applyEdits(document, edits);
}
