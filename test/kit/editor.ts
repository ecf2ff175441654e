// Editor-feature assertions: one template string with markers (markers.ts) in, the language server's feature
// function run on it once with `\n` and once with `\r\n`, and every range checked exactly against the marked one.
// The helpers return what they got per line ending, for the few assertions a case adds of its own.
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  Hover,
  Location,
  MarkupContent,
  Position,
  Range,
  TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect } from 'vitest';
import { computeCodeActions } from '../../packages/language-server/src/features/code-actions.js';
import { computeCompletion, type CompletionOptions } from '../../packages/language-server/src/features/completion.js';
import {
  computeDiagnostics,
  type DiagnosticsContext,
} from '../../packages/language-server/src/features/diagnostics.js';
import { computeHover, type HoverOptions } from '../../packages/language-server/src/features/hover.js';
import { computeDefinition, computeReferences } from '../../packages/language-server/src/features/variables.js';
import { mergeSettings, type ServerSettings } from '../../packages/language-server/src/settings.js';
import { LINE_ENDINGS, parseMarkers, withEol, type Eol } from './markers.js';

export const TEST_URI = 'file:///work/project/build.buildcontent';

/** A marked template as one line ending sees it. */
export interface MarkedDocument {
  eol: Eol;
  /** `LF` or `CRLF`, for assertion messages. */
  name: string;
  document: TextDocument;
  /** The `<|>` position; tests that need one fail when it is missing. */
  position: Position;
  /** The `<|...|>` ranges, in the order they open. */
  ranges: Range[];
}

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

export function position(line: number, character: number): Position {
  return { line, character };
}

/** The server's settings: its defaults under the given ones. */
export function settings(partial: Partial<ServerSettings> = {}): ServerSettings {
  return mergeSettings(partial);
}

/** A document with no markers, its line breaks turned into `eol`. */
export function createDocument(text: string, eol: Eol = '\n', uri = TEST_URI): TextDocument {
  return TextDocument.create(uri, 'buildcontent', 1, withEol(text, eol));
}

/** Applies LSP text edits to a document's text (edits must not overlap). */
export function applyEdits(document: TextDocument, edits: TextEdit[]): string {
  return TextDocument.applyEdits(document, edits);
}

/** The marked template with `eol` line breaks: the document without markers, the cursor and the ranges. */
export function documentAt(marked: string, eol: Eol = '\n', uri = TEST_URI): MarkedDocument {
  const { text, cursor, ranges } = parseMarkers(withEol(marked, eol));
  const document = TextDocument.create(uri, 'buildcontent', 1, text);
  const toRange = (span: { start: number; end: number }): Range => ({
    start: document.positionAt(span.start),
    end: document.positionAt(span.end),
  });
  return {
    eol,
    name: eol === '\n' ? 'LF' : 'CRLF',
    document,
    get position(): Position {
      if (cursor === undefined) throw new Error(`the template needs a <|> cursor marker: ${JSON.stringify(marked)}`);
      return document.positionAt(cursor);
    },
    ranges: ranges.map(toRange),
  };
}

/** The marked template once per line ending. */
export function markedCases(marked: string, uri = TEST_URI): MarkedDocument[] {
  return LINE_ENDINGS.map(({ eol }) => documentAt(marked, eol, uri));
}

function onlyRange(marked: MarkedDocument, template: string): Range {
  if (marked.ranges.length !== 1)
    throw new Error(`the template needs exactly one <|...|> range: ${JSON.stringify(template)}`);
  return marked.ranges[0];
}

/** What a hover must say: its whole text, or pieces it must contain. */
export type ExpectedHover = string | { contains: string[] } | null;

/**
 * The hover at `<|>` covers exactly the `<|...|>` range and says `expected`; `null` when there must be none.
 * Returns the hovers (LF first).
 */
export function expectHover(
  template: string,
  expected: ExpectedHover,
  options: HoverOptions = {},
): Array<Hover | null> {
  return markedCases(template).map((marked) => {
    const hover = computeHover(marked.document, marked.position, options);
    if (expected === null) {
      expect(hover, marked.name).toBeNull();
      return hover;
    }
    expect(hover, marked.name).not.toBeNull();
    expect(hover!.range, marked.name).toEqual(onlyRange(marked, template));
    const value = (hover!.contents as MarkupContent).value;
    if (typeof expected === 'string') expect(value, marked.name).toBe(expected);
    else for (const piece of expected.contains) expect(value, marked.name).toContain(piece);
    return hover;
  });
}

/** A completion item by its label, with the fields that must match (`newText` in LF; CRLF runs convert it). */
export type ExpectedCompletion =
  string | { label: string; newText?: string; detail?: string; kind?: CompletionItem['kind'] };

export interface ExpectCompletionOptions extends CompletionOptions {
  /** `exact` (default): these labels and no others, in this order; `includes`: at least these. */
  match?: 'exact' | 'includes';
}

/**
 * The completion at `<|>` offers `expected`; where the template marks a `<|...|>` range, every item's edit
 * replaces exactly that range. Returns the items (LF first).
 */
export function expectCompletion(
  template: string,
  expected: ExpectedCompletion[],
  options: ExpectCompletionOptions = {},
): CompletionItem[][] {
  const { match = 'exact', ...completionOptions } = options;
  return markedCases(template).map((marked) => {
    const items = computeCompletion(marked.document, marked.position, completionOptions);
    const labels = items.map((item) => item.label);
    const wanted = expected.map((entry) => (typeof entry === 'string' ? entry : entry.label));
    if (match === 'exact') expect(labels, marked.name).toEqual(wanted);
    else expect(labels, marked.name).toEqual(expect.arrayContaining(wanted));
    for (const entry of expected) {
      if (typeof entry === 'string') continue;
      const item = items.find((candidate) => candidate.label === entry.label)!;
      if (entry.newText !== undefined)
        expect((item.textEdit as TextEdit).newText, `${marked.name} ${entry.label}`).toBe(
          withEol(entry.newText, marked.eol),
        );
      if (entry.detail !== undefined) expect(item.detail, `${marked.name} ${entry.label}`).toBe(entry.detail);
      if (entry.kind !== undefined) expect(item.kind, `${marked.name} ${entry.label}`).toBe(entry.kind);
    }
    if (marked.ranges.length > 0) {
      const replaced = onlyRange(marked, template);
      for (const item of items)
        expect((item.textEdit as TextEdit | undefined)?.range, `${marked.name} ${item.label}`).toEqual(replaced);
    }
    return items;
  });
}

/** Go-to-definition at `<|>` finds exactly the `<|...|>` ranges (none marked: finds nothing). */
export function expectDefinition(template: string): Location[][] {
  return markedCases(template).map((marked) => {
    const locations = computeDefinition(marked.document, marked.position);
    expect(locations, marked.name).toEqual(marked.ranges.map((definition) => ({ uri: TEST_URI, range: definition })));
    return locations;
  });
}

/** Find-references at `<|>` finds exactly the `<|...|>` ranges, in document order. */
export function expectReferences(template: string, includeDeclaration: boolean): Location[][] {
  return markedCases(template).map((marked) => {
    const locations = computeReferences(marked.document, marked.position, includeDeclaration);
    expect(locations, marked.name).toEqual(marked.ranges.map((reference) => ({ uri: TEST_URI, range: reference })));
    return locations;
  });
}

export interface ExpectQuickFixOptions {
  /** The code of the finding the action fixes. */
  code?: string;
  /** A rule's own fix is preferred (true); a suggestion is not (false). Unchecked when left out. */
  preferred?: boolean;
  settings?: Partial<ServerSettings>;
}

/**
 * The code action titled `title` at `<|>` turns the template into `fixed` (written with `\n`; CRLF runs
 * convert it). Returns the actions offered (LF first).
 */
export function expectQuickFix(
  template: string,
  title: string,
  fixed: string,
  options: ExpectQuickFixOptions = {},
): CodeAction[][] {
  return markedCases(template).map((marked) => {
    const at = { start: marked.position, end: marked.position };
    const actions = computeCodeActions(marked.document, { range: at }, settings(options.settings));
    const action = actions.find((candidate) => candidate.title === title);
    expect(action, `${marked.name}: offered ${actions.map((candidate) => candidate.title).join(', ')}`).toBeDefined();
    if (options.preferred !== undefined) expect(action!.isPreferred, marked.name).toBe(options.preferred);
    if (options.code !== undefined)
      expect(
        action!.diagnostics?.map((diagnostic) => diagnostic.code),
        marked.name,
      ).toEqual([options.code]);
    expect(applyEdits(marked.document, action!.edit?.changes?.[TEST_URI] ?? []), marked.name).toBe(
      withEol(fixed, marked.eol),
    );
    return actions;
  });
}

export interface ExpectDiagnosticsOptions {
  settings?: Partial<ServerSettings>;
  context?: DiagnosticsContext;
}

/**
 * The template's diagnostics are exactly `codes`, in order, the n-th at the n-th `<|...|>` range. Returns the
 * diagnostics (LF first).
 */
export function expectDiagnostics(
  template: string,
  codes: string[],
  options: ExpectDiagnosticsOptions = {},
): Diagnostic[][] {
  return markedCases(template).map((marked) => {
    if (marked.ranges.length !== codes.length)
      throw new Error(`${codes.length} codes but ${marked.ranges.length} <|...|> ranges: ${JSON.stringify(template)}`);
    const diagnostics = computeDiagnostics(marked.document, settings(options.settings), options.context);
    expect(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]),
      marked.name,
    ).toEqual(codes.map((code, index) => [code, marked.ranges[index]]));
    return diagnostics;
  });
}
