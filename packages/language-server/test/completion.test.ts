import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  type CompletionItem,
  type TextEdit,
} from 'vscode-languageserver';
import { COMMANDS_DOC_URL } from '@buildcontent/core';
import { describe, expect, it } from 'vitest';
import { expectCompletion, markedCases } from '../../../test/kit/index.js';
import { computeCompletion } from '../src/features/completion.js';

const KEYWORDS = [
  'FROM',
  'COMPONENT',
  'RUN',
  'ENV',
  'WORKDIR',
  'COPY',
  'USER',
  'LABEL',
  'CMD',
  'ENTRYPOINT',
  'RESTART',
];

function edit(item: CompletionItem | undefined): TextEdit {
  return item!.textEdit as TextEdit;
}

describe('computeCompletion of keywords', () => {
  it('offers every keyword on an empty line, one snippet per syntax form', () => {
    for (const items of expectCompletion('RUN a\n<|<|>|>\n', KEYWORDS, { match: 'includes' })) {
      const labels = [
        ...new Set(items.filter((item) => item.detail?.startsWith(item.label)).map((item) => item.label)),
      ];
      expect(labels).toEqual(KEYWORDS);
      const env = items.filter((item) => item.label === 'ENV');
      expect(env.map((item) => edit(item).newText)).toEqual(['ENV ${1:key} ${2:value}', 'ENV ${1:key}="${2:value}"']);
      expect(env.every((item) => item.insertTextFormat === InsertTextFormat.Snippet)).toBe(true);
      const cmd = items.filter((item) => item.label === 'CMD').map((item) => edit(item).newText);
      expect(cmd).toEqual(['CMD ["${1:executable}", "${2:param}"]', 'CMD ${1:command}']);
    }
  });

  it('replaces the keyword being typed, whatever its case', () => {
    expectCompletion('<|ru<|>|>\n', [{ label: 'RUN', newText: 'RUN ${1:command}' }], { match: 'includes' });
  });

  it('replaces the whole keyword when the cursor is inside it', () => {
    expectCompletion('<|RE<|>START|>\n', [{ label: 'RESTART', newText: 'RESTART' }], { match: 'includes' });
  });

  it('sorts FROM last and marks it deprecated', () => {
    for (const marked of markedCases('<|>')) {
      const items = computeCompletion(marked.document, marked.position);
      const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
      expect(sorted[sorted.length - 1].label).toBe('FROM');
      expect(items.find((item) => item.label === 'FROM')?.tags).toEqual([CompletionItemTag.Deprecated]);
    }
  });

  it('inserts plain keywords for clients without snippets', () => {
    const expected = KEYWORDS.map((label) => ({ label, newText: label === 'RESTART' ? label : `${label} ` }));
    for (const items of expectCompletion('<|<|>|>', expected, { snippets: false })) {
      expect(items.every((item) => item.insertTextFormat === undefined)).toBe(true);
    }
  });

  it('offers nothing inside arguments of other commands, on comment lines, after text on the line, or after a pipe', () => {
    for (const template of ['RUN ech<|>', '# RU<|>', 'RUN a \\\n  b<|>', 'ENV a<|>', 'RUN a | <|>'])
      expectCompletion(template, []);
  });

  it('offers keywords on the line after a continued command ends', () => {
    expectCompletion('RUN a \\\n  b\n<|<|>|>', KEYWORDS, { match: 'includes' });
  });

  it("offers the multi-line snippets where a command starts, with the document's line break", () => {
    for (const [index, items] of expectCompletion('RUN a\n<|<|>|>\n', ['template'], { match: 'includes' }).entries()) {
      const eol = index === 0 ? '\n' : '\r\n';
      const template = edit(items.find((item) => item.label === 'template'));
      expect(template.newText.split(eol)).toHaveLength(8);
      expect(template.newText.replace(/\r\n/g, '')).not.toContain('\r');
    }
  });
});

describe('computeCompletion of FROM and COMPONENT arguments', () => {
  const SOURCE_TYPES = [
    { label: 'IMAGE:', kind: CompletionItemKind.EnumMember },
    { label: 'IMAGE_FAMILY:', kind: CompletionItemKind.EnumMember },
  ];

  it('offers the FROM source types after FROM, replacing what is typed, and no command snippet', () => {
    expectCompletion('FROM <|IM<|>|>', SOURCE_TYPES);
    expectCompletion('FROM <|<|>|>\n', SOURCE_TYPES);
  });

  it("describes each source type with core's reference (the hover's words)", () => {
    const [items] = expectCompletion('FROM <|IM<|>|>', SOURCE_TYPES);
    expect(items.map((item) => [item.detail, item.documentation])).toEqual([
      [
        'an image ID follows, e.g. IMAGE:m-bp67acfmxazb4p****',
        { kind: 'markdown', value: '`IMAGE`: the source is an image, named by its ID (`m-...`).' },
      ],
      [
        'an image family name follows',
        {
          kind: 'markdown',
          value: '`IMAGE_FAMILY`: the source is the newest image of an image family, named by the family.',
        },
      ],
    ]);
  });

  it("documents each keyword with core's command summary and documentation link", () => {
    const [items] = expectCompletion('<|RES<|>|>', ['RESTART'], { match: 'includes' });
    expect(items.find((item) => item.label === 'RESTART')?.documentation).toEqual({
      kind: 'markdown',
      value: `Restarts the intermediate instance.\n\n[Documentation](${COMMANDS_DOC_URL})`,
    });
  });

  it('offers nothing after the FROM source type is complete', () => {
    expectCompletion('FROM IMAGE:m-<|>', []);
  });

  it('offers COMPONENT parameters used with the same component elsewhere, minus those already given', () => {
    expectCompletion('COMPONENT ic-abc --x 1 --y 2\nCOMPONENT ic-other --z 3\nCOMPONENT ic-abc --x 5 <|--<|>|>\n', [
      { label: '--y', newText: '--y ' },
    ]);
  });

  it('offers COMPONENT parameters after the reference and a blank', () => {
    expectCompletion('COMPONENT ic-a --x 1\nCOMPONENT ic-a <|<|>|>', ['--x']);
  });
});

describe('computeCompletion of ENV variables', () => {
  const ENVS = 'ENV APP_HOME="/srv/www" PORT=80\nENV LOG_DIR /var/log/app\n';
  const VARIABLES = [
    { label: 'APP_HOME', kind: CompletionItemKind.Variable, detail: '= /srv/www', newText: 'APP_HOME' },
    { label: 'PORT', kind: CompletionItemKind.Variable, detail: '= 80', newText: 'PORT' },
    { label: 'LOG_DIR', kind: CompletionItemKind.Variable, detail: '= /var/log/app', newText: 'LOG_DIR' },
  ];

  it.each([
    'RUN cd $<|<|>|>',
    'WORKDIR $<|<|>|>',
    'COPY a.tar.gz $<|<|>|>',
    'USER $<|<|>|>',
    'LABEL home=$<|<|>|>',
    'ENV X=$<|<|>|>',
    'RUN ls | tee $<|<|>|>',
  ])('offers the variables after `$` in %s', (line) => {
    expectCompletion(`${ENVS}${line}\n`, VARIABLES);
  });

  it('completes `${` with the closing brace, replacing the part of the name already typed', () => {
    expectCompletion(`${ENVS}RUN cd \${<|AP<|>|>\n`, [{ label: 'APP_HOME', newText: 'APP_HOME}' }], {
      match: 'includes',
    });
  });

  it('does not add a second brace when one follows', () => {
    expectCompletion(`${ENVS}RUN cd \${<|<|>APP|>}/x\n`, [{ label: 'APP_HOME', newText: 'APP_HOME' }], {
      match: 'includes',
    });
  });

  it('offers only variables set above the command', () => {
    expectCompletion('ENV A=1\nRUN echo $<|>\nENV B=2\n', ['A']);
  });

  it('offers nothing after an escaped dollar, in an ENV key, or in FROM and CMD', () => {
    for (const line of ['RUN echo \\$<|>', 'ENV $<|>', 'FROM $<|>', 'CMD $<|>'])
      expectCompletion(`${ENVS}${line}\n`, []);
  });

  it('works on a continuation line', () => {
    expectCompletion(`${ENVS}RUN cd / && \\\n    ls $<|L<|>|>\n`, [{ label: 'LOG_DIR', newText: 'LOG_DIR' }], {
      match: 'includes',
    });
  });
});
