// The project model: settings from the template's folder upwards, parameters and test template beside it.
import { describe, expect, it } from 'vitest';
import {
  InMemoryFileSystem,
  lintOptionsOf,
  loadProject,
  parametersPathOf,
  templateBaseName,
  testTemplatePathOf,
  type ProjectCache,
} from '../../src/index.js';

const template = '/w/app/web.buildcontent';

describe('loadProject', () => {
  it('finds the nearest settings file from the template folder upwards, and the files beside the template', async () => {
    const fs = new InMemoryFileSystem({
      '/w/.buildcontentrc.json': '{ "from": "ignored" }',
      '/w/app/.buildcontentrc.json': '{ "keepComments": true, "severity": { "keyword-case": "off" } }',
      [template]: 'RUN a\n',
      '/w/app/web.pipeline.json': '{ "InternetMaxBandwidthOut": 5 }',
      '/w/app/web.test.buildcontent': 'RUN test\n',
    });
    const project = await loadProject(fs, template);
    expect(project.settings?.path).toBe('/w/app/.buildcontentrc.json');
    expect(project.settings?.settings).toEqual({ keepComments: true, severity: { 'keyword-case': 'off' } });
    expect(project.parameters).toEqual({ path: '/w/app/web.pipeline.json', text: '{ "InternetMaxBandwidthOut": 5 }' });
    expect(project.testTemplate).toEqual({ path: '/w/app/web.test.buildcontent', exists: true, text: 'RUN test\n' });
    expect(project.components).toEqual({ root: '/w/app', components: [], ids: {}, problems: [] });
    expect(project.problems).toEqual([]);
    expect(lintOptionsOf(project, { from: 'override' })).toEqual({
      from: 'override',
      keepComments: true,
      severity: { 'keyword-case': 'off' },
      params: { InternetMaxBandwidthOut: 5 },
    });
  });

  it("uses a parent folder's settings, stops at stopAt, and reads each settings file once through the cache", async () => {
    const fs = new InMemoryFileSystem({ '/w/.buildcontentrc.json': '{ "from": "ignored" }', [template]: '' });
    let reads = 0;
    const readFile = fs.readFile.bind(fs);
    fs.readFile = (path, options) => {
      if (path.endsWith('.buildcontentrc.json')) reads++;
      return readFile(path, options);
    };
    const cache: ProjectCache = new Map();
    expect((await loadProject(fs, template, { cache })).settings?.settings).toEqual({ from: 'ignored' });
    expect((await loadProject(fs, '/w/app/other.buildcontent', { cache })).settings?.path).toBe(
      '/w/.buildcontentrc.json',
    );
    expect(reads).toBe(1);
    expect((await loadProject(fs, template, { stopAt: '/w/app' })).settings).toBeUndefined();
  });

  it('gives lint the parameters whenever the file is a JSON object, so a missing bandwidth is reported', async () => {
    const fs = new InMemoryFileSystem({ [template]: '', '/w/app/web.pipeline.json': '{ "Name": "web" }' });
    expect(lintOptionsOf(await loadProject(fs, template))).toEqual({ params: { InternetMaxBandwidthOut: undefined } });
    fs.write('/w/app/web.pipeline.json', '{ not json');
    expect(lintOptionsOf(await loadProject(fs, template))).toEqual({});
  });

  it('reports settings problems with the file and position, and unreadable files in one line', async () => {
    const fs = new InMemoryFileSystem({ '/w/.buildcontentrc.json': '{\n  "keepComments": "false"\n}', [template]: '' });
    fs.special('/w/app/web.pipeline.json', 'a FIFO');
    const project = await loadProject(fs, template);
    expect(project.problems).toEqual([
      {
        path: '/w/.buildcontentrc.json',
        file: 'settings',
        message: '"keepComments" must be true or false, not a string',
        range: { start: { line: 1, character: 18 }, end: { line: 1, character: 25 } },
      },
      { path: '/w/app/web.pipeline.json', file: 'parameters', message: 'not a regular file (a FIFO); not read' },
    ]);
    expect(project.parameters.text).toBeUndefined();
  });

  it('refuses settings and parameters above the 1 MB cap, and text that is not UTF-8', async () => {
    const fs = new InMemoryFileSystem({
      [template]: '',
      '/w/app/.buildcontentrc.json': new Uint8Array([0x7b, 0xff, 0x7d]),
      '/w/app/web.pipeline.json': `{"Name":"${'x'.repeat(1024 * 1024)}"}`,
    });
    expect((await loadProject(fs, template)).problems.map((p) => [p.file, p.message])).toEqual([
      ['settings', 'not valid UTF-8; not read'],
      ['parameters', '1048587 bytes, above the 1 MB limit; not read'],
    ]);
  });

  it('takes explicit settings and parameters paths, and says when they do not exist', async () => {
    const fs = new InMemoryFileSystem({ [template]: '', '/elsewhere/rc.json': '{ "from": "ignored" }' });
    const project = await loadProject(fs, template, {
      settingsPath: '/elsewhere/rc.json',
      parametersPath: '/elsewhere/p.json',
    });
    expect(project.settings?.settings).toEqual({ from: 'ignored' });
    expect(project.problems).toEqual([{ path: '/elsewhere/p.json', file: 'parameters', message: 'not found' }]);
    const missing = await loadProject(fs, template, { settingsPath: '/elsewhere/none.json' });
    expect(missing.problems).toEqual([{ path: '/elsewhere/none.json', file: 'settings', message: 'not found' }]);
  });

  it('names the sibling files after the template', () => {
    expect(templateBaseName('/a/web.buildcontent')).toBe('web');
    expect(templateBaseName('/a/web.IMAGEBUILDER')).toBe('web');
    expect(templateBaseName('/a/Dockerfile')).toBe('Dockerfile');
    expect(parametersPathOf('C:\\work\\web.buildcontent')).toBe('C:\\work\\web.pipeline.json');
    expect(testTemplatePathOf('/a/web.imagebuilder')).toBe('/a/web.test.buildcontent');
  });
});
