// Test kit: «» mark the expected range inside the text; every case runs with \n and with \r\n line breaks.
import { expect, it } from 'vitest';
import { applyFixes, lint, type Diagnostic, type LintOptions, type Range } from '../src/index.js';

/** Short test names: long inputs are cut. */
const named = (source: string) => JSON.stringify(source.length > 60 ? `${source.slice(0, 57)}...` : source);

export const EOLS = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
] as const;

/** Strips the «» markers and returns the text with the range they enclosed. */
export function marked(source: string, eol = '\n'): { text: string; range?: Range } {
  const text = source.replace(/\n/g, eol);
  const start = text.indexOf('«');
  const end = text.indexOf('»');
  const clean = text.replace(/[«»]/g, '');
  if (start === -1) return { text: clean };
  const pos = (offset: number) => {
    const before = clean.slice(0, offset).split(/\r\n|\n/);
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return { text: clean, range: { start: pos(start), end: pos(end - 1) } };
}

export function findingsOf(text: string, code: string, options?: LintOptions): Diagnostic[] {
  return lint(text, options).filter((d) => d.code === code);
}

/** The code is reported exactly once, over exactly the marked range. */
export function catches(source: string, code: string, options?: LintOptions): void {
  for (const [name, eol] of EOLS) {
    it(`${name}: ${code} in ${named(source)}`, () => {
      const { text, range } = marked(source, eol);
      expect(findingsOf(text, code, options).map((d) => d.range)).toEqual([range]);
    });
  }
}

/** The code is not reported. */
export function passes(source: string, code: string, options?: LintOptions): void {
  for (const [name, eol] of EOLS) {
    it(`${name}: no ${code} in ${named(source)}`, () => {
      const { text } = marked(source, eol);
      expect(findingsOf(text, code, options)).toEqual([]);
    });
  }
}

/** Applying the code's fixes turns the text into the expected one. */
export function fixes(source: string, code: string, expected: string, options?: LintOptions): void {
  for (const [name, eol] of EOLS) {
    it(`${name}: fix ${code} in ${named(source)}`, () => {
      const text = source.replace(/\n/g, eol);
      const found = findingsOf(text, code, options);
      expect(found.length).toBeGreaterThan(0);
      expect(applyFixes(text, found).text).toBe(expected.replace(/\n/g, eol));
    });
  }
}

/** Applying the code's first suggestion (an editor-only alternative fix) turns the text into the expected one. */
export function suggests(source: string, code: string, expected: string, options?: LintOptions): void {
  for (const [name, eol] of EOLS) {
    it(`${name}: suggestion for ${code} in ${named(source)}`, () => {
      const text = source.replace(/\n/g, eol);
      const [finding] = findingsOf(text, code, options);
      expect(finding?.suggestions?.length).toBeGreaterThan(0);
      expect(applyFixes(text, [{ ...finding, fix: finding.suggestions![0] }]).text).toBe(expected.replace(/\n/g, eol));
    });
  }
}

/** The code has no automatic fix (it would change the template's meaning); its first suggestion gives the expected text. */
export function suggestsOnly(source: string, code: string, expected: string, options?: LintOptions): void {
  for (const [name, eol] of EOLS) {
    it(`${name}: no automatic fix for ${code} in ${named(source)}`, () => {
      const text = source.replace(/\n/g, eol);
      const found = findingsOf(text, code, options);
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((d) => d.fix)).toEqual(found.map(() => undefined));
      expect(applyFixes(text, found).text).toBe(text);
    });
  }
  suggests(source, code, expected, options);
}
