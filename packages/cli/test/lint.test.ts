import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { runCli, tempDir } from './cli-kit.js';
import { rules } from '@buildcontent/core';

const run = (argv: string[], options?: { cwd?: string; stdin?: string }) => runCli(main, argv, options);

describe('buildcontent lint', () => {
  it('stylish: file:line:col, severity, message, code; exit 1 on errors', async () => {
    const dir = tempDir({ 'a.buildcontent': 'RUN echo hi\nRESTART now\nrun x\n' });
    const { code, stdout } = await run(['lint', 'a.buildcontent'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'a.buildcontent:2:9  error    RESTART takes no content. The service refuses it with NotEmptyCommandContent.RESTART, documented as "If the RESTART command exists in the template, you must specify RESTART." (copied from the EmptyCommandContent rows; it means: leave RESTART empty).  NotEmptyCommandContent.RESTART',
      'a.buildcontent:3:1  warning  Write run as RUN: the service documents upper-case keywords only, and does not say that others are accepted.  keyword-case',
      '',
      '2 problems (1 error, 1 warning) in 1 file',
      '',
    ]);
  });

  it('exit 0 when only warnings, and a clean summary when nothing is found', async () => {
    const dir = tempDir({ 'w.imagebuilder': 'run x\n', 'ok.buildcontent': 'RUN echo ok\n' });
    expect((await run(['lint', 'w.imagebuilder'], { cwd: dir })).code).toBe(0);
    expect(await run(['lint', 'ok.buildcontent'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '1 file checked, no problems\n',
      stderr: '',
    });
  });

  it('--format json: ESLint formatter shape with 1-based lines and columns', async () => {
    const dir = tempDir({ 'a.buildcontent': 'RUN\r\nADD a b\r\n' });
    const { code, stdout } = await run(['lint', '--format', 'json', 'a.buildcontent'], { cwd: dir });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        filePath: join(dir, 'a.buildcontent'),
        messages: [
          {
            ruleId: 'EmptyCommandContent.RUN',
            severity: 2,
            message: 'If the RUN command exists in the template, you must specify RUN.',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 4,
            fix: { range: [0, 5], text: '' },
            suggestions: [
              {
                desc: 'Fill RUN with its documented form',
                fix: { range: [3, 3], text: ' echo "TODO: the command to run"' },
              },
            ],
          },
          {
            ruleId: 'InvalidImageTemplateCommand.NotSupported',
            severity: 2,
            message:
              'ADD is not a command Image Builder supports. Use COPY: COPY copies local files and downloads http(s) URLs.',
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 4,
            // ADD -> COPY changes meaning: a suggestion, so no ESLint fix.
            suggestions: [
              { desc: 'Change ADD to COPY', fix: { range: [5, 8], text: 'COPY' } },
              { desc: 'Remove this command', fix: { range: [5, 14], text: '' } },
            ],
          },
        ],
        suppressedMessages: [],
        errorCount: 2,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 1,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ]);
  });

  it('--format sarif: SARIF 2.1.0 with the rule, level and 1-based region', async () => {
    const dir = tempDir({ 'a.buildcontent': 'RUN echo\nrun x\n' });
    const { code, stdout } = await run(['lint', '--format', 'sarif', 'a.buildcontent'], { cwd: dir });
    expect(code).toBe(0);
    const run0 = JSON.parse(stdout).runs[0];
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['keyword-case']);
    expect(run0.results).toEqual([
      {
        ruleId: 'keyword-case',
        ruleIndex: 0,
        level: 'warning',
        message: {
          text: 'Write run as RUN: the service documents upper-case keywords only, and does not say that others are accepted.',
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'a.buildcontent', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 4 },
            },
          },
        ],
      },
    ]);
  });

  it('walks folders for *.buildcontent and *.imagebuilder only', async () => {
    const dir = tempDir({ 'a.buildcontent': 'RUN\n', 'b.imagebuilder': 'USER\n', 'c.txt': 'RUN\n' });
    const { stdout } = await run(['lint', '--format', 'json', '.'], { cwd: dir });
    expect(JSON.parse(stdout).map((f: { filePath: string }) => f.filePath)).toEqual([
      join(dir, 'a.buildcontent'),
      join(dir, 'b.imagebuilder'),
    ]);
  });

  it('- reads stdin', async () => {
    const { code, stdout } = await run(['lint', '-'], { stdin: 'WORKDIR\n' });
    expect(code).toBe(1);
    expect(stdout).toContain(
      '<stdin>:1:1  error    If the WORKDIR command exists in the template, you must specify WORKDIR.  EmptyCommandContent.WORKDIR',
    );
  });

  it('reads the parameters file beside the template for the request cross checks', async () => {
    const dir = tempDir({
      'web.buildcontent': 'COPY https://example.com/a.tgz /opt/\n',
      'web.pipeline.json': '{"RegionId":"cn-hangzhou","InternetMaxBandwidthOut":0}',
    });
    const { stdout } = await run(['lint', 'web.buildcontent'], { cwd: dir });
    expect(stdout).toContain(
      'web.buildcontent:1:6  warning  COPY downloads https://example.com/a.tgz, but InternetMaxBandwidthOut is 0',
    );
  });

  it('.buildcontentrc.json and --severity override severities; --from selects the FROM behaviour', async () => {
    const dir = tempDir({
      'a.buildcontent': 'FROM IMAGE:m-1\nrun x\n',
      '.buildcontentrc.json': '{"severity":{"keyword-case":"off"}}',
    });
    const { code, stdout } = await run(['lint', '--format', 'json', '--from', 'ignored', 'a.buildcontent'], {
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['from-ignored']);
    const raised = await run(['lint', '--format', 'json', '--severity', 'keyword-case=error', 'a.buildcontent'], {
      cwd: dir,
    });
    expect(raised.code).toBe(1);
  });

  it('--fix applies the quick fixes, writes atomically and only when the text changed', async () => {
    const dir = tempDir({
      'a.buildcontent': 'run yum install -y nginx\nRESTART now\nENV a=b\n',
      'ok.buildcontent': 'RUN echo ok\n',
    });
    const okBefore = statSync(join(dir, 'ok.buildcontent')).mtimeMs;
    const { code } = await run(['lint', '--fix', 'a.buildcontent', 'ok.buildcontent'], { cwd: dir });
    expect(code).toBe(0);
    // Automatic fixes only (adding -y or ADD -> COPY would change meaning: those are editor suggestions).
    expect(readFileSync(join(dir, 'a.buildcontent'), 'utf8')).toBe('RUN yum install -y nginx\nRESTART\nENV a="b"\n');
    expect(statSync(join(dir, 'ok.buildcontent')).mtimeMs).toBe(okBefore);
  });

  it('usage errors and unreadable files: one clear line on stderr, exit 2, no stack trace', async () => {
    expect(await run(['lint', 'missing.buildcontent'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'buildcontent lint: missing.buildcontent: no such file or directory\n',
    });
    expect(await run(['lint', '--format', 'xml', 'examples'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'buildcontent lint: --format must be one of stylish, json, sarif, github, gitlab, checkstyle, junit, gnu, not xml\n',
    });
    const unknown = await run(['lint', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^buildcontent lint: Unknown option '--bogus'/);
    expect(unknown.stderr).not.toContain('    at ');
    const badConfig = tempDir({ '.buildcontentrc.json': '{"from": "sometimes"}', 'a.buildcontent': 'RUN a\n' });
    expect((await run(['lint', 'a.buildcontent'], { cwd: badConfig })).stderr).toContain(
      '"from" must be "override" or "ignored"',
    );
  });

  it('lints the bundled examples with real findings', async () => {
    const { code, stdout } = await run(['lint', 'examples']);
    expect(code).toBe(1);
    // Every service error code the checks know is produced by at least one bundled example.
    const serviceCodes = rules.flatMap((r) => r.codes).filter((c) => /^[A-Z]/.test(c));
    expect(serviceCodes.length).toBeGreaterThanOrEqual(23);
    for (const code of serviceCodes) expect(stdout, code).toContain(`  ${code}\n`);
  });
});

describe('buildcontent parse', () => {
  it('prints the AST as JSON with upper-cased keywords and ranges', async () => {
    const { code, stdout } = await run(['parse', '-'], { stdin: 'run echo hi\n' });
    expect(code).toBe(0);
    const ast = JSON.parse(stdout);
    expect(ast.commands[0]).toMatchObject({
      keyword: 'RUN',
      kind: 'RUN',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } },
    });
    expect(ast.text).toBeUndefined();
  });
  it('wants exactly one file', async () => {
    expect(await run(['parse'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'buildcontent parse: parse takes exactly one file (or - for stdin), 0 given; see --help\n',
    });
  });
});
