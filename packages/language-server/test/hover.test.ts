import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { COMMANDS_DOC_URL, CREATE_IMAGE_PIPELINE_DOC_URL } from '../src/command-reference.js';
import { DESCRIBE_IMAGE_COMPONENTS_URL } from '../src/features/document-links.js';
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
    expect(value(hover)).toBe(
      'Image component **Nginx**, version `1.*.*`\n\n- region: `cn-hangzhou`\n- account: `123`\n\n' +
        `No page shows a single component: look it up with the API reference's [DescribeImageComponents](${DESCRIBE_IMAGE_COMPONENTS_URL}) (\`RegionId\` = \`cn-hangzhou\`, \`Name\` = \`Nginx\`).`,
    );
  });

  it('says what an ENV key sets, and what earlier value it replaces', () => {
    const { document, position } = documentAtCursor('ENV APP_HOME="/srv"\nRUN a\nENV APP_H|OME="/srv/www" PORT=80\n', eol);
    const hover = computeHover(document, position);
    expect(hover?.range).toEqual(range(2, 4, 2, 12));
    expect(value(hover)).toBe(
      '**ENV** `APP_HOME` = `/srv/www`\n\nAn environment variable of the build instance, for the commands that follow: the shell expands `$APP_HOME` and `${APP_HOME}`.\n\nReplaces the value set on line 1 (`/srv`).',
    );
  });

  it('says what a LABEL key records', () => {
    const { document, position } = documentAtCursor('LABEL a="1" \\\n  own|er="ops team"\n', eol);
    const hover = computeHover(document, position);
    expect(hover?.range).toEqual(range(1, 2, 1, 7));
    expect(value(hover)).toBe('**LABEL** `owner` = `ops team`\n\nTemplate metadata: a key-value pair recorded with the template.');
  });

  it('gives a $VAR use the value set above it, and says when the template does not set it', () => {
    const text = 'ENV DIR="/a"\nRUN cd ${DI|R}\nENV DIR="/b"\nRUN cd $DIR && echo $HOME\n';
    const first = documentAtCursor(text, eol);
    const hover = computeHover(first.document, first.position);
    expect(hover?.range).toEqual(range(1, 9, 1, 12));
    expect(value(hover)).toBe('`$DIR` = `/a`\n\nSet by ENV on line 1.');
    const second = computeHover(first.document, { line: 3, character: 9 });
    expect(second?.range).toEqual(range(3, 8, 3, 11));
    expect(value(second)).toBe('`$DIR` = `/b`\n\nSet by ENV on line 3.');
    const home = computeHover(first.document, { line: 3, character: 22 });
    expect(home?.range).toEqual(range(3, 21, 3, 25));
    expect(value(home)).toContain('`$HOME` is not set by an ENV above this line');
  });

  it('explains a COMPONENT --name parameter with the values passed elsewhere', () => {
    const text = 'COMPONENT ic-abc --po|rt 80\nCOMPONENT ic-abc --port 8080\n';
    const { document, position } = documentAtCursor(text, eol);
    const hover = computeHover(document, position);
    expect(hover?.range).toEqual(range(0, 17, 0, 23));
    expect(value(hover)).toBe(
      "Parameter `port` of component `ic-abc` = `80`\n\nPassed to the component's `Parameters` (YAML components); a parameter without a `DefaultValue` must be passed.\n\nAlso passed elsewhere in this template: `8080`.",
    );
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
