import { describe, expect, it } from 'vitest';
import { mergeSettings, normalizeSettings, toLintOptions } from '../src/settings.js';

describe('normalizeSettings', () => {
  it('keeps valid values and accepts PascalCase request defaults', () => {
    const { settings, problems } = normalizeSettings({
      from: 'ignored',
      severity: { 'keyword-case': 'off', 'EmptyCommandContent.RUN': 'warning' },
      keepComments: true,
      request: { RegionId: 'cn-hangzhou', baseImageType: 'IMAGE', BaseImage: ' m-1 ' },
    });
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      from: 'ignored',
      severity: { 'keyword-case': 'off', 'EmptyCommandContent.RUN': 'warning' },
      keepComments: true,
      request: { regionId: 'cn-hangzhou', baseImageType: 'IMAGE', baseImage: 'm-1' },
    });
  });

  it("drops invalid values and says why (core's settings validator), ignores keys it does not read, without throwing", () => {
    const { settings, problems } = normalizeSettings(
      {
        from: 'sometimes',
        severity: { 'keyword-case': 'loud', heredoc: 'info', 'no-such-code': 'off' },
        request: 5,
        keepComments: 'yes',
        colour: 'red',
        trace: null,
      },
      'test',
    );
    expect(settings).toEqual({ severity: { heredoc: 'info' } });
    expect(problems).toEqual([
      'test: "from" must be "override" or "ignored"',
      'test: severity of "keyword-case" must be "off", "info", "warning", "error" or "hint"',
      'test: severity: unknown code or rule id "no-such-code"',
      'test: "keepComments" must be true or false, not a string',
      'test: "request" must be an object, not a number',
    ]);
    expect(normalizeSettings([1], 'x').problems).toEqual(['x: expected an object of settings, not an array']);
    expect(normalizeSettings(null)).toEqual({ settings: {}, problems: [] });
  });
});

describe('mergeSettings', () => {
  it('lets later layers win key by key and merges the maps', () => {
    const merged = mergeSettings(
      { from: 'override', severity: { a: 'off', b: 'error' }, request: { regionId: 'cn-beijing' } },
      undefined,
      { severity: { b: 'info' }, request: { baseImage: 'm-1' } },
    );
    expect(merged).toEqual({
      from: 'override',
      severity: { a: 'off', b: 'info' },
      request: { regionId: 'cn-beijing', baseImage: 'm-1' },
    });
  });
});

describe('toLintOptions', () => {
  it("passes the lint part and the parameters' cross-check values on", () => {
    expect(
      toLintOptions(mergeSettings({ from: 'ignored', keepComments: false }), { InternetMaxBandwidthOut: 0 }),
    ).toEqual({
      severity: {},
      from: 'ignored',
      keepComments: false,
      params: { InternetMaxBandwidthOut: 0 },
    });
    expect(toLintOptions(mergeSettings())).toEqual({ severity: {} });
  });
});
