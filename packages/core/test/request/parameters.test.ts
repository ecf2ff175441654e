import * as Ecs from '@alicloud/ecs20140526';
import { describe, expect, it } from 'vitest';
import {
  PIPELINE_PARAMETERS,
  applyWireAssignments,
  formatJsonPath,
  formatWireName,
  parseWireName,
  specAt,
  type ParameterSpec,
  type PipelineParameters,
  type ValueSpec,
} from '../../src/request/index.js';
import { SDK_REQUEST_CLASS, parameterAnchor } from '../../src/request/parameters.js';

/** An SDK model class: `names()` maps its camelCase fields to wire names. */
type SdkModel = { names(): Record<string, string> };
const sdkClass = (name: string): SdkModel => {
  const found = (Ecs as unknown as Record<string, SdkModel | undefined>)[name];
  if (!found) throw new Error(`@alicloud/ecs20140526 has no ${name}`);
  return found;
};

/** Each object level of the model with the SDK class that holds it. */
function objectLevels(): Array<{ label: string; sdk: string; fields: readonly ParameterSpec[] }> {
  const out = [{ label: 'CreateImagePipeline', sdk: SDK_REQUEST_CLASS, fields: PIPELINE_PARAMETERS }];
  const visit = (value: ValueSpec, label: string): void => {
    if (value.kind === 'list') visit(value.items, `${label}.N`);
    if (value.kind === 'object') {
      out.push({ label, sdk: value.sdkClass, fields: value.fields });
      for (const field of value.fields) visit(field.value, `${label}.${field.name}`);
    }
  };
  for (const parameter of PIPELINE_PARAMETERS) visit(parameter.value, parameter.name);
  return out;
}

describe('the parameter model agrees with @alicloud/ecs20140526', () => {
  it.each(objectLevels().map((level) => [level.label, level] as const))('%s', (_label, level) => {
    // The SDK's names() is its own map from field to wire name: the model must hold the same pairs, all of them.
    const sdkNames = sdkClass(level.sdk).names();
    const modelNames = Object.fromEntries(level.fields.map((field) => [field.sdkName, field.name]));
    expect(modelNames).toEqual(sdkNames);
  });

  it('has one SDK class for every object', () => {
    expect(objectLevels().map((level) => level.sdk)).toEqual([
      'CreateImagePipelineRequest',
      'CreateImagePipelineRequestImageOptions',
      'CreateImagePipelineRequestImageOptionsImageFeatures',
      'CreateImagePipelineRequestImageOptionsImageTags',
      'CreateImagePipelineRequestAdvancedOptions',
      'CreateImagePipelineRequestImportImageOptions',
      'CreateImagePipelineRequestImportImageOptionsDiskDeviceMappings',
      'CreateImagePipelineRequestImportImageOptionsFeatures',
      'CreateImagePipelineRequestImportImageOptionsImportImageTags',
      'CreateImagePipelineRequestTag',
    ]);
  });
});

it('PipelineParameters names exactly the model parameters', () => {
  // `satisfies` makes the compiler hold this list to the interface; the test holds it to the model.
  const keys = {
    $schema: true,
    RegionId: true,
    BaseImageType: true,
    BaseImage: true,
    BuildContent: true,
    TestContent: true,
    Name: true,
    Description: true,
    ImageName: true,
    ImageFamily: true,
    NvmeSupport: true,
    ImageOptions: true,
    AdvancedOptions: true,
    ImportImageOptions: true,
    InstanceType: true,
    SystemDiskSize: true,
    InternetMaxBandwidthOut: true,
    DeleteInstanceOnFailure: true,
    VSwitchId: true,
    ToRegionId: true,
    AddAccount: true,
    Tag: true,
    ResourceGroupId: true,
    ClientToken: true,
    RepairMode: true,
    RepairItem: true,
    OwnerId: true,
    OwnerAccount: true,
    ResourceOwnerId: true,
    ResourceOwnerAccount: true,
  } satisfies Record<keyof PipelineParameters, true>;
  expect(
    Object.keys(keys)
      .filter((k) => k !== '$schema')
      .sort(),
  ).toEqual(PIPELINE_PARAMETERS.map((p) => p.name).sort());
});

describe('paths', () => {
  it('formats wire names (1-based), JSON paths (0-based) and anchors', () => {
    const path = ['ImageOptions', 'ImageTags', 1, 'Key'];
    expect(formatWireName(path)).toBe('ImageOptions.ImageTags.2.Key');
    expect(formatJsonPath(path)).toBe('ImageOptions.ImageTags[1].Key');
    expect(parameterAnchor(path)).toBe('imageoptions-imagetags-n-key');
  });

  it('reads wire names back with the model, numbers as indexes only in lists', () => {
    expect(parseWireName('Tag.2.Key')).toEqual(['Tag', 1, 'Key']);
    expect(parseWireName('ImportImageOptions.DiskDeviceMappings.17.OSSObject')).toEqual([
      'ImportImageOptions',
      'DiskDeviceMappings',
      16,
      'OSSObject',
    ]);
    expect(parseWireName('Name.1')).toEqual(['Name', '1']);
    expect(specAt(['Tag', 0, 'Key'])?.spec?.name).toBe('Key');
    expect(specAt(['Tag', 'Key'])).toBeUndefined();
    expect(specAt(['Nope'])).toBeUndefined();
  });
});

describe('applyWireAssignments (--set)', () => {
  it('types values by the model and builds nested objects and lists', () => {
    const { params, assignedPaths, problems } = applyWireAssignments({ Name: 'old', Tag: [{ Key: 'a' }] }, [
      ['Name', 'new'],
      ['SystemDiskSize', '60'],
      ['DeleteInstanceOnFailure', 'false'],
      ['Description', '123'],
      ['Tag.2.Key', 'b'],
      ['Tag.2.Value', ''],
      ['ImageOptions.ImageFeatures.NvmeSupport', 'auto'],
      ['ToRegionId', '["cn-beijing","cn-shanghai"]'],
      ['AddAccount.1', '1234567890'],
    ]);
    expect(problems).toEqual([]);
    expect(params).toEqual({
      Name: 'new',
      SystemDiskSize: 60,
      DeleteInstanceOnFailure: false,
      Description: '123',
      Tag: [{ Key: 'a' }, { Key: 'b', Value: '' }],
      ImageOptions: { ImageFeatures: { NvmeSupport: 'auto' } },
      ToRegionId: ['cn-beijing', 'cn-shanghai'],
      AddAccount: [1234567890],
    });
    expect(assignedPaths).toContainEqual(['Tag', 1, 'Key']);
  });

  it('keeps a value that does not fit its type as text, for the validator to report', () => {
    expect(applyWireAssignments({}, [['SystemDiskSize', 'big']]).params).toEqual({ SystemDiskSize: 'big' });
  });

  it('refuses gaps in lists and clashing shapes', () => {
    expect(applyWireAssignments({}, [['Tag.3.Key', 'x']]).problems).toEqual([
      { name: 'Tag.3.Key', message: 'Tag has 0 items; number the next one 1' },
    ]);
    expect(applyWireAssignments({ Tag: 'x' }, [['Tag.1.Key', 'x']]).problems).toHaveLength(1);
    expect(applyWireAssignments({}, [['Tag..Key', 'x']]).problems).toHaveLength(1);
  });
});
