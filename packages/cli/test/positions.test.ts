// Item: a UTF-8 BOM does not shift line 1's columns, and columns are UTF-16 code units (as LSP and editors count)
// in every format, 1-based where the format expects it. Each case runs with \n and \r\n line breaks.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { runCli, tempDir } from './cli-kit.js';

/** Line 1: RESTART's content `😀x` starts at column 9 and ends before column 12 (the emoji is two code units). */
const template = (eol: string, bom: boolean) => `${bom ? '\ufeff' : ''}RESTART 😀x${eol}RESTART now${eol}`;
const EXPECTED = [
  [1, 9, 1, 12],
  [2, 9, 2, 12],
];
/** Formats that carry only where a finding starts. */
const START_ONLY = new Set(['stylish', 'gnu', 'checkstyle', 'junit']);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

/** Each format's positions as [line, column, endLine?, endColumn?]. */
const READERS: Record<string, (out: string) => number[][]> = {
  stylish: (out) => [...out.matchAll(/^t\.buildcontent:(\d+):(\d+) /gm)].map((m) => [Number(m[1]), Number(m[2])]),
  gnu: (out) => [...out.matchAll(/^t\.buildcontent:(\d+):(\d+): /gm)].map((m) => [Number(m[1]), Number(m[2])]),
  github: (out) =>
    [...out.matchAll(/line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+)/g)].map((m) => m.slice(1).map(Number)),
  json: (out) => JSON.parse(out)[0].messages.map((m: any) => [m.line, m.column, m.endLine, m.endColumn]),
  sarif: (out) =>
    JSON.parse(out).runs[0].results.map(
      ({
        locations: [
          {
            physicalLocation: { region: r },
          },
        ],
      }: any) => [r.startLine, r.startColumn, r.endLine, r.endColumn],
    ),
  checkstyle: (out) => xml.parse(out).checkstyle.file.error.map((e: any) => [Number(e.line), Number(e.column)]),
  junit: (out) =>
    xml.parse(out).testsuites.testsuite.testcase.map((t: any) =>
      t.name
        .match(/:(\d+):(\d+) /)
        .slice(1)
        .map(Number),
    ),
  gitlab: (out) => JSON.parse(out).map((i: any) => [i.location.lines.begin, i.location.lines.end]),
};

const cases = Object.keys(READERS).flatMap(
  (format) =>
    [
      [format, '\\n', false],
      [format, '\\n', true],
      [format, '\\r\\n', true],
    ] as Array<[string, string, boolean]>,
);

describe('positions', () => {
  it.each(cases)(
    '%s with %s line breaks, BOM %s: line 1 columns not shifted, UTF-16 columns',
    async (format, eolName, bom) => {
      const eol = eolName === '\\n' ? '\n' : '\r\n';
      const dir = tempDir({ 't.buildcontent': template(eol, bom) });
      const { stdout } = await runCli(main, ['lint', '-f', format, 't.buildcontent'], { cwd: dir });
      const expected =
        format === 'gitlab'
          ? EXPECTED.map(([line, , endLine]) => [line, endLine])
          : START_ONLY.has(format)
            ? EXPECTED.map((p) => p.slice(0, 2))
            : EXPECTED;
      expect(READERS[format](stdout)).toEqual(expected);
    },
  );

  it('stdin with a BOM counts the same as a file', async () => {
    const { stdout } = await runCli(main, ['lint', '-f', 'json', '-'], {
      stdin: Buffer.from(template('\n', true), 'utf8'),
    });
    expect(JSON.parse(stdout)[0].messages.map((m: any) => [m.line, m.column, m.endLine, m.endColumn])).toEqual(
      EXPECTED,
    );
  });
});
