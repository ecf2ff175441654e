// What is sent is what was checked: the BuildContent as sent re-lints clean, `# escape=\`` is rewritten (or
// refused), suppression comments never hide a service refusal from the request, and continued commands reach
// the service whole. Every case with \n and \r\n.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OWN_CODES,
  buildComponentRequest,
  buildRequest,
  lint,
  parse,
  type Command,
  type Diagnostic,
} from '../../src/index.js';
import { lintAsSent } from '../../src/request/check-sent-text.js';
import { sentText } from '../../src/syntax/sent-text.js';
import { EOLS, marked } from '../kit.js';

const PARAMS = { RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-params' };
const examplesDir = resolve(__dirname, '../../../../examples');
const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');
/** What a command means to a reader: keyword, flags, argument values, the shell text, JSON elements, pairs. */
const meaning = (c: Command) => [
  c.keyword,
  c.flags.map((f) => f.text),
  c.args.map((a) => a.value),
  'shell' in c ? c.shell?.text : undefined,
  'exec' in c ? c.exec?.elements.map((e) => e.value) : undefined,
  'pairs' in c ? c.pairs.map((p) => [p.key.value, p.value?.value]) : undefined,
];

describe('every example: the BuildContent as sent re-lints clean', () => {
  const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.buildcontent'));
  for (const name of examples) {
    for (const keepComments of [false, true]) {
      it(`${name}${keepComments ? ' (keepComments)' : ''}: no error as sent that the template does not show`, () => {
        const text = readFileSync(resolve(examplesDir, name), 'utf8');
        const template = parse(text);
        const options = { keepComments };
        const found = lint(template, options);
        const { sent, diagnostics: extra } = lintAsSent(template, found, options);
        if (template.escapeChar === '`') {
          // directives.buildcontent: `WORKDIR C:\not\an\escape` would read `C:notanescape` under `\`.
          expect(extra.map((d) => [d.code, d.range.start.line])).toEqual([[OWN_CODES.escapeNotSendable, 0]]);
        } else {
          expect(extra).toEqual([]);
        }
        // A template without errors sends a text without errors.
        if (errors(found).length === 0) expect(errors(lint(sent.text, options))).toEqual([]);
      });
    }
  }
  it('covers the examples (and at least one has errors, one has none)', () => {
    expect(examples.length).toBeGreaterThan(8);
  });
});

describe('# escape=` : continuations are sent as \\, the directive is not', () => {
  for (const [name, eol] of EOLS) {
    const cases = [
      '# escape=`\nRUN echo "backtick continues this line" `\n    && echo done',
      '# escape=`\nRUN a `  \n  # inside\n  b `\n\n  c\nCOPY a b\nENV k="v" `\n  l="w"\nWORKDIR /opt',
      '# escape=`\n# a comment\nCMD ["a", `\n  "b"]\nLABEL x="y"',
    ];
    for (const source of cases) {
      it(`${name}: ${JSON.stringify(source.slice(11, 50))} reads the same as sent`, () => {
        const text = source.replace(/\n/g, eol);
        const template = parse(text);
        const sent = sentText(template);
        expect(sent.escapeRewritten).toBe(true);
        expect(sent.text).not.toContain('escape');
        expect(sent.text).not.toMatch(/`$/m);
        const reparsed = parse(sent.text);
        expect(reparsed.escapeChar).toBe('\\');
        expect(reparsed.commands.map(meaning)).toEqual(template.commands.map(meaning));
        const result = buildRequest(text, PARAMS);
        expect(errors(result.diagnostics)).toEqual([]);
        expect(result.request?.BuildContent).toBe(sent.text);
      });
    }
    it(`${name}: the example from the issue sends one RUN, not "&& echo done" as a command`, () => {
      const result = buildRequest('# escape=`\nRUN echo a `\n    && echo done\n'.replace(/\n/g, eol), PARAMS);
      expect(result.request?.BuildContent).toBe('RUN echo a \\\n    && echo done');
    });
    it(`${name}: with keepComments the escape directive is still not sent (other comments are)`, () => {
      const result = buildRequest('# escape=`\n# note\nRUN a `\n  b\n'.replace(/\n/g, eol), PARAMS, {
        keepComments: true,
      });
      expect(result.request?.BuildContent).toBe('# note\nRUN a \\\n  b');
    });
    for (const source of [
      '«# escape=`»\nRUN echo c:\\\nRUN b',
      '«# escape=`»\nENV a="x`"y"',
      '«# escape=`»\nWORKDIR C:\\dir\\sub',
    ]) {
      it(`${name}: refused when a command would read differently: ${JSON.stringify(source)}`, () => {
        const { text, range } = marked(source, eol);
        const result = buildRequest(text, PARAMS);
        expect(result.blocked).toBe(true);
        expect(result.request).toBeUndefined();
        const refused = result.diagnostics.filter((d) => d.code === OWN_CODES.escapeNotSendable);
        expect(refused.map((d) => [d.severity, d.range])).toEqual([['error', range]]);
        expect(refused[0].message).toMatch(/line 2 would read differently, so no request is built/);
      });
    }
  }
});

describe('a suppression comment never hides a service refusal from the request', () => {
  for (const [name, eol] of EOLS) {
    it(`${name}: a suppressed EmptyCommandContent.RUN stops the request, and says why; lint still hides it`, () => {
      const { text, range } = marked('# buildcontent-ignore EmptyCommandContent.RUN\n«RUN»\nRUN b', eol);
      expect(lint(text)).toEqual([]);
      const result = buildRequest(text, PARAMS);
      expect(result.blocked).toBe(true);
      expect(result.request).toBeUndefined();
      expect(result.diagnostics.map((d) => [d.code, d.severity, d.range])).toEqual([
        ['EmptyCommandContent.RUN', 'error', range],
      ]);
      expect(result.diagnostics[0].message).toContain(
        'A buildcontent-ignore comment hides this in the editor and in lint, but the service refuses EmptyCommandContent.RUN: no request is built.',
      );
    });
    it(`${name}: by rule id and file-wide too`, () => {
      for (const source of [
        '# buildcontent-ignore-file restart-not-empty\nRUN a\nRESTART «now»',
        '# buildcontent-ignore unsupported-command\n«ADD» a b',
      ]) {
        const { text, range } = marked(source, eol);
        const result = buildRequest(text, PARAMS);
        expect(errors(result.diagnostics).map((d) => d.range)).toEqual([range]);
        expect(result.blocked).toBe(true);
      }
    });
    it(`${name}: a suppressed finding of ours stays suppressed (the request is built)`, () => {
      for (const source of [
        '# buildcontent-ignore keyword-case\nrun b',
        '# buildcontent-ignore comment-in-continuation\nRUN a \\\n# c\n  b',
      ]) {
        const result = buildRequest(source.replace(/\n/g, eol), PARAMS, { keepComments: true });
        expect(errors(result.diagnostics)).toEqual([]);
        expect(result.request).toBeDefined();
      }
    });
    it(`${name}: a severity setting still applies (the project's explicit choice)`, () => {
      const result = buildRequest('RUN\nRUN b'.replace(/\n/g, eol), PARAMS, {
        lint: { severity: { 'EmptyCommandContent.RUN': 'warning' } },
      });
      expect(result.blocked).toBe(false);
    });
  }
});

describe('continued commands reach the service whole', () => {
  for (const [name, eol] of EOLS) {
    it(`${name}: blanks after a trailing \\ are removed from the sent text (a warning in the template)`, () => {
      const text = 'RUN a \\  \n  b \\\t\n  c'.replace(/\n/g, eol);
      const result = buildRequest(text, PARAMS);
      expect(result.request?.BuildContent).toBe('RUN a \\\n  b \\\n  c');
      expect(result.diagnostics.map((d) => [d.code, d.severity, d.range])).toEqual([
        ['blank-after-continuation', 'warning', { start: { line: 0, character: 7 }, end: { line: 0, character: 9 } }],
        ['blank-after-continuation', 'warning', { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } }],
      ]);
    });
    it(`${name}: with keepComments a comment inside a continued command is an error, and stops the request`, () => {
      const { text, range } = marked('RUN a \\\n  «# why»\n  b', eol);
      const result = buildRequest(text, PARAMS, { keepComments: true });
      expect(result.blocked).toBe(true);
      expect(result.diagnostics.map((d) => [d.code, d.severity, d.range])).toEqual([
        ['comment-in-continuation', 'error', range],
      ]);
      expect(buildRequest(text, PARAMS).request?.BuildContent).toBe('RUN a \\\n  b');
    });
  }
});

describe('Dockerfile-format components are sent the same way', () => {
  for (const [name, eol] of EOLS) {
    it(`${name}: # escape=\` continuations are sent as \\, or the request is refused`, () => {
      const params = { RegionId: 'cn-hangzhou' };
      const sent = buildComponentRequest('# escape=`\nRUN a `  \n  && b\n'.replace(/\n/g, eol), 'dockerfile', params);
      expect(sent.request?.Content).toBe('RUN a \\\n  && b');
      const refused = buildComponentRequest(
        '# escape=`\nRUN echo c:\\\nRUN b\n'.replace(/\n/g, eol),
        'dockerfile',
        params,
      );
      expect(refused.request).toBeUndefined();
      expect(
        refused.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.range.start.line]),
      ).toEqual([[OWN_CODES.escapeNotSendable, 0]]);
    });
  }
});
