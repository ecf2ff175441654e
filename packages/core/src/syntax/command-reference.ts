// The command reference: what each command does, its syntax forms (which drive editors' completion snippets,
// signature help and formatting) and the service's facts about it that no rule checks. Written from the Image
// Builder command reference; the wording is ours. The checks that apply to a command are not repeated here: the
// rule registry holds them (checks/command-checks.ts), and the request parameters that bear on a command are
// named, not described (the parameter model describes them). The language server's hover and completion, and
// docs/editor-features.md, read this one table.
import type { CommandKind } from './ast.js';

/** The service's page of template commands (the Image Builder command reference). */
export const COMMANDS_DOC_URL =
  'https://www.alibabacloud.com/help/en/ecs/user-guide/commands-supported-by-image-builder';
/** The CreateImagePipeline API reference (FROM and the source image parameters are documented there). */
export const CREATE_IMAGE_PIPELINE_DOC_URL =
  'https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-createimagepipeline';

/** One placeholder of a {@link CommandForm}. */
export interface FormParameter {
  /** The parameter's label as it appears inside the form's label. */
  label: string;
  /** What to write there (Markdown). */
  documentation: string;
}

/** One documented syntax form of a command (`COPY <source> <destination>`). */
export interface CommandForm {
  /** The form as a signature: `COPY <source> <destination>`. */
  label: string;
  /** What the form is for (Markdown). */
  documentation: string;
  /** The placeholders of `label`, in order (signature help highlights the one the cursor is in). */
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

/** What the reference says about one command. */
export interface CommandReference {
  /** The command, upper case. */
  keyword: CommandKind;
  /** One or two sentences: what the command does. */
  summary: string;
  /** The documented forms, the most used first. */
  forms: CommandForm[];
  /** The service's facts about the command that no rule checks (a rule's description says what it checks). */
  notes: string[];
  /** The command applies to Linux images only (the `linux-only-command` rule reads this). */
  linuxOnly: boolean;
  /** Request parameters (`PIPELINE_PARAMETERS` names) that bear on the command. */
  requestParameters?: string[];
  /** The page that documents the command. */
  docUrl: string;
  /** The current service ignores the command (editors strike it through and sort it last). */
  deprecated?: boolean;
}

/** A FROM source type (`IMAGE:`, `IMAGE_FAMILY:`), as completion offers and hover explains it. */
export interface SourceType {
  /** The word before the colon, as `BaseImageType` takes it. */
  type: 'IMAGE' | 'IMAGE_FAMILY';
  /** What follows the colon, in words. */
  value: string;
  /** An example of it. */
  example?: string;
  /** What the source is, in a clause (Markdown): `the source is an image, named by its ID`. */
  documentation: string;
}

/** The source types FROM takes, as `BaseImageType` names them. */
export const FROM_SOURCE_TYPES: readonly SourceType[] = [
  {
    type: 'IMAGE',
    value: 'an image ID',
    example: 'm-bp67acfmxazb4p****',
    documentation: 'the source is an image, named by its ID (`m-...`)',
  },
  {
    type: 'IMAGE_FAMILY',
    value: 'an image family name',
    documentation: 'the source is the newest image of an image family, named by the family',
  },
];

/** CMD and ENTRYPOINT: the same two forms, exec (a JSON array) and shell. */
function startupCommand(keyword: 'CMD' | 'ENTRYPOINT', summary: string): CommandReference {
  const forms: CommandForm[] = [
    {
      name: 'exec',
      label: `${keyword} ["<executable>", "<param>"...]`,
      documentation: 'A JSON array of strings, in double quotes.',
      parameters: [
        { label: '"<executable>"', documentation: 'The program to run.' },
        { label: '"<param>"', documentation: 'An argument.' },
      ],
      repeatsFrom: 1,
      json: true,
      snippet: `${keyword} ["\${1:executable}", "\${2:param}"]`,
    },
    {
      name: 'shell',
      label: `${keyword} <command> <param>...`,
      documentation: 'A shell command line.',
      parameters: [
        { label: '<command>', documentation: 'The command.' },
        { label: '<param>', documentation: 'An argument.' },
      ],
      repeatsFrom: 1,
      snippet: `${keyword} \${1:command}`,
    },
  ];
  return { keyword, summary, forms, notes: [], linuxOnly: true, docUrl: COMMANDS_DOC_URL };
}

/** Every command the service knows, by keyword. */
export const COMMAND_REFERENCE: Readonly<Record<CommandKind, CommandReference>> = {
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
    notes: [
      'Only in image templates (BuildContent, TestContent), never inside a component.',
      'A template may hold several COMPONENT commands.',
      'An unknown component fails with `ImageComponent.NotFound`; an unavailable one with `InvalidImageComponent.NotSupported`.',
    ],
    linuxOnly: false,
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
    notes: [
      'Older API pages: FROM overrides `BaseImageType` and `BaseImage`, may appear once and must come first.',
      'Current API pages: FROM is deprecated and ignored; the request parameters always decide the source image.',
    ],
    linuxOnly: true,
    requestParameters: ['BaseImageType', 'BaseImage'],
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
    notes: [],
    linuxOnly: true,
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
    notes: [],
    linuxOnly: true,
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
    notes: [],
    linuxOnly: true,
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
    notes: [],
    linuxOnly: true,
    requestParameters: ['InternetMaxBandwidthOut'],
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
    notes: ['No `user:group` form is documented.'],
    linuxOnly: true,
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
    notes: [],
    linuxOnly: true,
    docUrl: COMMANDS_DOC_URL,
  },
  CMD: startupCommand('CMD', 'Sets a command to run at system startup.'),
  ENTRYPOINT: startupCommand('ENTRYPOINT', 'Sets the program to run at system startup.'),
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
    notes: [],
    linuxOnly: false,
    docUrl: COMMANDS_DOC_URL,
  },
};

/** The reference of a keyword (upper case, as {@link CommandKind}); undefined for an unknown command. */
export function commandReference(keyword: string): CommandReference | undefined {
  return Object.prototype.hasOwnProperty.call(COMMAND_REFERENCE, keyword)
    ? COMMAND_REFERENCE[keyword as CommandKind]
    : undefined;
}
