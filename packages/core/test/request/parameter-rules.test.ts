// Parameter rules of issue 10: required empty strings, BaseImage vs BaseImageType, AddAccount as digit strings,
// arm64 BootMode, Windows sources, RepairItem without RepairMode; and every message read with boundary values.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  buildRequest,
  emitRequest,
  flattenRequest,
  parseJsonDocument,
  pipelineJsonSchema,
  validateParameters,
  walkParameters,
  type JsonPath,
  type ValueSpec,
} from '../../src/request/index.js';
import { applyWireAssignments } from '../../src/request/wire-assignments.js';
import { lintParamsOf } from '../../src/project/load-project.js';
import { EOLS } from '../kit.js';
import { BASE } from './constraint-cases.js';

const codesOf = (params: unknown, options = {}) =>
  validateParameters(params, options).map((d) => `${d.severity} ${d.code} ${d.parameter}`);
const OSS_DISK = { DiskDeviceMappings: [{ OSSBucket: 'b', OSSObject: 'o.qcow2' }] };

describe('required parameters given as empty strings', () => {
  it('are errors, one per parameter, at the value', () => {
    expect(codesOf({ RegionId: '', BaseImageType: 'IMAGE', BaseImage: 'm-bp67acfmxazb4p1234' })).toEqual([
      'error missing-parameter RegionId',
    ]);
    expect(codesOf({ RegionId: 'r', BaseImageType: '' })).toEqual([
      'error InvalidBaseImageType.NotSupportedValue BaseImageType',
    ]);
    // Required fields whose own rules refuse "" keep their own code.
    expect(codesOf({ ...BASE, Tag: [{ Key: '' }] })).toEqual(['error InvalidTagKey.Malformed Tag.1.Key']);
    expect(
      codesOf({
        RegionId: 'r',
        BaseImageType: 'OSS',
        ImportImageOptions: { DiskDeviceMappings: [{ OSSBucket: '', OSSObject: 'o' }] },
      }),
    ).toEqual([
      'error InvalidParameter.ImportImageOptionsDiskDeviceMappingsOSSBucket ImportImageOptions.DiskDeviceMappings.1.OSSBucket',
    ]);
    expect(codesOf({ RegionId: 'r', BaseImageType: 'IMAGE_FAMILY', BaseImage: '' })).toEqual([
      'error missing-parameter BaseImage',
    ]);
  });
  for (const [name, eol] of EOLS) {
    it(`${name}: point at the empty string in the file`, () => {
      const text = [
        '{',
        '  "RegionId": "",',
        '  "BaseImageType": "IMAGE", "BaseImage": "m-bp67acfmxazb4p1234"',
        '}',
      ].join(eol);
      const document = parseJsonDocument(text);
      const [finding] = validateParameters(document.value, { rangeOf: document.rangeOf });
      expect(finding.range).toEqual({ start: { line: 1, character: 14 }, end: { line: 1, character: 16 } });
      expect(finding.message).toBe('RegionId is empty, but it is required');
    });
  }
  it('leave optional empty strings to their own rules', () => {
    expect(codesOf({ ...BASE, Tag: [{ Key: 'k', Value: '' }], VSwitchId: '' })).toEqual([]);
  });
});

describe('BaseImage that does not fit BaseImageType', () => {
  it('warns for an image ID with IMAGE_FAMILY, and a family name with IMAGE', () => {
    expect(codesOf({ RegionId: 'r', BaseImageType: 'IMAGE_FAMILY', BaseImage: 'm-bp67acfmxazb4p1234' })).toEqual([
      'warning base-image-type-mismatch BaseImage',
    ]);
    expect(
      codesOf({ RegionId: 'r', BaseImageType: 'IMAGE_FAMILY', BaseImage: 'ubuntu_22_04_x64_20G_alibase_20240926.vhd' }),
    ).toEqual(['warning base-image-type-mismatch BaseImage']);
    expect(
      codesOf({ RegionId: 'r', BaseImageType: 'IMAGE', BaseImage: 'acs:alibaba_cloud_linux_3_2104_lts_x64' }),
    ).toEqual(['warning base-image-type-mismatch BaseImage']);
    expect(codesOf({ RegionId: 'r', BaseImageType: 'IMAGE', BaseImage: 'web-family' })).toEqual([
      'warning base-image-type-mismatch BaseImage',
    ]);
  });
  it('accepts what fits', () => {
    expect(codesOf({ RegionId: 'r', BaseImageType: 'IMAGE', BaseImage: 'm-bp67acfmxazb4p****' })).toEqual([]);
    expect(
      codesOf({ RegionId: 'r', BaseImageType: 'IMAGE', BaseImage: 'aliyun_3_x64_20G_alibase_20240819.vhd' }),
    ).toEqual([]);
    expect(
      codesOf({ RegionId: 'r', BaseImageType: 'IMAGE_FAMILY', BaseImage: 'acs:alibaba_cloud_linux_3_2104_lts_x64' }),
    ).toEqual([]);
    expect(codesOf({ RegionId: 'r', BaseImageType: 'IMAGE_FAMILY', BaseImage: 'web-family' })).toEqual([]);
  });
});

describe('AddAccount as strings of digits', () => {
  const big = '18446744073709551617'; // 2^64 + 1: no JSON number holds it
  it('accepts digit strings of any length, and refuses other strings and 0', () => {
    expect(codesOf({ ...BASE, AddAccount: [big, 1234567890, '1234567890'] })).toEqual([]);
    expect(codesOf({ ...BASE, AddAccount: ['0'] })).toEqual(['error invalid-parameter-value AddAccount.1']);
    expect(codesOf({ ...BASE, AddAccount: ['12a'] })).toEqual(['error invalid-parameter-type AddAccount.1']);
    expect(codesOf({ ...BASE, AddAccount: [''] })).toEqual(['error invalid-parameter-type AddAccount.1']);
  });
  it('tells to quote a number that lost digits', () => {
    // eslint-disable-next-line no-loss-of-precision -- on purpose: a JSON number above 2^53 loses digits
    const [finding] = validateParameters({ ...BASE, AddAccount: [18446744073709551617] });
    expect(finding.message).toBe(
      'AddAccount.1 (at AddAccount[0]) is beyond 2^53 and lost digits when read as a JSON number; write it in double quotes, as a string of digits',
    );
  });
  it('sends the digits exactly: query pairs, SDK module and --set', () => {
    const result = buildRequest('RUN echo hi\n', { ...BASE, AddAccount: [big] });
    expect(result.blocked).toBe(false);
    expect(flattenRequest(result.request!)).toContainEqual(['AddAccount.1', big]);
    expect(emitRequest(result.request!, 'sdk')).toContain(`addAccount: ["${big}" as unknown as number],`);
    const set = applyWireAssignments(BASE, [['AddAccount.1', big]]);
    expect(set.params.AddAccount).toEqual([big]);
    expect(applyWireAssignments(BASE, [['AddAccount.1', '1234567890']]).params.AddAccount).toEqual([1234567890]);
  });
  it('is allowed by the JSON Schema', () => {
    type Validate = ((data: unknown) => boolean) & { errors?: unknown };
    const Ajv = createRequire(import.meta.url)('ajv').default as new (options: object) => {
      compile(schema: object): Validate;
    };
    const validate = new Ajv({ strict: false }).compile(pipelineJsonSchema());
    expect(validate({ ...BASE, AddAccount: [big, 1234567890] })).toBe(true);
    expect(validate({ ...BASE, AddAccount: ['12a'] })).toBe(false);
  });
});

describe('arm64 BootMode (newest SDK: default BIOS, set UEFI for arm64)', () => {
  const oss = (extra: object) => ({
    RegionId: 'r',
    BaseImageType: 'OSS',
    ImportImageOptions: { ...OSS_DISK, Architecture: 'arm64', ...extra },
  });
  it('warns with our code when BootMode is absent, errs with the service code on BIOS', () => {
    expect(codesOf(oss({}))).toEqual(['warning boot-mode-default-bios ImportImageOptions.BootMode']);
    expect(codesOf(oss({ BootMode: 'BIOS' }))).toEqual([
      'error InvalidParameter.ImportImageOptionsBootMode ImportImageOptions.BootMode',
    ]);
    expect(codesOf(oss({ BootMode: 'UEFI' }))).toEqual([]);
    expect(
      codesOf({ RegionId: 'r', BaseImageType: 'OSS', ImportImageOptions: { ...OSS_DISK, Architecture: 'x86_64' } }),
    ).toEqual([]);
  });
});

describe('Windows OSS sources', () => {
  const windows = { RegionId: 'r', BaseImageType: 'OSS', ImportImageOptions: { ...OSS_DISK, OSType: 'windows' } };
  it('reports Linux repair items on Windows and Windows items on Linux', () => {
    expect(codesOf({ ...windows, RepairMode: 'Customized', RepairItem: ['bcd', 'grub', 'virtio', 'fstab'] })).toEqual([
      'warning repair-item-os RepairItem.2',
      'warning repair-item-os RepairItem.4',
    ]);
    expect(
      codesOf({
        RegionId: 'r',
        BaseImageType: 'OSS',
        ImportImageOptions: OSS_DISK,
        RepairMode: 'Customized',
        RepairItem: ['grub', 'bcd'],
      }),
    ).toEqual(['warning repair-item-os RepairItem.2']);
    expect(codesOf({ ...BASE, RepairMode: 'Customized', RepairItem: ['grub', 'bcd'] })).toEqual([]);
  });
  it('reports the Linux-only template commands, from buildRequest and from a project', () => {
    const result = buildRequest('COMPONENT ic-bp18hy47cqavewsb1234\nRUN echo hi\r\nRESTART\n', windows);
    expect(result.diagnostics.filter((d) => d.code === 'linux-only-command').map((d) => d.range)).toEqual([
      { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } },
    ]);
    expect(
      buildRequest('RUN echo hi\n', {
        ...windows,
        ImportImageOptions: { ...OSS_DISK, OSType: 'linux' },
      }).diagnostics.map((d) => d.code),
    ).not.toContain('linux-only-command');
  });
  it('reaches lint through the parameters file beside the template (lintParamsOf)', () => {
    expect(lintParamsOf(JSON.stringify(windows))?.sourceOsType).toBe('windows');
    expect(lintParamsOf(JSON.stringify({ ...windows, ImportImageOptions: OSS_DISK }))?.sourceOsType).toBe('linux');
    expect(lintParamsOf(JSON.stringify(BASE))?.sourceOsType).toBeUndefined();
  });
});

describe('RepairItem without RepairMode', () => {
  for (const [name, eol] of EOLS) {
    it(`${name}: is the service error MissingParameter.RepairMode, at the object that lacks it`, () => {
      const text = `${eol}{"RegionId": "r", "BaseImageType": "IMAGE", "BaseImage": "m-bp67acfmxazb4p1234",${eol} "RepairItem": ["grub"]}`;
      const document = parseJsonDocument(text);
      const found = validateParameters(document.value, { rangeOf: document.rangeOf });
      expect(found.map((d) => [d.severity, d.code, d.message, d.range])).toEqual([
        [
          'error',
          'MissingParameter.RepairMode',
          'RepairMode is missing: RepairItem is given, and it is used with RepairMode "Customized"',
          { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } },
        ],
      ]);
    });
  }
});

describe('every parameter message reads correctly at the boundaries', () => {
  /** Values just outside and on every limit of a value spec, and the JSON values readers stumble on. */
  function boundaryValues(spec: ValueSpec): unknown[] {
    // eslint-disable-next-line no-loss-of-precision -- on purpose: a JSON number above 2^53 loses digits
    const odd = [null, 1e400, -1e400, 1.5, true, {}, [], '', 2 ** 53 + 2];
    switch (spec.kind) {
      case 'string': {
        const lengths = spec.rules
          .flatMap((r) =>
            r.kind === 'length' ? [r.min - 1, r.min, 1, r.max, r.max + 1] : r.kind === 'bytes' ? [r.max + 1] : [],
          )
          .filter((n) => n >= 0);
        return [...odd, ...lengths.map((n) => 'a'.repeat(n)), 'x', 'http://x', 'acs:x', 'aliyun', '\u0000', '中'];
      }
      case 'integer':
        return [
          ...odd,
          ...[spec.minimum, spec.maximum].flatMap((n) => (n === undefined ? [] : [n - 1, n, n + 1])),
          '1',
          '0',
          '12a',
        ];
      case 'boolean':
        return odd;
      case 'list':
        return [...odd, Array.from({ length: (spec.maxItems ?? 1) + 1 }, () => boundaryValue(spec.items)), [null]];
      case 'object':
        return [...odd, { Unknown: 1 }];
    }
  }
  const boundaryValue = (spec: ValueSpec): unknown =>
    spec.kind === 'string'
      ? 'k'
      : spec.kind === 'integer'
        ? 1
        : spec.kind === 'boolean'
          ? true
          : spec.kind === 'list'
            ? []
            : {};

  /** Sets `value` at `path` (list items as index 0) in a copy of the base parameters. */
  function withValue(path: JsonPath, value: unknown): Record<string, unknown> {
    const root: Record<string, unknown> = structuredClone({
      ...BASE,
      BaseImageType: 'OSS',
      BaseImage: undefined,
      ImportImageOptions: OSS_DISK,
    });
    let here: Record<string | number, unknown> = root;
    path.forEach((segment, i) => {
      if (i === path.length - 1) here[segment] = value;
      else {
        const next = path[i + 1];
        if (typeof here[segment] !== 'object' || here[segment] === null)
          here[segment] = typeof next === 'number' ? [] : {};
        here = here[segment] as Record<string | number, unknown>;
      }
    });
    return root;
  }

  const messages = new Set<string>();
  /** Messages about a value of 1e400 or -1e400 (read as ±Infinity, which JSON.stringify writes as null). */
  const outOfRange = new Set<string>();
  walkParameters((spec, path) => {
    for (const value of boundaryValues(spec.value)) {
      for (const d of validateParameters(withValue(path, value))) {
        messages.add(d.message);
        if (value === Infinity || value === -Infinity) outOfRange.add(d.message);
      }
    }
  });
  // Cross checks and the messages that name counts of 1.
  for (const params of [
    { ...BASE, RepairItem: ['grub'] },
    { ...BASE, Name: 'a' },
    { ...BASE, Tag: [{ Key: 'a'.repeat(129) }] },
    { RegionId: 'r', BaseImageType: 'IMAGE_FAMILY', BaseImage: 'm-bp67acfmxazb4p1234' },
    { RegionId: 'r', BaseImageType: 'OSS', ImportImageOptions: { ...OSS_DISK, Architecture: 'arm64' } },
  ]) {
    for (const d of validateParameters(params)) messages.add(d.message);
  }

  it('renders hundreds of messages', () => {
    expect(messages.size).toBeGreaterThan(200);
  });
  it.each([
    ['"1 characters", "1 bytes" or "1 items"', /\b1 (characters|bytes|items)\b/],
    ['a doubled word', /\b(\w+) \1\b/i],
    ['Infinity or NaN', /\bInfinity\b|\bNaN\b/],
    ['undefined or [object Object]', /undefined|\[object Object\]/],
    ['two spaces or a space before punctuation', / {2}| [;:,.]/],
  ])('none says %s', (_what, pattern) => {
    expect([...messages].filter((m) => pattern.test(m))).toEqual([]);
  });
  it('says "null" only of null, never of 1e400', () => {
    expect(outOfRange.size).toBeGreaterThan(20);
    expect([...outOfRange].filter((m) => /null/.test(m))).toEqual([]);
  });
  it('says "1 character" where the count is one', () => {
    expect([...messages].some((m) => / is 1 character long;/.test(m))).toBe(true);
    expect([...messages].some((m) => /out-of-range number \(beyond 1\.8e308\)/.test(m))).toBe(true);
  });
});
