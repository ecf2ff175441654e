// Template generators for the property suites (vitest at a bounded count, `npm run fuzz` at 100,000 cases).
// Texts are built from the pieces that break things: continuations, comment lines inside them, both escape
// characters, quotes, tabs and control characters, JSON arrays, BOMs, CRLF, flags and look-alike keywords.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const examplesDir = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** The bundled examples, as written. */
export const exampleTemplates: string[] = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.buildcontent'))
  .sort()
  .map((name) => readFileSync(examplesDir + name, 'utf8'));

const keyword = fc.constantFrom(
  'RUN',
  'run',
  'Run',
  'ENV',
  'LABEL',
  'CMD',
  'ENTRYPOINT',
  'entrypoınt',
  'COPY',
  'FROM',
  'COMPONENT',
  'WORKDIR',
  'USER',
  'RESTART',
  'restart',
  'ADD',
  'RUNN',
  'REBOOT',
  'MAINTAINER',
  'ſun',
  'ＲＵＮ',
  'workdir',
);

const piece = fc.constantFrom(
  'echo',
  'hello',
  'a',
  'b=c',
  'key=value',
  'k="v w"',
  "k='v'",
  "'single'",
  '"double"',
  '"unterminated',
  "'open",
  '--chown=a:b',
  '--from=build',
  '--mount=type=cache,target=/x',
  '--a',
  '--port',
  '80',
  '--name=x',
  '--',
  'ic-abc123',
  'acs:ecs:cn-hangzhou:123:imagecomponent/Name/1.0.0',
  'IMAGE:m-1',
  'image:m-1',
  'IMAGE_FAMILY:web',
  '["a", "b c"]',
  "['a', 'b']",
  '["a\\nb"]',
  '["tab\\there"]',
  '[ -f x ]',
  '[',
  ']',
  '[]',
  '["x"',
  'yum install nginx',
  'apt-get install curl',
  '&& reboot',
  '; shutdown -r now',
  'reboot',
  '<<EOF',
  'C:\\dir',
  'C:`dir',
  '$HOME',
  '${X}',
  'now',
  '\t',
  'x\ty',
  'x\u001by',
  '\u00a0',
  'é',
  '😀',
  '\\\\',
  '`',
  '#',
  '# not a comment',
  '=',
  '==',
  '"a" b',
  'a"b',
  '\uFEFF',
  'https://example.com/a.tgz?x=1',
  '/opt/my app',
  '/tmp/',
);

const blanks = fc.constantFrom(' ', '  ', '\t', ' \t ');

/** One physical line's worth of command text (before a continuation or line break). */
const commandLine = fc
  .tuple(keyword, fc.array(fc.tuple(blanks, piece), { maxLength: 6 }))
  .map(([k, parts]) => k + parts.map(([b, p]) => b + p).join(''));

const argumentLine = fc
  .array(fc.tuple(blanks, piece), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.map(([b, p]) => b + p).join(''));

/** A command, possibly continued over several lines, with comment and empty lines inside. */
const command = (escape: string) =>
  fc
    .tuple(
      commandLine,
      fc.array(
        fc.oneof(
          { weight: 4, arbitrary: argumentLine },
          { weight: 1, arbitrary: fc.constantFrom('# inner comment', '  # note', '', '   ') },
        ),
        { maxLength: 4 },
      ),
      fc.boolean(),
    )
    .map(([first, more, continueAtEnd]) => {
      const lines = [first, ...more];
      return lines.map((line, i) => (i < lines.length - 1 || continueAtEnd ? `${line} ${escape}` : line));
    });

const topLevel = fc.constantFrom(
  '# a comment',
  '# buildcontent-ignore keyword-case',
  '# buildcontent-ignore-file unquoted-value',
  '',
  '  ',
);

/** A whole generated template: directives, commands, comments; LF or CRLF; maybe a BOM. */
export const generatedTemplate: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '# escape=`', '# escape=\\', '# syntax=docker/dockerfile:1'),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
    fc.array(
      fc.oneof({ weight: 1, arbitrary: topLevel.map((l) => [l]) }, { weight: 4, arbitrary: fc.constant(null) }),
      { minLength: 1, maxLength: 8 },
    ),
    fc.array(fc.constant(0), { maxLength: 8 }),
  )
  .chain(([directive, eol, bom, slots]) => {
    const escape = directive === '# escape=`' ? '`' : '\\';
    return fc.tuple(...slots.map((slot) => (slot ? fc.constant(slot) : command(escape)))).map((blocks) => {
      const lines = [...(directive ? [directive] : []), ...blocks.flat()];
      return (bom ? '\uFEFF' : '') + lines.join(eol) + (lines.length % 2 === 0 ? eol : '');
    });
  });

/** An example (not the ones at the size limits: those run as they are) with generated lines spliced in at a random line. */
export const mutatedExample: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...exampleTemplates.filter((t) => t.length < 4096)), generatedTemplate, fc.nat())
  .map(([example, insert, at]) => {
    const lines = example.split('\n');
    const index = at % (lines.length + 1);
    return [...lines.slice(0, index), insert.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), ...lines.slice(index)].join(
      '\n',
    );
  });

/** Random characters from the alphabet that matters, with no structure at all. */
export const noiseTemplate: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      'RUN',
      'ENV',
      'LABEL',
      'CMD',
      'COPY',
      'FROM',
      'COMPONENT',
      'RESTART',
      'x',
      '=',
      '"',
      "'",
      '[',
      ']',
      ',',
      '\\',
      '`',
      '#',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '--a',
      'é',
      '😀',
      '\uFEFF',
      '<<EOF',
      '\u2028',
      '\u0000',
      '# escape=`\n',
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

/** Every shape together, for the never-throw and position properties. */
export const anyTemplate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...exampleTemplates),
  generatedTemplate,
  mutatedExample,
  noiseTemplate,
  fc.string({ unit: 'binary', maxLength: 200 }),
);
