import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenRequest, type CreateImagePipelineRequest } from '@buildcontent/core';
import { requestCommand } from '../src/commands/request.js';
import { root, runCli, tempDir } from './cli-kit.js';

const run = (argv: string[], options?: { cwd?: string; stdin?: string }) => runCli(requestCommand, argv, options);

const PARAMS = JSON.stringify({ RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-1' }, null, 2);

/** The examples that come with parameters: the ones `request` must turn into a command. */
const EXAMPLES = readdirSync(join(root, 'examples'))
  .filter(
    (name) =>
      name.endsWith('.buildcontent') &&
      existsSync(join(root, 'examples', name.replace(/\.buildcontent$/, '.pipeline.json'))),
  )
  .map((name) => name.replace(/\.buildcontent$/, ''));

describe('buildcontent request: every example with a .pipeline.json', () => {
  let workDir: string;
  let binDir: string;
  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'buildcontent-bash-'));
    binDir = mkdtempSync(join(tmpdir(), 'buildcontent-bin-'));
    // A stand-in for the aliyun CLI in bash (a Node stand-in costs a Node start per case): prints each argument
    // ended by NUL (no argument can hold a NUL, so the framing is exact).
    writeFileSync(join(binDir, 'aliyun'), `#!/usr/bin/env bash\nprintf '%s\\0' "$@"\n`);
    chmodSync(join(binDir, 'aliyun'), 0o755);
  });
  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
    rmSync(binDir, { recursive: true, force: true });
  });

  it('includes the request-* examples', () => {
    expect(EXAMPLES).toEqual(expect.arrayContaining(['request-web', 'request-shell-metachars']));
  });

  it.each(EXAMPLES)(
    '%s: --format cli prints a command bash runs safely, passing the request byte for byte',
    async (name) => {
      const cli = await run([
        `examples/${name}.buildcontent`,
        '--params',
        `examples/${name}.pipeline.json`,
        '--format',
        'cli',
      ]);
      expect(cli.stderr).not.toMatch(/\berror\b/);
      expect(cli.code).toBe(0);
      const json = await run([`examples/${name}.buildcontent`, '--format', 'json']);
      expect(json.code).toBe(0);
      const request = JSON.parse(json.stdout) as CreateImagePipelineRequest;

      const bash = spawnSync('bash', ['-c', cli.stdout], {
        cwd: workDir,
        env: { PATH: `${binDir}${delimiter}${process.env.PATH}`, HOME: workDir },
        encoding: 'utf8',
      });
      expect(bash.status, bash.stderr).toBe(0);
      expect(readdirSync(workDir)).toEqual([]);
      const argv = bash.stdout.split('\0').slice(0, -1);
      expect(argv.slice(0, 2)).toEqual(['ecs', 'CreateImagePipeline']);
      // Read the flags back: `--Name value` or `--Name=value`.
      const passed: Record<string, string> = {};
      for (let i = 2; i < argv.length; i++) {
        const equals = argv[i].indexOf('=');
        if (equals > 0) passed[argv[i].slice(2, equals)] = argv[i].slice(equals + 1);
        else passed[argv[i].slice(2)] = argv[++i];
      }
      const expected = Object.fromEntries(flattenRequest(request).slice(2));
      expect(Object.keys(passed).sort()).toEqual(Object.keys(expected).sort());
      for (const [key, value] of Object.entries(expected))
        expect(Buffer.from(passed[key]).equals(Buffer.from(value)), key).toBe(true);
    },
  );
});

describe('buildcontent request: formats', () => {
  const template = 'examples/request-web.buildcontent';

  it('json (the default) is the structured request, parameters file found beside the template', async () => {
    const { code, stdout, stderr } = await run([template]);
    expect([code, stderr]).toEqual([0, '']);
    const request = JSON.parse(stdout);
    expect(request).toMatchObject({
      Action: 'CreateImagePipeline',
      Version: '2014-05-26',
      RegionId: 'cn-hangzhou',
      Name: 'web-nginx',
      AddAccount: [1234567890123456],
    });
    expect(
      request.BuildContent.startsWith(
        'ENV SITE_ROOT="/usr/share/nginx/html"\nRUN yum install -y nginx \\\n    && systemctl enable nginx\nCOPY ',
      ),
    ).toBe(true);
    expect(request.BuildContent).not.toContain('#');
  });

  it('query is one sorted, encoded line', async () => {
    const { code, stdout } = await run([template, '--format', 'query']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Action=CreateImagePipeline&AddAccount\.1=1234567890123456&AdvancedOptions\.RetainCloudAssistant=true&BaseImage=/,
    );
    expect(stdout).toContain('&BuildContent=ENV%20SITE_ROOT%3D%22%2Fusr%2Fshare%2Fnginx%2Fhtml%22%0ARUN%20yum');
    expect(stdout.endsWith('&Version=2014-05-26\n')).toBe(true);
  });

  it('sdk is a TypeScript module for @alicloud/ecs20140526', async () => {
    const { code, stdout } = await run([template, '--format', 'sdk']);
    expect(code).toBe(0);
    expect(stdout).toContain("} from '@alicloud/ecs20140526';");
    expect(stdout).toContain('export const request = new CreateImagePipelineRequest({\n  regionId: "cn-hangzhou",');
    expect(stdout).toContain('addAccount: [1234567890123456],');
  });

  it('--keep-comments sends the comment lines too', async () => {
    const { stdout } = await run([template, '--keep-comments']);
    expect(JSON.parse(stdout).BuildContent.startsWith('# Web server image')).toBe(true);
  });

  it('--set overrides the file by wire name', async () => {
    const { code, stdout } = await run([
      template,
      '--set',
      'Name=other',
      '--set',
      'Tag.3.Key=extra',
      '--set',
      'SystemDiskSize=80',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      Name: 'other',
      SystemDiskSize: 80,
      Tag: [{ Key: 'team' }, { Key: 'env' }, { Key: 'extra' }],
    });
  });

  it('reads the template from stdin with --params', async () => {
    const dir = tempDir({ 'p.json': PARAMS });
    const { code, stdout } = await run(['-', '--params', 'p.json'], { cwd: dir, stdin: 'RUN echo from stdin\n' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).BuildContent).toBe('RUN echo from stdin');
  });

  it('prints warnings to stderr and the request to stdout', async () => {
    const dir = tempDir({ 'a.buildcontent': 'COPY https://example.com/x /x\n', 'a.pipeline.json': PARAMS });
    const { code, stdout, stderr } = await run(['a.buildcontent', '--format', 'query'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('BuildContent=COPY%20https%3A%2F%2Fexample.com%2Fx%20%2Fx');
    expect(stderr).toMatch(
      /^a\.buildcontent:1:6 {2}warning {2}COPY downloads https:\/\/example\.com\/x, but InternetMaxBandwidthOut is not set \(default 0\).* {2}copy-url-without-internet$/m,
    );
  });
});

describe('buildcontent request: errors', () => {
  it('prints errors in the lint format, nothing on stdout, exit 1', async () => {
    const params =
      '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-1",\n  "SystemDiskSize": 10,\n  "Tag": [{ "Key": "acs:x" }]\n}\n';
    const dir = tempDir({ 'web.buildcontent': 'RUN\n', 'web.pipeline.json': params });
    const { code, stdout, stderr } = await run(['web.buildcontent', '--format', 'cli'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.split('\n');
    expect(lines[0]).toMatch(/^web\.buildcontent:1:1 {2}error {3}.* {2}EmptyCommandContent\.RUN$/);
    expect(lines).toContain(
      'web.pipeline.json:5:21  error    SystemDiskSize is 10; allowed: an integer from 20 to 500  InvalidSystemDiskSize.NotSupportedValue',
    );
    expect(lines).toContain(
      'web.pipeline.json:6:20  error    Tag.1.Key (at Tag[0].Key) starts with "acs:"; allowed: must not start with "aliyun" or "acs:"  InvalidTagKey.Malformed',
    );
    expect(stderr).toContain('3 problems (3 errors, 0 warnings) in 2 files');
  });

  it('a suppressed service refusal still stops the request, and says so; lint still hides it', async () => {
    const dir = tempDir({
      'web.buildcontent': '# buildcontent-ignore EmptyCommandContent.RUN\nRUN\nRUN b\n',
      'web.pipeline.json': PARAMS,
    });
    const { code, stdout, stderr } = await run(['web.buildcontent'], { cwd: dir });
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr.split('\n')[0]).toBe(
      'web.buildcontent:2:1  error    If the RUN command exists in the template, you must specify RUN. A buildcontent-ignore comment hides this in the editor and in lint, but the service refuses EmptyCommandContent.RUN: no request is built.  EmptyCommandContent.RUN',
    );
  });

  it('# escape=`: the continuations are sent as \\ (exit 0), or the request is refused when a command would read differently', async () => {
    const dir = tempDir({
      'a.buildcontent': '# escape=`\r\nRUN echo a `\r\n    && echo done\r\n',
      'b.buildcontent': '# escape=`\nWORKDIR C:\\dir\n',
      'p.json': PARAMS,
    });
    const sent = await run(['a.buildcontent', '--params', 'p.json'], { cwd: dir });
    expect(sent.code).toBe(0);
    expect(JSON.parse(sent.stdout).BuildContent).toBe('RUN echo a \\\n    && echo done');
    const refused = await run(['b.buildcontent', '--params', 'p.json'], { cwd: dir });
    expect([refused.code, refused.stdout]).toEqual([1, '']);
    expect(refused.stderr).toMatch(
      /^b\.buildcontent:1:1 {2}error {4}The template uses # escape=`.*WORKDIR on line 2 would read differently, so no request is built\..* {2}escape-not-sendable$/m,
    );
  });

  it('--keep-comments with a comment inside a continued command: refused (the sent command would break)', async () => {
    const dir = tempDir({ 'a.buildcontent': 'RUN a \\\n  # why\n  && b\n', 'p.json': PARAMS });
    const { code, stdout, stderr } = await run(['a.buildcontent', '--params', 'p.json', '--keep-comments'], {
      cwd: dir,
    });
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(
      /^a\.buildcontent:2:3 {2}error {4}With keepComments this comment line is sent inside the continued RUN.* {2}comment-in-continuation$/m,
    );
    expect((await run(['a.buildcontent', '--params', 'p.json'], { cwd: dir })).code).toBe(0);
  });

  it('--force prints the request anyway, with the errors on stderr', async () => {
    const dir = tempDir({ 'web.buildcontent': 'RUN x\n', 'web.pipeline.json': PARAMS });
    const { code, stdout, stderr } = await run(['web.buildcontent', '--set', 'Name=1x', '--force'], { cwd: dir });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).Name).toBe('1x');
    expect(stderr).toMatch(
      /^<--set>:1:1 {2}error {4}Name is "1x"; allowed: must start with a letter or a Chinese character {2}InvalidName\.Malformed$/m,
    );
  });

  it('reports a parameters file that is not JSON at its place', async () => {
    const dir = tempDir({
      'w.buildcontent': 'RUN x\n',
      'w.pipeline.json': '{\n  "RegionId": "cn-hangzhou"\n  "Name": "x"\n}',
    });
    const { code, stdout, stderr } = await run(['w.buildcontent'], { cwd: dir });
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(
      /^w\.pipeline\.json:3:3 {2}error {4}The parameters file is not valid JSON: "," or "}" was expected {2}invalid-json$/m,
    );
  });

  it.each([
    [
      ['--format', 'xml', 'examples/request-web.buildcontent'],
      /--format must be one of json, query, cli, sdk, not xml/,
    ],
    [[], /give one template \(none given\)/],
    [['a', 'b'], /give one template \(2 given\)/],
    [['examples/nope.buildcontent'], /examples\/nope\.buildcontent: no such file or directory/],
    [['examples/request-web.buildcontent', '--params', 'nope.json'], /nope\.json: not found/],
    [
      ['examples/directives.buildcontent'],
      /no parameters: examples\/directives\.pipeline\.json does not exist; give --params <file> or --set Name=value/,
    ],
    [['-'], /a template from stdin needs --params <file> or --set Name=value/],
    [['examples/request-web.buildcontent', '--set', 'novalue'], /--set takes Name=value/],
    [['examples/request-web.buildcontent', '--bogus'], /Unknown option '--bogus'/],
    [['examples/request-web.buildcontent', '--from', 'sometimes'], /--from must be override or ignored/],
  ])('usage error %j: one line on stderr, exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('--help prints the usage', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: buildcontent request [options] <template>');
  });
});
