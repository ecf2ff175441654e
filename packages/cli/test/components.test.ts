// Components in the CLI: lint walks them (and checks COMPONENT lines against them), request builds
// CreateImageComponent in every format, rules lists the component rules.
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { runCli, tempDir } from './cli-kit.js';

const run = (argv: string[], options?: { cwd?: string; stdin?: string }) => runCli(main, argv, options);

describe('buildcontent lint examples/components', () => {
  it('reports each broken example with its exact line and column, and nothing on the clean project files', async () => {
    const { code, stdout } = await run(['lint', 'examples/components']);
    expect(code).toBe(1);
    const found = stdout
      .split('\n')
      .filter((line) => line.startsWith('examples/'))
      .map((line) => `${line.split(/\s+/)[0]} ${line.split(/\s+/).pop()}`);
    expect(found).toEqual([
      'examples/components/broken-actions.component.yaml:3:13 InvalidParameter.Content',
      'examples/components/broken-actions.component.yaml:6:5 InvalidParameter.Content',
      'examples/components/broken-actions.component.yaml:9:18 component-property',
      'examples/components/broken-actions.component.yaml:13:23 component-property',
      'examples/components/broken-actions.component.yaml:13:26 component-placeholder',
      'examples/components/broken-calls.buildcontent:2:11 component-call-missing-parameter',
      'examples/components/broken-calls.buildcontent:3:82 component-call-parameter-value',
      'examples/components/broken-calls.buildcontent:3:89 component-call-unknown-parameter',
      'examples/components/broken-calls.buildcontent:4:11 component-call-type',
      'examples/components/broken-calls.buildcontent:5:32 component-call-unknown-parameter',
      'examples/components/broken-dockerfile.component.buildcontent:2:1 NotSupportedCommand.FROM',
      'examples/components/broken-dockerfile.component.buildcontent:3:1 InvalidCommand.Component',
      'examples/components/broken-dockerfile.component.buildcontent:4:10 component-placeholder',
      'examples/components/broken-empty.component.yaml:1:1 MissingParameter.Content',
      'examples/components/broken-no-tasks.component.yaml:1:1 InvalidParameter.Content',
      'examples/components/broken-no-tasks.component.yaml:3:1 component-unknown-key',
      'examples/components/broken-parameters.component.yaml:2:17 InvalidParameter.Content',
      'examples/components/broken-parameters.component.yaml:3:41 component-parameter-declaration',
      'examples/components/broken-parameters.component.yaml:4:3 InvalidParameter.Content',
      'examples/components/broken-parameters.component.yaml:11:39 component-placeholder',
      'examples/components/broken-parameters.component.yaml:11:60 component-placeholder',
      'examples/components/broken-parameters.component.yaml:15:50 component-placeholder',
      'examples/components/broken-structure.component.yaml:1:1 component-unknown-key',
      'examples/components/broken-structure.component.yaml:6:11 component-task-name',
      'examples/components/broken-structure.component.yaml:8:5 InvalidParameter.Content',
      'examples/components/broken-structure.component.yaml:9:5 component-unknown-key',
      'examples/components/broken-syntax.component.yaml:6:1 InvalidParameter.Content',
      'examples/components/broken-too-large.component.yaml:139:1 InvalidContent.LengthExceeded',
      'examples/components/broken-windows.component.yaml:4:13 component-system-type',
    ]);
    expect(stdout).toContain('29 problems (11 errors, 18 warnings) in 15 files');
  });

  it('a YAML component file gets the component rules, not the template rules', async () => {
    const dir = tempDir({ 'x.component.yml': 'Tasks:\r\n  - Name: a\r\n    Action: Rebot\r\n' });
    const { code, stdout } = await run(['lint', '--format', 'json', '.'], { cwd: dir });
    expect(code).toBe(1);
    expect(
      JSON.parse(stdout)[0].messages.map((m: { ruleId: string; line: number; column: number; endColumn: number }) => [
        m.ruleId,
        m.line,
        m.column,
        m.endColumn,
      ]),
    ).toEqual([['InvalidParameter.Content', 3, 13, 18]]);
  });

  it('a components entry whose file is missing is said once on stderr; the lint goes on', async () => {
    const dir = tempDir({
      '.buildcontentrc.json': '{ "components": { "ic-gone": "gone.component.yaml" } }',
      'a.buildcontent': 'RUN a\n',
      'b.buildcontent': 'RUN b\n',
    });
    const { code, stderr } = await run(['lint', '.'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toBe(
      `buildcontent lint: ${dir}/.buildcontentrc.json: components: ic-gone names ${dir}/gone.component.yaml, which is not a readable component file\n`,
    );
  });

  it('--severity and settings apply to component codes', async () => {
    const dir = tempDir({ 'x.component.buildcontent': 'FROM IMAGE:m-1\nRUN a\n' });
    expect(
      (await run(['lint', '--severity', 'NotSupportedCommand.FROM=warning', 'x.component.buildcontent'], { cwd: dir }))
        .code,
    ).toBe(0);
  });
});

describe('buildcontent request <component>', () => {
  it.each(['json', 'query', 'cli', 'sdk'])(
    '--format %s: the CreateImageComponent request of nginx.component.yaml with its .component.json',
    async (format) => {
      const { code, stdout, stderr } = await run([
        'request',
        'examples/components/nginx.component.yaml',
        '--format',
        format,
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain(format === 'sdk' ? 'new CreateImageComponentRequest({' : 'CreateImageComponent');
      expect(stdout).toContain(
        format === 'query' ? 'ComponentVersion=1.0.2' : format === 'sdk' ? 'componentVersion: "1.0.2"' : '1.0.2',
      );
    },
  );
  it('json: Content is the file as written, parameters from the file beside it', async () => {
    const { stdout } = await run(['request', 'examples/components/setup.component.buildcontent']);
    expect(JSON.parse(stdout)).toEqual({
      Action: 'CreateImageComponent',
      Version: '2014-05-26',
      RegionId: 'cn-hangzhou',
      Name: 'setup',
      Content: 'RUN yum update -y && yum install -y curl\nENV LANG="en_US.UTF-8"\nWORKDIR /opt/app',
      ComponentVersion: '2.1.0',
    });
  });
  it('errors in the component block the request: findings on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await run([
      'request',
      'examples/components/broken-dockerfile.component.buildcontent',
      '--set',
      'RegionId=cn-hangzhou',
    ]);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toContain('examples/components/broken-dockerfile.component.buildcontent:2:1  error');
  });
  it('parameter errors with the service code, at their line', async () => {
    const dir = tempDir({
      'a.component.yaml': 'Tasks:\n  - Name: a\n    Action: Reboot\n',
      'a.component.json': '{\n  "RegionId": "r",\n  "SystemType": "Mac"\n}',
    });
    const { code, stderr } = await run(['request', 'a.component.yaml'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain('a.component.json:3:17  error');
    expect(stderr).toContain('InvalidSystemType.NotSupportedValue');
  });
  it('no parameters at all is a usage error in one line', async () => {
    const dir = tempDir({ 'a.component.yaml': 'Tasks:\n  - Name: a\n    Action: Reboot\n' });
    expect(await run(['request', 'a.component.yaml'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: `buildcontent request: no parameters: ${'a.component.json'} does not exist; give --params <file> or --set RegionId=<region>\n`,
    });
  });
});

describe('buildcontent rules', () => {
  it('lists the component rules with their codes', async () => {
    const { stdout } = await run(['rules']);
    for (const code of [
      'NotSupportedCommand.FROM',
      'InvalidCommand.Component',
      'InvalidContent.LengthExceeded',
      'MissingParameter.Content',
      'component-call-missing-parameter',
      'component-placeholder',
    ]) {
      expect(stdout).toContain(code);
    }
  });
});
