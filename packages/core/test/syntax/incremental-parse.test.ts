// The incremental re-parse gives exactly what a whole parse gives: the whole template (commands, ranges,
// comments, directives, problems) and the lint's diagnostics, after random edits of generated templates.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/checks/registry.js';
import type { Template } from '../../src/syntax/ast.js';
import { reparse, reparseSlice } from '../../src/syntax/incremental-parse.js';
import { parse } from '../../src/syntax/parse.js';
import { exampleTemplates, generatedTemplate, mutatedExample, noiseTemplate } from '../properties/templates.js';

/** Replace `remove` characters at `at` (both taken modulo the text) with `insert`. */
interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const applyEdit = (text: string, { at, remove, insert }: Edit): string => {
  const start = at % (text.length + 1);
  const end = Math.min(text.length, start + remove);
  return text.slice(0, start) + insert + text.slice(end);
};

/** What an author types, and the characters that change how lines and words are read. */
const typed = fc
  .array(
    fc.constantFrom(
      'x',
      'a',
      '1',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '\\',
      '`',
      '"',
      "'",
      '#',
      '[',
      ']',
      ',',
      '=',
      '-',
      '--',
      'RUN ',
      'ENV ',
      'COPY ',
      'é',
      '😀',
      '\u00a0',
      '\u3000',
      '\u2028',
    ),
    { maxLength: 10 },
  )
  .map((pieces) => pieces.join('').slice(0, 20));

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 })),
  insert: fc.oneof(fc.constant(''), typed),
});

/** A template and a few edits in a row (each re-parse starts from the previous one, as the server chains them). */
const editedTemplate = fc.tuple(
  fc.oneof(
    { weight: 3, arbitrary: generatedTemplate },
    // Longer templates, where most edits fall after the first command.
    { weight: 3, arbitrary: fc.array(generatedTemplate, { minLength: 2, maxLength: 4 }).map((t) => t.join('\n')) },
    { weight: 2, arbitrary: mutatedExample },
    { weight: 1, arbitrary: fc.constantFrom(...exampleTemplates) },
    { weight: 1, arbitrary: noiseTemplate },
  ),
  fc.boolean(),
  fc.array(edit, { minLength: 1, maxLength: 4 }),
);

/**
 * `toStrictEqual` (undefined keys, prototypes), through node's own comparison first: vitest's matcher took most of
 * the property's time, and runs here only to show the difference when there is one.
 */
function expectStrictEqual(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toStrictEqual(expected);
}

/**
 * Asserts the re-parse of `next` from `previous` is the whole parse of `next`, and lints the same when the incremental
 * path was taken (a fallback is `parse(next)` itself). Returns the re-parse and whether it was incremental.
 */
function reparseChecked(previous: Template, next: string): { template: Template; incremental: boolean } {
  const whole = parse(next);
  const incremental = reparseSlice(previous, next);
  if (!incremental) {
    const template = reparse(previous, next);
    expectStrictEqual(template, whole);
    return { template, incremental: false };
  }
  expectStrictEqual(incremental, whole);
  expectStrictEqual(lint(incremental), lint(whole));
  return { template: incremental, incremental: true };
}

/** {@link reparseChecked}, for an edit that must take the incremental path. */
function expectSameAsParse(previous: Template, next: string): Template {
  const { template, incremental } = reparseChecked(previous, next);
  expect(incremental).toBe(true);
  return template;
}

describe('reparse: the same template as a whole parse', () => {
  it('after random edits of generated, mutated and example templates, LF and CRLF (fast-check, 1,200 cases of 1-4 edits: about 3,000 edits)', () => {
    let edits = 0;
    let incremental = 0;
    fc.assert(
      fc.property(editedTemplate, ([original, crlf, steps]) => {
        let text = crlf ? original.replace(/\r?\n/g, '\r\n') : original;
        let template = parse(text);
        for (const step of steps) {
          const next = applyEdit(text, step);
          edits++;
          const checked = reparseChecked(template, next);
          if (checked.incremental) incremental++;
          template = checked.template;
          text = next;
        }
      }),
      { numRuns: 1200, seed: 12 },
    );
    // The comparison means something only if many edits took the incremental path, not the whole parse (about
    // 40% do: the others fall in the first command of the many short generated templates).
    expect(incremental / edits).toBeGreaterThan(0.3);
  });

  it('while typing a line in the middle of an example, character by character, then deleting it', () => {
    for (const eol of ['\n', '\r\n']) {
      const original = exampleTemplates.reduce((a, b) => (b.length > a.length ? b : a)).replace(/\r?\n/g, eol);
      const middle = original.indexOf(eol, original.length >> 1) + eol.length;
      const line = `RUN echo "a b" \\${eol}  && echo [x] # y${eol}`;
      let template = parse(original);
      let text = original;
      for (let i = 1; i <= line.length; i++) {
        const next = original.slice(0, middle) + line.slice(0, i) + original.slice(middle);
        template = expectSameAsParse(template, next);
        text = next;
      }
      for (let i = line.length - 1; i >= 0; i--) {
        const next = original.slice(0, middle) + line.slice(0, i) + original.slice(middle);
        template = expectSameAsParse(template, next);
        text = next;
      }
      expect(text).toBe(original);
    }
  });
});

describe.each([
  ['\\n', '\n'],
  ['\\r\\n', '\r\n'],
])('reparse with %s line breaks', (_, eol) => {
  const lines = (...l: string[]) => l.join(eol) + eol;
  const long = lines('FROM IMAGE:m-1', 'RUN a', '# note', 'RUN b \\', '  c', 'ENV K=v', 'COPY a /b', 'USER root');

  it('re-reads only the commands around the edit; the ones before are the previous objects', () => {
    const previous = parse(long);
    const next = long.replace('RUN b', 'RUN bb');
    const re = reparseSlice(previous, next);
    expect(re).toStrictEqual(parse(next));
    expect(re?.commands[0]).toBe(previous.commands[0]);
    expect(re?.commands[4].offset).toBe(previous.commands[4].offset + 1);
  });

  it('moves the lines of the commands after an edit that adds a line', () => {
    const previous = parse(long);
    const next = long.replace(`RUN a${eol}`, `RUN a${eol}RUN a2${eol}`);
    const re = reparseSlice(previous, next);
    expect(re).toStrictEqual(parse(next));
    expect(re?.commands[6].range.start.line).toBe(previous.commands[5].range.start.line + 1);
  });

  it('re-reads a command a new continuation joins to the next one', () => {
    const previous = parse(long);
    expectSameAsParse(previous, long.replace('RUN a', 'RUN a \\'));
  });

  it('falls back to a whole parse for an edit in the first command (directives, BOM, escape character)', () => {
    const text = lines('# escape=`', 'RUN a `', '  b', 'RUN c \\', '  d', 'RUN e');
    const previous = parse(text);
    for (const next of [text.replace('escape=`', 'escape=\\'), `\uFEFF${text}`, text.replace('RUN a', 'RUN x')]) {
      expect(reparseChecked(previous, next).incremental).toBe(false);
    }
  });

  it('falls back to a whole parse when the previous template has syntax problems', () => {
    const clean = parse(long);
    const previous: Template = {
      ...clean,
      syntaxProblems: [{ offset: 0, endOffset: 1, range: clean.commands[0].keywordNode.range, message: 'x' }],
    };
    const next = long.replace('USER root', 'USER admin');
    expect(reparseSlice(previous, next)).toBeUndefined();
    expect(reparse(previous, next)).toStrictEqual(parse(next));
  });

  it('gives the previous template back when the text did not change', () => {
    const previous = parse(long);
    expect(reparse(previous, long)).toBe(previous);
  });
});
