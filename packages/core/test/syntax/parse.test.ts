// The AST: every node's exact range, with \n and \r\n, and no input that throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, lint, parse, type Command, type Range } from '../../src/index.js';
import { EOLS } from '../kit.js';

const r = (sl: number, sc: number, el: number, ec: number): Range => ({
  start: { line: sl, character: sc },
  end: { line: el, character: ec },
});
const only = (text: string): Command => {
  const { commands } = parse(text);
  expect(commands).toHaveLength(1);
  return commands[0];
};

for (const [name, eol] of EOLS) {
  const t = (s: string) => s.replace(/\n/g, eol);
  describe(`parse (${name})`, () => {
    it('keyword and content ranges, keyword upper-cased', () => {
      const c = only(t('  run   echo hi  '));
      expect(c.keyword).toBe('RUN');
      expect(c.keywordNode).toMatchObject({ text: 'run', range: r(0, 2, 0, 5) });
      expect(c.content).toMatchObject({ text: 'echo hi', range: r(0, 8, 0, 15) });
      expect(c.range).toEqual(r(0, 2, 0, 15));
    });

    it('continued command: joined content, range over all its lines, comments and blank lines dropped', () => {
      const c = only(t('RUN yum install -y \\\n    # the compiler\n    gcc \\\n\n    make'));
      expect(c.content?.text).toBe('yum install -y     gcc     make');
      expect(c.content?.range).toEqual(r(0, 4, 4, 8));
      expect(c.range).toEqual(r(0, 0, 4, 8));
      expect(c.innerComments.map((x) => [x.text, x.range])).toEqual([['# the compiler', r(1, 4, 1, 18)]]);
      expect(c.emptyContinuationLines).toEqual([3]);
      expect(c.args.map((a) => [a.text, a.range])).toEqual([
        ['yum', r(0, 4, 0, 7)],
        ['install', r(0, 8, 0, 15)],
        ['-y', r(0, 16, 0, 18)],
        ['gcc', r(2, 4, 2, 7)],
        ['make', r(4, 4, 4, 8)],
      ]);
    });

    it('an escaped escape at the end does not continue; a final line without newline is read', () => {
      const { commands } = parse(t('ENV C trailing\\\\\nENV D next'));
      expect(commands.map((c) => c.content?.text)).toEqual(['C trailing\\\\', 'D next']);
    });

    it('JSON exec form: each element with its range and value', () => {
      const c = only(t('CMD ["nginx", "-g", "daemon off;"]'));
      expect(c.kind === 'CMD' && c.form).toBe('exec');
      expect(c.args.map((a) => [a.value, a.range])).toEqual([
        ['nginx', r(0, 5, 0, 12)],
        ['-g', r(0, 14, 0, 18)],
        ['daemon off;', r(0, 20, 0, 33)],
      ]);
      if (c.kind === 'CMD') expect(c.exec?.range).toEqual(r(0, 4, 0, 34));
    });

    it('invalid JSON stays shell form', () => {
      const c = only(t("CMD ['a', 'b']"));
      expect(c.kind === 'CMD' && c.form).toBe('shell');
      if (c.kind === 'CMD') expect(c.shell).toMatchObject({ text: "['a', 'b']", range: r(0, 4, 0, 14) });
    });

    it('ENV pairs: key, "=", value ranges; values unquoted', () => {
      const c = only(t('ENV A="x y" B=2'));
      if (c.kind !== 'ENV') throw new Error('not ENV');
      expect(
        c.pairs.map((p) => [
          p.form,
          p.key.text,
          p.key.range,
          p.equals?.range,
          p.value?.text,
          p.value?.value,
          p.value?.range,
        ]),
      ).toEqual([
        ['equals', 'A', r(0, 4, 0, 5), r(0, 5, 0, 6), '"x y"', 'x y', r(0, 6, 0, 11)],
        ['equals', 'B', r(0, 12, 0, 13), r(0, 13, 0, 14), '2', '2', r(0, 14, 0, 15)],
      ]);
    });

    it('ENV legacy form: the value is the rest of the line', () => {
      const c = only(t('ENV PATH /usr/local/bin:$PATH  '));
      if (c.kind !== 'ENV') throw new Error('not ENV');
      expect(c.pairs.map((p) => [p.form, p.key.text, p.value?.text, p.value?.range])).toEqual([
        ['legacy', 'PATH', '/usr/local/bin:$PATH', r(0, 9, 0, 29)],
      ]);
    });

    it('LABEL: the documented example with a pair straight after a closing quote', () => {
      const c = only(t('LABEL user="username"\\\ndate="2020-11-11" key="value"'));
      if (c.kind !== 'LABEL') throw new Error('not LABEL');
      expect(c.pairs.map((p) => [p.key.text, p.value?.value, p.key.range])).toEqual([
        ['user', 'username', r(0, 6, 0, 10)],
        ['date', '2020-11-11', r(1, 0, 1, 4)],
        ['key', 'value', r(1, 18, 1, 21)],
      ]);
    });

    it('COPY operands and flags', () => {
      const c = only(t('COPY --chown=a https://example.com/x.tgz /opt/'));
      if (c.kind !== 'COPY') throw new Error('not COPY');
      expect(c.flags.map((f) => [f.name, f.value, f.range])).toEqual([['chown', 'a', r(0, 5, 0, 14)]]);
      expect(c.operands.map((o) => [o.text, o.range])).toEqual([
        ['https://example.com/x.tgz', r(0, 15, 0, 40)],
        ['/opt/', r(0, 41, 0, 46)],
      ]);
    });

    it('COMPONENT: reference by id or ARN, parameters', () => {
      const byId = only(t('COMPONENT ic-bp1 --port 8080 --env=prod'));
      if (byId.kind !== 'COMPONENT') throw new Error('not COMPONENT');
      expect(byId.reference).toMatchObject({ type: 'id', text: 'ic-bp1', range: r(0, 10, 0, 16) });
      expect(byId.parameters.map((p) => [p.name, p.value?.text, p.flag.range, p.value?.range])).toEqual([
        ['port', '8080', r(0, 17, 0, 23), r(0, 24, 0, 28)],
        ['env', 'prod', r(0, 29, 0, 34), r(0, 35, 0, 39)],
      ]);
      const byArn = only(t('COMPONENT acs:ecs:cn-hangzhou:1234:imagecomponent/harden/1.*.*'));
      if (byArn.kind !== 'COMPONENT') throw new Error('not COMPONENT');
      expect(byArn.reference?.arn).toEqual({
        region: 'cn-hangzhou',
        account: '1234',
        name: 'harden',
        version: '1.*.*',
        versionSeparator: '/',
      });
    });

    it('FROM: source type and image', () => {
      const c = only(t('FROM IMAGE_FAMILY:acs:alinux3'));
      if (c.kind !== 'FROM') throw new Error('not FROM');
      expect([c.sourceType?.text, c.sourceType?.range, c.image?.text, c.image?.range]).toEqual([
        'IMAGE_FAMILY',
        r(0, 5, 0, 17),
        'acs:alinux3',
        r(0, 18, 0, 29),
      ]);
    });

    it('unknown commands are commands of kind UNKNOWN', () => {
      const { commands } = parse(t('ADD a b\nEXPOSE 80\nRESTART'));
      expect(commands.map((c) => [c.kind, c.keyword, c.keywordNode.range])).toEqual([
        ['UNKNOWN', 'ADD', r(0, 0, 0, 3)],
        ['UNKNOWN', 'EXPOSE', r(1, 0, 1, 6)],
        ['RESTART', 'RESTART', r(2, 0, 2, 7)],
      ]);
    });

    it('comments only at the start of a line; # inside arguments is text', () => {
      const template = parse(t('# top\n  # indented\nRUN echo # not a comment'));
      expect(template.comments.map((c) => [c.text, c.range])).toEqual([
        ['# top', r(0, 0, 0, 5)],
        ['# indented', r(1, 2, 1, 12)],
      ]);
      expect(template.commands[0].content?.text).toBe('echo # not a comment');
    });

    it('directives at the top; a comment before them makes them comments', () => {
      expect(parse(t('# escape=`\nRUN a `\n  b')).commands[0].content?.text).toBe('a   b');
      expect(parse(t('# hello\n# escape=`\nRUN a `\nRUN b')).commands).toHaveLength(2);
    });
  });
}

describe('parse: text shapes', () => {
  it('a UTF-8 BOM is skipped', () => {
    const c = only('\uFEFFRUN a');
    expect(c.keywordNode.range).toEqual(r(0, 1, 0, 4));
    expect(c.keyword).toBe('RUN');
  });
  it('non-ASCII counts in UTF-16 code units, as LSP does', () => {
    const c = only('RUN echo 😀 done');
    expect(c.args.map((a) => a.range.start.character)).toEqual([4, 9, 12]);
  });
  it('a lone CR is a line break, as editors count it', () => {
    expect(parse('RUN a\rRUN b').commands.map((c) => c.range.start.line)).toEqual([0, 1]);
  });
  it('empty and blank texts have no commands', () => {
    expect(parse('').commands).toEqual([]);
    expect(parse('\n\n   \n').commands).toEqual([]);
  });

  it('never throws (parse, lint, fixes), and every range lies inside the text (fast-check, 2000 random texts)', () => {
    const alphabet = fc.constantFrom(
      'RUN',
      'ENV',
      'LABEL',
      'CMD',
      'COPY',
      'FROM',
      'COMPONENT',
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
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')),
        (text) => {
          const template = parse(text);
          const lineCount = text.split(/\r\n|\r|\n/).length;
          for (const command of template.commands) {
            for (const node of [command, command.keywordNode, command.content, ...command.args]) {
              if (!node) continue;
              expect(node.offset).toBeGreaterThanOrEqual(0);
              expect(node.endOffset).toBeGreaterThanOrEqual(node.offset);
              expect(node.endOffset).toBeLessThanOrEqual(text.length);
              expect(node.range.end.line).toBeLessThan(lineCount);
            }
          }
          // The checks and their fixes never throw either, under both FROM behaviours.
          for (const from of ['override', 'ignored'] as const) {
            const diagnostics = lint(template, { from });
            expect(typeof applyFixes(text, diagnostics).text).toBe('string');
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
