// One-line component cases: «» mark the expected range; every case runs with \n and \r\n.
import { expect, it } from 'vitest';
import { lintComponent, type ComponentFormat, type ComponentLintOptions } from '../../src/index.js';
import { EOLS, marked } from '../kit.js';

const named = (source: string) => JSON.stringify(source.length > 60 ? `${source.slice(0, 57)}...` : source);

/**
 * A code, or the service's refusal of component content (`InvalidParameter.Content`) from one rule: several
 * rules report that code, each under its own rule id, always as an error.
 */
export type Match = string | { refusedBy: string };

export const REFUSED = 'InvalidParameter.Content';

const label = (match: Match) => (typeof match === 'string' ? match : `${REFUSED} (${match.refusedBy})`);

function findings(format: ComponentFormat, text: string, match: Match, options?: ComponentLintOptions) {
  const found = lintComponent(text, format, options);
  if (typeof match === 'string') return found.filter((d) => d.code === match);
  const refused = found.filter((d) => d.code === REFUSED && d.rule === match.refusedBy);
  expect(refused.map((d) => d.severity)).toEqual(refused.map(() => 'error'));
  return refused;
}

/** The code is reported once per marked range (marks: «» for one; several cases for several). */
export function catchesIn(format: ComponentFormat, source: string, code: Match, options?: ComponentLintOptions): void {
  for (const [name, eol] of EOLS) {
    it(`${format} ${name}: ${label(code)} in ${named(source)}`, () => {
      const { text, range } = marked(source, eol);
      expect(findings(format, text, code, options).map((d) => d.range)).toEqual([range]);
    });
  }
}

export function passesIn(format: ComponentFormat, source: string, code: Match, options?: ComponentLintOptions): void {
  for (const [name, eol] of EOLS) {
    it(`${format} ${name}: no ${label(code)} in ${named(source)}`, () => {
      const { text } = marked(source, eol);
      expect(findings(format, text, code, options)).toEqual([]);
    });
  }
}

/** The message of the one finding of `code` contains `part`. */
export function saysIn(
  format: ComponentFormat,
  source: string,
  code: Match,
  part: string,
  options?: ComponentLintOptions,
): void {
  it(`${format}: ${label(code)} says ${JSON.stringify(part)} for ${named(source)}`, () => {
    const [finding] = findings(format, marked(source).text, code, options);
    expect(finding?.message).toContain(part);
  });
}
