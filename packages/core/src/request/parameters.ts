// The CreateImagePipeline parameter model: one table for every request parameter of the API
// (spec 4.1 and 4.2). The validator, the JSON Schema of `*.pipeline.json`, the SDK emitter and
// docs/request-parameters.md are all derived from it, so they cannot disagree.
import { MAX_CONTENT_BYTES } from '../checks/rules/content-length.js';

/** The API action of a template build request (`Action` of the request). */
export const ACTION = 'CreateImagePipeline';
/** The ECS API version the request is written for (`Version` of the request). */
export const API_VERSION = '2014-05-26';

/** Where our diagnostics link to; each parameter and each code of ours has an anchor there. */
export const PARAMETERS_DOC = 'https://github.com/buildcontent/buildcontent/blob/main/docs/request-parameters.md';

/** A documented default: `value` when it is a literal the service fills in, else only a description. */
export interface ParameterDefault {
  value?: string | number | boolean;
  text: string;
}

/**
 * One check on a string. `code` overrides the value's code; `inferred` marks a constraint the
 * sources imply but do not state: it is reported as a warning, never an error.
 */
export type StringRule = (
  | { kind: 'length'; min: number; max: number }
  | { kind: 'bytes'; max: number }
  | { kind: 'enum'; values: readonly string[] }
  /** `pattern` is a regular expression valid both in JavaScript (`u` flag) and in JSON Schema. */
  | { kind: 'pattern'; pattern: string; says: string }
  | { kind: 'not-prefix'; prefixes: readonly string[] }
  | { kind: 'not-contain'; substrings: readonly string[] }
  | { kind: 'ascii' }
) & { code?: string; inferred?: boolean };

/** A string parameter and its rules (length, pattern, enum, ...). */
export interface StringValue {
  kind: 'string';
  /** The service's error code for a malformed value; ours (`invalid-parameter-value`) when none is documented. */
  code: string;
  rules: readonly StringRule[];
}

/** An integer parameter and its range. */
export interface IntegerValue {
  kind: 'integer';
  code: string;
  minimum?: number;
  maximum?: number;
  /**
   * `long` in the API (account IDs): a JSON number up to 2^53, or a string of digits, which carries
   * any length exactly (JSON numbers above 2^53 lose digits when read).
   */
  long?: boolean;
}

/** A boolean parameter. */
export interface BooleanValue {
  kind: 'boolean';
}

/** An object parameter and its fields. */
export interface ObjectValue {
  kind: 'object';
  /** The SDK model class (`@alicloud/ecs20140526`) that holds this object. */
  sdkClass: string;
  fields: readonly ParameterSpec[];
}

/** A list parameter (`Tag.N.Key` on the wire) and its items. */
export interface ListValue {
  kind: 'list';
  items: ValueSpec;
  maxItems?: number;
  maxItemsCode?: string;
  /** Items (objects) must differ in this field, e.g. tag keys. */
  uniqueField?: { name: string; code: string };
}

/** The type and constraints of a request parameter's value. */
export type ValueSpec = StringValue | IntegerValue | BooleanValue | ObjectValue | ListValue;

/** A named parameter (or a field of an object parameter). */
export interface ParameterSpec {
  /** The wire name of this level, e.g. `ImageName` in `ImageOptions.ImageName`. */
  name: string;
  /** The SDK's field name (camelCase, with the SDK's own exceptions such as `OSSBucket`). */
  sdkName: string;
  /** One or two sentences for the schema, hover and docs. */
  doc: string;
  value: ValueSpec;
  /** Required by the service; `requiredCode` is the code it answers with when missing. */
  required?: boolean;
  requiredCode?: string;
  default?: ParameterDefault;
  /** Why not to use it, and what to use instead. */
  deprecated?: string;
  /** Present in every SDK but undocumented. */
  internal?: boolean;
  /** Filled from the template, never from the parameters file. */
  fromTemplate?: boolean;
}

/** Codes of our own, for problems the service documents no code for. */
export const OWN_CODES = {
  invalidJson: 'invalid-json',
  duplicateJsonKey: 'duplicate-json-key',
  invalidType: 'invalid-parameter-type',
  unknownParameter: 'unknown-parameter',
  missingParameter: 'missing-parameter',
  invalidValue: 'invalid-parameter-value',
  tooManyItems: 'too-many-items',
  deprecatedParameter: 'deprecated-parameter',
  unusedParameter: 'unused-parameter',
  buildContentInParameters: 'build-content-in-parameters',
  unsendableCharacter: 'unsendable-character',
  escapeNotSendable: 'escape-not-sendable',
  invalidSet: 'invalid-set',
  fromParametersMismatch: 'from-parameters-mismatch',
  prependedFromExceedsCommandLimit: 'prepended-from-exceeds-command-limit',
  baseImageTypeMismatch: 'base-image-type-mismatch',
  bootModeDefault: 'boot-mode-default-bios',
  repairItemOs: 'repair-item-os',
} as const;

// ---- building blocks shared by several parameters -------------------------------------------------

const HTTP_PREFIXES = ['http://', 'https://'] as const;
/** Letters are ASCII letters; "Chinese characters" are the CJK Unified Ideographs block. */
const CHINESE = '\\u4E00-\\u9FFF';

const startsWithLetter: StringRule = {
  kind: 'pattern',
  pattern: `^[A-Za-z${CHINESE}]`,
  says: 'must start with a letter or a Chinese character',
};

function nameChars(extra: string, described: string): StringRule {
  return {
    kind: 'pattern',
    pattern: `^[A-Za-z0-9${CHINESE}${extra}]*$`,
    says: `may contain only letters, digits, Chinese characters, ${described}`,
  };
}

/** The naming rule of Name and ImageName: 2..max, letter first, not http(s)://, a fixed character set. */
export function nameValue(code: string, max: number): StringValue {
  return {
    kind: 'string',
    code,
    rules: [
      { kind: 'length', min: 2, max },
      startsWithLetter,
      { kind: 'not-prefix', prefixes: HTTP_PREFIXES },
      nameChars(':_.\\-', 'colons (:), underscores (_), periods (.) and hyphens (-)'),
    ],
  };
}

function imageFamilyValue(): StringValue {
  return {
    kind: 'string',
    code: 'InvalidImageFamily.Malformed',
    rules: [
      { kind: 'length', min: 2, max: 128 },
      startsWithLetter,
      { kind: 'not-prefix', prefixes: ['acs:', 'aliyun'] },
      { kind: 'not-contain', substrings: HTTP_PREFIXES },
      nameChars(':_\\-', 'colons (:), underscores (_) and hyphens (-)'),
    ],
  };
}

export function descriptionValue(code: string): StringValue {
  return {
    kind: 'string',
    code,
    rules: [
      { kind: 'length', min: 2, max: 256 },
      { kind: 'not-prefix', prefixes: HTTP_PREFIXES },
    ],
  };
}

export function enumValue(code: string, values: readonly string[]): StringValue {
  return { kind: 'string', code, rules: [{ kind: 'enum', values }] };
}

export function plainString(): StringValue {
  return { kind: 'string', code: OWN_CODES.invalidValue, rules: [] };
}

/** Tags follow one rule everywhere in ECS: key 1-128, value 0-128, no reserved prefixes, no URLs. */
export function tagList(sdkClass: string, maxItems: number | undefined, inferred: boolean): ListValue {
  const tagRules = (prefixes: readonly string[], min: number): StringRule[] => [
    { kind: 'length', min, max: 128, inferred },
    { kind: 'not-prefix', prefixes, inferred },
    { kind: 'not-contain', substrings: HTTP_PREFIXES, inferred },
  ];
  return {
    kind: 'list',
    maxItems,
    maxItemsCode: OWN_CODES.tooManyItems,
    uniqueField: { name: 'Key', code: 'Duplicate.TagKey' },
    items: {
      kind: 'object',
      sdkClass,
      fields: [
        {
          name: 'Key',
          sdkName: 'key',
          doc: 'Tag key: 1-128 characters; must not start with `aliyun` or `acs:`; must not contain `http://` or `https://`.',
          required: true,
          requiredCode: 'InvalidTagKey.Malformed',
          value: { kind: 'string', code: 'InvalidTagKey.Malformed', rules: tagRules(['aliyun', 'acs:'], 1) },
        },
        {
          name: 'Value',
          sdkName: 'value',
          doc: 'Tag value: 0-128 characters; must not start with `acs:`; must not contain `http://` or `https://`.',
          value: { kind: 'string', code: 'InvalidTagValue.Malformed', rules: tagRules(['acs:'], 0) },
        },
      ],
    },
  };
}

/** The 16 KB limit of BuildContent, TestContent and component Content (one definition: the content-length rule's). */
export const SIXTEEN_KB = MAX_CONTENT_BYTES;

export const LINUX_REPAIR_ITEMS = [
  'fstab',
  'grub',
  'dhcp',
  'selinux',
  'growpart',
  'cloudinit',
  'aegis',
  'nvme',
  'virtio',
  'standardizedtimezone',
];
export const WINDOWS_REPAIR_ITEMS = [
  'bcd',
  'hotfix',
  'disk',
  'update',
  'server',
  'bootmgr',
  'vminit',
  'osloader',
  'virtio',
  'standardizedtimezone',
];

const PLATFORMS = [
  'Aliyun',
  'Anolis',
  'CentOS',
  'Ubuntu',
  'CoreOS',
  'SUSE',
  'Debian',
  'OpenSUSE',
  'FreeBSD',
  'RedHat',
  'Kylin',
  'UOS',
  'Fedora',
  'Fedora CoreOS',
  'CentOS Stream',
  'AlmaLinux',
  'Rocky Linux',
  'Gentoo',
  'Customized Linux',
  'Others Linux',
  'Windows Server 2022',
  'Windows Server 2019',
  'Windows Server 2016',
  'Windows Server 2012',
  'Windows Server 2008',
  'Windows Server 2003',
  'Other Windows',
];

const IMPORT_IMAGE_OPTIONS: ObjectValue = {
  kind: 'object',
  sdkClass: 'CreateImagePipelineRequestImportImageOptions',
  fields: [
    {
      name: 'DiskDeviceMappings',
      sdkName: 'diskDeviceMappings',
      doc: 'The image files to import: item 1 is the system disk, items 2-17 are data disks.',
      value: {
        kind: 'list',
        maxItems: 17,
        maxItemsCode: 'InvalidImportImageOptionsDiskDeviceMappings.LengthLimitExceeded',
        items: {
          kind: 'object',
          sdkClass: 'CreateImagePipelineRequestImportImageOptionsDiskDeviceMappings',
          fields: [
            {
              name: 'OSSBucket',
              sdkName: 'OSSBucket',
              doc: 'The OSS bucket holding the image file: at most 63 characters; lowercase letters, digits and hyphens; no leading or trailing hyphen.',
              required: true,
              requiredCode: 'MissingParameter.ImportImageOptionsDiskDeviceMappingsOSSBucket',
              value: {
                kind: 'string',
                code: 'InvalidParameter.ImportImageOptionsDiskDeviceMappingsOSSBucket',
                rules: [
                  { kind: 'length', min: 1, max: 63 },
                  {
                    kind: 'pattern',
                    pattern: '^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$',
                    says: 'may contain only lowercase letters, digits and hyphens, and must not start or end with a hyphen',
                  },
                ],
              },
            },
            {
              name: 'OSSObject',
              sdkName: 'OSSObject',
              doc: 'The object name of the image file: at most 1023 characters; must not start with `http://` or `https://`.',
              required: true,
              requiredCode: 'MissingParameter.ImportImageOptionsDiskDeviceMappingsOSSObject',
              value: {
                kind: 'string',
                code: 'InvalidParameter.ImportImageOptionsDiskDeviceMappingsOSSObject',
                rules: [
                  { kind: 'length', min: 1, max: 1023 },
                  { kind: 'not-prefix', prefixes: HTTP_PREFIXES },
                ],
              },
            },
            {
              name: 'Format',
              sdkName: 'format',
              doc: 'The image file format.',
              default: { text: 'detected from the file' },
              value: enumValue('InvalidParameter.ImportImageOptionsDiskDeviceMappingsFormat', ['RAW', 'VHD', 'QCOW2']),
            },
            {
              name: 'DiskImageSize',
              sdkName: 'diskImageSize',
              doc: 'Size of the disk in GiB, 1-2048; for the system disk at least the size of the image file.',
              value: { kind: 'integer', code: 'InvalidOperation.DiskImageSizeExceeded', minimum: 1, maximum: 2048 },
            },
          ],
        },
      },
    },
    {
      name: 'Architecture',
      sdkName: 'architecture',
      doc: 'The architecture of the imported image.',
      default: { value: 'x86_64', text: '`x86_64`' },
      value: enumValue('InvalidParameter.ImportImageOptionsArchitecture', ['x86_64', 'arm64']),
    },
    {
      name: 'OSType',
      sdkName: 'OSType',
      doc: 'The operating system type of the imported image.',
      default: { value: 'linux', text: '`linux`' },
      value: enumValue('InvalidParameter.ImportImageOptionsOSType', ['linux', 'windows']),
    },
    {
      name: 'Platform',
      sdkName: 'platform',
      doc: 'The operating system distribution of the imported image.',
      default: { text: '`Others Linux` for linux, `Other Windows` for windows' },
      value: enumValue('InvalidParameter.ImportImageOptionsPlatform', PLATFORMS),
    },
    {
      name: 'BootMode',
      sdkName: 'bootMode',
      doc: 'The boot mode of the imported image; arm64 images need `UEFI`.',
      default: { value: 'BIOS', text: '`BIOS`' },
      value: enumValue('InvalidParameter.ImportImageOptionsBootMode', ['BIOS', 'UEFI']),
    },
    {
      name: 'LicenseType',
      sdkName: 'licenseType',
      doc: 'The license type of the imported image.',
      default: { value: 'Auto', text: '`Auto`' },
      value: enumValue('InvalidParameter.ImportImageOptionsLicenseType', ['Auto', 'Aliyun', 'BYOL']),
    },
    {
      name: 'Features',
      sdkName: 'features',
      doc: 'Features of the imported image.',
      value: {
        kind: 'object',
        sdkClass: 'CreateImagePipelineRequestImportImageOptionsFeatures',
        fields: [
          {
            name: 'NvmeSupport',
            sdkName: 'nvmeSupport',
            doc: 'Whether the imported image supports NVMe.',
            default: { value: 'unsupported', text: '`unsupported`' },
            value: enumValue('InvalidParameter.ImportImageOptionsFeaturesNvmeSupport', ['supported', 'unsupported']),
          },
          {
            name: 'ImdsSupport',
            sdkName: 'imdsSupport',
            doc: 'The metadata service version the imported image supports.',
            default: { value: 'v1', text: '`v1`' },
            value: enumValue(OWN_CODES.invalidValue, ['v1', 'v2']),
          },
        ],
      },
    },
    {
      name: 'RetainImportedImage',
      sdkName: 'retainImportedImage',
      doc: 'Whether to keep the imported image.',
      deprecated: 'use ImportImageOptions.RetentionStrategy',
      value: { kind: 'boolean' },
    },
    {
      name: 'RetentionStrategy',
      sdkName: 'retentionStrategy',
      doc: 'When to keep the imported intermediate image.',
      default: { value: 'RetainNever', text: '`RetainNever`' },
      value: enumValue(OWN_CODES.invalidValue, [
        'RetainOnlySuccessful',
        'RetainOnlyFailed',
        'RetainAlways',
        'RetainNever',
      ]),
    },
    { name: 'RoleName', sdkName: 'roleName', doc: 'The RAM role used for the import.', value: plainString() },
    { name: 'Description', sdkName: 'description', doc: 'Description of the imported image.', value: plainString() },
    { name: 'ImageName', sdkName: 'imageName', doc: 'Name of the imported image.', value: plainString() },
    {
      name: 'ImportImageTags',
      sdkName: 'importImageTags',
      doc: 'Tags of the imported image. The key and value rules of ECS tags are assumed (warnings only).',
      value: tagList('CreateImagePipelineRequestImportImageOptionsImportImageTags', undefined, true),
    },
  ],
};

/** The idempotency token, the same in every ECS create action. */
export const CLIENT_TOKEN: ParameterSpec = {
  name: 'ClientToken',
  sdkName: 'clientToken',
  doc: 'Idempotency token: ASCII only, at most 64 characters.',
  value: {
    kind: 'string',
    code: OWN_CODES.invalidValue,
    rules: [{ kind: 'length', min: 0, max: 64 }, { kind: 'ascii' }],
  },
};

/** The internal owner fields every SDK request model carries. */
export const OWNER_PARAMETERS: readonly ParameterSpec[] = [
  {
    name: 'OwnerId',
    sdkName: 'ownerId',
    doc: 'Internal; undocumented.',
    internal: true,
    value: { kind: 'integer', code: OWN_CODES.invalidValue, long: true },
  },
  {
    name: 'OwnerAccount',
    sdkName: 'ownerAccount',
    doc: 'Internal; undocumented.',
    internal: true,
    value: plainString(),
  },
  {
    name: 'ResourceOwnerId',
    sdkName: 'resourceOwnerId',
    doc: 'Internal; undocumented.',
    internal: true,
    value: { kind: 'integer', code: OWN_CODES.invalidValue, long: true },
  },
  {
    name: 'ResourceOwnerAccount',
    sdkName: 'resourceOwnerAccount',
    doc: 'Internal; undocumented.',
    internal: true,
    value: plainString(),
  },
];

/** Every parameter of CreateImagePipeline, in the order the API reference lists them. */
export const PIPELINE_PARAMETERS: readonly ParameterSpec[] = [
  {
    name: 'RegionId',
    sdkName: 'regionId',
    doc: 'The region to create the image template in, e.g. `cn-hangzhou`.',
    required: true,
    value: plainString(),
  },
  {
    name: 'BaseImageType',
    sdkName: 'baseImageType',
    doc: 'The type of the source image: an image ID, an image family, or image files in OSS (see ImportImageOptions).',
    required: true,
    value: enumValue('InvalidBaseImageType.NotSupportedValue', ['IMAGE', 'IMAGE_FAMILY', 'OSS']),
  },
  {
    name: 'BaseImage',
    sdkName: 'baseImage',
    doc: 'The source image: an image ID when BaseImageType is IMAGE, an image family name when IMAGE_FAMILY; not used with OSS. A FROM in the template overrides it (older API rule).',
    value: plainString(),
  },
  {
    name: 'BuildContent',
    sdkName: 'buildContent',
    doc: 'The template commands, taken from the template file (comment and blank lines stripped unless kept). At most 16 KB.',
    fromTemplate: true,
    value: { kind: 'string', code: 'InvalidBuildContent.LengthExceeded', rules: [{ kind: 'bytes', max: SIXTEEN_KB }] },
  },
  {
    name: 'TestContent',
    sdkName: 'testContent',
    doc: 'Test template commands, run on a test instance after the build. At most 16 KB.',
    value: { kind: 'string', code: 'InvalidParameter.TestContent', rules: [{ kind: 'bytes', max: SIXTEEN_KB }] },
  },
  {
    name: 'Name',
    sdkName: 'name',
    doc: 'The name of the image template: 2-128 characters; starts with a letter or a Chinese character; letters, digits, Chinese characters, `:`, `_`, `.` and `-`; must not start with `http://` or `https://`.',
    default: { text: 'the ImagePipelineId the service returns' },
    value: nameValue('InvalidName.Malformed', 128),
  },
  {
    name: 'Description',
    sdkName: 'description',
    doc: 'The description of the image template: 2-256 characters; must not start with `http://` or `https://`.',
    value: descriptionValue('InvalidDescription.Malformed'),
  },
  {
    name: 'ImageName',
    sdkName: 'imageName',
    doc: 'The name prefix of the built image (same rules as ImageOptions.ImageName).',
    deprecated: 'use ImageOptions.ImageName',
    value: nameValue('InvalidImageName.Malformed', 64),
  },
  {
    name: 'ImageFamily',
    sdkName: 'imageFamily',
    doc: 'The image family of the built image (same rules as ImageOptions.ImageFamily).',
    deprecated: 'use ImageOptions.ImageFamily',
    value: imageFamilyValue(),
  },
  {
    name: 'NvmeSupport',
    sdkName: 'nvmeSupport',
    doc: 'Whether the built image supports NVMe.',
    deprecated: 'use ImageOptions.ImageFeatures.NvmeSupport',
    value: enumValue('InvalidParameter.NvmeSupport', ['supported', 'unsupported', 'auto']),
  },
  {
    name: 'ImageOptions',
    sdkName: 'imageOptions',
    doc: 'Properties of the image the pipeline builds.',
    value: {
      kind: 'object',
      sdkClass: 'CreateImagePipelineRequestImageOptions',
      fields: [
        {
          name: 'ImageName',
          sdkName: 'imageName',
          doc: 'The name prefix of the built image (the final name is `{ImageName}_{ExecutionId}`): 2-64 characters; starts with a letter or a Chinese character; letters, digits, Chinese characters, `:`, `_`, `.` and `-`; must not start with `http://` or `https://`.',
          value: nameValue('InvalidImageName.Malformed', 64),
        },
        {
          name: 'ImageFamily',
          sdkName: 'imageFamily',
          doc: 'The image family of the built image: 2-128 characters; starts with a letter or a Chinese character; letters, digits, Chinese characters, `:`, `_` and `-`; must not start with `acs:` or `aliyun`; must not contain `http://` or `https://`.',
          value: imageFamilyValue(),
        },
        {
          name: 'Description',
          sdkName: 'description',
          doc: 'The description of the built image: 2-256 characters; must not start with `http://` or `https://`.',
          value: descriptionValue('InvalidImageOptions.Description'),
        },
        {
          name: 'ImageFeatures',
          sdkName: 'imageFeatures',
          doc: 'Features of the built image.',
          value: {
            kind: 'object',
            sdkClass: 'CreateImagePipelineRequestImageOptionsImageFeatures',
            fields: [
              {
                name: 'NvmeSupport',
                sdkName: 'nvmeSupport',
                doc: 'Whether the built image supports NVMe; `auto` detects the NVMe driver before the build (wrong if the build adds or removes it).',
                value: enumValue('InvalidParameter.NvmeSupport', ['supported', 'unsupported', 'auto']),
              },
            ],
          },
        },
        {
          name: 'ImageTags',
          sdkName: 'imageTags',
          doc: 'Tags of the built image, at most 20.',
          value: tagList('CreateImagePipelineRequestImageOptionsImageTags', 20, false),
        },
      ],
    },
  },
  {
    name: 'AdvancedOptions',
    sdkName: 'advancedOptions',
    doc: 'Advanced build options.',
    value: {
      kind: 'object',
      sdkClass: 'CreateImagePipelineRequestAdvancedOptions',
      fields: [
        {
          name: 'ImageNameSuffix',
          sdkName: 'imageNameSuffix',
          doc: '`disable` turns off the automatic suffix of the image name.',
          value: enumValue('InvalidAdvancedOptions.ImageNameSuffix', ['disable']),
        },
        {
          name: 'RetainCloudAssistant',
          sdkName: 'retainCloudAssistant',
          doc: 'Keep the Cloud Assistant Agent installed during the build (an agent already in the image is not touched).',
          default: { value: false, text: '`false`' },
          value: { kind: 'boolean' },
        },
      ],
    },
  },
  {
    name: 'ImportImageOptions',
    sdkName: 'importImageOptions',
    doc: 'How to import the source image from OSS; required when BaseImageType is OSS.',
    value: IMPORT_IMAGE_OPTIONS,
  },
  {
    name: 'InstanceType',
    sdkName: 'instanceType',
    doc: 'The instance type of the build (intermediate) instance.',
    default: {
      text: 'the smallest available type by vCPU and memory (e.g. `ecs.g6.large`, then `ecs.g6.xlarge` when out of stock)',
    },
    value: plainString(),
  },
  {
    name: 'SystemDiskSize',
    sdkName: 'systemDiskSize',
    doc: 'System disk size of the build instance in GiB, 20-500.',
    default: { value: 40, text: '`40`' },
    value: { kind: 'integer', code: 'InvalidSystemDiskSize.NotSupportedValue', minimum: 20, maximum: 500 },
  },
  {
    name: 'InternetMaxBandwidthOut',
    sdkName: 'internetMaxBandwidthOut',
    doc: 'Outbound public bandwidth of the build instance in Mbit/s, 0-100. With 0 the instance cannot reach the internet (COPY from a URL fails).',
    default: { value: 0, text: '`0`' },
    value: { kind: 'integer', code: 'InvalidInternetMaxBandwidthOut.NotSupportedValue', minimum: 0, maximum: 100 },
  },
  {
    name: 'DeleteInstanceOnFailure',
    sdkName: 'deleteInstanceOnFailure',
    doc: 'Release the build instance when the build fails (an instance that failed to start is never kept).',
    default: { value: true, text: '`true`' },
    value: { kind: 'boolean' },
  },
  {
    name: 'VSwitchId',
    sdkName: 'vSwitchId',
    doc: 'The vSwitch of the build instance.',
    default: { text: 'a new VPC and vSwitch are created (needs VPC quota)' },
    value: plainString(),
  },
  {
    name: 'ToRegionId',
    sdkName: 'toRegionId',
    doc: 'Regions to copy the built image to, at most 20.',
    default: { text: 'the current region only' },
    value: {
      kind: 'list',
      maxItems: 20,
      maxItemsCode: 'InvalidToRegionIdSize.ExceededMaxNumber',
      items: plainString(),
    },
  },
  {
    name: 'AddAccount',
    sdkName: 'addAccount',
    doc: 'Alibaba Cloud account IDs to share the built image with, at most 20.',
    value: {
      kind: 'list',
      maxItems: 20,
      maxItemsCode: 'InvalidAddAccountSize.ExceededMaxNumber',
      items: { kind: 'integer', code: OWN_CODES.invalidValue, minimum: 1, long: true },
    },
  },
  {
    name: 'Tag',
    sdkName: 'tag',
    doc: 'Tags of the image template, at most 20.',
    value: tagList('CreateImagePipelineRequestTag', 20, false),
  },
  {
    name: 'ResourceGroupId',
    sdkName: 'resourceGroupId',
    doc: 'The resource group of the image template, e.g. `rg-bp67acfmxazb4p****`.',
    value: plainString(),
  },
  CLIENT_TOKEN,
  {
    name: 'RepairMode',
    sdkName: 'repairMode',
    doc: 'Repair the image after the build: `Standard` items, `All` items, or the `Customized` list in RepairItem.',
    value: enumValue('InvalidParameter.RepairMode', ['Standard', 'All', 'Customized']),
  },
  {
    name: 'RepairItem',
    sdkName: 'repairItem',
    doc: 'The repair items when RepairMode is `Customized`.',
    value: {
      kind: 'list',
      items: enumValue(OWN_CODES.invalidValue, [...new Set([...LINUX_REPAIR_ITEMS, ...WINDOWS_REPAIR_ITEMS])]),
    },
  },
  ...OWNER_PARAMETERS,
];

/** The SDK class of the request itself. */
export const SDK_REQUEST_CLASS = 'CreateImagePipelineRequest';

// ---- types of the parameters, wire-named ------------------------------------------------------------

/** A tag of the pipeline (`Tag` of the request). */
export interface TagParameter {
  Key: string;
  Value?: string;
}

/** A disk of an imported image (`ImportImageOptions.DiskDeviceMappings`). */
export interface DiskDeviceMapping {
  OSSBucket?: string;
  OSSObject?: string;
  Format?: string;
  DiskImageSize?: number;
}

/** How the built image is imported (`ImportImageOptions` of the request). */
export interface ImportImageOptionsParameter {
  DiskDeviceMappings?: DiskDeviceMapping[];
  Architecture?: string;
  OSType?: string;
  Platform?: string;
  BootMode?: string;
  LicenseType?: string;
  Features?: { NvmeSupport?: string; ImdsSupport?: string };
  RetainImportedImage?: boolean;
  RetentionStrategy?: string;
  RoleName?: string;
  Description?: string;
  ImageName?: string;
  ImportImageTags?: TagParameter[];
}

/**
 * The parameters of a `*.pipeline.json` file, named as on the wire. A test checks that these
 * keys are exactly the model's (PIPELINE_PARAMETERS); the model holds the constraints.
 */
export interface PipelineParameters {
  /** Editors' schema reference; ignored. */
  $schema?: string;
  RegionId?: string;
  BaseImageType?: string;
  BaseImage?: string;
  /** Not allowed in the parameters file: BuildContent comes from the template. */
  BuildContent?: string;
  TestContent?: string;
  Name?: string;
  Description?: string;
  ImageName?: string;
  ImageFamily?: string;
  NvmeSupport?: string;
  ImageOptions?: {
    ImageName?: string;
    ImageFamily?: string;
    Description?: string;
    ImageFeatures?: { NvmeSupport?: string };
    ImageTags?: TagParameter[];
  };
  AdvancedOptions?: { ImageNameSuffix?: string; RetainCloudAssistant?: boolean };
  ImportImageOptions?: ImportImageOptionsParameter;
  InstanceType?: string;
  SystemDiskSize?: number;
  InternetMaxBandwidthOut?: number;
  DeleteInstanceOnFailure?: boolean;
  VSwitchId?: string;
  ToRegionId?: string[];
  /** Account IDs; a string of digits carries IDs above 2^53 exactly. */
  AddAccount?: Array<number | string>;
  Tag?: TagParameter[];
  ResourceGroupId?: string;
  ClientToken?: string;
  RepairMode?: string;
  RepairItem?: string[];
  OwnerId?: number | string;
  OwnerAccount?: string;
  ResourceOwnerId?: number | string;
  ResourceOwnerAccount?: string;
}

/** The request as sent: the action, the version and the parameters, BuildContent included. */
export type CreateImagePipelineRequest = { Action: typeof ACTION; Version: typeof API_VERSION } & Omit<
  PipelineParameters,
  '$schema'
>;

// ---- paths ------------------------------------------------------------------------------------------

/** A path into the parameters as JSON: property names and 0-based array indexes. */
export type JsonPath = ReadonlyArray<string | number>;

/** `Tag[0].Key`: how the path reads in the JSON file. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const segment of path)
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}

/** `Tag.1.Key`: the wire name, 1-based as the service counts (`Tag.N.Key`). */
export function formatWireName(path: JsonPath): string {
  return path.map((segment) => (typeof segment === 'number' ? String(segment + 1) : segment)).join('.');
}

/**
 * The anchor of a parameter in docs/request-parameters.md: `ImageOptions.ImageTags.N.Key` ->
 * `imageoptions-imagetags-n-key`. An item of a plain list (`ToRegionId.N`) is documented with its list.
 */
export function parameterAnchor(path: JsonPath): string {
  let end = path.length;
  while (end > 0 && typeof path[end - 1] === 'number') end--;
  return path
    .slice(0, end)
    .map((segment) => (typeof segment === 'number' ? 'n' : segment.toLowerCase()))
    .join('-');
}

/** The anchor of one of our own codes in docs/request-parameters.md. */
export function codeAnchor(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** The spec of the parameter at a JSON path, or undefined when the path names nothing in the model. */
export function specAt(path: JsonPath): { spec?: ParameterSpec; value: ValueSpec } | undefined {
  let fields: readonly ParameterSpec[] | undefined = PIPELINE_PARAMETERS;
  let current: { spec?: ParameterSpec; value: ValueSpec } | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (current?.value.kind !== 'list') return undefined;
      current = { spec: current.spec, value: current.value.items };
    } else {
      const field: ParameterSpec | undefined = fields?.find((f) => f.name === segment);
      if (!field) return undefined;
      current = { spec: field, value: field.value };
    }
    fields = current.value.kind === 'object' ? current.value.fields : undefined;
  }
  return current;
}

/** Every parameter with its JSON path (list items as index 0), depth first, in model order. */
export function walkParameters(
  visit: (spec: ParameterSpec, path: JsonPath) => void,
  fields: readonly ParameterSpec[] = PIPELINE_PARAMETERS,
  prefix: JsonPath = [],
): void {
  for (const spec of fields) {
    const path = [...prefix, spec.name];
    visit(spec, path);
    let value: ValueSpec = spec.value;
    let valuePath: JsonPath = path;
    while (value.kind === 'list') {
      valuePath = [...valuePath, 0];
      value = value.items;
    }
    if (value.kind === 'object') walkParameters(visit, value.fields, valuePath);
  }
}

/**
 * The source image's OS as the parameters state it: ImportImageOptions.OSType of an OSS source (default
 * `linux`); undefined for IMAGE and IMAGE_FAMILY sources, whose OS the parameters do not say.
 */
export function sourceOsTypeOf(params: unknown): 'linux' | 'windows' | undefined {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return undefined;
  const { BaseImageType, ImportImageOptions } = params as { BaseImageType?: unknown; ImportImageOptions?: unknown };
  if (BaseImageType !== 'OSS') return undefined;
  const osType =
    typeof ImportImageOptions === 'object' && ImportImageOptions !== null
      ? (ImportImageOptions as { OSType?: unknown }).OSType
      : undefined;
  return osType === 'windows' ? 'windows' : osType === undefined || osType === 'linux' ? 'linux' : undefined;
}
