// Item: every --format, each read back by a reader of that format: the OASIS SARIF 2.1.0 schema (ajv), ESLint's
// own html and json-with-metadata formatters, an XML parser (fast-xml-parser, and xmllint where installed).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rules } from '@buildcontent/core';
import { main } from '../src/main.js';
import { runCli, tempDir } from './cli-kit.js';

const run = (argv: string[], options?: { cwd?: string; stdin?: string }) => runCli(main, argv, options);

// A path that needs escaping in every format: a space, a comma, a colon, a percent sign, a quote and an ampersand.
const ODD = 'a b/we,ird:"na&me"%.buildcontent';
const files = () => tempDir({ [ODD]: 'run x\nRESTART now\n', 'ok.buildcontent': 'RUN echo ok\n' });
const KEYWORD_CASE =
  'Write run as RUN: the service documents upper-case keywords only, and does not say that others are accepted.';
const RESTART =
  'RESTART takes no content. The service refuses it with NotEmptyCommandContent.RESTART, documented as "If the RESTART command exists in the template, you must specify RESTART." (copied from the EmptyCommandContent rows; it means: leave RESTART empty).';

describe('--format sarif: valid against the SARIF 2.1.0 schema', () => {
  // The schema's language pattern is not valid with the u flag (ajv's default), so patterns compile without it.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajvFormats.default(ajv); // a CommonJS module: its default export is under .default in ESM
  const validate = ajv.compile(JSON.parse(readFileSync(join(__dirname, 'fixtures/sarif-schema-2.1.0.json'), 'utf8')));

  it('a relative path with odd characters: a percent-encoded URI against %SRCROOT%, tool version, rule help', async () => {
    const dir = files();
    const { stdout } = await run(['lint', '-f', 'sarif', '.'], { cwd: dir });
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.version).toBe(
      JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')).version,
    );
    expect(sarifRun.originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(`${dir}/`).href);
    expect(sarifRun.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation)).toEqual([
      { uri: 'a%20b/we%2Cird%3A%22na%26me%22%25.buildcontent', uriBaseId: '%SRCROOT%' },
      { uri: 'a%20b/we%2Cird%3A%22na%26me%22%25.buildcontent', uriBaseId: '%SRCROOT%' },
    ]);
    const restart = sarifRun.tool.driver.rules.find((r: any) => r.id === 'NotEmptyCommandContent.RESTART');
    const rule = rules.find((r) => r.id === 'restart-not-empty')!;
    expect(restart).toEqual({
      id: 'NotEmptyCommandContent.RESTART',
      name: 'restart-not-empty',
      shortDescription: { text: rule.description },
      fullDescription: {
        text: `${rule.description} NotEmptyCommandContent.RESTART is the service's own error code; rule restart-not-empty reports NotEmptyCommandContent.RESTART.`,
      },
      help: {
        text: `${rule.description} Documentation: ${rule.href}`,
        markdown: `${rule.description}\n\nDocumentation: [restart-not-empty](${rule.href})`,
      },
      helpUri: rule.href,
      defaultConfiguration: { level: 'error' },
      properties: { rule: 'restart-not-empty' },
    });
  });

  it.each([
    [['-'], '%3Cstdin%3E'],
    [['--stdin-filename', 'dir x/t.buildcontent', '-'], 'dir%20x/t.buildcontent'],
  ])('stdin (%j) has a valid URI too: %s', async (argv, uri) => {
    const { stdout } = await run(['lint', '-f', 'sarif', ...argv], { stdin: 'RUN\n' });
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri,
      uriBaseId: '%SRCROOT%',
    });
  });

  it('an absolute path is a file: URI', async () => {
    const dir = files();
    const { stdout } = await run(['lint', '-f', 'sarif', join(dir, ODD)], { cwd: '/' });
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const encodedDir = dir.split('/').map(encodeURIComponent).join('/');
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: `file://${encodedDir}/a%20b/we%2Cird%3A%22na%26me%22%25.buildcontent`,
    });
  });
});

describe("--format json: ESLint's LintResult, read by ESLint's own formatters", () => {
  const formatters = join(dirname(createRequire(import.meta.url).resolve('eslint')), 'cli-engine/formatters');
  const rulesMeta = Object.fromEntries(
    rules.flatMap((r) =>
      r.codes.map((code) => [code, { type: 'problem', docs: { description: r.description, url: r.href } }]),
    ),
  );

  it('html renders every finding with its rule link', async () => {
    const dir = files();
    const results = JSON.parse((await run(['lint', '-f', 'json', '.'], { cwd: dir })).stdout);
    const html = (await import(pathToFileURL(join(formatters, 'html.js')).href)).default(results, {
      cwd: dir,
      rulesMeta,
    });
    expect(html).toContain('2 problems (1 error, 1 warning)');
    expect(html).toContain(`${join(dir, 'a b/we,ird:&#34;na&#38;me&#34;%.buildcontent')}`);
    expect(html).toContain(`href="${rules.find((r) => r.id === 'keyword-case')!.href}"`);
    expect(html).toContain('Write run as RUN');
  });

  it('json-with-metadata carries our results and the rules meta through unchanged', async () => {
    const dir = files();
    const results = JSON.parse((await run(['lint', '-f', 'json', '.'], { cwd: dir })).stdout);
    const output = JSON.parse(
      (await import(pathToFileURL(join(formatters, 'json-with-metadata.js')).href)).default(results, {
        cwd: dir,
        rulesMeta,
      }),
    );
    expect(output.results).toEqual(results);
    expect(output.metadata.cwd).toBe(dir);
    expect(
      results.map((r: any) => [
        r.filePath,
        r.errorCount,
        r.warningCount,
        r.messages.map((m: any) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId}`),
      ]),
    ).toEqual([
      [join(dir, 'ok.buildcontent'), 0, 0, []],
      [join(dir, ODD), 1, 1, ['1:1-1:4 1 keyword-case', '2:9-2:12 2 NotEmptyCommandContent.RESTART']],
    ]);
  });

  it("carries every field of ESLint's documented LintResult and LintMessage", async () => {
    const { stdout } = await run(['lint', '-f', 'json', '-'], { stdin: 'run x\n' });
    const [result] = JSON.parse(stdout);
    expect(Object.keys(result).sort()).toEqual([
      'errorCount',
      'fatalErrorCount',
      'filePath',
      'fixableErrorCount',
      'fixableWarningCount',
      'messages',
      'suppressedMessages',
      'usedDeprecatedRules',
      'warningCount',
    ]);
    expect(Object.keys(result.messages[0]).sort()).toEqual([
      'column',
      'endColumn',
      'endLine',
      'fix',
      'line',
      'message',
      'ruleId',
      'severity',
    ]);
  });

  it('a fix of several edits is one ESLint replacement that keeps the text between them', async () => {
    const text = 'run yum install nginx\n';
    const [result] = JSON.parse((await run(['lint', '-f', 'json', '-'], { stdin: text })).stdout);
    for (const { fix } of result.messages.filter((m: any) => m.fix)) {
      const fixed = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
      expect(fixed).toMatch(/^(RUN yum install nginx|run yum install -y nginx)\n$/);
    }
  });
});

describe('--format checkstyle and junit: well-formed XML', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  const xmllint = spawnSync('xmllint', ['--version']).status === 0;

  it.each(['checkstyle', 'junit'])('%s parses, with the odd path and messages escaped', async (format) => {
    const { stdout } = await run(['lint', '-f', format, '.'], { cwd: files() });
    expect(XMLValidator.validate(stdout)).toBe(true);
    const doc = parser.parse(stdout);
    if (format === 'checkstyle') {
      expect(doc.checkstyle.file.map((f: any) => f.name)).toEqual([
        'ok.buildcontent',
        'a b/we,ird:"na&me"%.buildcontent',
      ]);
      expect(doc.checkstyle.file[1].error).toEqual([
        { line: '1', column: '1', severity: 'warning', message: KEYWORD_CASE, source: 'buildcontent.keyword-case' },
        {
          line: '2',
          column: '9',
          severity: 'error',
          message: RESTART,
          source: 'buildcontent.NotEmptyCommandContent.RESTART',
        },
      ]);
    } else {
      expect(doc.testsuites).toMatchObject({ name: 'buildcontent', tests: '3', failures: '2', errors: '0' });
      expect(doc.testsuites.testsuite[0].testcase).toEqual({ name: 'ok.buildcontent', classname: 'ok.buildcontent' });
      expect(doc.testsuites.testsuite[1].testcase.map((t: any) => [t.name, t.failure.type, t.failure.message])).toEqual(
        [
          [`${ODD}:1:1 keyword-case`, 'warning', KEYWORD_CASE],
          [`${ODD}:2:9 NotEmptyCommandContent.RESTART`, 'error', RESTART],
        ],
      );
    }
  });

  it.skipIf(!xmllint).each(['checkstyle', 'junit'])(
    '%s with control characters passes xmllint (skipped without Debian libxml2-utils)',
    async (format) => {
      const dir = tempDir({ 'c.buildcontent': 'FO\u001b]0;x\u0007O y\n' });
      const { stdout } = await run(['lint', '-f', format, '.'], { cwd: dir });
      const lint = spawnSync('xmllint', ['--noout', '-'], { input: stdout, encoding: 'utf8' });
      expect([lint.status, lint.stderr]).toEqual([0, '']);
      expect(stdout).toContain('FO\\u001b]0;x\\u0007O is not a command');
    },
  );
});

describe('--format github, gnu, gitlab', () => {
  it('github: workflow commands with the runner escaping in properties and data', async () => {
    const { stdout } = await run(['lint', '-f', 'github', ODD], { cwd: files() });
    const file = 'a b/we%2Cird%3A"na&me"%25.buildcontent';
    expect(stdout.split('\n')).toEqual([
      `::warning file=${file},line=1,col=1,endLine=1,endColumn=4,title=keyword-case::${KEYWORD_CASE}`,
      `::error file=${file},line=2,col=9,endLine=2,endColumn=12,title=NotEmptyCommandContent.RESTART::${RESTART}`,
      '',
    ]);
  });

  it('github: info findings are notices, % in a message is %25', async () => {
    const { stdout } = await run(
      ['lint', '-f', 'github', '--severity', 'keyword-case=info', '--stdin-filename', '100%.buildcontent', '-'],
      { stdin: 'run x\n' },
    );
    expect(stdout).toBe(
      `::notice file=100%25.buildcontent,line=1,col=1,endLine=1,endColumn=4,title=keyword-case::${KEYWORD_CASE}\n`,
    );
  });

  it('github: CR and LF in a file name become %0D and %0A, so one annotation stays one line', async () => {
    const { stdout } = await run(['lint', '-f', 'github', '--stdin-filename', 'a\r\nb.buildcontent', '-'], {
      stdin: 'RUN\n',
    });
    expect(stdout).toBe(
      '::error file=a%0D%0Ab.buildcontent,line=1,col=1,endLine=1,endColumn=4,title=EmptyCommandContent.RUN::If the RUN command exists in the template, you must specify RUN.\n',
    );
  });

  it('gnu: file:line:col: severity: message [code]', async () => {
    const { stdout } = await run(['lint', '-f', 'gnu', ODD], { cwd: files() });
    expect(stdout).toBe(
      `${ODD}:1:1: warning: ${KEYWORD_CASE} [keyword-case]\n${ODD}:2:9: error: ${RESTART} [NotEmptyCommandContent.RESTART]\n`,
    );
  });

  it('gitlab: Code Quality issues whose fingerprints survive lines added above and tell equal findings apart', async () => {
    const before = JSON.parse((await run(['lint', '-f', 'gitlab', '-'], { stdin: 'run a\nrun a\n' })).stdout);
    const after = JSON.parse((await run(['lint', '-f', 'gitlab', '-'], { stdin: 'RUN new\n\nrun a\nrun a\n' })).stdout);
    expect(before.map((i: any) => [i.check_name, i.severity, i.location])).toEqual([
      ['keyword-case', 'minor', { path: '<stdin>', lines: { begin: 1, end: 1 } }],
      ['keyword-case', 'minor', { path: '<stdin>', lines: { begin: 2, end: 2 } }],
    ]);
    expect(before[0]).toMatchObject({ type: 'issue', description: KEYWORD_CASE });
    expect(before[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(before[0].fingerprint).not.toBe(before[1].fingerprint);
    expect(after.map((i: any) => i.fingerprint)).toEqual(before.map((i: any) => i.fingerprint));
  });
});

describe('-o, --max-warnings', () => {
  it('-o writes the report atomically, keeps an existing file mode, and stylish still goes to the terminal', async () => {
    const dir = files();
    writeFileSync(join(dir, 'report.sarif'), 'old');
    chmodSync(join(dir, 'report.sarif'), 0o640);
    const withFile = await run(['lint', '-f', 'sarif', '-o', 'report.sarif', ODD], { cwd: dir });
    const direct = await run(['lint', '-f', 'sarif', ODD], { cwd: dir });
    const stylish = await run(['lint', ODD], { cwd: dir });
    expect(withFile).toEqual({ code: 1, stdout: stylish.stdout, stderr: '' });
    expect(readFileSync(join(dir, 'report.sarif'), 'utf8')).toBe(direct.stdout);
    expect(statSync(join(dir, 'report.sarif')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('-o into a folder that does not exist is one clear line, exit 2', async () => {
    const { code, stderr } = await run(['lint', '-o', 'no/such/dir/r.json', ODD], { cwd: files() });
    expect([code, stderr]).toEqual([2, 'buildcontent lint: no/such/dir/r.json: cannot write the report (ENOENT)\n']);
  });

  it.each([
    [['--max-warnings', '2'], 0, ''],
    [['--max-warnings', '1'], 1, 'buildcontent lint: 2 warnings, more than --max-warnings 1\n'],
    [['--max-warnings=-1'], 0, ''],
  ])('%j on two warnings: exit %i', async (flags, code, stderr) => {
    const result = await run(['lint', ...flags, '-'], { stdin: 'run a\nrun b\n' });
    expect([result.code, result.stderr]).toEqual([code, stderr]);
  });
});
