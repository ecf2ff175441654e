// Test templates (TestContent): from a file beside the template or inline in the parameters file, linted
// with the template rules, sent after the same processing, and blocking the request when broken.
import { describe, expect, it } from 'vitest';
import {
  buildRequest,
  buildRequestWithFile,
  InMemoryFileSystem,
  jsonStringOffsets,
  lintComponentCalls,
  loadProject,
  parametersPathOf,
  readLocalComponent,
  templateBaseName,
  testTemplatePathOf,
  type ComponentIndex,
} from '../../src/index.js';
import { EOLS } from '../kit.js';

const PARAMS = { RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-abc' };
const paramsText = (extra: Record<string, unknown> = {}) => JSON.stringify({ ...PARAMS, ...extra }, null, 2);

describe('the test template in the project model', () => {
  it("a test template belongs to its build template's project: same parameters file, role Test", async () => {
    const fs = new InMemoryFileSystem({
      '/w/web.buildcontent': 'RUN a\n',
      '/w/web.test.buildcontent': 'RUN test -f /a\n',
      '/w/web.pipeline.json': '{ "InternetMaxBandwidthOut": 5 }',
    });
    const test = await loadProject(fs, '/w/web.test.buildcontent');
    expect(test.role).toBe('Test');
    expect(test.parameters).toEqual({ path: '/w/web.pipeline.json', text: '{ "InternetMaxBandwidthOut": 5 }' });
    expect(test.testTemplate).toEqual({ path: '/w/web.test.buildcontent', exists: true });
    const build = await loadProject(fs, '/w/web.buildcontent');
    expect(build.role).toBe('Build');
    expect(build.testTemplate).toEqual({ path: '/w/web.test.buildcontent', exists: true, text: 'RUN test -f /a\n' });
  });

  it('names: any case of .test.buildcontent, never an empty base name', () => {
    expect(templateBaseName('/a/web.Test.BuildContent')).toBe('web');
    expect(parametersPathOf('/a/web.test.buildcontent')).toBe('/a/web.pipeline.json');
    expect(testTemplatePathOf('/a/web.test.buildcontent')).toBe('/a/web.test.buildcontent');
    expect(templateBaseName('/a/.test.buildcontent')).toBe('.test');
  });
});

describe('a test template file', () => {
  it('is sent as TestContent after the same processing as BuildContent (comments and blank lines dropped)', () => {
    for (const [, eol] of EOLS) {
      const test = [
        '# smoke test',
        'RUN test -f /etc/nginx/nginx.conf',
        '',
        'RUN curl -fsS \\',
        '  http://localhost/',
      ].join(eol);
      const built = buildRequest('RUN a\n', PARAMS, { testTemplate: test });
      expect(built.testContent).toBe('RUN test -f /etc/nginx/nginx.conf\nRUN curl -fsS \\\n  http://localhost/');
      expect(built.request?.TestContent).toBe(built.testContent);
      expect(built.testDiagnostics).toEqual([]);
      expect(built.blocked).toBe(false);
      // keepComments keeps them, as for BuildContent.
      expect(buildRequest('RUN a\n', PARAMS, { testTemplate: test, keepComments: true }).testContent).toBe(
        test.split(eol).join('\n'),
      );
    }
  });

  it('errors in it block the request, at their place in the test template', () => {
    for (const [, eol] of EOLS) {
      const built = buildRequest('RUN a\n', PARAMS, { testTemplate: `RUN true${eol}RESTART now${eol}` });
      expect(built.blocked).toBe(true);
      expect(built.request).toBeUndefined();
      expect(built.diagnostics).toEqual([]);
      expect(built.testDiagnostics.map((d) => [d.code, d.severity, d.range])).toEqual([
        [
          'NotEmptyCommandContent.RESTART',
          'error',
          { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } },
        ],
      ]);
      expect(
        buildRequest('RUN a\n', PARAMS, { testTemplate: `RESTART now${eol}`, force: true }).request?.TestContent,
      ).toBe('RESTART now');
    }
  });

  it('what is sent is what was checked: a suppressed service refusal still blocks, in the file and inline', () => {
    for (const [, eol] of EOLS) {
      const test = `# buildcontent-ignore NotEmptyCommandContent.RESTART${eol}RESTART now${eol}`;
      const built = buildRequest('RUN a\n', PARAMS, { testTemplate: test });
      expect(built.blocked).toBe(true);
      expect(
        built.testDiagnostics.map((d) => [d.code, d.range.start.line, d.message.includes('no request is built')]),
      ).toEqual([['NotEmptyCommandContent.RESTART', 1, true]]);
      const inline = buildRequest('RUN a\n', { ...PARAMS, TestContent: test });
      expect(inline.blocked).toBe(true);
      expect(inline.parameterDiagnostics.filter((d) => d.parameter === 'TestContent').map((d) => d.code)).toEqual([
        'NotEmptyCommandContent.RESTART',
      ]);
    }
  });

  it('an empty test template sends no TestContent', () => {
    const built = buildRequest('RUN a\n', PARAMS, { testTemplate: '# nothing yet\n' });
    expect(built.request).toBeDefined();
    expect('TestContent' in built.request!).toBe(false);
  });

  it('and TestContent in the parameters file too: an error at the key (test-content-twice)', () => {
    const text = paramsText({ TestContent: 'RUN b' });
    const built = buildRequestWithFile('RUN a\n', text, { testTemplate: 'RUN test\n' });
    const twice = built.parameterDiagnostics.filter((d) => d.code === 'test-content-twice');
    const line = text.split('\n').findIndex((l) => l.includes('"TestContent"'));
    expect(twice.map((d) => [d.severity, d.range])).toEqual([
      ['error', { start: { line, character: 2 }, end: { line, character: 15 } }],
    ]);
    expect(built.blocked).toBe(true);
  });
});

describe('inline TestContent in the parameters file', () => {
  /** The range of `needle` inside the JSON text (one line). */
  const rangeIn = (text: string, needle: string) => {
    const offset = text.indexOf(needle);
    const before = text.slice(0, offset).split('\n');
    const line = before.length - 1;
    const character = before[line].length;
    return { start: { line, character }, end: { line, character: character + needle.length } };
  };

  it('findings are placed inside the JSON string, through \\n escapes', () => {
    const text = paramsText({ TestContent: 'RUN true\nRESTART now' });
    const built = buildRequestWithFile('RUN a\n', text);
    const restart = built.parameterDiagnostics.filter((d) => d.code === 'NotEmptyCommandContent.RESTART');
    expect(restart.map((d) => d.range)).toEqual([rangeIn(text, 'now')]);
    expect(restart[0].message).toMatch(/^TestContent line 2: /);
    expect(restart[0].parameter).toBe('TestContent');
    expect(built.blocked).toBe(true);
  });

  it('through \\" and \\u00e9 escapes and surrogate pairs written as escapes', () => {
    // Decoded: RUN echo "é😀"\nRESTART x — the finding is over `x`.
    const text =
      '{ "RegionId": "cn-hangzhou", "BaseImageType": "IMAGE", "BaseImage": "m-abc",\n  "TestContent": "RUN echo \\"\\u00e9\\ud83d\\ude00\\"\\nRESTART x" }';
    expect(JSON.parse(text).TestContent).toBe('RUN echo "é😀"\nRESTART x');
    const built = buildRequestWithFile('RUN a\n', text);
    expect(
      built.parameterDiagnostics.filter((d) => d.code === 'NotEmptyCommandContent.RESTART').map((d) => d.range),
    ).toEqual([{ start: { line: 1, character: 59 }, end: { line: 1, character: 60 } }]);
    expect(text.split('\n')[1].slice(59, 60)).toBe('x');
  });

  it('a finding over escaped characters spans their escapes (ENV with an escaped quote and a raw surrogate pair)', () => {
    // Decoded line 1: `RUN` alone (EmptyCommandContent.RUN over RUN), after a line with a raw emoji.
    const text = '{\n  "TestContent": "ENV A=\\"😀\\"\\r\\nRUN"\n}';
    const built = buildRequest('RUN a\n', { ...PARAMS, ...JSON.parse(text) }, { paramsText: text });
    expect(built.parameterDiagnostics.filter((d) => d.code === 'EmptyCommandContent.RUN').map((d) => d.range)).toEqual([
      { start: { line: 1, character: 34 }, end: { line: 1, character: 37 } },
    ]);
    expect(text.split('\n')[1].slice(34, 37)).toBe('RUN');
  });

  it('a finding whose text is escapes spans exactly those escapes', () => {
    for (const eol of ['\\n', '\\r\\n']) {
      const text = `{ "TestContent": "RUN true${eol}RESTART \\"\\u00e9\\ud83d\\ude00\\"" }`;
      expect(JSON.parse(text).TestContent).toMatch(/RESTART "é😀"$/);
      const built = buildRequest('RUN a\n', { ...PARAMS, ...JSON.parse(text) }, { paramsText: text });
      const restart = built.parameterDiagnostics.filter((d) => d.code === 'NotEmptyCommandContent.RESTART');
      expect(restart.map((d) => d.range)).toEqual([rangeIn(text, '\\"\\u00e9\\ud83d\\ude00\\"')]);
    }
  });

  it('jsonStringOffsets: one entry per UTF-16 unit, then the closing quote', () => {
    const text = '"a\\n\\u00e9😀\\"b"';
    const starts = jsonStringOffsets(text, { offset: 0, endOffset: text.length });
    expect(JSON.parse(text)).toHaveLength(starts.length - 1);
    expect(starts).toEqual([1, 2, 4, 10, 11, 12, 14, 15]);
  });

  it('is sent after the same processing (comment lines dropped), and clean content gives no finding', () => {
    const built = buildRequestWithFile('RUN a\n', paramsText({ TestContent: '# check\nRUN test -f /a\n\nRUN true' }));
    expect(built.parameterDiagnostics).toEqual([]);
    expect(built.request?.TestContent).toBe('RUN test -f /a\nRUN true');
  });

  it('from --set: linted, placed at the start (it is in no file)', () => {
    const built = buildRequest('RUN a\n', undefined, {
      paramsText: paramsText(),
      set: [['TestContent', 'RESTART now']],
    });
    const restart = built.parameterDiagnostics.filter((d) => d.code === 'NotEmptyCommandContent.RESTART');
    expect(restart.map((d) => [d.origin, d.range])).toEqual([
      ['set', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }],
    ]);
  });

  it('carries no fix (an edit of the decoded text is not an edit of the JSON)', () => {
    const built = buildRequestWithFile('RUN a\n', paramsText({ TestContent: 'run true' }));
    const keyword = built.parameterDiagnostics.filter((d) => d.code === 'keyword-case');
    expect(keyword).toHaveLength(1);
    expect(keyword[0].fix).toBeUndefined();
  });
});

describe('component types: Build components in build templates, Test components in test templates', () => {
  const smoke = readLocalComponent(
    '/p/smoke.component.yaml',
    'Tasks:\n  - Name: t\n    Action: RunShellCommand\n    Properties:\n      commandContent: "true"\n',
    '/p/smoke.component.json',
    '{ "ComponentType": "Test" }',
  );
  const setup = readLocalComponent('/p/setup.component.buildcontent', 'RUN true\n', '/p/setup.component.json');
  const index: ComponentIndex = { root: '/p', components: [smoke, setup], ids: {}, problems: [] };
  it('the wrong kind is a warning with our code (the service documents no refusal code for it)', () => {
    const inTest = lintComponentCalls(
      'COMPONENT acs:ecs:r:1:imagecomponent/setup/1.0.0\nCOMPONENT acs:ecs:r:1:imagecomponent/smoke/1.0.0\n',
      index,
      'Test',
    );
    expect(inTest.map((d) => [d.code, d.severity, d.range.start.line])).toEqual([
      ['component-call-type', 'warning', 0],
    ]);
    const inBuild = lintComponentCalls(
      'COMPONENT acs:ecs:r:1:imagecomponent/setup/1.0.0\nCOMPONENT acs:ecs:r:1:imagecomponent/smoke/1.0.0\n',
      index,
      'Build',
    );
    expect(inBuild.map((d) => [d.code, d.severity, d.range.start.line])).toEqual([
      ['component-call-type', 'warning', 1],
    ]);
  });
});
