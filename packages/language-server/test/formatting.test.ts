import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type Command } from '@buildcontent/core';
import { describe, expect, it } from 'vitest';
import { computeFormatting, computeRangeFormatting } from '../src/features/formatting.js';
import { applyEdits, createDocument, LINE_ENDINGS, range, withEol } from '../../../test/kit/index.js';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');

function format(text: string, eol: '\n' | '\r\n', options = {}): string {
  const document = createDocument(text, eol);
  return applyEdits(document, computeFormatting(document, options));
}

describe.each(LINE_ENDINGS)('computeFormatting ($name)', ({ eol }) => {
  it('upper-cases keywords, removes indentation before them and leaves one space after them, one edit per line', () => {
    const document = createDocument('  run   echo a\nenv\ta="1"\nRESTART   \n', eol);
    const edits = computeFormatting(document);
    expect(edits).toEqual([
      { range: range(0, 0, 0, 7), newText: 'RUN' },
      { range: range(1, 0, 1, 4), newText: 'ENV ' },
      { range: range(2, 7, 2, 10), newText: '' },
    ]);
    expect(applyEdits(document, edits)).toBe(withEol('RUN echo a\nENV a="1"\nRESTART\n', eol));
  });

  it('indents continuation lines and comments inside a command by one level, and drops blanks after `\\`', () => {
    const text = 'run yum install -y nginx \\   \n      # why\n  && yum clean all \\\n   \n\t&& echo done\n';
    expect(format(text, eol)).toBe(
      withEol('RUN yum install -y nginx \\\n    # why\n    && yum clean all \\\n\n    && echo done\n', eol),
    );
  });

  it("indents with the editor's tab size, or a tab", () => {
    const text = 'RUN a \\\n        && b\n';
    expect(format(text, eol, { tabSize: 2, insertSpaces: true })).toBe(withEol('RUN a \\\n  && b\n', eol));
    expect(format(text, eol, { tabSize: 4, insertSpaces: false })).toBe(withEol('RUN a \\\n\t&& b\n', eol));
  });

  it('puts one space before a continuation right after the keyword', () => {
    expect(format('RUN\\\n  echo a\n', eol)).toBe(withEol('RUN \\\n    echo a\n', eol));
  });

  it('spaces JSON arrays and COPY operands', () => {
    const text =
      'CMD ["nginx","-g" ,  "daemon off;"]\nentrypoint   [ "a" ]\nCOPY   https://example.com/a.sh     /tmp/\n';
    expect(format(text, eol)).toBe(
      withEol('CMD ["nginx", "-g", "daemon off;"]\nENTRYPOINT ["a"]\nCOPY https://example.com/a.sh /tmp/\n', eol),
    );
  });

  it('takes the indentation off comments', () => {
    expect(format('   # a comment   \nRUN a\n\t# another\n', eol)).toBe(
      withEol('# a comment\nRUN a\n# another\n', eol),
    );
  });

  it('leaves a value continued inside quotes as written: its blanks belong to the value', () => {
    const text = 'LABEL description="two \\\n        lines"\n';
    expect(computeFormatting(createDocument(text, eol))).toEqual([]);
  });

  it('leaves unknown commands in their case, and a formatted file unchanged', () => {
    expect(computeFormatting(createDocument('add a b\n', eol))).toEqual([]);
    expect(computeFormatting(createDocument('RUN a\n# x\nRESTART\n', eol))).toEqual([]);
  });

  it('formats only the commands and comments starting in the range', () => {
    const document = createDocument('run a\nrun b\n  # c\nrun d\n', eol);
    expect(computeRangeFormatting(document, range(1, 0, 2, 5))).toEqual([
      { range: range(1, 0, 1, 3), newText: 'RUN' },
      { range: range(2, 0, 2, 2), newText: '' },
    ]);
  });

  it('keeps a BOM in front of the first line', () => {
    const document = createDocument('\uFEFF  run a\n', eol);
    expect(computeFormatting(document)).toEqual([{ range: range(0, 1, 0, 6), newText: 'RUN' }]);
  });
});

/** What the service receives for each command, layout aside. */
function meaning(command: Command): unknown {
  return {
    keyword: command.keyword,
    args: command.args.map((arg) => arg.text),
    pairs:
      command.kind === 'ENV' || command.kind === 'LABEL'
        ? command.pairs.map((pair) => [pair.key.value, pair.value?.value])
        : undefined,
    exec:
      command.kind === 'RUN' || command.kind === 'CMD' || command.kind === 'ENTRYPOINT'
        ? command.exec?.elements.map((e) => e.value)
        : undefined,
  };
}

describe.each(LINE_ENDINGS)('formatting every example ($name)', ({ eol }) => {
  const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.buildcontent'));

  it.each(examples)('%s: the same commands before and after, and a second run changes nothing', (name) => {
    const text = withEol(readFileSync(join(EXAMPLES, name), 'utf8'), eol);
    const once = format(text, eol);
    expect(parse(once).commands.map(meaning)).toEqual(parse(text).commands.map(meaning));
    expect(format(once, eol)).toBe(once);
  });

  it('changes the examples where they are not in the normal form', () => {
    const changed = examples.filter((name) => {
      const text = withEol(readFileSync(join(EXAMPLES, name), 'utf8'), eol);
      return format(text, eol) !== text;
    });
    expect(changed.length).toBeGreaterThan(0);
  });
});
