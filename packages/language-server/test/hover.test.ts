import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { expectHover } from '../../../test/kit/index.js';
import { COMMANDS_DOC_URL, CREATE_IMAGE_PIPELINE_DOC_URL } from '../src/command-reference.js';
import { DESCRIBE_IMAGE_COMPONENTS_URL } from '../src/features/document-links.js';
import { markdownToPlainText } from '../src/features/hover.js';

describe('computeHover', () => {
  it('explains a command on its keyword, with forms, rules and the documentation link', () => {
    const hovers = expectHover('RUN a\n<|CO<|>PY|> https://example.com/a /tmp/\n', {
      contains: [
        '**COPY**',
        'COPY <source> <destination>',
        'URLs with a query string are not supported.',
        `[Documentation](${COMMANDS_DOC_URL})`,
      ],
    });
    for (const hover of hovers) expect((hover!.contents as MarkupContent).kind).toBe(MarkupKind.Markdown);
  });

  it('works at the end of a lower-case keyword', () => {
    expectHover('<|restart<|>|>\n', { contains: ['Restarts the intermediate instance.'] });
  });

  it('explains the FROM source type and marks FROM deprecated', () => {
    expectHover('FROM <|IMAGE_FAM<|>ILY|>:ubuntu\n', {
      contains: ['newest image of an image family', CREATE_IMAGE_PIPELINE_DOC_URL],
    });
    expectHover('<|FR<|>OM|> IMAGE:m-1', { contains: ['*(deprecated)*'] });
  });

  it('describes a component ARN', () => {
    expectHover(
      'COMPONENT <|acs:ecs:cn-hangzhou:123:imagecomponent/Nginx/1.*.*<|>|> --port 80\n',
      'Image component **Nginx**, version `1.*.*`\n\n- region: `cn-hangzhou`\n- account: `123`\n\n' +
        `No page shows a single component: look it up with the API reference's [DescribeImageComponents](${DESCRIBE_IMAGE_COMPONENTS_URL}) (\`RegionId\` = \`cn-hangzhou\`, \`Name\` = \`Nginx\`).`,
    );
  });

  it('says what an ENV key sets, and what earlier value it replaces', () => {
    expectHover(
      'ENV APP_HOME="/srv"\nRUN a\nENV <|APP_H<|>OME|>="/srv/www" PORT=80\n',
      '**ENV** `APP_HOME` = `/srv/www`\n\nAn environment variable of the build instance, for the commands that follow: the shell expands `$APP_HOME` and `${APP_HOME}`.\n\nReplaces the value set on line 1 (`/srv`).',
    );
  });

  it('says what a LABEL key records, on a continuation line', () => {
    expectHover(
      'LABEL a="1" \\\n  <|own<|>er|>="ops team"\n',
      '**LABEL** `owner` = `ops team`\n\nTemplate metadata: a key-value pair recorded with the template.',
    );
  });

  it('gives a $VAR use the value set above it, and says when the template does not set it', () => {
    const template = (use: string) => `ENV DIR="/a"\nRUN cd \${DIR}\nENV DIR="/b"\nRUN cd ${use}\n`;
    expectHover('ENV DIR="/a"\nRUN cd ${<|DI<|>R|>}\nENV DIR="/b"\n', '`$DIR` = `/a`\n\nSet by ENV on line 1.');
    expectHover(template('$<|D<|>IR|> && echo $HOME'), '`$DIR` = `/b`\n\nSet by ENV on line 3.');
    expectHover(template('$DIR && echo $<|HO<|>ME|>'), { contains: ['`$HOME` is not set by an ENV above this line'] });
  });

  it('gives a $VAR use its value in a command with shell pipes', () => {
    expectHover(
      'ENV LOG="/var/log/app"\nRUN cat $<|LO<|>G|>/*.log | grep -v debug || true\n',
      '`$LOG` = `/var/log/app`\n\nSet by ENV on line 1.',
    );
  });

  it('explains a COMPONENT --name parameter with the values passed elsewhere', () => {
    expectHover(
      'COMPONENT ic-abc <|--po<|>rt|> 80\nCOMPONENT ic-abc --port 8080\n',
      "Parameter `port` of component `ic-abc` = `80`\n\nPassed to the component's `Parameters` (YAML components); a parameter without a `DefaultValue` must be passed.\n\nAlso passed elsewhere in this template: `8080`.",
    );
  });

  it('gives plain text to clients without Markdown', () => {
    const hovers = expectHover(
      '<|<|>USER|> admin',
      { contains: [`Documentation: ${COMMANDS_DOC_URL}`] },
      { markdown: false },
    );
    for (const hover of hovers) {
      expect((hover!.contents as MarkupContent).kind).toBe(MarkupKind.PlainText);
      expect((hover!.contents as MarkupContent).value).not.toContain('**');
    }
  });

  it.each(['RUN ec<|>ho', '<|>\n', '# RU<|>N', 'ADD<|> a b', 'RUN a <|>| b'])(
    'has nothing to say on arguments, blank lines, comments, unknown commands or a pipe: %j',
    (template) => {
      expectHover(template, null);
    },
  );
});

describe('markdownToPlainText', () => {
  it('drops the Markdown markup', () => {
    expect(markdownToPlainText('**A** *b* `c` [d](http://e)\n```x\ny\n```')).toBe('A b c d: http://e\ny\n');
  });
});
