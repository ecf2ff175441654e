// COMPONENT lines against the local components of the project: resolution and call-site checks.
import { describe, expect, it } from 'vitest';
import {
  InMemoryFileSystem,
  lintComponentCalls,
  loadComponents,
  loadProject,
  parse,
  readLocalComponent,
  resolveComponent,
  versionFits,
  type ComponentCommand,
  type ComponentIndex,
} from '../../src/index.js';
import { EOLS, marked } from '../kit.js';

const web = readLocalComponent(
  '/p/components/web.component.yaml',
  'Parameters:\n  port: {Type: Number}\n  debug: {Type: Boolean, DefaultValue: false}\n  motd: {Type: String, DefaultValue: hi}\nTasks:\n  - Name: serve\n    Action: RunShellCommand\n    Properties:\n      commandContent: serve {{ port }}\n',
  '/p/components/web.component.json',
  '{ "Name": "nginx", "ComponentVersion": "1.0.3" }',
);
const tests = readLocalComponent(
  '/p/components/check.component.buildcontent',
  'RUN test -f /x\n',
  '/p/components/check.component.json',
  '{ "ComponentType": "Test" }',
);
const index: ComponentIndex = {
  root: '/p',
  components: [web, tests],
  ids: { 'ic-bp1web': '/p/components/web.component.yaml' },
  problems: [],
};
const ARN = 'acs:ecs:cn-hangzhou:123:imagecomponent/nginx/1.0.*';

function calls(source: string, code: string, role: 'Build' | 'Test' = 'Build'): void {
  for (const [name, eol] of EOLS) {
    it(`${name}: ${code} in ${JSON.stringify(source.slice(0, 70))}`, () => {
      const { text, range } = marked(source, eol);
      expect(
        lintComponentCalls(text, index, role)
          .filter((d) => d.code === code)
          .map((d) => d.range),
      ).toEqual(range ? [range] : []);
    });
  }
}

describe('resolution', () => {
  const ref = (text: string) => (parse(`COMPONENT ${text}`).commands[0] as ComponentCommand).reference;
  it('an ARN resolves by Name of the .component.json, when the version fits', () => {
    expect(resolveComponent(ref(ARN), index)?.path).toBe(web.path);
    expect(resolveComponent(ref('acs:ecs:cn-hangzhou:123:imagecomponent/nginx:1.*.*'), index)?.path).toBe(web.path);
    expect(resolveComponent(ref('acs:ecs:cn-hangzhou:123:imagecomponent/nginx/2.0.0'), index)).toBeUndefined();
  });
  it('an ARN resolves by file name when there is no Name', () => {
    expect(resolveComponent(ref('acs:ecs:r:1:imagecomponent/check/3.0.0'), index)?.path).toBe(tests.path);
  });
  it('an ic- id resolves through the components map only', () => {
    expect(resolveComponent(ref('ic-bp1web'), index)?.path).toBe(web.path);
    expect(resolveComponent(ref('ic-bp1other'), index)).toBeUndefined();
  });
  it('version wildcards', () => {
    expect([
      versionFits('1.0.*', '1.0.7'),
      versionFits('1.*.*', '1.4.0'),
      versionFits('1.0.*', '1.1.0'),
      versionFits('2.0.0', undefined),
    ]).toEqual([true, true, false, true]);
  });
});

describe('component-call-missing-parameter', () => {
  calls(`COMPONENT «${ARN}»`, 'component-call-missing-parameter');
  calls(`COMPONENT «ic-bp1web» --debug true`, 'component-call-missing-parameter');
  calls(`COMPONENT ${ARN} --port 8080`, 'component-call-missing-parameter');
  calls('COMPONENT ic-unknown', 'component-call-missing-parameter');
});

describe('component-call-unknown-parameter', () => {
  calls(`COMPONENT ${ARN} --port 80 «--prot» 81`, 'component-call-unknown-parameter');
  calls('COMPONENT acs:ecs:r:1:imagecomponent/check/1.0.0 «--x» 1', 'component-call-unknown-parameter', 'Test');
  it('says did you mean', () => {
    expect(
      lintComponentCalls(`COMPONENT ${ARN} --port 80 --prot 81`, index).find(
        (d) => d.code === 'component-call-unknown-parameter',
      )?.message,
    ).toContain('did you mean --port?');
  });
});

describe('component-call-parameter-value', () => {
  calls(`COMPONENT ${ARN} --port «eighty»`, 'component-call-parameter-value');
  calls(`COMPONENT ${ARN} --port 80 --debug «yes»`, 'component-call-parameter-value');
  calls(`COMPONENT ${ARN} --port 80 --debug TRUE --motd 42`, 'component-call-parameter-value');
});

describe('component-call-type', () => {
  calls('COMPONENT «acs:ecs:r:1:imagecomponent/check/1.0.0»', 'component-call-type');
  calls(`COMPONENT «${ARN}» --port 80`, 'component-call-type', 'Test');
  calls('COMPONENT acs:ecs:r:1:imagecomponent/check/1.0.0', 'component-call-type', 'Test');
});

describe('the project model', () => {
  const fs = new InMemoryFileSystem({
    '/w/.buildcontentrc.json':
      '{ "components": { "ic-bp1web": "lib/web.component.yaml", "ic-gone": "lib/gone.component.yaml" } }',
    '/w/app.buildcontent': 'COMPONENT ic-bp1web\n',
    '/w/lib/web.component.yaml': 'Parameters:\n  port: {Type: Number}\nTasks:\n  - Name: a\n    Action: Reboot\n',
    '/w/lib/web.component.json': '{ "Description": "The web server" }',
    '/w/lib/node_modules/x.component.yaml': 'Tasks: []\n',
    '/w/lib/.hidden/y.component.yml': 'Tasks: []\n',
    '/w/lib/setup.component.buildcontent': 'RUN a\n',
  });
  it('loadProject finds the components under the settings folder, skipping node_modules and dot folders', async () => {
    const project = await loadProject(fs, '/w/app.buildcontent');
    expect(project.components.components.map((c) => [c.path, c.name, c.format, c.description])).toEqual([
      ['/w/lib/setup.component.buildcontent', 'setup', 'dockerfile', undefined],
      ['/w/lib/web.component.yaml', 'web', 'yaml', 'The web server'],
    ]);
    expect(project.components.ids).toEqual({
      'ic-bp1web': '/w/lib/web.component.yaml',
      'ic-gone': '/w/lib/gone.component.yaml',
    });
    expect(project.components.problems.map((p) => p.id)).toEqual(['ic-gone']);
    expect(lintComponentCalls('COMPONENT ic-bp1web\n', project.components).map((d) => [d.code, d.severity])).toEqual([
      ['component-call-missing-parameter', 'warning'],
    ]);
  });
  it('without settings the repository root is the project', async () => {
    const repo = new InMemoryFileSystem({
      '/r/.git/HEAD': 'ref',
      '/r/t/a.buildcontent': 'RUN a',
      '/r/c/b.component.yml': 'Tasks: []',
    });
    const found = await loadComponents(repo, '/r');
    expect(found.components.map((c) => c.path)).toEqual(['/r/c/b.component.yml']);
    expect((await loadProject(repo, '/r/t/a.buildcontent')).components.root).toBe('/r');
  });
});

describe('the components map in .buildcontentrc.json', () => {
  it('maps ids to files; a file that is not a string is an error at its place', async () => {
    const { validateSettings } = await import('../../src/index.js');
    const { settings, problems } = validateSettings('{ "components": { "ic-a": "a.component.yaml", "ic-b": 1 } }');
    expect(settings.components).toEqual({ 'ic-a': 'a.component.yaml' });
    expect(problems.map((p) => [p.message, p.range])).toEqual([
      [
        'components: the file of "ic-b" must be a path (a non-empty string)',
        { start: { line: 0, character: 54 }, end: { line: 0, character: 55 } },
      ],
    ]);
  });
});
