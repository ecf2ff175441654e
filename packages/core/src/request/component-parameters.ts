// The CreateImageComponent parameter model (spec §5), in the same shape as CreateImagePipeline's, so the
// validator, the JSON Schema of `*.component.json`, the emitters and the docs are derived from it. Names
// are the official SDK's (`CreateImageComponentRequest` of @alicloud/ecs20140526).
import {
  API_VERSION,
  CLIENT_TOKEN,
  OWNER_PARAMETERS,
  SIXTEEN_KB,
  descriptionValue,
  enumValue,
  nameValue,
  plainString,
  tagList,
  type ParameterSpec,
} from './parameters.js';

/** The API action of a component request (`Action` of the request). */
export const COMPONENT_ACTION = 'CreateImageComponent';
export const COMPONENT_SDK_REQUEST_CLASS = 'CreateImageComponentRequest';

/** The parameter model of CreateImageComponent: every parameter, its wire name and its constraints. */
export const COMPONENT_PARAMETERS: readonly ParameterSpec[] = [
  {
    name: 'RegionId',
    sdkName: 'regionId',
    doc: 'The region of the component, e.g. `cn-hangzhou`.',
    required: true,
    value: plainString(),
  },
  {
    name: 'Name',
    sdkName: 'name',
    doc: 'The name of the component: 2-128 characters; starts with a letter or a Chinese character; letters, digits, Chinese characters, `:`, `_`, `.` and `-`; must not start with `http://` or `https://`. Templates call it by this name in an ARN.',
    default: { text: 'the ImageComponentId the service returns' },
    value: nameValue('InvalidName.Malformed', 128),
  },
  {
    name: 'Description',
    sdkName: 'description',
    doc: 'The description of the component: 2-256 characters; must not start with `http://` or `https://`.',
    value: descriptionValue('InvalidDescription.Malformed'),
  },
  {
    name: 'SystemType',
    sdkName: 'systemType',
    doc: 'The operating system the component runs on. Dockerfile-format components are Linux only.',
    default: { value: 'Linux', text: 'Linux' },
    value: enumValue('InvalidSystemType.NotSupportedValue', ['Linux', 'Windows']),
  },
  {
    name: 'ComponentType',
    sdkName: 'componentType',
    doc: 'Build components go only into build templates (BuildContent), Test components only into test templates (TestContent).',
    default: { value: 'Build', text: 'Build' },
    value: enumValue('InvalidComponentType.NotSupportedValue', ['Build', 'Test']),
  },
  {
    name: 'Content',
    sdkName: 'content',
    doc: 'The component, taken from the component file (YAML as written; Dockerfile format with comment and blank lines stripped unless kept). At most 16 KB.',
    fromTemplate: true,
    required: true,
    requiredCode: 'MissingParameter.Content',
    value: { kind: 'string', code: 'InvalidContent.LengthExceeded', rules: [{ kind: 'bytes', max: SIXTEEN_KB }] },
  },
  {
    name: 'ComponentVersion',
    sdkName: 'componentVersion',
    doc: 'The version: `<major>.<minor>.<patch>`, non-negative integers, unique per Name. Templates pick it in an ARN (`1.0.*`).',
    default: { text: '(x+1).0.0, where x is the highest major version of the Name' },
    value: {
      kind: 'string',
      code: 'InvalidParameter.ComponentVersion',
      rules: [
        {
          kind: 'pattern',
          pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$',
          says: 'must be <major>.<minor>.<patch> (non-negative integers)',
        },
      ],
    },
  },
  {
    name: 'Tag',
    sdkName: 'tag',
    doc: 'Tags of the component, at most 20.',
    value: tagList('CreateImageComponentRequestTag', 20, false),
  },
  {
    name: 'ResourceGroupId',
    sdkName: 'resourceGroupId',
    doc: 'The resource group of the component, e.g. `rg-bp67acfmxazb4p****`.',
    value: plainString(),
  },
  CLIENT_TOKEN,
  ...OWNER_PARAMETERS,
];

export const COMPONENT_MODEL = { action: COMPONENT_ACTION, fields: COMPONENT_PARAMETERS } as const;

/** The request: wire names, Action and Version first. Values as the parameters file gives them. */
export type CreateImageComponentRequest = { Action: typeof COMPONENT_ACTION; Version: typeof API_VERSION } & {
  RegionId?: string;
  Name?: string;
  Description?: string;
  SystemType?: string;
  ComponentType?: string;
  Content?: string;
  ComponentVersion?: string;
  Tag?: Array<{ Key?: string; Value?: string }>;
  ResourceGroupId?: string;
  ClientToken?: string;
  OwnerId?: number;
  OwnerAccount?: string;
  ResourceOwnerId?: number;
  ResourceOwnerAccount?: string;
};
