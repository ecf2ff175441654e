// The checks of issue 10 ("New checks"): one line per case, exact ranges, each with \n and \r\n (kit).
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { catches, EOLS, fixes, passes, suggestsOnly } from '../kit.js';

describe('copy-unsupported-scheme', () => {
  const code = 'copy-unsupported-scheme';
  catches('COPY «oss://my-bucket/app.tgz» /opt/', code);
  catches('COPY «s3://bucket/key» /opt/', code);
  catches('COPY «OSS://b/k» /opt/', code);
  catches('COPY «ftp://example.com/f» /opt/', code);
  catches('RUN a\nCOPY \\\n  «oss://b/k» /opt/', code);
  passes('COPY https://example.com/a.tgz /opt/', code);
  passes('COPY HTTP://example.com/a.tgz /opt/', code);
  passes('COPY /tmp/oss:/x /opt/', code);
  passes('COPY ./file /opt/', code);
  it('names OSSDownload for oss://', () => {
    expect(lint('COPY oss://b/k /opt/').find((d) => d.code === code)?.message).toContain('OSSDownload');
  });
});

describe('copy-json-form', () => {
  const code = 'copy-json-form';
  catches('COPY «["a", "/opt/"]»', code);
  catches('COPY «["a","/opt/"]»', code);
  catches('COPY «["a b", "/opt/"]»', code);
  passes('COPY a /opt/', code);
  passes('COPY [a] /opt/', code);
  fixes('COPY ["a", "/opt/"]', code, 'COPY a /opt/');
  fixes('COPY ["https://example.com/x", "/opt/"]\nRUN b', code, 'COPY https://example.com/x /opt/\nRUN b');
  it('offers no fix when an element needs quoting', () => {
    for (const [, eol] of EOLS) {
      const [finding] = lint(`COPY ["a b", "/opt/"]${eol}`).filter((d) => d.code === code);
      expect(finding.fix).toBeUndefined();
    }
  });
  it('is the only finding: copy-operands does not count the brackets', () => {
    expect(lint('COPY ["a","/opt/"]').map((d) => d.code)).toEqual([code]);
  });
});

describe('invalid-env-name', () => {
  const code = 'invalid-env-name';
  catches('ENV «my-var»=1', code);
  catches('ENV «1X» y', code);
  catches('ENV A="1" «a.b»="x"', code);
  catches('ENV \\\n  «my-var»="1"', code);
  passes('ENV _A1="x" b="y"', code);
  passes('ENV PATH /usr/bin', code);
  suggestsOnly('ENV my-var="1"', code, 'ENV my_var="1"');
  suggestsOnly('ENV 1X y', code, 'ENV _1X y');
});

describe('repeated-cmd / repeated-entrypoint', () => {
  catches('«CMD ["a"]»\nRUN x\nCMD ["b"]', 'repeated-cmd');
  catches('«CMD a \\\n  b»\nCMD ["b"]', 'repeated-cmd');
  catches('«ENTRYPOINT ["a"]»\nENTRYPOINT ["b"]', 'repeated-entrypoint');
  passes('CMD ["a"]\nENTRYPOINT ["b"]', 'repeated-cmd');
  passes('CMD ["a"]\nENTRYPOINT ["b"]', 'repeated-entrypoint');
  suggestsOnly('CMD ["a"]\nCMD ["b"]', 'repeated-cmd', 'CMD ["b"]');
  it('reports every earlier one, naming the line that takes effect', () => {
    const found = lint('CMD a\nCMD b\nCMD c').filter((d) => d.code === 'repeated-cmd');
    expect(found.map((d) => [d.range.start.line, d.message])).toEqual([
      [0, 'Only the last CMD takes effect (line 3); this one is overridden.'],
      [1, 'Only the last CMD takes effect (line 3); this one is overridden.'],
    ]);
  });
});

describe('empty-exec-form', () => {
  const code = 'empty-exec-form';
  catches('CMD «[]»', code);
  catches('CMD «[ ]»', code);
  catches('ENTRYPOINT «[]»', code);
  catches('RUN «[]»', code);
  passes('CMD ["a"]', code);
  passes('CMD echo []', code);
  suggestsOnly('RUN a\nCMD []', code, 'RUN a');
});

describe('nul-character / bidi-control-character', () => {
  catches('RUN echo «\u0000» hi', 'nul-character');
  catches('# a «\u0000» comment\nRUN a', 'nul-character');
  catches('RUN echo "«\u202E»cba"', 'bidi-control-character');
  catches('ENV A="x«\u2066»"', 'bidi-control-character');
  catches('RUN a \\\n  «\u200F»b', 'bidi-control-character');
  for (const ch of [
    '\u200E',
    '\u200F',
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ]) {
    catches(`LABEL a="«${ch}»"`, 'bidi-control-character');
  }
  passes('RUN echo "\u200D\u2065\u206A\u202F"', 'bidi-control-character');
  passes('\uFEFFRUN echo hi', 'bidi-control-character');
  suggestsOnly('RUN echo "\u202Eabc"', 'bidi-control-character', 'RUN echo "abc"');
  it('reports each character of a run over exactly that character', () => {
    const found = lint('RUN a\u202E\u2066b').filter((d) => d.code === 'bidi-control-character');
    expect(found.map((d) => [d.range.start.character, d.range.end.character])).toEqual([
      [5, 6],
      [6, 7],
    ]);
    expect(found[0].message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
  });
});

describe('linux-only-command', () => {
  const code = 'linux-only-command';
  const windows = { params: { sourceOsType: 'windows' as const } };
  catches('«RUN» echo hi', code, windows);
  catches('COMPONENT ic-a\n«ENV» A="1"', code, windows);
  catches('«copy» a b', code, windows);
  passes('COMPONENT ic-a\nRESTART', code, windows);
  passes('RUN echo hi', code, { params: { sourceOsType: 'linux' } });
  passes('RUN echo hi', code);
});
