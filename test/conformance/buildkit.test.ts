// Docker's own parser corpus (moby/buildkit), read from ../shared/conformance/buildkit.
// All 33 cases: same logical commands (keywords) as Docker. Cases that use only our command set: the same
// arguments too, byte for byte against Docker's dump. testfile-line: Docker's line ranges.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, parse } from '../../packages/core/src/index.js';
import { buildkitDump } from './buildkit-dump.js';

const corpus = resolve(__dirname, '../../../shared/conformance/buildkit');
const present = existsSync(join(corpus, 'testfiles'));
if (!present) console.warn(`SKIPPED: buildkit conformance corpus not found at ${corpus}`);

const OUR_KEYWORDS = new Set(['from', 'run', 'env', 'workdir', 'copy', 'user', 'label', 'cmd', 'entrypoint']);
const cases = present ? readdirSync(join(corpus, 'testfiles')).sort() : [];
const read = (c: string, f: string) => readFileSync(join(corpus, 'testfiles', c, f), 'utf8');
const resultLines = (c: string) =>
  read(c, 'result')
    .split('\n')
    .filter((l) => l.length > 0);
const keywordOf = (line: string) => /^\(([a-z]+)/.exec(line)![1];
const inSubset = (c: string) => resultLines(c).every((l) => OUR_KEYWORDS.has(keywordOf(l)));

describe.skipIf(!present)('buildkit corpus', () => {
  it('has the 33 positive cases, 16 of them within our command set', () => {
    expect(cases).toHaveLength(33);
    expect(cases.filter(inSubset)).toHaveLength(16);
  });

  for (const name of cases) {
    for (const eol of ['\n', '\r\n']) {
      const label = eol === '\n' ? 'LF' : 'CRLF';
      it(`${name} (${label}): same logical commands as Docker`, () => {
        const template = parse(read(name, 'Dockerfile').replace(/\r?\n/g, eol));
        expect(template.commands.map((c) => c.keyword.toLowerCase())).toEqual(resultLines(name).map(keywordOf));
        expect(template.syntaxProblems).toEqual([]);
      });
      if (inSubset(name)) {
        it(`${name} (${label}): same arguments as Docker's dump`, () => {
          const template = parse(read(name, 'Dockerfile').replace(/\r?\n/g, eol));
          expect(template.commands.map(buildkitDump)).toEqual(resultLines(name));
        });
      }
    }
  }

  it('testfile-line: commands span lines 5-5, 11-12 and 17-31 (1-based), as Docker says', () => {
    const template = parse(readFileSync(join(corpus, 'testfile-line', 'Dockerfile'), 'utf8'));
    expect(template.commands.map((c) => [c.range.start.line + 1, c.range.end.line + 1])).toEqual([
      [5, 5],
      [11, 12],
      [17, 31],
    ]);
  });

  describe('negative cases: diagnosed, never thrown', () => {
    const negative = (c: string) => readFileSync(join(corpus, 'testfiles-negative', c, 'Dockerfile'), 'utf8');
    it('empty_dockerfile: no commands', () => {
      expect(parse(negative('empty_dockerfile')).commands).toEqual([]);
    });
    it('only_comments: two comments, no commands', () => {
      const template = parse(negative('only_comments'));
      expect(template.commands).toEqual([]);
      expect(template.comments.map((c) => c.text)).toEqual(['# Hello', '# These are just comments']);
    });
    it('env_no_value: ENV PATH is reported as malformed ENV', () => {
      const found = lint(negative('env_no_value')).filter((d) => d.code === 'InvalidCommandContent.ENV');
      expect(found.map((d) => d.range)).toEqual([{ start: { line: 2, character: 4 }, end: { line: 2, character: 8 } }]);
    });
    it('shykes-nested-json: a nested JSON array is reported as malformed CMD', () => {
      const found = lint(negative('shykes-nested-json')).filter((d) => d.code === 'InvalidCommandContent.CMD');
      expect(found.map((d) => d.range)).toEqual([
        { start: { line: 0, character: 4 }, end: { line: 0, character: 33 } },
      ]);
    });
  });
});
