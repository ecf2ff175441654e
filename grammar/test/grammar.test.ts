// The TextMate grammar, tokenized by vscode-textmate + vscode-oniguruma (VS Code's own engine):
// the scope of each construct, snapshots of whole templates, and agreement with the core parser on
// where commands and comments are.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../packages/core/src/index.js';
import { createTokenizer, renderTokens, scopesAt, type TokenizedLine } from './textmate.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const fixturesDir = join(here, 'fixtures');
const examplesDir = join(repoRoot, 'examples');
const shellStub = join(fixturesDir, 'shell-stub.tmLanguage.json');
// VS Code's own shell grammar, present once test/vscode-e2e/setup.sh has installed code-server.
const realShellGrammar = join(
  repoRoot,
  'test/vscode-e2e/node_modules/code-server/lib/vscode/extensions/shellscript/syntaxes/shell-unix-bash.tmLanguage.json',
);

const templatesIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.(buildcontent|imagebuilder)$/.test(f))
        .sort()
        .map((f) => join(dir, f))
    : [];
const fixtureFiles = templatesIn(fixturesDir);
const exampleFiles = templatesIn(examplesDir);

let tokenize: (text: string) => TokenizedLine[];
let tokenizeWithShell: (text: string) => TokenizedLine[];

beforeAll(async () => {
  tokenize = await createTokenizer();
  tokenizeWithShell = await createTokenizer({ 'source.shell': shellStub });
});

/** Tokenizes `text` and returns the scopes of `fragment` on `line`. */
function scopes(text: string, line: number, fragment: string, nth = 0): string[] {
  return scopesAt(tokenize(text), line, fragment, nth);
}

describe('keywords', () => {
  it.each(['FROM', 'COMPONENT', 'RUN', 'ENV', 'WORKDIR', 'COPY', 'USER', 'LABEL', 'CMD', 'ENTRYPOINT', 'RESTART'])(
    '%s is a keyword in any case and after indentation',
    (keyword) => {
      const lower = keyword.toLowerCase();
      const text = `${keyword} x\n  ${lower} y\n${keyword[0]}${lower.slice(1)}`;
      expect(scopes(text, 0, keyword)).toContain(`keyword.other.${lower}.buildcontent`);
      expect(scopes(text, 1, lower)).toContain(`keyword.other.${lower}.buildcontent`);
      expect(scopes(text, 2, `${keyword[0]}${lower.slice(1)}`)).toContain(`keyword.other.${lower}.buildcontent`);
    },
  );

  it('is a keyword only at the start of a logical line', () => {
    const text = 'RUN echo RUN \\\n  RUN is an argument here\nRUNNER x';
    expect(scopes(text, 0, 'RUN', 1)).not.toContain('keyword.other.run.buildcontent');
    expect(scopes(text, 1, 'RUN')).not.toContain('keyword.other.run.buildcontent');
    expect(scopes(text, 1, 'RUN')).toContain('meta.command.run.buildcontent');
    expect(scopes(text, 2, 'RUNNER')).toEqual(['source.buildcontent', 'meta.command.unknown.buildcontent']);
  });

  it.each(['ADD', 'ARG', 'EXPOSE', 'VOLUME', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL', 'MAINTAINER'])(
    'Docker-only %s is invalid.illegal',
    (keyword) => {
      expect(scopes(`${keyword} something`, 0, keyword)).toContain('invalid.illegal.unsupported-command.buildcontent');
      expect(scopes(`${keyword.toLowerCase()} something`, 0, keyword.toLowerCase())).toContain(
        'invalid.illegal.unsupported-command.buildcontent',
      );
    },
  );
});

describe('comments', () => {
  it('# starts a comment as the first non-blank character of a line', () => {
    const text = '# top\n   # indented\nRUN echo # part of the shell command';
    expect(scopes(text, 0, 'top')).toContain('comment.line.number-sign.buildcontent');
    expect(scopes(text, 0, '#')).toContain('punctuation.definition.comment.buildcontent');
    expect(scopes(text, 1, 'indented')).toContain('comment.line.number-sign.buildcontent');
    expect(scopes(text, 2, '# part')).not.toContain('comment.line.number-sign.buildcontent');
  });

  it('a comment line inside a continued command is a comment and does not end the command', () => {
    const text = 'RUN a \\\n# note\n  b\nUSER x';
    expect(scopes(text, 1, 'note')).toEqual([
      'source.buildcontent',
      'meta.command.run.buildcontent',
      'meta.embedded.block.shell',
      'comment.line.number-sign.buildcontent',
    ]);
    expect(scopes(text, 2, 'b')).toContain('meta.command.run.buildcontent');
    expect(scopes(text, 3, 'USER')).toContain('keyword.other.user.buildcontent');
  });
});

describe('continuations', () => {
  it('a trailing backslash, blanks after it allowed, continues the command', () => {
    const text = 'ENV A="1" \\   \n    B="2"\nUSER x';
    expect(scopes(text, 0, '\\')).toContain('constant.character.escape.line-continuation.buildcontent');
    expect(scopes(text, 1, 'B')).toEqual([
      'source.buildcontent',
      'meta.command.env.buildcontent',
      'variable.other.env.buildcontent',
    ]);
    expect(scopes(text, 2, 'USER')).toContain('keyword.other.user.buildcontent');
  });

  it('empty lines inside a continued command are skipped, as Docker does', () => {
    const text = 'COPY \\\n\n   \n  ./a /b\nWORKDIR /x';
    expect(scopes(text, 3, './a')).toEqual([
      'source.buildcontent',
      'meta.command.copy.buildcontent',
      'string.unquoted.path.buildcontent',
    ]);
    expect(scopes(text, 4, 'WORKDIR')).toContain('keyword.other.workdir.buildcontent');
  });

  it('an escaped backslash at the end of a line does not continue', () => {
    const text = 'RUN echo \\\\\nRUN next';
    expect(scopes(text, 1, 'RUN')).toContain('keyword.other.run.buildcontent');
  });

  it('a backslash in the middle of a line is not a continuation', () => {
    expect(scopes('RUN echo a\\ b', 0, '\\')).not.toContain('constant.character.escape.line-continuation.buildcontent');
  });

  it('an unclosed string ends with its logical line', () => {
    const text = 'ENV A="open\nUSER x';
    expect(scopes(text, 0, 'open')).toContain('string.quoted.double.buildcontent');
    expect(scopes(text, 1, 'USER')).toContain('keyword.other.user.buildcontent');
  });

  it('a string continues across a continuation', () => {
    const text = 'LABEL a="one \\\ntwo" b="3"';
    expect(scopes(text, 0, '\\')).toContain('constant.character.escape.line-continuation.buildcontent');
    expect(scopes(text, 1, 'two')).toContain('string.quoted.double.buildcontent');
    expect(scopes(text, 1, 'b')).toContain('entity.other.attribute-name.label.buildcontent');
  });
});

describe('ENV and LABEL', () => {
  it('key="value" pairs: key, operator and quoted value', () => {
    const text = 'ENV LANG="en_US.UTF-8" MODE=prod';
    expect(scopes(text, 0, 'LANG')).toContain('variable.other.env.buildcontent');
    expect(scopes(text, 0, '=')).toContain('keyword.operator.assignment.buildcontent');
    expect(scopes(text, 0, 'en_US.UTF-8')).toContain('string.quoted.double.buildcontent');
    expect(scopes(text, 0, '"')).toContain('punctuation.definition.string.begin.buildcontent');
    expect(scopes(text, 0, 'MODE')).toContain('variable.other.env.buildcontent');
    expect(scopes(text, 0, 'prod')).toContain('string.unquoted.value.buildcontent');
  });

  it('legacy ENV key value: the value is the rest of the line', () => {
    const text = 'ENV JAVA_HOME /usr/lib/jvm/java 17';
    expect(scopes(text, 0, 'JAVA_HOME')).toContain('variable.other.env.buildcontent');
    expect(scopes(text, 0, '/usr/lib/jvm/java')).toContain('string.unquoted.value.buildcontent');
    expect(scopes(text, 0, '17')).toContain('string.unquoted.value.buildcontent');
  });

  it('LABEL keys, including one right after a closing quote (the docs example)', () => {
    const text = 'LABEL user="username"\\\ndate="2020-11-11" "quoted key"="v"';
    expect(scopes(text, 0, 'user')).toContain('entity.other.attribute-name.label.buildcontent');
    expect(scopes(text, 1, 'date')).toContain('entity.other.attribute-name.label.buildcontent');
    expect(scopes(text, 1, '2020-11-11')).toContain('string.quoted.double.buildcontent');
    expect(scopes(text, 1, '"quoted key"')).toContain('entity.other.attribute-name.label.buildcontent');
  });
});

describe('exec form', () => {
  it.each(['RUN', 'CMD', 'ENTRYPOINT'])('%s ["a","b"] is a JSON array of strings', (keyword) => {
    const text = `${keyword} ["nginx", "-g", "daemon \\"off\\";"]`;
    const lower = keyword.toLowerCase();
    expect(scopes(text, 0, '[')).toEqual([
      'source.buildcontent',
      `meta.command.${lower}.buildcontent`,
      'meta.structure.array.exec-form.buildcontent',
      'punctuation.definition.array.begin.buildcontent',
    ]);
    expect(scopes(text, 0, 'nginx')).toContain('string.quoted.double.json.buildcontent');
    expect(scopes(text, 0, ',')).toContain('punctuation.separator.array.buildcontent');
    expect(scopes(text, 0, '\\"')).toContain('constant.character.escape.json.buildcontent');
    expect(scopes(text, 0, ']')).toContain('punctuation.definition.array.end.buildcontent');
    expect(scopes(text, 0, 'nginx')).not.toContain('meta.embedded.block.shell');
  });

  it('marks what is not a JSON string', () => {
    const text = 'CMD ["ok", bare, "bad\\q"]';
    expect(scopes(text, 0, 'bare')).toContain('invalid.illegal.expected-string.buildcontent');
    expect(scopes(text, 0, '\\q')).toContain('invalid.illegal.unrecognized-string-escape.buildcontent');
  });
});

describe('shell embedding', () => {
  it('RUN, CMD and ENTRYPOINT shell forms are meta.embedded.block.shell handed to source.shell', () => {
    for (const keyword of ['RUN', 'CMD', 'ENTRYPOINT']) {
      const lines = tokenizeWithShell(`${keyword} echo $HOME`);
      expect(scopesAt(lines, 0, '$HOME')).toEqual([
        'source.buildcontent',
        `meta.command.${keyword.toLowerCase()}.buildcontent`,
        'meta.embedded.block.shell',
        'meta.statement.shell',
        'variable.other.stub.shell',
      ]);
    }
  });

  it('the continuation wins over the shell grammar, also inside a shell string', () => {
    const lines = tokenizeWithShell('RUN echo "a \\\nb" \\\n  && echo c\nUSER x');
    expect(scopesAt(lines, 0, '\\')).toContain('constant.character.escape.line-continuation.buildcontent');
    expect(scopesAt(lines, 0, '\\')).toContain('string.quoted.double.stub.shell');
    expect(scopesAt(lines, 1, '\\')).toContain('constant.character.escape.line-continuation.buildcontent');
    expect(scopesAt(lines, 2, 'echo')).toContain('support.function.builtin.stub.shell');
    expect(scopesAt(lines, 3, 'USER')).toContain('keyword.other.user.buildcontent');
  });

  describe.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
  ])('the first line of shell is highlighted like its continuation lines (%s)', (_, eol) => {
    it.each(['RUN', 'CMD', 'ENTRYPOINT', 'run'])(
      '%s: the first command word is a command, as after a line break',
      (keyword) => {
        const lines = tokenizeWithShell([`${keyword} nginx -t $HOME \\`, '  && nginx -t $HOME'].join(eol));
        expect(scopesAt(lines, 0, 'nginx')).toEqual([
          'source.buildcontent',
          `meta.command.${keyword.toLowerCase()}.buildcontent`,
          'meta.embedded.block.shell',
          'meta.statement.shell',
          'entity.name.command.stub.shell',
        ]);
        expect(scopesAt(lines, 0, 'nginx')).toEqual(scopesAt(lines, 1, 'nginx'));
        expect(scopesAt(lines, 0, '$HOME')).toEqual(scopesAt(lines, 1, '$HOME'));
      },
    );

    it('a shell reserved word after the keyword is left to the shell grammar, not opened as a command', () => {
      const lines = tokenizeWithShell(['RUN if true; then nginx; fi', 'RUN \\', '  nginx -t'].join(eol));
      expect(scopesAt(lines, 0, 'if')).toEqual([
        'source.buildcontent',
        'meta.command.run.buildcontent',
        'meta.embedded.block.shell',
      ]);
      // A keyword alone on its line: the statement starts on the next line, where the shell grammar opens it.
      expect(scopesAt(lines, 1, '\\')).toEqual([
        'source.buildcontent',
        'meta.command.run.buildcontent',
        'meta.embedded.block.shell',
        'constant.character.escape.line-continuation.buildcontent',
      ]);
      expect(scopesAt(lines, 2, 'nginx')).toContain('entity.name.command.stub.shell');
    });

    it.skipIf(!existsSync(realShellGrammar))(
      "with VS Code's own shell grammar, the first line's command has the continuation line's scopes",
      async () => {
        const withBash = await createTokenizer({ 'source.shell': realShellGrammar });
        const lines = withBash(
          ['RUN apt-get install -y nginx $HOME \\', '  && apt-get install -y nginx $HOME'].join(eol),
        );
        const first = scopesAt(lines, 0, 'apt-get');
        expect(first).toContain('entity.name.command.shell');
        expect(first).toEqual(scopesAt(lines, 1, 'apt-get'));
        expect(scopesAt(lines, 0, 'install')).toEqual(scopesAt(lines, 1, 'install'));
        expect(scopesAt(lines, 0, 'HOME')).toEqual(scopesAt(lines, 1, 'HOME'));
      },
    );
  });

  it('without a shell grammar the shell text is still one embedded region', () => {
    expect(scopes('RUN echo $HOME', 0, 'echo $HOME')).toEqual([
      'source.buildcontent',
      'meta.command.run.buildcontent',
      'meta.embedded.block.shell',
    ]);
  });

  it.skipIf(!existsSync(realShellGrammar))(
    "with VS Code's own shell grammar, no RUN spills into the next command",
    async () => {
      const withBash = await createTokenizer({ 'source.shell': realShellGrammar });
      const text = [
        'RUN if [ -f /etc/os-release ]; then \\',
        '      echo "it\'s $(uname -r)"; \\',
        '    fi',
        'USER admin',
        'RUN echo "quote \\',
        '  continues" && ls',
        'WORKDIR /opt',
      ].join('\n');
      const lines = withBash(text);
      expect(scopesAt(lines, 0, 'if')).toContain('meta.embedded.block.shell');
      expect(
        lines[1].tokens.some((t) => t.scopes.some((s) => s.endsWith('.shell') && s !== 'meta.embedded.block.shell')),
      ).toBe(true);
      expect(scopesAt(lines, 3, 'USER')).toContain('keyword.other.user.buildcontent');
      expect(scopesAt(lines, 4, '\\')).toContain('constant.character.escape.line-continuation.buildcontent');
      expect(scopesAt(lines, 6, 'WORKDIR')).toContain('keyword.other.workdir.buildcontent');
    },
  );
  if (!existsSync(realShellGrammar)) {
    console.log(
      `[grammar] VS Code's shell grammar test skipped: ${realShellGrammar} is absent (run test/vscode-e2e/setup.sh)`,
    );
  }
});

describe('COPY, COMPONENT, FROM, WORKDIR, USER, RESTART', () => {
  it('COPY marks http(s) URLs and local paths', () => {
    const text = 'COPY https://example.com/app.tar.gz /opt/app/\nCOPY ./conf.yaml /etc/app/';
    expect(scopes(text, 0, 'https://example.com/app.tar.gz')).toContain('markup.underline.link.url.buildcontent');
    expect(scopes(text, 0, '/opt/app/')).toContain('string.unquoted.path.buildcontent');
    expect(scopes(text, 1, './conf.yaml')).toContain('string.unquoted.path.buildcontent');
  });

  it('COMPONENT ic-… ids and --name value parameters', () => {
    const text = 'COMPONENT ic-bp18hy47cqavewsb**** --x one --msg "two words" --y=2';
    expect(scopes(text, 0, 'ic-bp18hy47cqavewsb****')).toContain('constant.other.component-id.buildcontent');
    expect(scopes(text, 0, '--', 0)).toEqual([
      'source.buildcontent',
      'meta.command.component.buildcontent',
      'variable.parameter.component.buildcontent',
      'punctuation.definition.parameter.buildcontent',
    ]);
    expect(scopes(text, 0, 'x')).toContain('variable.parameter.component.buildcontent');
    expect(scopes(text, 0, 'one')).toContain('string.unquoted.parameter-value.buildcontent');
    expect(scopes(text, 0, 'two words')).toContain('string.quoted.double.buildcontent');
    expect(scopes(text, 0, '=')).toContain('keyword.operator.assignment.buildcontent');
    expect(scopes(text, 0, '2')).toContain('string.unquoted.parameter-value.buildcontent');
  });

  it('COMPONENT ARNs with / or : before a version that may hold *', () => {
    const text =
      'COMPONENT acs:ecs:cn-hangzhou:18689161186*****:imagecomponent/ComponentName/1.*.*\n' +
      'COMPONENT acs:ecs:ap-southeast-1:123456789:imagecomponent/Name:1.0.2';
    expect(scopes(text, 0, 'acs')).toContain('meta.component-arn.buildcontent');
    expect(scopes(text, 0, 'cn-hangzhou')).toContain('constant.other.region.buildcontent');
    expect(scopes(text, 0, '18689161186*****')).toContain('constant.numeric.account-id.buildcontent');
    expect(scopes(text, 0, 'imagecomponent')).toContain('support.type.resource.buildcontent');
    expect(scopes(text, 0, 'ComponentName')).toContain('entity.name.component.buildcontent');
    expect(scopes(text, 0, '1.')).toContain('constant.numeric.version.buildcontent');
    expect(scopes(text, 0, '*', 5)).toContain('keyword.operator.wildcard.buildcontent');
    expect(scopes(text, 1, 'Name')).toContain('entity.name.component.buildcontent');
    expect(scopes(text, 1, '1.0.2')).toContain('constant.numeric.version.buildcontent');
  });

  it('FROM IMAGE:<id> and IMAGE_FAMILY:<name>', () => {
    const text = 'FROM IMAGE:m-bp67acfmxazb4p****\nFROM IMAGE_FAMILY:acs:ubuntu_22_04_x64';
    expect(scopes(text, 0, 'IMAGE')).toContain('support.constant.base-image-type.buildcontent');
    expect(scopes(text, 0, ':')).toContain('punctuation.separator.colon.buildcontent');
    expect(scopes(text, 0, 'm-bp67acfmxazb4p****')).toContain('constant.other.image-id.buildcontent');
    expect(scopes(text, 1, 'IMAGE_FAMILY')).toContain('support.constant.base-image-type.buildcontent');
    expect(scopes(text, 1, 'acs:ubuntu_22_04_x64')).toContain('entity.name.image-family.buildcontent');
  });

  it('WORKDIR path and USER name', () => {
    expect(scopes('WORKDIR /opt/app', 0, '/opt/app')).toContain('string.unquoted.path.buildcontent');
    expect(scopes('USER admin', 0, 'admin')).toContain('variable.other.user.buildcontent');
  });

  it('RESTART is bare: anything after it is invalid', () => {
    expect(scopes('RESTART', 0, 'RESTART')).toContain('keyword.other.restart.buildcontent');
    expect(scopes('RESTART now please', 0, 'now please')).toContain('invalid.illegal.unexpected-argument.buildcontent');
  });
});

/** The region a line's first non-blank character sits in: `meta.command.<x>`, `comment`, or undefined. */
function regionOfLine(lines: TokenizedLine[], line: number): string | undefined {
  const token = lines[line].tokens.find((t) => t.text.trim() !== '');
  if (!token) return undefined;
  return token.scopes.find((s) => s.startsWith('meta.command.')) ?? token.scopes.find((s) => s.startsWith('comment.'));
}

const UNSUPPORTED = new Set([
  'ADD',
  'ARG',
  'EXPOSE',
  'VOLUME',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
  'MAINTAINER',
]);

/** Asserts that every command and comment the core parser finds in `text` sits in the matching grammar region. */
function expectAgreementWithParser(text: string, lines: TokenizedLine[]): void {
  const template = parse(text);
  expect(template.commands.length).toBeGreaterThan(0);
  for (const command of template.commands) {
    const kind =
      command.kind === 'UNKNOWN'
        ? UNSUPPORTED.has(command.keyword)
          ? 'unsupported'
          : 'unknown'
        : command.kind.toLowerCase();
    const first = command.range.start.line;
    expect(regionOfLine(lines, first), `line ${first + 1}`).toBe(`meta.command.${kind}.buildcontent`);
    if (command.kind !== 'UNKNOWN') {
      expect(scopesAt(lines, first, command.keywordNode.text)).toContain(`keyword.other.${kind}.buildcontent`);
    }
    for (let line = first + 1; line <= command.range.end.line; line++) {
      if (command.innerComments.some((c) => c.range.start.line === line)) {
        expect(regionOfLine(lines, line), `line ${line + 1}`).toBe(`meta.command.${kind}.buildcontent`);
        expect(lines[line].tokens.some((t) => t.scopes.includes('comment.line.number-sign.buildcontent'))).toBe(true);
      } else if (lines[line].text.trim() !== '') {
        expect(regionOfLine(lines, line), `line ${line + 1}`).toBe(`meta.command.${kind}.buildcontent`);
      }
    }
  }
  for (const comment of [...template.comments, ...template.directives]) {
    expect(regionOfLine(lines, comment.range.start.line), `line ${comment.range.start.line + 1}`).toBe(
      'comment.line.number-sign.buildcontent',
    );
  }
}

// The grammar knows only the default escape character; templates with `# escape=`` are left out.
const agreementFiles = [...fixtureFiles, ...exampleFiles]
  .filter((file) => parse(readFileSync(file, 'utf8')).escapeChar === '\\')
  .map((file) => [basename(file), file]);

describe('agreement with the core parser', () => {
  it.each(agreementFiles)('%s: commands and comments sit where the parser puts them', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expectAgreementWithParser(text, tokenize(text));
  });

  it.skipIf(!existsSync(realShellGrammar))(
    "the same with VS Code's shell grammar embedded: no command spills into the next",
    async () => {
      const withBash = await createTokenizer({ 'source.shell': realShellGrammar });
      for (const [, file] of agreementFiles) {
        const text = readFileSync(file, 'utf8');
        expectAgreementWithParser(text, withBash(text));
      }
    },
  );
});

describe('snapshots', () => {
  it('there is at least one template to snapshot', () => {
    expect(fixtureFiles.length).toBeGreaterThan(0);
  });
  if (exampleFiles.length === 0)
    console.log(`[grammar] no templates in ${examplesDir} yet; only fixtures are snapshotted`);

  it.each(fixtureFiles.map((f) => [basename(f), f]))('fixture %s', async (name, file) => {
    await expect(renderTokens(tokenize(readFileSync(file, 'utf8')))).toMatchFileSnapshot(
      join(here, 'snapshots', 'fixtures', `${name}.snap`),
    );
  });
  it.each(exampleFiles.map((f) => [basename(f), f]))('example %s', async (name, file) => {
    await expect(renderTokens(tokenize(readFileSync(file, 'utf8')))).toMatchFileSnapshot(
      join(here, 'snapshots', 'examples', `${name}.snap`),
    );
  });
});
