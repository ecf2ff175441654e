// Fixes never change what a template means and never lose a byte (issue 9). Every case runs with \n and \r\n.
import { describe, expect, it } from 'vitest';
import { applyFixes, lint, parse, type Diagnostic } from '../../src/index.js';
import { lintWithRules } from '../../src/checks/registry.js';
import { defineRule } from '../../src/checks/rule.js';
import { allRules } from '../../src/checks/rules/index.js';
import { EOLS, fixes, suggests, suggestsOnly } from '../kit.js';

/** `lint --fix` as the CLI runs it: up to 10 passes. */
function fixAll(text: string): string {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const diagnostics = lint(current);
    if (!diagnostics.some((d) => d.fix)) break;
    current = applyFixes(current, diagnostics).text;
  }
  return current;
}

const keywords = (text: string) =>
  parse(text).commands.map((c) => `${c.keyword} ${c.args.map((a) => a.text).join(' ')}`.trim());

describe('a fix never joins the next command', () => {
  for (const [name, eol] of EOLS) {
    it(`${name}: RESTART \\ + now: the fix removes the continuation too, and RUN echo important stays`, () => {
      const text = `RESTART \\${eol}now${eol}RUN echo important${eol}`;
      expect(applyFixes(text, lint(text)).text).toBe(`RESTART${eol}RUN echo important${eol}`);
      expect(keywords(fixAll(text))).toEqual(['RESTART', 'RUN echo important']);
    });
    it(`${name}: a comment line inside the removed RESTART content is kept`, () => {
      const text = `RESTART \\${eol}# keep me${eol}  now${eol}RUN b`;
      expect(fixAll(text)).toBe(`RESTART${eol}# keep me${eol}RUN b`);
    });
  }
  for (const [name, eol] of EOLS) {
    // Found by npm run fuzz: removing the flag would leave the line ending with the escape character.
    it(`${name}: no edit that leaves a line ending with the escape character`, () => {
      const text = `# escape=\`${eol}RUN \\${eol}\` --a${eol}RUN b${eol}`;
      expect(
        lint(text)
          .filter((d) => d.code === 'unsupported-flag')
          .map((d) => [d.fix, d.suggestions]),
      ).toEqual([[undefined, undefined]]);
    });
    it(`${name}: no edit that turns a continued line into a comment line (found by npm run fuzz)`, () => {
      const text = `RUN \\${eol} --chown=a:b # echo${eol}RUN b`;
      expect(
        lint(text)
          .filter((d) => d.code === 'unsupported-flag')
          .map((d) => [d.fix, d.suggestions]),
      ).toEqual([[undefined, undefined]]);
    });
    it(`${name}: removing the first command never turns a comment below it into a parser directive (found by npm run fuzz)`, () => {
      const text = `FROM IMAGE:m-1${eol}# escape=\`${eol}RUN a \`${eol}  && b`;
      const [finding] = lint(text, { from: 'ignored' }).filter((d) => d.code === 'from-ignored');
      const fixed = applyFixes(text, [finding]).text;
      expect(fixed).toBe(`${eol}# escape=\`${eol}RUN a \`${eol}  && b`);
      expect(keywords(fixed)).toEqual(['RUN a `', '&& b']);
    });
    it(`${name}: replacing a RUN reboot that spans a comment line is not offered (found by npm run fuzz)`, () => {
      const text = `RUN \\${eol}# note${eol} reboot${eol}`;
      expect(
        lint(text)
          .filter((d) => d.code === 'reboot-in-run')
          .map((d) => d.suggestions),
      ).toEqual([undefined]);
    });
    it(`${name}: a blank escaped by the word before a removed flag stays with that word`, () => {
      const text = `COPY --x\\  --b c d${eol}`;
      const [, second] = lint(text).filter((d) => d.code === 'unsupported-flag');
      expect(applyFixes(text, [{ ...second, fix: second.suggestions![0] }]).text).toBe(`COPY --x\\  c d${eol}`);
    });
  }
  // Suggestions too: removing a flag that ends the command takes the continuation before it.
  suggests('COPY \\\n  --from=x\nRUN c', 'unsupported-flag', 'COPY\nRUN c');
});

describe('meaning-changing fixes are suggestions only', () => {
  suggestsOnly('COPY --from=build /a /b', 'unsupported-flag', 'COPY /a /b');
  suggestsOnly('RUN --mount=type=cache,target=/c make', 'unsupported-flag', 'RUN make');
  suggestsOnly('COPY --chown=app:app ./a /b', 'unsupported-flag', 'COPY ./a /b');
  suggestsOnly('RUNN echo', 'InvalidImageTemplateCommand.NotSupported', 'RUN echo');
  suggestsOnly('RUN a\nFROM IMAGE:m-1', 'InvalidCommandOrder.FROM', 'FROM IMAGE:m-1\nRUN a');
  it('their titles say what they change', () => {
    const titles = lint('COPY --from=build /a /b\nRUN ["a"]\nRUN yum install x').flatMap(
      (d) => d.suggestions?.map((s) => s.title) ?? [],
    );
    expect(titles).toEqual([
      'Remove --from=build (changes what COPY does)',
      'Convert to the shell form (runs through /bin/sh -c)',
      'Add -y (answers yes to every prompt)',
    ]);
  });
});

describe('fixes write valid text under the escape character in force', () => {
  suggests('# escape=`\nWORKDIR C:\\dir with space', 'workdir-content', '# escape=`\nWORKDIR "C:\\dir with space"');
  suggests('WORKDIR /opt/my app', 'workdir-content', 'WORKDIR "/opt/my app"');
  for (const [name, eol] of EOLS) {
    it(`${name}: a WORKDIR with quotes gets no quoting edit, so repeated passes cannot grow it`, () => {
      const text = `# escape=\`${eol}WORKDIR "a" b "c d"${eol}`;
      const [finding] = lint(text).filter((d) => d.code === 'workdir-content');
      expect(finding.suggestions).toBeUndefined();
      expect(finding.fix).toBeUndefined();
    });
  }
  fixes("ENV a='x\ty'", 'InvalidCommandContent.ENV', 'ENV a="x\ty"');
  fixes("ENV a='x\u001by'", 'InvalidCommandContent.ENV', 'ENV a="x\u001by"');
  fixes('LABEL k v\u001bw', 'label-content', 'LABEL k="v\u001bw"');
  for (const [name, eol] of EOLS) {
    it(`${name}: values that double quotes would read differently get no fix`, () => {
      for (const text of [`ENV a='$HOME'`, `ENV a=b\\"c`, `ENV a='it''s'`, `# escape=\`${eol}ENV a=C:\`dir`]) {
        expect(
          lint(text)
            .filter((d) => d.rule === 'unquoted-value')
            .map((d) => d.fix),
        ).toEqual([undefined]);
      }
    });
    it(`${name}: no newline or control character is written into a shell line from a JSON element`, () => {
      const text = `RUN ["echo", "a\\nb"]${eol}RUN ["printf", "\\u001b"]`;
      expect(
        lint(text)
          .filter((d) => d.code === 'run-exec-form')
          .map((d) => [d.fix, d.suggestions]),
      ).toEqual([
        [undefined, undefined],
        [undefined, undefined],
      ]);
    });
  }
  fixes('ENV a=b\\\n# comment\nc d=e', 'InvalidCommandContent.ENV', 'ENV a="b\\\n# comment\nc" d="e"');
});

describe('a BOM stays first', () => {
  suggests('\uFEFFRUN a\nFROM IMAGE:m-1', 'InvalidCommandOrder.FROM', '\uFEFFFROM IMAGE:m-1\nRUN a');
  fixes('\uFEFFRUN\nRUN b', 'EmptyCommandContent.RUN', '\uFEFFRUN b');
  fixes('\uFEFFRUN', 'EmptyCommandContent.RUN', '\uFEFF');
});

describe('applyFixes', () => {
  it('applies thousands of fixes in one pass, each at its place (linear; figures in docs/reliability.md)', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `run echo ${i}`).join('\n');
    const result = applyFixes(text, lint(text));
    expect(result.applied).toBe(5000);
    expect(result.text).toBe(text.replace(/^run/gm, 'RUN'));
  });
  it('leaves out a fix whose edit touches one already taken, and inserts before a deletion at the same place', () => {
    const at = (sl: number, sc: number, el: number, ec: number) => ({
      start: { line: sl, character: sc },
      end: { line: el, character: ec },
    });
    const d = (edits: Array<{ range: ReturnType<typeof at>; newText: string }>): Diagnostic => ({
      code: 'x',
      severity: 'warning',
      message: '',
      range: at(0, 0, 0, 0),
      rule: 'x',
      href: '',
      fix: { title: 'x', edits },
    });
    const result = applyFixes('abcdef', [
      d([{ range: at(0, 2, 0, 4), newText: '' }]),
      d([{ range: at(0, 3, 0, 5), newText: 'X' }]),
      d([{ range: at(0, 2, 0, 2), newText: '>' }]),
      d([{ range: at(0, 4, 0, 4), newText: '<' }]),
    ]);
    expect(result).toEqual({ text: 'ab><ef', applied: 3 });
  });
});

describe('a rule that throws does not abort the lint', () => {
  const throwing = defineRule({
    id: 'throws-on-run',
    codes: ['never'],
    severity: 'warning',
    description: 'A deliberately broken rule.',
    commands: {
      RUN: (command) => {
        if (command.args[0]?.text === 'boom') throw new Error('deliberate failure\n    at stack frame');
      },
    },
  });
  for (const [name, eol] of EOLS) {
    it(`${name}: internal-error names the rule, on the command's keyword, and every other rule still reports`, () => {
      const text = `RUN ok${eol}RUN boom${eol}run x`;
      const diagnostics = lintWithRules([throwing, ...allRules], text);
      expect(diagnostics.map((d) => [d.code, d.rule, d.range])).toEqual([
        ['internal-error', 'throws-on-run', { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }],
        ['keyword-case', 'keyword-case', { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }],
      ]);
      expect(diagnostics[0].severity).toBe('error');
      expect(diagnostics[0].message).toBe(
        'Rule throws-on-run failed here and did not finish (deliberate failure); please report it. The other rules ran.',
      );
    });
  }
  it('a template check that throws is reported at the start of the text', () => {
    const broken = defineRule({
      id: 'broken-template',
      codes: [],
      severity: 'error',
      description: '',
      template: () => {
        throw new TypeError('x is undefined');
      },
    });
    expect(lintWithRules([broken], '\uFEFFRUN a').map((d) => [d.code, d.range])).toEqual([
      ['internal-error', { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }],
    ]);
  });
});
