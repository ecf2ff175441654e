import { CompletionItemKind, CompletionItemTag, InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { computeCompletion } from '../src/features/completion.js';
import { documentAtCursor, LINE_ENDINGS, range } from './test-kit.js';

function edit(item: CompletionItem | undefined): TextEdit {
  return item!.textEdit as TextEdit;
}

describe.each(LINE_ENDINGS)('computeCompletion ($name)', ({ eol }) => {
  it('offers every keyword on an empty line, one snippet per syntax form', () => {
    const { document, position } = documentAtCursor('RUN a\n|\n', eol);
    const items = computeCompletion(document, position);
    const labels = [...new Set(items.filter((item) => item.detail?.startsWith(item.label)).map((item) => item.label))];
    expect(labels).toEqual(['FROM', 'COMPONENT', 'RUN', 'ENV', 'WORKDIR', 'COPY', 'USER', 'LABEL', 'CMD', 'ENTRYPOINT', 'RESTART']);
    const env = items.filter((item) => item.label === 'ENV');
    expect(env.map((item) => edit(item).newText)).toEqual(['ENV ${1:key} ${2:value}', 'ENV ${1:key}="${2:value}"']);
    expect(env.every((item) => item.insertTextFormat === InsertTextFormat.Snippet)).toBe(true);
    expect(edit(env[0]).range).toEqual(range(1, 0, 1, 0));
    const cmd = items.filter((item) => item.label === 'CMD').map((item) => edit(item).newText);
    expect(cmd).toEqual(['CMD ["${1:executable}", "${2:param}"]', 'CMD ${1:command}']);
  });

  it('replaces the keyword being typed, whatever its case', () => {
    const { document, position } = documentAtCursor('ru|\n', eol);
    const run = computeCompletion(document, position).find((item) => item.label === 'RUN');
    expect(edit(run).range).toEqual(range(0, 0, 0, 2));
  });

  it('replaces the whole keyword when the cursor is inside it', () => {
    const { document, position } = documentAtCursor('RE|START\n', eol);
    const restart = computeCompletion(document, position).find((item) => item.label === 'RESTART');
    expect(edit(restart)).toEqual({ range: range(0, 0, 0, 7), newText: 'RESTART' });
  });

  it('sorts FROM last and marks it deprecated', () => {
    const { document, position } = documentAtCursor('|', eol);
    const items = computeCompletion(document, position);
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    expect(sorted[sorted.length - 1].label).toBe('FROM');
    expect(items.find((item) => item.label === 'FROM')?.tags).toEqual([CompletionItemTag.Deprecated]);
  });

  it('inserts plain keywords for clients without snippets', () => {
    const { document, position } = documentAtCursor('|', eol);
    const items = computeCompletion(document, position, { snippets: false });
    expect(items).toHaveLength(11);
    expect(items.every((item) => item.insertTextFormat === undefined)).toBe(true);
    expect(edit(items.find((item) => item.label === 'COPY')).newText).toBe('COPY ');
    expect(edit(items.find((item) => item.label === 'RESTART')).newText).toBe('RESTART');
  });

  it('offers the FROM source types after FROM', () => {
    const { document, position } = documentAtCursor('FROM IM|', eol);
    const items = computeCompletion(document, position);
    expect(items.map((item) => [item.label, item.kind, edit(item).range])).toEqual([
      ['IMAGE:', CompletionItemKind.EnumMember, range(0, 5, 0, 7)],
      ['IMAGE_FAMILY:', CompletionItemKind.EnumMember, range(0, 5, 0, 7)],
    ]);
  });

  it('offers nothing after the FROM source type is complete', () => {
    const { document, position } = documentAtCursor('FROM IMAGE:m-|', eol);
    expect(computeCompletion(document, position)).toEqual([]);
  });

  it('offers COMPONENT parameters used with the same component elsewhere, minus those already given', () => {
    const text = 'COMPONENT ic-abc --x 1 --y 2\nCOMPONENT ic-other --z 3\nCOMPONENT ic-abc --x 5 --|\n';
    const { document, position } = documentAtCursor(text, eol);
    const items = computeCompletion(document, position);
    expect(items.map((item) => [item.label, edit(item).newText, edit(item).range])).toEqual([['--y', '--y ', range(2, 23, 2, 25)]]);
  });

  it('offers nothing inside arguments of other commands, on comment lines, or after text on the line', () => {
    for (const text of ['RUN ech|', '# RU|', 'RUN a \\\n  b|', 'ENV a|']) {
      const { document, position } = documentAtCursor(text, eol);
      expect(computeCompletion(document, position), text).toEqual([]);
    }
  });

  it('offers keywords on the line after a continued command ends', () => {
    const { document, position } = documentAtCursor('RUN a \\\n  b\n|', eol);
    expect(computeCompletion(document, position).length).toBeGreaterThan(0);
  });
});

describe.each(LINE_ENDINGS)('computeCompletion after the command text ($name)', ({ eol }) => {
  it('offers the FROM source types after "FROM "', () => {
    const { document, position } = documentAtCursor('FROM |', eol);
    expect(computeCompletion(document, position).map((item) => [item.label, (item.textEdit as TextEdit).range])).toEqual([
      ['IMAGE:', range(0, 5, 0, 5)],
      ['IMAGE_FAMILY:', range(0, 5, 0, 5)],
    ]);
  });

  it('offers COMPONENT parameters after the reference and a blank', () => {
    const { document, position } = documentAtCursor('COMPONENT ic-a --x 1\nCOMPONENT ic-a |', eol);
    expect(computeCompletion(document, position).map((item) => item.label)).toEqual(['--x']);
  });

  it('offers the multi-line snippets where a command starts, with the document\'s line break', () => {
    const { document, position } = documentAtCursor('RUN a\n|\n', eol);
    const template = computeCompletion(document, position).find((item) => item.label === 'template');
    expect(edit(template).range).toEqual(range(1, 0, 1, 0));
    expect(edit(template).newText.split(eol)).toHaveLength(8);
    expect(edit(template).newText.replace(/\r\n/g, '')).not.toContain('\r');
  });

  it('offers only the FROM source types after `FROM `, no command snippet', () => {
    const { document, position } = documentAtCursor('FROM |\n', eol);
    expect(computeCompletion(document, position).map((item) => item.label)).toEqual(['IMAGE:', 'IMAGE_FAMILY:']);
  });
});

describe.each(LINE_ENDINGS)('computeCompletion of ENV variables ($name)', ({ eol }) => {
  const ENVS = 'ENV APP_HOME="/srv/www" PORT=80\nENV LOG_DIR /var/log/app\n';

  it.each(['RUN cd $|', 'WORKDIR $|', 'COPY a.tar.gz $|', 'USER $|', 'LABEL home=$|', 'ENV X=$|'])('offers the variables after `$` in %s', (line) => {
    const { document, position } = documentAtCursor(`${ENVS}${line}\n`, eol);
    const items = computeCompletion(document, position);
    expect(items.map((item) => [item.label, item.kind, item.detail])).toEqual([
      ['APP_HOME', CompletionItemKind.Variable, '= /srv/www'],
      ['PORT', CompletionItemKind.Variable, '= 80'],
      ['LOG_DIR', CompletionItemKind.Variable, '= /var/log/app'],
    ]);
    expect(edit(items[0])).toEqual({ range: range(2, position.character, 2, position.character), newText: 'APP_HOME' });
  });

  it('completes `${` with the closing brace, replacing the part of the name already typed', () => {
    const { document, position } = documentAtCursor(`${ENVS}RUN cd \${AP|\n`, eol);
    const items = computeCompletion(document, position);
    expect(edit(items.find((item) => item.label === 'APP_HOME'))).toEqual({ range: range(2, 9, 2, 11), newText: 'APP_HOME}' });
  });

  it('does not add a second brace when one follows', () => {
    const { document, position } = documentAtCursor(`${ENVS}RUN cd \${|APP}/x\n`, eol);
    const item = computeCompletion(document, position).find((candidate) => candidate.label === 'APP_HOME');
    expect(edit(item)).toEqual({ range: range(2, 9, 2, 12), newText: 'APP_HOME' });
  });

  it('offers only variables set above the command', () => {
    const { document, position } = documentAtCursor(`ENV A=1\nRUN echo $|\nENV B=2\n`, eol);
    expect(computeCompletion(document, position).map((item) => item.label)).toEqual(['A']);
  });

  it('offers nothing after an escaped dollar, in an ENV key, or in FROM and CMD', () => {
    for (const line of ['RUN echo \\$|', 'ENV $|', 'FROM $|', 'CMD $|']) {
      const { document, position } = documentAtCursor(`${ENVS}${line}\n`, eol);
      expect(computeCompletion(document, position), line).toEqual([]);
    }
  });

  it('works on a continuation line', () => {
    const { document, position } = documentAtCursor(`${ENVS}RUN cd / && \\\n    ls $L|\n`, eol);
    const item = computeCompletion(document, position).find((candidate) => candidate.label === 'LOG_DIR');
    expect(edit(item)).toEqual({ range: range(3, 8, 3, 9), newText: 'LOG_DIR' });
  });
});
