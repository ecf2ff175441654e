// The service's own error codes: one line per case, exact ranges, each with \n and \r\n.
import { describe } from 'vitest';
import { catches, fixes, passes, suggests, suggestsOnly } from '../kit.js';

describe('EmptyCommandContent.*', () => {
  for (const kw of ['RUN', 'ENV', 'WORKDIR', 'COPY', 'USER', 'LABEL', 'CMD', 'ENTRYPOINT']) {
    catches(`«${kw}»`, `EmptyCommandContent.${kw}`);
    catches(`RUN echo\n«${kw}»   \nRESTART`, `EmptyCommandContent.${kw}`);
  }
  catches('«RUN» \\\n  # only a comment', 'EmptyCommandContent.RUN');
  catches('«run»', 'EmptyCommandContent.RUN');
  passes('RUN echo hi', 'EmptyCommandContent.RUN');
  passes('RUN \\\n  echo hi', 'EmptyCommandContent.RUN');
  passes('CMD []', 'EmptyCommandContent.CMD');
  fixes('RUN echo a\nRUN\nRUN echo b', 'EmptyCommandContent.RUN', 'RUN echo a\nRUN echo b');
  fixes('RUN echo a\nRUN', 'EmptyCommandContent.RUN', 'RUN echo a');
  suggests('USER  \nRUN a', 'EmptyCommandContent.USER', 'USER root\nRUN a');
  suggests('CMD', 'EmptyCommandContent.CMD', 'CMD ["executable", "param1"]');
});

describe('NotEmptyCommandContent.RESTART', () => {
  catches('RESTART «now»', 'NotEmptyCommandContent.RESTART');
  catches('RESTART «-f now»', 'NotEmptyCommandContent.RESTART');
  catches('RESTART \\\n  «now»', 'NotEmptyCommandContent.RESTART');
  passes('RESTART', 'NotEmptyCommandContent.RESTART');
  passes('RESTART   ', 'NotEmptyCommandContent.RESTART');
  fixes('RESTART now\nRUN x', 'NotEmptyCommandContent.RESTART', 'RESTART\nRUN x');
});

describe('InvalidImageTemplateCommand.NotSupported', () => {
  for (const kw of [
    'ADD',
    'ARG',
    'EXPOSE',
    'VOLUME',
    'ONBUILD',
    'HEALTHCHECK',
    'SHELL',
    'MAINTAINER',
    'STOPSIGNAL',
    'RUNN',
  ]) {
    catches(`«${kw}» x y`, 'InvalidImageTemplateCommand.NotSupported');
  }
  catches('RUN a\n  «add» a b', 'InvalidImageTemplateCommand.NotSupported');
  catches('«RUN["a"]»', 'InvalidImageTemplateCommand.NotSupported');
  passes('COPY a b\nRESTART', 'InvalidImageTemplateCommand.NotSupported');
  suggestsOnly(
    'ADD https://example.com/a.tgz /opt/',
    'InvalidImageTemplateCommand.NotSupported',
    'COPY https://example.com/a.tgz /opt/',
  );
  suggestsOnly('REBOOT', 'InvalidImageTemplateCommand.NotSupported', 'RESTART');
  suggestsOnly('ENTRYPIONT ["a"]', 'InvalidImageTemplateCommand.NotSupported', 'ENTRYPOINT ["a"]');
});

describe('InvalidBuildContent.LengthExceeded', () => {
  const line = (i: number) => `RUN echo ${String(i).padStart(3, '0')} ${'x'.repeat(110)}`; // 123 characters
  const big = Array.from({ length: 140 }, (_, i) => line(i)).join('\n'); // 140 * 124 - 1 = 17359 bytes
  // Line 133 (0-based 132) is the first that no longer fits: 132 * 124 = 16368 <= 16384 < 133 * 124.
  const marker = big.split('\n');
  marker[132] = `«${marker[132]}`;
  catches(`${marker.join('\n')}»`, 'InvalidBuildContent.LengthExceeded');
  passes(
    Array.from({ length: 130 }, (_, i) => line(i))
      .join('\n')
      .slice(0, 16000),
    'InvalidBuildContent.LengthExceeded',
  );
  // Comment lines are stripped from what is sent, so they do not count by default...
  passes(`${'# '.padEnd(10000, 'c')}\n${'# '.padEnd(10000, 'c')}\nRUN echo hi`, 'InvalidBuildContent.LengthExceeded');
  // ...but do with keepComments.
  catches(`# ${'c'.repeat(9998)}\n«# ${'c'.repeat(9998)}\nRUN echo hi»`, 'InvalidBuildContent.LengthExceeded', {
    keepComments: true,
  });
  // Bytes of UTF-8, not characters: 6000 three-byte characters are 18000 bytes.
  catches(`«RUN echo ${'中'.repeat(6000)}»`, 'InvalidBuildContent.LengthExceeded');
});

describe('InvalidImageTemplateCommandSize.ExceededMaxNumber', () => {
  const runs = (n: number) => Array.from({ length: n }, (_, i) => `RUN echo ${i}`);
  const lines = runs(129);
  catches(
    `${lines.slice(0, 127).join('\n')}\n«${lines.slice(127).join('\n')}»`,
    'InvalidImageTemplateCommandSize.ExceededMaxNumber',
  );
  passes(runs(127).join('\n'), 'InvalidImageTemplateCommandSize.ExceededMaxNumber');
  // Comments, blank lines and continuation lines do not count.
  passes(
    `${runs(126).join('\n# comment\n\n')}\nRUN a \\\n  b \\\n  c`,
    'InvalidImageTemplateCommandSize.ExceededMaxNumber',
  );
});

describe('FROM (override behaviour, the default)', () => {
  catches('FROM «ubuntu:22.04»', 'InvalidCommandContent.FROM');
  catches('FROM «m-bp67acfmxazb4p1234»', 'InvalidCommandContent.FROM');
  catches('FROM «OSS:bucket/object»', 'InvalidCommandContent.FROM');
  catches('FROM «image»:m-1', 'InvalidCommandContent.FROM');
  catches('FROM «IMAGE:m-1 extra»', 'InvalidCommandContent.FROM');
  catches('FROM «IMAGE:»', 'InvalidCommandContent.FROM');
  catches('«FROM»', 'InvalidCommandContent.FROM');
  passes('FROM IMAGE:m-bp67acfmxazb4p1234', 'InvalidCommandContent.FROM');
  passes('FROM IMAGE_FAMILY:acs:alibaba_cloud_linux_3_2104_lts_x64', 'InvalidCommandContent.FROM');
  fixes('FROM image_family:web', 'InvalidCommandContent.FROM', 'FROM IMAGE_FAMILY:web');

  catches('FROM IMAGE:m-1\nRUN a\n«FROM» IMAGE:m-2', 'DuplicatedCommand.FROM');
  passes('FROM IMAGE:m-1\nRUN a', 'DuplicatedCommand.FROM');
  suggestsOnly(
    'FROM IMAGE:m-1\nRUN a\nFROM IMAGE:m-2\nRUN b',
    'DuplicatedCommand.FROM',
    'FROM IMAGE:m-1\nRUN a\nRUN b',
  );
  fixes('FROM IMAGE:m-1\nRUN a\nFROM IMAGE:m-1\nRUN b', 'DuplicatedCommand.FROM', 'FROM IMAGE:m-1\nRUN a\nRUN b');

  catches('RUN a\n«FROM» IMAGE:m-2', 'InvalidCommandOrder.FROM');
  passes('# comment first\n\nFROM IMAGE:m-1\nRUN a', 'InvalidCommandOrder.FROM');
  suggestsOnly(
    '# top\nRUN a\nENV b c\nFROM IMAGE:m-1\nRUN d',
    'InvalidCommandOrder.FROM',
    '# top\nFROM IMAGE:m-1\nRUN a\nENV b c\nRUN d',
  );
  suggestsOnly('RUN a\nFROM IMAGE:m-1', 'InvalidCommandOrder.FROM', 'FROM IMAGE:m-1\nRUN a');

  // With the newer API's behaviour FROM is ignored, but its codes are still in today's error table:
  // the same errors (reworded, tagged Deprecated; see from-wording.test.ts) plus the deprecation warning.
  catches('RUN a\n«FROM ubuntu»\n', 'from-ignored', { from: 'ignored' });
  catches('FROM «ubuntu»\nRUN a', 'InvalidCommandContent.FROM', { from: 'ignored' });
  catches('FROM IMAGE:m-1\nRUN a\n«FROM» IMAGE:m-2', 'DuplicatedCommand.FROM', { from: 'ignored' });
  catches('RUN a\n«FROM» IMAGE:m-2', 'InvalidCommandOrder.FROM', { from: 'ignored' });
  passes('FROM IMAGE:m-1', 'from-ignored');
  fixes('FROM IMAGE:m-1\nRUN a', 'from-ignored', 'RUN a', { from: 'ignored' });
});

describe('InvalidCommandContent.COPY', () => {
  catches('COPY «/opt/app»', 'InvalidCommandContent.COPY');
  passes('COPY a b c d', 'InvalidCommandContent.COPY');
  passes('COPY https://example.com/a.tgz /opt/', 'InvalidCommandContent.COPY');
  passes('COPY "my file" /opt/', 'InvalidCommandContent.COPY');
  passes('COPY --chown=a a b', 'InvalidCommandContent.COPY');
});

describe('InvalidCommandContent.CMD / ENTRYPOINT / RUN (exec form)', () => {
  catches("CMD «['echo','hi']»", 'InvalidCommandContent.CMD');
  catches('CMD «["nginx", "-g"»', 'InvalidCommandContent.CMD');
  catches('CMD «["unterminated]»', 'InvalidCommandContent.CMD');
  catches('ENTRYPOINT «[ "app", [ "nested" ] ]»', 'InvalidCommandContent.ENTRYPOINT');
  catches('ENTRYPOINT «[1, 2]»', 'InvalidCommandContent.ENTRYPOINT');
  catches("RUN «['/bin/sh', '-c', 'echo hi']»", 'InvalidCommandContent.RUN');
  passes('CMD ["nginx", "-g", "daemon off;"]', 'InvalidCommandContent.CMD');
  passes('CMD nginx -g "daemon off;"', 'InvalidCommandContent.CMD');
  passes('CMD []', 'InvalidCommandContent.CMD');
  passes('RUN [ -f /etc/motd ] && cat /etc/motd', 'InvalidCommandContent.RUN');
  suggestsOnly("CMD ['echo', 'a \"b\"']", 'InvalidCommandContent.CMD', 'CMD ["echo", "a \\"b\\""]');
  suggestsOnly("ENTRYPOINT ['a','b c']", 'InvalidCommandContent.ENTRYPOINT', 'ENTRYPOINT ["a","b c"]');
});

describe('InvalidCommandContent.ENV / LABEL', () => {
  catches('ENV «PATH»', 'InvalidCommandContent.ENV');
  catches('ENV a="1" «b»', 'InvalidCommandContent.ENV');
  catches('ENV a="1" «=»"2"', 'InvalidCommandContent.ENV');
  catches('ENV «a="1»', 'InvalidCommandContent.ENV');
  // The documented quoting rule: ENV k=v without double quotes is the service's ENV refusal.
  catches('ENV a=«1»', 'InvalidCommandContent.ENV');
  catches('ENV a="1" b=«\'2\'»', 'InvalidCommandContent.ENV');
  fixes('ENV a=1', 'InvalidCommandContent.ENV', 'ENV a="1"');
  passes('LABEL «version 1.0»', 'InvalidCommandContent.LABEL');
  passes('ENV PATH /usr/local/bin:$PATH', 'InvalidCommandContent.ENV');
  passes('ENV a="1" b="2"', 'InvalidCommandContent.ENV');
  passes('ENV a="1 \\\n  2"', 'InvalidCommandContent.ENV');
});

// USER and WORKDIR with blanks: Docker takes the rest of the line; no documented refusal (practices.test.ts).
describe('no InvalidCommandContent.USER / WORKDIR for blanks', () => {
  passes('USER app admin', 'InvalidCommandContent.USER');
  passes('WORKDIR /opt/my app', 'InvalidCommandContent.WORKDIR');
});
