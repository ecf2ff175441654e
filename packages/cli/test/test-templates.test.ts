// Test templates in the CLI: `lint` of a folder lints <name>.test.buildcontent as a template (its findings
// name its own file), inline TestContent is linted in the parameters file, and `request` sends the test
// template as TestContent (`--test` names another) and refuses while it has an error.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { runCli, tempDir } from './cli-kit.js';

const run = (argv: string[], cwd: string) => runCli(main, argv, { cwd });
const PARAMS = { RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-1' };
const dirs: string[] = [];
const project = (files: Record<string, string>) => {
  const dir = tempDir(files);
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `path:line:col code` of each finding of the stylish output. */
const findings = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => /^\S+:\d+:\d+\s/.test(line))
    .map((line) => `${line.split(/\s+/)[0]} ${line.trim().split(/\s+/).pop()}`);

describe('buildcontent lint: test templates', () => {
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`${name}: a folder's test template is linted with the template rules, its findings under its own name`, async () => {
      const dir = project({
        'web.buildcontent': `RUN echo build${eol}`,
        'web.test.buildcontent': `RUN test -f /a${eol}RESTART now${eol}`,
        'web.pipeline.json': JSON.stringify(PARAMS),
      });
      const { code, stdout } = await run(['lint', '.'], dir);
      expect(findings(stdout)).toEqual(['web.test.buildcontent:2:9 NotEmptyCommandContent.RESTART']);
      expect(code).toBe(1);
    });
  }

  it('inline TestContent is linted in the parameters file, at its place inside the JSON string', async () => {
    const params = `{\n  "RegionId": "cn-hangzhou", "BaseImageType": "IMAGE", "BaseImage": "m-1",\n  "TestContent": "RUN \\"\\u00e9\\"\\nRESTART now"\n}\n`;
    const dir = project({ 'web.buildcontent': 'RUN echo build\n', 'web.pipeline.json': params });
    const { code, stdout } = await run(['lint', '.'], dir);
    // Line 3, column of `now`: `  "TestContent": "RUN \"\u00e9\"\nRESTART ` is 42 characters.
    expect(params.split('\n')[2].indexOf('now')).toBe(42);
    expect(findings(stdout)).toEqual([
      'web.buildcontent:1:1 parameters-file',
      'web.pipeline.json:3:43 NotEmptyCommandContent.RESTART',
    ]);
    expect(code).toBe(1);
  });

  it('the parameters file is reported once, with the build template, not again with the test template', async () => {
    const params = JSON.stringify({ ...PARAMS, TestContent: 'RUN b' });
    const dir = project({
      'web.buildcontent': 'RUN echo build\n',
      'web.test.buildcontent': 'RUN test -f /a\n',
      'web.pipeline.json': params,
    });
    const { stdout } = await run(['lint', '.'], dir);
    // At the key: TestContent is given twice.
    expect(findings(stdout)).toEqual([
      'web.buildcontent:1:1 parameters-file',
      `web.pipeline.json:1:${params.indexOf('"TestContent"') + 1} test-content-twice`,
    ]);
  });
});

describe('buildcontent request: TestContent', () => {
  const files = {
    'web.buildcontent': '# build\nRUN echo build\n',
    'web.test.buildcontent': '# smoke test\nRUN test -f /a\n\nRUN true\n',
    'other.test.buildcontent': 'RUN echo other\n',
    'broken.test.buildcontent': 'RUN true\nRESTART now\n',
    'web.pipeline.json': JSON.stringify(PARAMS),
  };

  it('the test template beside the template is sent as TestContent, comment and blank lines dropped', async () => {
    const dir = project(files);
    const { code, stdout, stderr } = await run(['request', 'web.buildcontent'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      BuildContent: 'RUN echo build',
      TestContent: 'RUN test -f /a\nRUN true',
    });
  });

  it('--test names another test template', async () => {
    const dir = project(files);
    const { code, stdout } = await run(['request', 'web.buildcontent', '--test', 'other.test.buildcontent'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).TestContent).toBe('RUN echo other');
  });

  it('an error in the test template stops the request, reported at its place in that file', async () => {
    const dir = project(files);
    const { code, stdout, stderr } = await run(
      ['request', 'web.buildcontent', '--test', 'broken.test.buildcontent', '--format', 'cli'],
      dir,
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(findings(stderr)).toEqual(['broken.test.buildcontent:2:9 NotEmptyCommandContent.RESTART']);
  });

  it('a test template given as the template, or a missing --test file: one line, exit 2', async () => {
    const dir = project(files);
    const asTemplate = await run(['request', 'web.test.buildcontent'], dir);
    expect([asTemplate.code, asTemplate.stderr]).toEqual([
      2,
      'buildcontent request: web.test.buildcontent is a test template: request its build template, which sends it as TestContent (or name it with --test web.test.buildcontent)\n',
    ]);
    const missing = await run(['request', 'web.buildcontent', '--test', 'nope.test.buildcontent'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')).toHaveLength(2);
    expect(missing.stderr).toMatch(/^buildcontent request: nope\.test\.buildcontent/);
  });

  it('a test template beside the template that is not a regular file (a FIFO) is refused, not left out: exit 2', async () => {
    const dir = project({ 'web.buildcontent': 'RUN echo build\n', 'web.pipeline.json': JSON.stringify(PARAMS) });
    execFileSync('mkfifo', [join(dir, 'web.test.buildcontent')]);
    const { code, stdout, stderr } = await run(['request', 'web.buildcontent'], dir);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('buildcontent request: web.test.buildcontent: a FIFO, not a regular file\n');
  });

  it('inline TestContent with an error stops the request; the finding is in the parameters file', async () => {
    const params = JSON.stringify({ ...PARAMS, TestContent: 'RESTART now' });
    const dir = project({ 'web.buildcontent': 'RUN echo build\n', 'web.pipeline.json': params });
    const { code, stdout, stderr } = await run(['request', 'web.buildcontent'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    // Over `now`, inside the JSON string.
    expect(findings(stderr)).toEqual([
      `web.pipeline.json:1:${params.indexOf('now"') + 1} NotEmptyCommandContent.RESTART`,
    ]);
  });
});
