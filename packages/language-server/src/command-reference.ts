// What the language server tells users about each command: a summary, the syntax forms (which drive
// completion snippets and signature help) and the service's rules. Written from the Image Builder
// command reference; the wording is ours.
import type { CommandKind } from '@buildcontent/core';

export const COMMANDS_DOC_URL =
  'https://www.alibabacloud.com/help/en/ecs/user-guide/commands-supported-by-image-builder';
export const CREATE_IMAGE_PIPELINE_DOC_URL =
  'https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-createimagepipeline';

export interface FormParameter {
  /** The parameter's label as it appears inside the form's label. */
  label: string;
  documentation: string;
}

export interface CommandForm {
  /** The form as a signature: `COPY <source> <destination>`. */
  label: string;
  documentation: string;
  parameters: FormParameter[];
  /** LSP snippet inserted by completion (`$1` tab stops), keyword included. */
  snippet: string;
  /** Short name of the form for completion labels. */
  name: string;
  /** The parameter list repeats its last parameters (`key="value"...`, `--name value...`). */
  repeatsFrom?: number;
  /** The form is an exec-form JSON array (signature help counts JSON elements). */
  json?: boolean;
}

export interface CommandReference {
  keyword: CommandKind;
  summary: string;
  forms: CommandForm[];
  rules: string[];
  docUrl: string;
  /** Shown with a strike-through in completion. */
  deprecated?: boolean;
}

const LINUX_ONLY = 'Applies to Linux images only.';

export const COMMAND_REFERENCE: Record<CommandKind, CommandReference> = {
  COMPONENT: {
    keyword: 'COMPONENT',
    summary: 'Runs an image component (a system or custom component, written in YAML or in Dockerfile format).',
    forms: [
      {
        name: 'by ID',
        label: 'COMPONENT <componentId> [--<name> <value>]...',
        documentation: 'Refers to a component by its ID (prefix `ic-`), optionally passing values to its `Parameters`.',
        parameters: [
          { label: '<componentId>', documentation: 'The component ID, e.g. `ic-bp18hy47cqavewsb****`.' },
          {
            label: '--<name> <value>',
            documentation:
              'A value for a parameter of a YAML component. Parameters without a `DefaultValue` must be passed.',
          },
        ],
        repeatsFrom: 1,
        snippet: 'COMPONENT ${1:ic-}',
      },
      {
        name: 'by name and version',
        label:
          'COMPONENT acs:ecs:<RegionId>:<AliUid>:imagecomponent/<Name>/<major>.<minor>.<patch> [--<name> <value>]...',
        documentation:
          'Refers to a component by ARN: name and version. Any of `major`, `minor`, `patch` may be `*` to select the latest matching version.',
        parameters: [
          {
            label: 'acs:ecs:<RegionId>:<AliUid>:imagecomponent/<Name>/<major>.<minor>.<patch>',
            documentation: 'The component ARN, e.g. `acs:ecs:cn-hangzhou:<account>:imagecomponent/MyComponent/1.*.*`.',
          },
          { label: '--<name> <value>', documentation: 'A value for a parameter of a YAML component.' },
        ],
        repeatsFrom: 1,
        snippet: 'COMPONENT acs:ecs:${1:cn-hangzhou}:${2:account-id}:imagecomponent/${3:name}/${4:1.0.*}',
      },
    ],
    rules: [
      'Only in image templates (BuildContent, TestContent), never inside a component.',
      'A template may hold several COMPONENT commands.',
      'An unknown component fails with `ImageComponent.NotFound`; an unavailable one with `InvalidImageComponent.NotSupported`.',
    ],
    docUrl: COMMANDS_DOC_URL,
  },
  FROM: {
    keyword: 'FROM',
    summary:
      'Names the source image. Deprecated: the current service ignores it and builds from `BaseImageType`/`BaseImage`.',
    forms: [
      {
        name: 'image',
        label: 'FROM IMAGE:<imageId>',
        documentation: 'Builds from an image (public, custom or shared), e.g. `FROM IMAGE:m-bp67acfmxazb4p****`.',
        parameters: [{ label: 'IMAGE:<imageId>', documentation: 'The source image ID.' }],
        snippet: 'FROM IMAGE:${1:imageId}',
      },
      {
        name: 'image family',
        label: 'FROM IMAGE_FAMILY:<familyName>',
        documentation: 'Builds from the newest image of an image family.',
        parameters: [{ label: 'IMAGE_FAMILY:<familyName>', documentation: 'The image family name.' }],
        snippet: 'FROM IMAGE_FAMILY:${1:familyName}',
      },
    ],
    rules: [
      'Older API pages: FROM overrides `BaseImageType` and `BaseImage`, may appear once and must come first.',
      'Current API pages: FROM is deprecated and ignored; the request parameters always decide the source image.',
      'Not allowed in component content (`NotSupportedCommand.FROM`).',
    ],
    docUrl: CREATE_IMAGE_PIPELINE_DOC_URL,
    deprecated: true,
  },
  RUN: {
    keyword: 'RUN',
    summary: 'Runs a shell command on the intermediate instance during the build.',
    forms: [
      {
        name: 'shell',
        label: 'RUN <command>',
        documentation: 'The command may continue over several lines, each but the last ending with `\\`.',
        parameters: [{ label: '<command>', documentation: 'A shell command line.' }],
        snippet: 'RUN ${1:command}',
      },
    ],
    rules: ['Must not be empty (`EmptyCommandContent.RUN`).', 'Only the shell form is documented.', LINUX_ONLY],
    docUrl: COMMANDS_DOC_URL,
  },
  ENV: {
    keyword: 'ENV',
    summary: 'Sets system environment variables.',
    forms: [
      {
        name: 'key value',
        label: 'ENV <key> <value>',
        documentation: 'One variable; the value is the rest of the line.',
        parameters: [
          { label: '<key>', documentation: 'The variable name.' },
          { label: '<value>', documentation: 'The value (the rest of the line).' },
        ],
        snippet: 'ENV ${1:key} ${2:value}',
      },
      {
        name: 'key="value"',
        label: 'ENV <key>="<value>"...',
        documentation: 'One or more variables. Each value must be in double quotes.',
        parameters: [
          { label: '<key>', documentation: 'The variable name.' },
          { label: '"<value>"', documentation: 'The value, in double quotes.' },
        ],
        repeatsFrom: 0,
        snippet: 'ENV ${1:key}="${2:value}"',
      },
    ],
    rules: [
      'Must not be empty (`EmptyCommandContent.ENV`).',
      'In the `key="value"` form the double quotes are required.',
      LINUX_ONLY,
    ],
    docUrl: COMMANDS_DOC_URL,
  },
  WORKDIR: {
    keyword: 'WORKDIR',
    summary: 'Sets the working directory of the commands that follow.',
    forms: [
      {
        name: 'path',
        label: 'WORKDIR <path>',
        documentation: 'An absolute path (`/<path>`) or a relative one (`<path1>/<path2>`).',
        parameters: [{ label: '<path>', documentation: 'The directory.' }],
        snippet: 'WORKDIR ${1:/path}',
      },
    ],
    rules: ['Must not be empty (`EmptyCommandContent.WORKDIR`).', LINUX_ONLY],
    docUrl: COMMANDS_DOC_URL,
  },
  COPY: {
    keyword: 'COPY',
    summary: 'Copies a file from the network or from the intermediate instance to a directory on the instance.',
    forms: [
      {
        name: 'source destination',
        label: 'COPY <source> <destination>',
        documentation: 'A network URL (downloaded with wget) or a local path, then the destination directory.',
        parameters: [
          {
            label: '<source>',
            documentation: 'An http(s) URL without a query string, or a path on the intermediate instance.',
          },
          { label: '<destination>', documentation: 'The destination directory on the intermediate instance.' },
        ],
        snippet: 'COPY ${1:source} ${2:/destination}',
      },
    ],
    rules: [
      'Must not be empty (`EmptyCommandContent.COPY`); takes exactly two operands.',
      'URLs with a query string are not supported.',
      'Downloading needs Internet access: set `InternetMaxBandwidthOut` above 0 (it defaults to 0).',
      LINUX_ONLY,
    ],
    docUrl: COMMANDS_DOC_URL,
  },
  USER: {
    keyword: 'USER',
    summary: 'Sets the account that runs the commands that follow. The user must already exist.',
    forms: [
      {
        name: 'user',
        label: 'USER <username>',
        documentation: 'An existing account on the intermediate instance.',
        parameters: [{ label: '<username>', documentation: 'The account name.' }],
        snippet: 'USER ${1:username}',
      },
    ],
    rules: ['Must not be empty (`EmptyCommandContent.USER`).', 'No `user:group` form is documented.', LINUX_ONLY],
    docUrl: COMMANDS_DOC_URL,
  },
  LABEL: {
    keyword: 'LABEL',
    summary: 'Defines template metadata as key-value pairs.',
    forms: [
      {
        name: 'key="value"',
        label: 'LABEL <key>="<value>"...',
        documentation: 'One or more pairs; continue over lines with a trailing `\\`.',
        parameters: [
          { label: '<key>', documentation: 'The label name.' },
          { label: '"<value>"', documentation: 'The value, in double quotes.' },
        ],
        repeatsFrom: 0,
        snippet: 'LABEL ${1:key}="${2:value}"',
      },
    ],
    rules: ['Must not be empty (`EmptyCommandContent.LABEL`).', LINUX_ONLY],
    docUrl: COMMANDS_DOC_URL,
  },
  CMD: {
    keyword: 'CMD',
    summary: 'Sets a command to run at system startup.',
    forms: [
      {
        name: 'exec',
        label: 'CMD ["<executable>", "<param>"...]',
        documentation: 'A JSON array of strings, in double quotes.',
        parameters: [
          { label: '"<executable>"', documentation: 'The program to run.' },
          { label: '"<param>"', documentation: 'An argument.' },
        ],
        repeatsFrom: 1,
        json: true,
        snippet: 'CMD ["${1:executable}", "${2:param}"]',
      },
      {
        name: 'shell',
        label: 'CMD <command> <param>...',
        documentation: 'A shell command line.',
        parameters: [
          { label: '<command>', documentation: 'The command.' },
          { label: '<param>', documentation: 'An argument.' },
        ],
        repeatsFrom: 1,
        snippet: 'CMD ${1:command}',
      },
    ],
    rules: [
      'Must not be empty (`EmptyCommandContent.CMD`).',
      'The exec form must be a JSON array of double-quoted strings.',
      LINUX_ONLY,
    ],
    docUrl: COMMANDS_DOC_URL,
  },
  ENTRYPOINT: {
    keyword: 'ENTRYPOINT',
    summary: 'Sets the program to run at system startup.',
    forms: [
      {
        name: 'exec',
        label: 'ENTRYPOINT ["<executable>", "<param>"...]',
        documentation: 'A JSON array of strings, in double quotes.',
        parameters: [
          { label: '"<executable>"', documentation: 'The program to run.' },
          { label: '"<param>"', documentation: 'An argument.' },
        ],
        repeatsFrom: 1,
        json: true,
        snippet: 'ENTRYPOINT ["${1:executable}", "${2:param}"]',
      },
      {
        name: 'shell',
        label: 'ENTRYPOINT <command> <param>...',
        documentation: 'A shell command line.',
        parameters: [
          { label: '<command>', documentation: 'The command.' },
          { label: '<param>', documentation: 'An argument.' },
        ],
        repeatsFrom: 1,
        snippet: 'ENTRYPOINT ${1:command}',
      },
    ],
    rules: [
      'Must not be empty (`EmptyCommandContent.ENTRYPOINT`).',
      'The exec form must be a JSON array of double-quoted strings.',
      LINUX_ONLY,
    ],
    docUrl: COMMANDS_DOC_URL,
  },
  RESTART: {
    keyword: 'RESTART',
    summary: 'Restarts the intermediate instance.',
    forms: [
      {
        name: 'bare',
        label: 'RESTART',
        documentation: 'The keyword alone.',
        parameters: [],
        snippet: 'RESTART',
      },
    ],
    rules: ['Nothing may follow the keyword (`NotEmptyCommandContent.RESTART`).'],
    docUrl: COMMANDS_DOC_URL,
  },
};

export function commandReference(keyword: string): CommandReference | undefined {
  return Object.prototype.hasOwnProperty.call(COMMAND_REFERENCE, keyword)
    ? COMMAND_REFERENCE[keyword as CommandKind]
    : undefined;
}
