// One-line component cases: «» mark the expected range; every case runs with \n and \r\n.
import { expect, it } from 'vitest';
import { lintComponent, type ComponentFormat, type ComponentLintOptions } from '../../src/index.js';
import { EOLS, marked } from '../kit.js';

const named = (source: string) => JSON.stringify(source.length > 60 ? `${source.slice(0, 57)}...` : source);

function findings(format: ComponentFormat, text: string, code: string, options?: ComponentLintOptions) {
  return lintComponent(text, format, options).filter((d) => d.code === code);
}

/** The code is reported once per marked range (marks: «» for one; several cases for several). */
export function catchesIn(format: ComponentFormat, source: string, code: string, options?: ComponentLintOptions): void {
  for (const [name, eol] of EOLS) {
    it(`${format} ${name}: ${code} in ${named(source)}`, () => {
      const { text, range } = marked(source, eol);
      expect(findings(format, text, code, options).map((d) => d.range)).toEqual([range]);
    });
  }
}

export function passesIn(format: ComponentFormat, source: string, code: string, options?: ComponentLintOptions): void {
  for (const [name, eol] of EOLS) {
    it(`${format} ${name}: no ${code} in ${named(source)}`, () => {
      const { text } = marked(source, eol);
      expect(findings(format, text, code, options)).toEqual([]);
    });
  }
}

/** The message of the one finding of `code` contains `part`. */
export function saysIn(format: ComponentFormat, source: string, code: string, part: string, options?: ComponentLintOptions): void {
  it(`${format}: ${code} says ${JSON.stringify(part)} for ${named(source)}`, () => {
    const [finding] = findings(format, marked(source).text, code, options);
    expect(finding?.message).toContain(part);
  });
}
