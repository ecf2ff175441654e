// Shared inputs of the request tests: a request that uses every kind of parameter, and template
// texts full of what shells, URLs and TypeScript treat specially.
import type { CreateImagePipelineRequest, PipelineParameters } from '../../src/request/index.js';

export const FULL_PARAMETERS: PipelineParameters = {
  RegionId: 'cn-hangzhou',
  BaseImageType: 'IMAGE',
  BaseImage: 'm-bp67acfmxazb4p****',
  Name: 'web-server',
  Description: 'it\'s "quoted" $(whoami) `id` \\ ; & | < > * ? ~ ! # 中文 🚀',
  ImageOptions: {
    ImageName: 'web',
    ImageFamily: 'web-family',
    Description: 'Built by CI',
    ImageFeatures: { NvmeSupport: 'auto' },
    ImageTags: [
      { Key: 'team', Value: 'web' },
      { Key: 'empty', Value: '' },
    ],
  },
  AdvancedOptions: { ImageNameSuffix: 'disable', RetainCloudAssistant: true },
  InstanceType: 'ecs.g6.large',
  SystemDiskSize: 40,
  InternetMaxBandwidthOut: 0,
  DeleteInstanceOnFailure: false,
  VSwitchId: 'vsw-bp1',
  ToRegionId: ['cn-beijing', 'cn-shanghai'],
  AddAccount: [1234567890, 1234567890123456],
  Tag: [{ Key: 'a+b=c&d', Value: '100% sure?' }, { Key: 'only-key' }],
  ResourceGroupId: 'rg-bp67acfmxazb4p****',
  ClientToken: '-starts-with-dash',
  RepairMode: 'Customized',
  RepairItem: ['grub', 'fstab'],
  TestContent: 'RUN echo test\nRUN true',
};

export const OSS_PARAMETERS: PipelineParameters = {
  RegionId: 'cn-hangzhou',
  BaseImageType: 'OSS',
  ImportImageOptions: {
    DiskDeviceMappings: [
      { OSSBucket: 'images', OSSObject: 'linux/system.qcow2', Format: 'QCOW2', DiskImageSize: 40 },
      { OSSBucket: 'images', OSSObject: 'linux/data.raw', Format: 'RAW', DiskImageSize: 100 },
    ],
    Architecture: 'arm64',
    OSType: 'linux',
    Platform: 'Rocky Linux',
    BootMode: 'UEFI',
    LicenseType: 'BYOL',
    Features: { NvmeSupport: 'supported', ImdsSupport: 'v2' },
    RetentionStrategy: 'RetainOnlyFailed',
    RoleName: 'ImportRole',
    Description: 'imported',
    ImageName: 'imported',
    ImportImageTags: [{ Key: 'source', Value: 'oss' }],
  },
};

/** Templates (already as sent: no comments, no blank lines) full of shell, URL and string metacharacters. */
export const NASTY_CONTENTS: string[] = [
  `RUN echo 'single' "double" "it's" 'say "hi"'`,
  "RUN echo $HOME ${PATH} $(touch pwned-by-dollar) `touch pwned-by-backtick` $((1+2)) $'ansi'",
  `RUN printf '%s\\n' 'back\\slash' "trailing\\\\" \\\n    && echo continued \\\n    && echo 'a'"'"'b'`,
  'RUN echo !! !$ !-1 ^a^b ~ ~root *.txt ?x [ab] {a,b} ; & | < > >> 2>&1 # hash',
  "RUN echo 'こんにちは — naïve café 🚀 \u{1F600}' > /tmp/u.txt",
  'RUN echo "tab\there" and a form feed \f and an escape \u001b[31m red',
  'RUN echo bidi \u202Eevil\u202C zero\u200Bwidth line\u2028separator',
  "RUN echo '\\''\\'\"\\\"\\\\' end\\",
  'ENV A="x" B="$(id)"\nLABEL l="\'\'\'"\nCMD ["/bin/sh", "-c", "echo \\"$(date)\\""]\nRESTART',
  '-starts-with-a-dash',
  '',
  ' ',
];

export function requestWith(parameters: PipelineParameters, buildContent?: string): CreateImagePipelineRequest {
  const { $schema: _schema, ...rest } = parameters;
  return {
    Action: 'CreateImagePipeline',
    Version: '2014-05-26',
    ...rest,
    ...(buildContent === undefined ? {} : { BuildContent: buildContent }),
  };
}
