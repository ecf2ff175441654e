import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { COMMANDS_DOC_URL, CREATE_IMAGE_PIPELINE_DOC_URL } from '../src/commands.js';
import { computeHover, markdownToPlainText } from '../src/features/hover.js';
import { documentAtCursor, LINE_ENDINGS, range } from './test-kit.js';

function value(hover: ReturnType<typeof computeHover>): string {
  return (hover!.contents as MarkupContent).value;
}

describe.each(LINE_ENDINGS)('computeHover ($name)', ({ eol }) => {
  it('explains a command on its keyword, with forms, rules and the documentation link', () => {
    const { document, position } = documentAtCursor('RUN a\nCO|PY https://example.com/a /tmp/\n', eol);
    const hover = computeHover(document, position);
    expect(hover?.range).toEqual(range(1, 0, 1, 4));
    expect((hover!.contents as MarkupContent).kind).toBe(MarkupKind.Markdown);
    expect(value(hover)).toContain('**COPY**');
    expect(value(hover)).toContain('COPY <source> <destination>');
    expect(value(hover)).toContain('URLs with a query string are not supported.');
    expect(value(hover)).toContain(`[Documentation](${COMMANDS_DOC_URL})`);
  });

  it('works at the end of a lower-case keyword', () => {
    const { document, position } = documentAtCursor('restart|\n', eol);
    const hover = computeHover(document, position);
    expect(hover?.range).toEqual(range(0, 0, 0, 7));
    expect(value(hover)).toContain('Restarts the intermediate instance.');
  });

  it('explains the FROM source type and marks FROM deprecated', () => {
    const { document, position } = documentAtCursor('FROM IMAGE_FAM|ILY:ubuntu\n', eol);
    const hover = computeHover(document, position);
    expect(hover?.range).toEqual(range(0, 5, 0, 17));
    expect(value(hover)).toContain('newest image of an image family');
    expect(value(hover)).toContain(CREATE_IMAGE_PIPELINE_DOC_URL);
    const keyword = documentAtCursor('FR|OM IMAGE:m-1', eol);
    expect(value(computeHover(keyword.document, keyword.position))).toContain('*(deprecated)*');
  });

  it('describes a component ARN', () => {
    const { document, position } = documentAtCursor('COMPONENT acs:ecs:cn-hangzhou:123:imagecomponent/Nginx/1.*.*| --port 80\n', eol);
    const hover = computeHover(document, position);
    expect(hover?.range).toEqual(range(0, 10, 0, 60));
    expect(value(hover)).toBe('Image component **Nginx**, version `1.*.*`\n\n- region: `cn-hangzhou`\n- account: `123`');
  });

  it('gives plain text to clients without Markdown', () => {
    const { document, position } = documentAtCursor('|USER admin', eol);
    const hover = computeHover(document, position, { markdown: false });
    expect((hover!.contents as MarkupContent).kind).toBe(MarkupKind.PlainText);
    expect(value(hover)).not.toContain('**');
    expect(value(hover)).toContain(`Documentation: ${COMMANDS_DOC_URL}`);
  });

  it('has nothing to say on arguments, blank lines, comments or unknown commands', () => {
    for (const text of ['RUN ec|ho', '|\n', '# RU|N', 'ADD| a b']) {
      const { document, position } = documentAtCursor(text, eol);
      expect(computeHover(document, position), text).toBeNull();
    }
  });
});

describe('markdownToPlainText', () => {
  it('drops the Markdown markup', () => {
    expect(markdownToPlainText('**A** *b* `c` [d](http://e)\n```x\ny\n```')).toBe('A b c d: http://e\ny\n');
  });
});
