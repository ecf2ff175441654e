import { describe, expect, it } from 'vitest';
import { OWN_CODES, buildRequest } from '../../src/request/index.js';

const PARAMS = { RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-params' };
const codes = (diagnostics: Array<{ code: string; severity: string }>) =>
  diagnostics.map((d) => `${d.severity} ${d.code}`);

describe('buildRequest', () => {
  it('builds the request: Action, Version, the parameters in model order, the BuildContent as sent', () => {
    const result = buildRequest('# build\n\nRUN yum update -y\nRESTART\n', { Name: 'web', ...PARAMS, $schema: 'x' });
    expect(result.blocked).toBe(false);
    expect(result.diagnostics).toEqual([]);
    expect(result.parameterDiagnostics).toEqual([]);
    expect(result.request).toEqual({
      Action: 'CreateImagePipeline',
      Version: '2014-05-26',
      ...PARAMS,
      BuildContent: 'RUN yum update -y\nRESTART',
      Name: 'web',
    });
    expect(Object.keys(result.request!)).toEqual([
      'Action',
      'Version',
      'RegionId',
      'BaseImageType',
      'BaseImage',
      'BuildContent',
      'Name',
    ]);
  });

  describe('the BuildContent as sent', () => {
    const template = '\uFEFF# escape=\\\r\n# a comment\r\nRUN a \\\r\n  # inside\r\n\r\n  && b\r\n\r\nRESTART\r\n';

    it('drops comment and blank lines, keeps continuations as written, uses \\n', () => {
      expect(buildRequest(template, PARAMS).buildContent).toBe('RUN a \\\n  && b\nRESTART');
    });

    it('keeps them with keepComments, but not blank lines inside a command; a comment inside one is an error', () => {
      const result = buildRequest(template, PARAMS, { keepComments: true });
      expect(result.buildContent).toBe('# escape=\\\n# a comment\nRUN a \\\n  # inside\n  && b\n\nRESTART');
      expect(result.blocked).toBe(true);
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.range])).toEqual([
        ['comment-in-continuation', { start: { line: 3, character: 2 }, end: { line: 3, character: 10 } }],
      ]);
      const commentAbove = buildRequest('# a comment\r\nRUN a \\\r\n  && b\r\n', PARAMS, { keepComments: true });
      expect(commentAbove.request?.BuildContent).toBe('# a comment\nRUN a \\\n  && b');
    });

    it('is left out for a template of comments only', () => {
      const result = buildRequest('# nothing yet\n', PARAMS);
      expect(result.request).not.toHaveProperty('BuildContent');
    });

    it('is refused when it holds a character no request can carry', () => {
      const result = buildRequest('RUN echo a\nRUN echo \u0000\n', PARAMS);
      expect(result.blocked).toBe(true);
      const [finding] = result.diagnostics.filter((d) => d.code === OWN_CODES.unsendableCharacter);
      expect(finding.range).toEqual({ start: { line: 1, character: 9 }, end: { line: 1, character: 10 } });
    });
  });

  describe('the FROM rule', () => {
    it('under the older API rule (the default) a FROM decides the source; equal parameters are no finding', () => {
      const result = buildRequest('FROM IMAGE_FAMILY:acs:alibaba_cloud_linux_3\nRUN x\n', {
        RegionId: 'r',
        BaseImageType: 'IMAGE_FAMILY',
      });
      expect(result.source).toEqual({
        baseImageType: 'IMAGE_FAMILY',
        baseImage: 'acs:alibaba_cloud_linux_3',
        origin: 'template',
      });
      expect(result.diagnostics).toEqual([]);
    });

    it('without a FROM the service prepends FROM <BaseImageType>:<BaseImage>', () => {
      expect(buildRequest('RUN x\n', PARAMS).source).toEqual({
        baseImageType: 'IMAGE',
        baseImage: 'm-params',
        origin: 'parameters',
      });
    });

    it('with a FROM, BaseImage may be left out; without one it is required', () => {
      const withFrom = buildRequest('FROM IMAGE:m-from\nRUN x\n', { RegionId: 'r', BaseImageType: 'IMAGE' });
      expect(withFrom.blocked).toBe(false);
      expect(withFrom.request?.BaseImage).toBe('m-from');
      const without = buildRequest('RUN x\n', { RegionId: 'r', BaseImageType: 'IMAGE' });
      expect(codes(without.parameterDiagnostics)).toEqual(['error missing-parameter']);
      expect(without.request).toBeUndefined();
    });

    it("the newer rule (from: ignored): the parameters decide, and carry the FROM's image", () => {
      const result = buildRequest('FROM IMAGE:m-from\nRUN x\n', { RegionId: 'r' }, { lint: { from: 'ignored' } });
      expect(result.source).toEqual({ baseImageType: 'IMAGE', baseImage: 'm-from', origin: 'parameters' });
    });

    it('warns when the prepended FROM would be command 128', () => {
      const template = Array.from({ length: 127 }, (_, i) => `RUN echo ${i}`).join('\n');
      expect(codes(buildRequest(template, PARAMS).diagnostics)).toEqual([
        'warning prepended-from-exceeds-command-limit',
      ]);
      expect(
        buildRequest(`FROM IMAGE:m\n${template.split('\n').slice(1).join('\n')}`, PARAMS).diagnostics.map(
          (d) => d.code,
        ),
      ).not.toContain(OWN_CODES.prependedFromExceedsCommandLimit);
    });
  });

  describe('COPY from a URL needs internet access (the lint rule, given InternetMaxBandwidthOut)', () => {
    const template = 'COPY https://example.com/app.tar.gz /opt/app.tar.gz\n';

    it('warns when InternetMaxBandwidthOut is absent or 0', () => {
      expect(codes(buildRequest(template, PARAMS).diagnostics)).toEqual(['warning copy-url-without-internet']);
      expect(buildRequest(template, PARAMS).diagnostics[0].message).toContain('not set (default 0)');
      expect(codes(buildRequest(template, { ...PARAMS, InternetMaxBandwidthOut: 0 }).diagnostics)).toEqual([
        'warning copy-url-without-internet',
      ]);
    });

    it('is quiet with bandwidth, from the file or from set', () => {
      expect(buildRequest(template, { ...PARAMS, InternetMaxBandwidthOut: 10 }).diagnostics).toEqual([]);
      expect(buildRequest(template, PARAMS, { set: { InternetMaxBandwidthOut: '5' } }).diagnostics).toEqual([]);
    });
  });

  describe('errors block the request', () => {
    it('a template error blocks it', () => {
      const result = buildRequest('RUN\n', PARAMS);
      expect(codes(result.diagnostics)).toEqual(['error EmptyCommandContent.RUN']);
      expect(result.blocked).toBe(true);
      expect(result.request).toBeUndefined();
    });

    it('a parameter error blocks it; force builds it anyway', () => {
      const result = buildRequest('RUN x\n', { ...PARAMS, SystemDiskSize: 10 });
      expect(result.request).toBeUndefined();
      const forced = buildRequest('RUN x\n', { ...PARAMS, SystemDiskSize: 10 }, { force: true });
      expect(forced.blocked).toBe(true);
      expect(forced.request?.SystemDiskSize).toBe(10);
    });

    it('severity settings apply to request findings too', () => {
      const result = buildRequest(
        'RUN x\n',
        { ...PARAMS, Name: 'x' },
        { lint: { severity: { 'InvalidName.Malformed': 'warning' } } },
      );
      expect(codes(result.parameterDiagnostics)).toEqual(['warning InvalidName.Malformed']);
      expect(result.blocked).toBe(false);
      expect(
        buildRequest('RUN x\n', { ...PARAMS, Name: 'x' }, { lint: { severity: { 'request-parameters': 'off' } } })
          .parameterDiagnostics,
      ).toEqual([]);
    });

    it('the template wins over a BuildContent in the parameters', () => {
      const result = buildRequest('RUN real\n', { ...PARAMS, BuildContent: 'RUN fake' }, { force: true });
      expect(codes(result.parameterDiagnostics)).toEqual(['error build-content-in-parameters']);
      expect(result.request?.BuildContent).toBe('RUN real');
    });
  });

  describe('the parameters file text', () => {
    const paramsText =
      '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-1",\n  "SystemDiskSize": 5\n}\n';

    it('is read when no object is given, and places findings in it', () => {
      const [finding] = buildRequest('RUN x\n', undefined, { paramsText }).parameterDiagnostics;
      expect(finding.code).toBe('InvalidSystemDiskSize.NotSupportedValue');
      expect(finding.origin).toBe('file');
      expect(finding.range).toEqual({ start: { line: 4, character: 20 }, end: { line: 4, character: 21 } });
    });

    it('that is not JSON gives one finding, not one per parameter', () => {
      const result = buildRequest('RUN x\n', undefined, { paramsText: '{\n  "RegionId": "cn-hangzhou",\n}' });
      expect(result.parameterDiagnostics.map((d) => [d.code, d.range.start])).toEqual([
        ['invalid-json', { line: 2, character: 0 }],
      ]);
      expect(result.blocked).toBe(true);
    });

    it('set overrides the file; its findings are marked as from set', () => {
      const result = buildRequest('RUN x\n', undefined, {
        paramsText,
        set: { SystemDiskSize: '50', 'Tag.1.Key': 'acs:x' },
      });
      expect(result.request).toBeUndefined();
      expect(result.parameterDiagnostics.map((d) => [d.code, d.parameter, d.origin])).toEqual([
        ['InvalidTagKey.Malformed', 'Tag.1.Key', 'set'],
      ]);
      expect(
        buildRequest('RUN x\n', undefined, { paramsText, set: [['SystemDiskSize', '50']] }).request?.SystemDiskSize,
      ).toBe(50);
      expect(
        codes(
          buildRequest('RUN x\n', undefined, { paramsText, set: { SystemDiskSize: '50', 'Tag.2.Key': 'x' } })
            .parameterDiagnostics,
        ),
      ).toEqual(['error invalid-set']);
    });
  });

  it('lists the documented defaults of the parameters left out, without inventing values', () => {
    const { defaults } = buildRequest('RUN x\n', { ...PARAMS, SystemDiskSize: 60, AdvancedOptions: {} });
    expect(defaults).toEqual([
      { parameter: 'Name', text: 'the ImagePipelineId the service returns' },
      { parameter: 'AdvancedOptions.RetainCloudAssistant', value: false, text: '`false`' },
      {
        parameter: 'InstanceType',
        text: 'the smallest available type by vCPU and memory (e.g. `ecs.g6.large`, then `ecs.g6.xlarge` when out of stock)',
      },
      { parameter: 'InternetMaxBandwidthOut', value: 0, text: '`0`' },
      { parameter: 'DeleteInstanceOnFailure', value: true, text: '`true`' },
      { parameter: 'VSwitchId', text: 'a new VPC and vSwitch are created (needs VPC quota)' },
      { parameter: 'ToRegionId', text: 'the current region only' },
    ]);
    expect(buildRequest('RUN x\n', PARAMS).request).not.toHaveProperty('SystemDiskSize');
  });
});
