import { describe, expect, it } from 'vitest';
import {
  OWN_CODES,
  PIPELINE_PARAMETERS,
  formatJsonPath,
  formatWireName,
  parseJsonDocument,
  validateParameters,
} from '../../src/request/index.js';
import type { ParameterDiagnostic } from '../../src/request/validate-parameters.js';
import { BASE, everyConstraint } from './constraint-cases.js';

/** Validates a parameters file's text, with ranges, the way build-request does. */
function checkFile(text: string): ParameterDiagnostic[] {
  const document = parseJsonDocument(text);
  return validateParameters(document.value, { rangeOf: (path, part) => document.rangeOf(path, part) });
}

describe('every constraint of the parameter model is enforced', () => {
  const violations = everyConstraint();

  it('covers the constraints of the reference table', () => {
    const codes = new Set(violations.map((v) => v.code));
    for (const code of [
      'InvalidName.Malformed',
      'InvalidDescription.Malformed',
      'InvalidImageName.Malformed',
      'InvalidImageFamily.Malformed',
      'InvalidImageOptions.Description',
      'InvalidBaseImageType.NotSupportedValue',
      'InvalidSystemDiskSize.NotSupportedValue',
      'InvalidInternetMaxBandwidthOut.NotSupportedValue',
      'InvalidToRegionIdSize.ExceededMaxNumber',
      'InvalidAddAccountSize.ExceededMaxNumber',
      'InvalidTagKey.Malformed',
      'InvalidTagValue.Malformed',
      'Duplicate.TagKey',
      'InvalidParameter.NvmeSupport',
      'InvalidParameter.RepairMode',
      'InvalidAdvancedOptions.ImageNameSuffix',
      'InvalidParameter.TestContent',
      'InvalidParameter.ImportImageOptionsArchitecture',
      'InvalidParameter.ImportImageOptionsOSType',
      'InvalidParameter.ImportImageOptionsPlatform',
      'InvalidParameter.ImportImageOptionsBootMode',
      'InvalidParameter.ImportImageOptionsLicenseType',
      'InvalidParameter.ImportImageOptionsFeaturesNvmeSupport',
      'InvalidParameter.ImportImageOptionsDiskDeviceMappingsFormat',
      'InvalidParameter.ImportImageOptionsDiskDeviceMappingsOSSObject',
      'InvalidParameter.ImportImageOptionsDiskDeviceMappingsOSSBucket',
      'InvalidImportImageOptionsDiskDeviceMappings.LengthLimitExceeded',
      'InvalidOperation.DiskImageSizeExceeded',
      'MissingParameter.ImportImageOptionsDiskDeviceMappingsOSSObject',
      'MissingParameter.ImportImageOptionsDiskDeviceMappingsOSSBucket',
      OWN_CODES.missingParameter,
      OWN_CODES.invalidValue,
      OWN_CODES.tooManyItems,
      OWN_CODES.deprecatedParameter,
    ]) {
      expect(codes, code).toContain(code);
    }
    expect(violations.length).toBeGreaterThan(100);
  });

  it.each(violations.map((v) => [v.title, v] as const))('%s', (_title, violation) => {
    const found = validateParameters(violation.params).filter(
      (d) => d.code === violation.code && formatJsonPath(d.path) === formatJsonPath(violation.path),
    );
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe(violation.severity);
    if (violation.allowed) expect(found[0].message).toContain(`allowed: ${violation.allowed}`);
    expect(found[0].parameter).toBe(formatWireName(violation.path));
    expect(found[0].message.startsWith(formatWireName(violation.path))).toBe(true);
    if (formatWireName(violation.path) !== formatJsonPath(violation.path))
      expect(found[0].message).toContain(`(at ${formatJsonPath(violation.path)})`);
    expect(found[0].href).toMatch(
      /^https:\/\/github\.com\/buildcontent\/buildcontent\/blob\/main\/docs\/request-parameters\.md#[a-z0-9-]+$/,
    );
  });
});

describe('the codes of the issue, from bad parameters files', () => {
  // Each case: a parameters file, the code, and the text the finding must point at in the file.
  const cases: Array<[code: string, file: Record<string, unknown>, pointsAt: string, allowed: string]> = [
    ['InvalidName.Malformed', { ...BASE, Name: 'x' }, '"x"', '2-128 characters'],
    ['InvalidName.Malformed', { ...BASE, Name: '1web' }, '"1web"', 'must start with a letter'],
    ['InvalidName.Malformed', { ...BASE, Name: 'web server!' }, '"web server!"', 'may contain only letters, digits'],
    [
      'InvalidName.Malformed',
      { ...BASE, Name: 'http://web' },
      '"http://web"',
      'must not start with "http://" or "https://"',
    ],
    ['InvalidDescription.Malformed', { ...BASE, Description: 'd' }, '"d"', '2-256 characters'],
    [
      'InvalidDescription.Malformed',
      { ...BASE, Description: 'https://example.com is us' },
      '"https://example.com is us"',
      'must not start with',
    ],
    [
      'InvalidImageName.Malformed',
      { ...BASE, ImageOptions: { ImageName: 'n'.repeat(65) } },
      `"${'n'.repeat(65)}"`,
      '2-64 characters',
    ],
    [
      'InvalidBaseImageType.NotSupportedValue',
      { ...BASE, BaseImageType: 'SNAPSHOT' },
      '"SNAPSHOT"',
      'one of "IMAGE", "IMAGE_FAMILY", "OSS"',
    ],
    ['InvalidSystemDiskSize.NotSupportedValue', { ...BASE, SystemDiskSize: 10 }, '10', 'an integer from 20 to 500'],
    ['InvalidSystemDiskSize.NotSupportedValue', { ...BASE, SystemDiskSize: 501 }, '501', 'an integer from 20 to 500'],
    [
      'InvalidInternetMaxBandwidthOut.NotSupportedValue',
      { ...BASE, InternetMaxBandwidthOut: 101 },
      '101',
      'an integer from 0 to 100',
    ],
    [
      'InvalidToRegionIdSize.ExceededMaxNumber',
      { ...BASE, ToRegionId: Array.from({ length: 21 }, (_, i) => `r-${i}`) },
      '[',
      'at most 20',
    ],
    [
      'InvalidAddAccountSize.ExceededMaxNumber',
      { ...BASE, AddAccount: Array.from({ length: 21 }, (_, i) => 1000 + i) },
      '[',
      'at most 20',
    ],
    [
      'InvalidTagKey.Malformed',
      { ...BASE, Tag: [{ Key: 'acs:team', Value: 'x' }] },
      '"acs:team"',
      'must not start with "aliyun" or "acs:"',
    ],
    [
      'InvalidTagKey.Malformed',
      { ...BASE, Tag: [{ Key: 'aliyun-team' }] },
      '"aliyun-team"',
      'must not start with "aliyun" or "acs:"',
    ],
    ['InvalidTagKey.Malformed', { ...BASE, Tag: [{ Key: '' }] }, '""', '1-128 characters'],
    [
      'InvalidTagKey.Malformed',
      { ...BASE, Tag: [{ Key: 'see http://x' }] },
      '"see http://x"',
      'must not contain "http://" or "https://"',
    ],
    [
      'InvalidTagValue.Malformed',
      { ...BASE, Tag: [{ Key: 'k', Value: 'acs:v' }] },
      '"acs:v"',
      'must not start with "acs:"',
    ],
    [
      'InvalidTagValue.Malformed',
      { ...BASE, Tag: [{ Key: 'k', Value: 'v'.repeat(129) }] },
      `"${'v'.repeat(129)}"`,
      'at most 128 characters',
    ],
    [
      'Duplicate.TagKey',
      {
        ...BASE,
        Tag: [
          { Key: 'team', Value: 'a' },
          { Key: 'team', Value: 'b' },
        ],
      },
      '"team"',
      'each Key once',
    ],
    [OWN_CODES.invalidValue, { ...BASE, ClientToken: 'token-\u00e9' }, '"token-\u00e9"', 'ASCII characters only'],
    [OWN_CODES.invalidValue, { ...BASE, ClientToken: 't'.repeat(65) }, `"${'t'.repeat(65)}"`, 'at most 64 characters'],
    [OWN_CODES.invalidType, { ...BASE, SystemDiskSize: '40' }, '"40"', 'must be an integer'],
    [OWN_CODES.unknownParameter, { ...BASE, Regionid: 'x' }, '"Regionid"', 'did you mean RegionId?'],
  ];

  it.each(cases)('%s for %j', (code, file, pointsAt, allowed) => {
    const text = JSON.stringify(file, null, 2);
    const found = checkFile(text).filter((d) => d.code === code);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(allowed);
    // The range covers exactly the offending value (or key) in the file.
    const lines = text.split('\n');
    const { start, end } = found[0].range;
    const covered =
      start.line === end.line
        ? lines[start.line].slice(start.character, end.character)
        : lines[start.line].slice(start.character);
    expect(covered.startsWith(pointsAt)).toBe(true);
    if (start.line === end.line) expect(covered).toBe(pointsAt);
  });

  it('requires RegionId and BaseImageType, pointing at the opening brace', () => {
    const found = checkFile('{\n  "Name": "web"\n}');
    expect(found.map((d) => [d.code, d.parameter, d.origin])).toEqual(
      expect.arrayContaining([
        [OWN_CODES.missingParameter, 'RegionId', 'missing'],
        [OWN_CODES.missingParameter, 'BaseImageType', 'missing'],
      ]),
    );
    for (const d of found.filter((f) => f.origin === 'missing'))
      expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
  });

  it('names a nested parameter by its wire name and its JSON path', () => {
    const [finding] = checkFile(JSON.stringify({ ...BASE, Tag: [{ Key: 'ok' }, { Key: 'acs:x' }] }));
    expect(finding.parameter).toBe('Tag.2.Key');
    expect(finding.path).toEqual(['Tag', 1, 'Key']);
    expect(finding.message).toBe(
      'Tag.2.Key (at Tag[1].Key) starts with "acs:"; allowed: must not start with "aliyun" or "acs:"',
    );
  });

  it('accepts a complete, valid parameters file without a finding', () => {
    const valid = {
      $schema: './pipeline.schema.json',
      ...BASE,
      Name: 'web-server_1.0:prod',
      Description: 'A web server',
      ImageOptions: {
        ImageName: '镜像web',
        ImageFamily: 'web-family',
        Description: 'built',
        ImageFeatures: { NvmeSupport: 'auto' },
        ImageTags: [{ Key: 'a', Value: '' }],
      },
      AdvancedOptions: { ImageNameSuffix: 'disable', RetainCloudAssistant: true },
      InstanceType: 'ecs.g6.large',
      SystemDiskSize: 20,
      InternetMaxBandwidthOut: 100,
      DeleteInstanceOnFailure: false,
      VSwitchId: 'vsw-1',
      ToRegionId: Array.from({ length: 20 }, (_, i) => `cn-r${i}`),
      AddAccount: [1234567890123456],
      Tag: [{ Key: 'team', Value: 'web' }, { Key: 'env' }],
      ResourceGroupId: 'rg-1',
      ClientToken: 't'.repeat(64),
      RepairMode: 'Customized',
      RepairItem: ['fstab', 'grub'],
      TestContent: 'RUN true',
    };
    expect(checkFile(JSON.stringify(valid, null, 2))).toEqual([]);
  });
});

describe('cross checks', () => {
  const codesOf = (params: unknown, options = {}) =>
    validateParameters(params, options).map((d) => `${d.severity} ${d.code} ${d.parameter}`);

  it('requires ImportImageOptions with a disk for OSS sources', () => {
    expect(codesOf({ RegionId: 'r', BaseImageType: 'OSS' })).toEqual([
      'error MissingParameter.ImportImageOptions ImportImageOptions',
    ]);
    expect(codesOf({ RegionId: 'r', BaseImageType: 'OSS', ImportImageOptions: {} })).toEqual([
      'error MissingParameter.ImageOptionsDiskDeviceMappings ImportImageOptions.DiskDeviceMappings',
    ]);
    expect(
      codesOf({
        RegionId: 'r',
        BaseImageType: 'OSS',
        ImportImageOptions: { DiskDeviceMappings: [{ OSSBucket: 'b', OSSObject: 'o.qcow2' }] },
      }),
    ).toEqual([]);
  });

  it('requires BaseImage for IMAGE and IMAGE_FAMILY, unless the template FROM decides', () => {
    expect(codesOf({ RegionId: 'r', BaseImageType: 'IMAGE' })).toEqual(['error missing-parameter BaseImage']);
    expect(codesOf({ RegionId: 'r', BaseImageType: 'IMAGE_FAMILY' })).toEqual(['error missing-parameter BaseImage']);
    expect(codesOf({ RegionId: 'r', BaseImageType: 'IMAGE' }, { sourceImageFromTemplate: true })).toEqual([]);
  });

  it('warns about parameters the source type does not use', () => {
    expect(
      codesOf({ ...BASE, ImportImageOptions: { DiskDeviceMappings: [{ OSSBucket: 'b', OSSObject: 'o' }] } }),
    ).toEqual(['warning unused-parameter ImportImageOptions']);
    expect(
      codesOf({
        RegionId: 'r',
        BaseImageType: 'OSS',
        BaseImage: 'm-1',
        ImportImageOptions: { DiskDeviceMappings: [{ OSSBucket: 'b', OSSObject: 'o' }] },
      }),
    ).toEqual(['warning unused-parameter BaseImage']);
  });

  it('arm64 imports boot with UEFI', () => {
    const oss = (extra: object) => ({
      RegionId: 'r',
      BaseImageType: 'OSS',
      ImportImageOptions: { DiskDeviceMappings: [{ OSSBucket: 'b', OSSObject: 'o' }], Architecture: 'arm64', ...extra },
    });
    expect(codesOf(oss({ BootMode: 'BIOS' }))).toEqual([
      'error InvalidParameter.ImportImageOptionsBootMode ImportImageOptions.BootMode',
    ]);
    expect(codesOf(oss({}))).toEqual(['warning boot-mode-default-bios ImportImageOptions.BootMode']);
    expect(codesOf(oss({ BootMode: 'UEFI' }))).toEqual([]);
  });

  it('flags a deprecated parameter given beside its replacement', () => {
    expect(codesOf({ ...BASE, ImageName: 'old', ImageOptions: { ImageName: 'new' } })).toEqual([
      'warning deprecated-parameter ImageName',
      'warning deprecated-parameter ImageName',
    ]);
  });

  it('ties RepairItem to RepairMode Customized', () => {
    expect(codesOf({ ...BASE, RepairItem: ['grub'] })).toEqual(['error MissingParameter.RepairMode RepairMode']);
    expect(codesOf({ ...BASE, RepairMode: 'Standard', RepairItem: ['grub'] })).toEqual([
      'warning unused-parameter RepairItem',
    ]);
    expect(codesOf({ ...BASE, RepairMode: 'Customized' })).toEqual(['warning missing-parameter RepairItem']);
  });

  it('refuses BuildContent in the parameters, NUL characters and unsafe integers', () => {
    expect(codesOf({ ...BASE, BuildContent: 'RUN x' })).toEqual(['error build-content-in-parameters BuildContent']);
    expect(codesOf({ ...BASE, Description: 'nul \u0000 here' })).toEqual(['error unsendable-character Description']);
    expect(codesOf({ ...BASE, AddAccount: [2 ** 64] })).toEqual(['error invalid-parameter-type AddAccount.1']);
    expect(codesOf([])).toEqual(['error invalid-parameter-type ']);
  });
});

describe('parseJsonDocument', () => {
  it('reads what JSON.parse reads, with ranges', () => {
    const text =
      '\uFEFF{\r\n  "Tag": [ {"Key": "a"}, {"Key": "b\\u0041"} ],\r\n  "n": -1.5e3, "t": true, "z": null\r\n}';
    const document = parseJsonDocument(text);
    expect(document.value).toEqual(JSON.parse(text.slice(1)));
    expect(document.problems).toEqual([]);
    const line1 = text.split('\r\n')[1];
    const valueAt = line1.indexOf('"b\\u0041"');
    const keyAt = line1.lastIndexOf('"Key"');
    expect(document.rangeOf(['Tag', 1, 'Key'])).toEqual({
      start: { line: 1, character: valueAt },
      end: { line: 1, character: valueAt + 9 },
    });
    expect(document.rangeOf(['Tag', 1, 'Key'], 'key')).toEqual({
      start: { line: 1, character: keyAt },
      end: { line: 1, character: keyAt + 5 },
    });
    // A path that does not exist maps to the nearest value that does.
    expect(document.rangeOf(['Tag', 5, 'Key'])).toEqual(document.rangeOf(['Tag']));
  });

  it('reports syntax errors where they are, and repeated keys', () => {
    const brokenText = '{\n  "RegionId": "cn-hangzhou",\n  "Name": \n}';
    const broken = parseJsonDocument(brokenText);
    expect(broken.value).toBeUndefined();
    const closing = brokenText.lastIndexOf('}');
    expect(broken.problems).toEqual([
      { kind: 'syntax', message: 'a value was expected', offset: closing, endOffset: closing + 1 },
    ]);
    const repeated = parseJsonDocument('{"Name": "a", "Name": "b"}');
    expect(repeated.value).toEqual({ Name: 'b' });
    expect(repeated.problems.map((p) => p.kind)).toEqual(['duplicate-key']);
    expect(repeated.rangeOf(['Name'])).toEqual({ start: { line: 0, character: 22 }, end: { line: 0, character: 25 } });
  });

  it('agrees with JSON.parse on what is not JSON', () => {
    for (const text of ['', '{', '{"a":1,}', '[1 2]', '"\t"', '01', '{"a":1} x', "{'a':1}", '"\\x"', 'nul']) {
      expect(() => JSON.parse(text)).toThrow();
      expect(
        parseJsonDocument(text).problems.map((p) => p.kind),
        text,
      ).toEqual(['syntax']);
    }
  });
});

it('the model lists every parameter once', () => {
  const names = PIPELINE_PARAMETERS.map((p) => p.name);
  expect(new Set(names).size).toBe(names.length);
});
