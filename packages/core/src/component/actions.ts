// The seven actions of YAML components (spec §3): their Properties, what they output and which system
// they need. One table for the checks, completion and hover.

/** The type of an action property's value (`Json`: an object or array, as the action documents). */
export type PropertyType = 'String' | 'Number' | 'Boolean' | 'Json';

/** One property a component action takes: its name, type, whether it is required, and what it is. */
export interface ActionProperty {
  name: string;
  type: PropertyType;
  required: boolean;
  doc: string;
}

/** An action a YAML component task can run, as the service documents it. */
export interface ComponentAction {
  name: string;
  doc: string;
  properties: readonly ActionProperty[];
  /** The action has `stdout`, so `{{ task.stdout }}` may refer to it. */
  stdout: boolean;
  /** The system the action runs on only; undefined: any. */
  system?: 'Linux' | 'Windows';
  /** The OSS bucket must carry the tag allowImageBuilderAccess:true. */
  ossBucket?: boolean;
}

const p = (name: string, type: PropertyType, required: boolean, doc: string): ActionProperty => ({
  name,
  type,
  required,
  doc,
});

const username = p('username', 'String', false, 'The user that runs the command.');
const workingDir = p('workingDir', 'String', false, 'The folder the command runs in.');
const ossRegion = p('ossRegion', 'String', false, 'The region of the OSS bucket.');
const validTime = p('validTime', 'Number', false, 'How long (seconds) the signed OSS URL stays valid.');

/** What the OSS actions' documentation says about the bucket (hover and completion add it to those actions). */
export const OSS_TAG_NOTE =
  'The OSS bucket must carry the tag `allowImageBuilderAccess:true`, or Image Builder cannot reach it.';

/** Every action a YAML component task can run, with its properties. */
export const COMPONENT_ACTIONS: readonly ComponentAction[] = [
  {
    name: 'RunShellCommand',
    doc: 'Runs a shell command on the build instance (Linux only). Its output is `{{ <task>.stdout }}`.',
    properties: [p('commandContent', 'String', true, 'The shell command to run.'), workingDir, username],
    stdout: true,
    system: 'Linux',
  },
  {
    name: 'RunPowerShellCommand',
    doc: 'Runs a PowerShell command on the build instance (Windows only).',
    properties: [
      p('commandContent', 'String', true, 'The PowerShell command to run.'),
      workingDir,
      username,
      p(
        'windowsPasswordName',
        'String',
        false,
        'The name of the password of the Windows user, kept in Cloud Assistant.',
      ),
    ],
    stdout: false,
    system: 'Windows',
  },
  {
    name: 'InvokeCommand',
    doc: 'Runs a Cloud Assistant common command.',
    properties: [
      p('commandId', 'String', true, 'The id of the Cloud Assistant command.'),
      username,
      p('parameters', 'Json', false, 'The parameters of the command, as JSON.'),
    ],
    stdout: false,
  },
  {
    name: 'OSSDownload',
    doc: `Downloads an object from OSS to the build instance. ${OSS_TAG_NOTE}`,
    properties: [
      p('bucketName', 'String', true, 'The OSS bucket.'),
      p('destinationDir', 'String', true, 'The folder on the instance the object is written to.'),
      p('objectName', 'String', true, 'The OSS object to download.'),
      ossRegion,
      validTime,
    ],
    stdout: false,
    ossBucket: true,
  },
  {
    name: 'OSSUpload',
    doc: `Uploads a file of the build instance to OSS. ${OSS_TAG_NOTE}`,
    properties: [
      p('bucketName', 'String', true, 'The OSS bucket.'),
      p('fileToUpload', 'String', true, 'The file on the instance to upload.'),
      p('objectName', 'String', true, 'The OSS object to write.'),
      ossRegion,
      validTime,
    ],
    stdout: false,
    ossBucket: true,
  },
  {
    name: 'WebDownload',
    doc: 'Downloads a file from a URL to the build instance.',
    properties: [
      p('sourcePath', 'String', true, 'The URL to download.'),
      p('tokenInfo', 'String', false, 'A token for GitHub downloads only.'),
      p('destinationDir', 'String', true, 'The folder on the instance the file is written to.'),
      p('timeout', 'Number', false, 'Seconds before the download gives up; default 600.'),
    ],
    stdout: false,
  },
  {
    name: 'Reboot',
    doc: 'Restarts the build instance.',
    properties: [p('forceStop', 'Boolean', false, 'Force the stop; default false.')],
    stdout: false,
  },
];

/** The component action (`RunShellCommand`, `OSSDownload`, ...) of that name, if Image Builder has one. */
export function actionNamed(name: string): ComponentAction | undefined {
  return COMPONENT_ACTIONS.find((action) => action.name === name);
}

/** The `Type` values a YAML component parameter may declare. */
export const PARAMETER_TYPES = ['String', 'Number', 'Boolean'] as const;
/** One of {@link PARAMETER_TYPES}. */
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/** Whether a value as written (a YAML scalar, or a COMPONENT `--name value` word) fits a parameter type. */
export function fitsType(value: unknown, type: ParameterType | PropertyType): boolean {
  switch (type) {
    case 'String':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    case 'Number':
      return typeof value === 'number'
        ? Number.isFinite(value)
        : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim());
    case 'Boolean':
      return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value.trim()));
    case 'Json':
      return true;
  }
}
