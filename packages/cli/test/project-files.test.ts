// The CLI reads a template's project as core's model says: settings from the TEMPLATE's folder upwards,
// parameters beside it, both only when they are regular files under the size caps; every problem with
// them is one line with its position, exit 2.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { runCli, tempDir } from './cli-kit.js';

const run = (argv: string[], options?: { cwd?: string; stdin?: string }) => runCli(main, argv, options);
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

/** A project folder `app/` with a lower-case keyword, a COPY URL and the given settings/parameters. */
function project(files: Record<string, string> = {}): string {
  const dir = tempDir({});
  mkdirSync(join(dir, 'app'));
  mkdirSync(join(dir, 'elsewhere'));
  writeFileSync(join(dir, 'app/web.buildcontent'), 'run echo hi\nCOPY https://example.com/a.tgz /tmp/a.tgz\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** stderr without the program's prefix (`buildcontent lint: `), which the CLI's own tests pin. */
const problem = (stderr: string) => stderr.replace(/^buildcontent( [a-z]+)?: /, '');
const codes = (stdout: string) =>
  JSON.parse(stdout)[0].messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity]);

describe('settings and parameters of a template, wherever the CLI runs', () => {
  it("finds .buildcontentrc.json from the template's folder, not the working folder", async () => {
    const dir = project({
      'app/.buildcontentrc.json': '{ "severity": { "keyword-case": "error" } }',
      'elsewhere/.buildcontentrc.json': '{ "severity": { "keyword-case": "off" } }',
    });
    const fromElsewhere = await run(['lint', '--format', 'json', '../app/web.buildcontent'], {
      cwd: join(dir, 'elsewhere'),
    });
    expect(codes(fromElsewhere.stdout)).toEqual([['keyword-case', 2]]);
    const absolute = await run(['lint', '--format', 'json', join(dir, 'app/web.buildcontent')], { cwd: '/' });
    expect(codes(absolute.stdout)).toEqual([['keyword-case', 2]]);
  });

  it('warns about a COPY URL when the parameters beside the template leave out InternetMaxBandwidthOut', async () => {
    const dir = project({ 'app/web.pipeline.json': '{ "Name": "web" }' });
    const { stdout } = await run(['lint', '--format', 'json', 'app/web.buildcontent'], { cwd: dir });
    expect(codes(stdout)).toEqual([
      ['parameters-file', 2],
      ['keyword-case', 1],
      ['copy-url-without-internet', 1],
    ]);
    // The parameters file's own problems, as `buildcontent request` reports them, are a result of their own.
    const [, parameters] = JSON.parse(stdout);
    expect([parameters.filePath, parameters.messages.map((m: { ruleId: string }) => m.ruleId)]).toEqual([
      join(dir, 'app/web.pipeline.json'),
      ['missing-parameter', 'missing-parameter'],
    ]);
  });

  it('takes --config relative or absolute', async () => {
    const dir = project({ 'elsewhere/rc.json': '{ "severity": { "keyword-case": "off" } }' });
    for (const config of ['../elsewhere/rc.json', join(dir, 'elsewhere/rc.json')]) {
      const { code, stdout } = await run(['lint', '--format', 'json', '--config', config, 'web.buildcontent'], {
        cwd: join(dir, 'app'),
      });
      expect([code, codes(stdout)]).toEqual([0, []]);
    }
  });

  it('takes --params relative or absolute', async () => {
    const dir = project({
      'elsewhere/p.json': '{ "Name": "web", "InternetMaxBandwidthOut": 0 }',
      '.buildcontentrc.json': '{ "severity": { "keyword-case": "off" } }',
    });
    for (const params of ['../elsewhere/p.json', join(dir, 'elsewhere/p.json')]) {
      const { code, stderr } = await run(['request', '--params', params, 'web.buildcontent'], {
        cwd: join(dir, 'app'),
      });
      expect(code).toBe(1);
      expect(stderr).toContain('copy-url-without-internet');
      expect(stderr).toContain('RegionId');
    }
  });

  it('refuses bad settings in one line with line:col, without echoing the file', async () => {
    const dir = project({
      'app/.buildcontentrc.json':
        '{\n  "from": "override",\n  "keepComments": "false",\n  "token": "secret-value"\n}\n',
    });
    const { code, stdout, stderr } = await run(['lint', 'app/web.buildcontent'], { cwd: dir });
    expect([code, stdout]).toEqual([2, '']);
    expect(problem(stderr)).toBe(
      'app/.buildcontentrc.json:3:19: "keepComments" must be true or false, not a string (and 1 more problem in the settings or parameters)\n',
    );
    expect(stderr).not.toContain('secret-value');
  });

  it('refuses an unknown code in --severity and in the settings, with did-you-mean', async () => {
    const dir = project({});
    const flag = await run(['lint', '--severity', 'keyword-cas=off', 'app/web.buildcontent'], { cwd: dir });
    expect([flag.code, problem(flag.stderr)]).toEqual([
      2,
      '--severity: unknown code or rule id "keyword-cas" (did you mean "keyword-case"?)\n',
    ]);
    writeFileSync(join(dir, '.buildcontentrc.json'), '{ "severity": { "copy-url-qery": "off" } }');
    const file = await run(['lint', 'app/web.buildcontent'], { cwd: dir });
    expect([file.code, problem(file.stderr)]).toEqual([
      2,
      '.buildcontentrc.json:1:17: severity: unknown code or rule id "copy-url-qery" (did you mean "copy-url-query"?)\n',
    ]);
  });

  it.skipIf(!hasMkfifo)(
    'a FIFO named <name>.pipeline.json is one line and exit 2, not a hang (needs mkfifo)',
    async () => {
      const dir = project({});
      execFileSync('mkfifo', [join(dir, 'app/web.pipeline.json')]);
      for (const command of [
        ['lint', 'app/web.buildcontent'],
        ['request', 'app/web.buildcontent'],
      ]) {
        const { code, stderr } = await run(command, { cwd: dir });
        expect([code, problem(stderr)]).toEqual([2, 'app/web.pipeline.json: not a regular file (a FIFO); not read\n']);
      }
    },
  );

  it('a settings file linked to /dev/zero is one line and exit 2, not 4 GB of memory', async () => {
    const dir = project({});
    symlinkSync('/dev/zero', join(dir, 'app/.buildcontentrc.json'));
    const { code, stderr } = await run(['lint', 'app/web.buildcontent'], { cwd: dir });
    expect([code, problem(stderr)]).toEqual([2, 'app/.buildcontentrc.json: not a regular file (a device); not read\n']);
  });

  it("request: the settings' request.* defaults fill what the parameters file leaves out, as in the editor", async () => {
    const dir = project({
      'app/.buildcontentrc.json':
        '{ "request": { "regionId": "cn-shanghai", "baseImageType": "IMAGE_FAMILY" }, "severity": { "keyword-case": "off", "copy-url": "off" } }',
      'app/web.pipeline.json':
        '{ "Name": "web", "BaseImage": "acs:alibaba_cloud_linux_3_2104_lts_x64", "InternetMaxBandwidthOut": 5 }',
    });
    const { code, stdout, stderr } = await run(['request', '--format', 'json', 'web.buildcontent'], {
      cwd: join(dir, 'app'),
    });
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toMatchObject({ RegionId: 'cn-shanghai', BaseImageType: 'IMAGE_FAMILY', Name: 'web' });
  });
});
