// grammar/language-configuration.json: comments, brackets and quotes, and the on-enter rules that keep
// a continued command indented. The rules are applied the way VS Code does: the first rule whose
// regular expressions all match decides.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface OnEnterRule {
  beforeText: string;
  afterText?: string;
  previousLineText?: string;
  action: { indent: 'none' | 'indent' | 'outdent' | 'indentOutdent'; appendText?: string };
}

const config = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'language-configuration.json'), 'utf8'),
) as {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  wordPattern: string;
  onEnterRules: OnEnterRule[];
};

/** The indent action VS Code takes on Enter at the end of `line`, whose previous line is `previous`. */
function onEnter(previous: string, line: string): string | undefined {
  const rule = config.onEnterRules.find(
    (r) =>
      new RegExp(r.beforeText).test(line) &&
      (r.afterText === undefined || new RegExp(r.afterText).test('')) &&
      (r.previousLineText === undefined || new RegExp(r.previousLineText).test(previous)),
  );
  return rule?.action.indent;
}

describe('language configuration', () => {
  it('has # line comments', () => {
    expect(config.comments.lineComment).toBe('#');
  });

  it('pairs the brackets and quotes of JSON arrays and strings', () => {
    expect(config.brackets).toEqual([['[', ']']]);
    expect(config.autoClosingPairs.map((p) => p.open + p.close).sort()).toEqual(['""', "''", '[]']);
    expect(config.autoClosingPairs.find((p) => p.open === '"')?.notIn).toContain('string');
    expect(config.surroundingPairs).toContainEqual(['"', '"']);
  });

  it('word pattern keeps names, ids and versions whole, without `*`, a leading `--` or `$`', () => {
    const words = (text: string) => text.match(new RegExp(config.wordPattern, 'g'));
    expect(words('COMPONENT ic-bp18hy47cqavewsb**** --port 8080')).toEqual([
      'COMPONENT',
      'ic-bp18hy47cqavewsb',
      'port',
      '8080',
    ]);
    expect(words('RUN firewall-cmd --add-port=80/tcp && cp *.conf ${APP_HOME}/v1.2')).toEqual([
      'RUN',
      'firewall-cmd',
      'add-port',
      '80',
      'tcp',
      'cp',
      'conf',
      'APP_HOME',
      'v1.2',
    ]);
  });

  it('Enter after the first line of a continued command indents', () => {
    expect(onEnter('FROM IMAGE:m-1', 'RUN yum update -y && \\')).toBe('indent');
    expect(onEnter('', 'LABEL a="1" \\   ')).toBe('indent');
  });

  it('Enter inside a continued command keeps the indentation', () => {
    expect(onEnter('RUN yum update -y && \\', '    yum install -y nginx && \\')).toBe('none');
  });

  it('Enter after the last line of a continued command outdents', () => {
    expect(onEnter('    yum install -y nginx && \\', '    systemctl enable nginx')).toBe('outdent');
  });

  it('no rule for plain lines, comments or an escaped backslash', () => {
    expect(onEnter('USER root', 'RUN echo hi')).toBeUndefined();
    expect(onEnter('RUN a \\', '# note \\')).toBe('none');
    expect(onEnter('USER root', 'RUN echo \\\\')).toBeUndefined();
  });
});
