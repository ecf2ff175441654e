import {
  checksOfCommand,
  COMMAND_KINDS,
  COMMAND_REFERENCE,
  COMMANDS_DOC_URL,
  CREATE_IMAGE_PIPELINE_DOC_URL,
} from '@buildcontent/core';
import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { expectHover } from '../../../test/kit/index.js';
import { DESCRIBE_IMAGE_COMPONENTS_URL } from '../src/features/document-links.js';
import { markdownToPlainText } from '../src/features/hover.js';

describe('computeHover', () => {
  it('explains a command on its keyword: forms, the checks the registry runs, request parameters, the link', () => {
    const rules = 'https://github.com/buildcontent/buildcontent/blob/main/packages/core/src/checks/rules';
    const hovers = expectHover('RUN a\n<|CO<|>PY|> https://example.com/a /tmp/\n', {
      contains: [
        '**COPY**: Copies a file from the network or from the intermediate instance to a directory on the instance.\n\n' +
          '```buildcontent\nCOPY <source> <destination>\n```\n\n- Applies to Linux images only.\n\nChecked:\n' +
          `- RUN, ENV, WORKDIR, COPY, USER, LABEL, CMD and ENTRYPOINT need content. ([empty-command-content](${rules}/empty-command-content.md): \`EmptyCommandContent.COPY\`)\n` +
          `- COPY takes exactly two operands: a source (URL or path) and a destination. ([copy-operands](${rules}/copy-operands.md): \`InvalidCommandContent.COPY\`, \`copy-operands\`)\n` +
          `- COPY URLs: no query strings (wget drops them); the build instance needs internet access. ([copy-url](${rules}/copy-url.md): \`copy-url-query\`, \`copy-url-without-internet\`)\n` +
          `- Heredocs (\\<\\<EOF) are not documented for Image Builder. ([heredoc](${rules}/heredoc.md): \`heredoc\`)\n`,
        'Request parameters:\n- `InternetMaxBandwidthOut`: Outbound public bandwidth of the build instance in Mbit/s, 0-100. ' +
          'With 0 the instance cannot reach the internet (COPY from a URL fails). Default: `0`.\n\n' +
          `[Documentation](${COMMANDS_DOC_URL})`,
      ],
    });
    for (const hover of hovers) expect((hover!.contents as MarkupContent).kind).toBe(MarkupKind.Markdown);
  });

  it.each(COMMAND_KINDS)('shows every check the registry runs on %s, with its code', (kind) => {
    const checks = checksOfCommand(kind);
    expect(checks.length).toBeGreaterThan(0);
    expectHover(`<|${kind}<|>|>\n`, {
      contains: [
        `**${kind}**`,
        COMMAND_REFERENCE[kind].forms[0].label,
        ...checks.map((check) => `\`${check.code}\``),
        ...checks.map((check) => `${check.description.replace(/</g, '\\<')} ([${check.rule}](${check.href}): `),
      ],
    });
  });

  it('escapes what Markdown would take for HTML, and the plain-text hover gives it back', () => {
    const description = 'FROM must be IMAGE:<image id> or IMAGE_FAMILY:<family name>.';
    expectHover('<|FR<|>OM|> IMAGE:m-1', { contains: [description.replace(/</g, '\\<')] });
    expectHover('<|FR<|>OM|> IMAGE:m-1', { contains: [description] }, { markdown: false });
  });

  it('explains a code or rule id in a suppression comment from the rule registry', () => {
    const rules = 'https://github.com/buildcontent/buildcontent/blob/main/packages/core/src/checks/rules';
    expectHover(
      '# buildcontent-ignore <|copy-url<|>-query|>, EmptyCommandContent.RUN\nRUN a\n',
      '**copy-url** (warning): COPY URLs: no query strings (wget drops them); the build instance needs internet access.\n\n' +
        `Codes: \`copy-url-query\`\n\n[Rule documentation](${rules}/copy-url.md)`,
    );
    expectHover('# buildcontent-ignore-file copy-url-query,<|<|>restart-not-empty|> # later\nRESTART\n', {
      contains: ['**restart-not-empty** (error): RESTART takes no content.', 'Codes: `NotEmptyCommandContent.RESTART`'],
    });
    expectHover('# buildcontent-ignore no-such-<|>code\nRUN a\n', null);
    expectHover('# buildcontent-ignore copy-url-query  <|> # why\nRUN a\n', null);
  });

  it('works at the end of a lower-case keyword', () => {
    expectHover('<|restart<|>|>\n', { contains: ['Restarts the intermediate instance.'] });
  });

  it('explains the FROM source type and marks FROM deprecated', () => {
    expectHover(
      'FROM <|IMAGE_FAM<|>ILY|>:ubuntu\n',
      '`IMAGE_FAMILY`: the source is the newest image of an image family, named by the family.\n\n' +
        "Same meaning as the request's `BaseImageType`:\n" +
        '- `BaseImageType`: The type of the source image: an image ID, an image family, or image files in OSS (see ImportImageOptions).\n\n' +
        `[Documentation](${CREATE_IMAGE_PIPELINE_DOC_URL})`,
    );
    expectHover('FROM <|image<|>s|>:m-1\n', {
      contains: ['`images` is not a source type: use `IMAGE` or `IMAGE_FAMILY`.'],
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
