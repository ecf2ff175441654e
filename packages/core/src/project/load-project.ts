// "What belongs to a template", decided once for the CLI, the language server and anyone embedding core:
//   <dir>/.buildcontentrc.json          settings, the nearest one from the TEMPLATE's folder upwards
//   <dir>/<name>.pipeline.json          request parameters, beside the template
//   <dir>/<name>.test.buildcontent      the test template, beside the template (TestContent; test-content.ts).
//                                       Opened itself, it belongs to the same project: `web.test.buildcontent`
//                                       reads `web.pipeline.json` and the same settings.
//   components                          every component file under the project's root (docs/components.md)
// Every file is read through the FileSystemProvider: only regular files, at most SIZE_CAPS bytes.
import type { LintOptions, ProjectSettings, RequestDefaults } from '../options.js';
import { parseJsonDocument } from '../request/json-locator.js';
import { sourceOsTypeOf } from '../request/parameters.js';
import type { Range } from '../syntax/ast.js';
import { readTextFile, type FileSystemProvider } from './file-system-provider.js';
import { basenameOf, dirnameOf, joinPath } from './paths.js';
import { SETTINGS_FILE, validateSettings } from './settings.js';
import { loadComponents, projectRootOf } from '../component/load-components.js';
import type { ComponentIndex } from '../component/resolve-component.js';

/** The file name endings of templates. */
export const TEMPLATE_EXTENSIONS: readonly string[] = ['.buildcontent', '.imagebuilder'];
/** The ending of a template's parameters file: `web.buildcontent` has `web.pipeline.json`. */
export const PARAMETERS_SUFFIX = '.pipeline.json';
/** The ending of a template's test template: `web.buildcontent` has `web.test.buildcontent`. */
export const TEST_TEMPLATE_SUFFIX = '.test.buildcontent';

/**
 * The most bytes read from each kind of file (docs/reliability.md). Far above the service's 16 KB
 * template limit, and low enough that a huge or endless file costs nothing.
 */
export const SIZE_CAPS = Object.freeze({ template: 10 * 1024 * 1024, parameters: 1024 * 1024, settings: 1024 * 1024 });

/** A problem with a file of the project: one line, at a range of that file when it has one. */
export interface ProjectProblem {
  path: string;
  /** `settings` and `parameters` say which file; the message never contains the path or the file's content. */
  file: 'settings' | 'parameters';
  message: string;
  range?: Range;
}

/** A `.buildcontentrc.json` as read and validated. */
export interface SettingsFile {
  path: string;
  settings: ProjectSettings;
  problems: ProjectProblem[];
}

/** What {@link loadProject} found for a template, and the problems of those files. */
export interface TemplateProject {
  templatePath: string;
  /** The settings file in force, undefined when there is none. */
  settings?: SettingsFile;
  /** The parameters file (path undefined: none is looked for, as for stdin). */
  parameters: { path?: string; text?: string };
  /**
   * The test template beside the template. `exists`: something is at that path (a FIFO too: reading it then says
   * why it cannot be sent, rather than the request leaving it out). `text` when it is a regular file that could be
   * read (read for a build template only).
   */
  testTemplate: { path: string; exists: boolean; text?: string };
  /** `Test` when the file itself is a test template (`<name>.test.buildcontent`), else `Build`. */
  role: 'Build' | 'Test';
  /** The components of the project, to resolve the template's COMPONENT lines against. */
  components: ComponentIndex;
  /** Every problem with a file, settings first. */
  problems: ProjectProblem[];
}

/** Options of {@link loadProject}: other settings or parameters files, where the upward search stops, a cache. */
export interface LoadProjectOptions {
  /** A settings file to use instead of the search (`--config`). */
  settingsPath?: string;
  /** A parameters file to use instead of the one beside the template (`--params`); null: none (stdin). */
  parametersPath?: string | null;
  /** The search for settings stops at this folder (a workspace root); default: the root of the file system. */
  stopAt?: string;
  /** Settings files already read, by folder: share one between calls to read each file once. */
  cache?: ProjectCache;
  /** Component indexes already loaded, by project root: share one between the templates of a run. */
  componentCache?: Map<string, Promise<ComponentIndex>>;
}

/** Settings found per folder; clear it when a settings file changes. */
export type ProjectCache = Map<string, Promise<SettingsFile | undefined>>;

/** Whether a path names a test template (`<name>.test.buildcontent`, any case). */
export function isTestTemplatePath(path: string): boolean {
  const lower = basenameOf(path).toLowerCase();
  return lower.endsWith(TEST_TEMPLATE_SUFFIX) && lower.length > TEST_TEMPLATE_SUFFIX.length;
}

/** `web.buildcontent` and `web.test.buildcontent` -> `web`: the name the parameters, test and request files share. */
export function templateBaseName(templatePath: string): string {
  const base = basenameOf(templatePath);
  const lower = base.toLowerCase();
  if (isTestTemplatePath(templatePath)) return base.slice(0, base.length - TEST_TEMPLATE_SUFFIX.length);
  const extension = TEMPLATE_EXTENSIONS.find(
    (candidate) => lower.endsWith(candidate) && lower.length > candidate.length,
  );
  return extension ? base.slice(0, base.length - extension.length) : base;
}

/** The parameters file of a template: `<name>.pipeline.json` beside it. */
export function parametersPathOf(templatePath: string): string {
  return joinPath(dirnameOf(templatePath), `${templateBaseName(templatePath)}${PARAMETERS_SUFFIX}`);
}

/** The test template of a template: `<name>.test.buildcontent` beside it. */
export function testTemplatePathOf(templatePath: string): string {
  return joinPath(dirnameOf(templatePath), `${templateBaseName(templatePath)}${TEST_TEMPLATE_SUFFIX}`);
}

/** Reads and validates one settings file; undefined when it does not exist. */
export async function readSettingsFile(fs: FileSystemProvider, path: string): Promise<SettingsFile | undefined> {
  const { text, problem } = await readTextFile(fs, path, SIZE_CAPS.settings);
  if (problem !== undefined) return { path, settings: {}, problems: [{ path, file: 'settings', message: problem }] };
  if (text === undefined) return undefined;
  const { settings, problems } = validateSettings(text);
  return {
    path,
    settings,
    problems: problems.map((p) => ({ path, file: 'settings', message: p.message, range: p.range })),
  };
}

/** The nearest settings file from `dir` upwards (to `stopAt`, else the root). */
export async function findSettings(
  fs: FileSystemProvider,
  dir: string,
  stopAt?: string,
  cache?: ProjectCache,
): Promise<SettingsFile | undefined> {
  const cached = cache?.get(dir);
  if (cached) return cached;
  const found = (async () => {
    const candidate = joinPath(dir, SETTINGS_FILE);
    const stat = await fs.stat(candidate).catch(() => undefined);
    // Anything at that name counts (a FIFO there is reported, not skipped for a parent's file).
    if (stat) return readSettingsFile(fs, candidate);
    const parent = dirnameOf(dir);
    if (dir === stopAt || parent === dir) return undefined;
    return findSettings(fs, parent, stopAt, cache);
  })();
  cache?.set(dir, found);
  return found;
}

/** Reads what belongs to a template (settings file, parameters file, test template) through `fs`, with every problem found in those files. {@link lintOptionsOf} turns the result into lint options. */
export async function loadProject(
  fs: FileSystemProvider,
  templatePath: string,
  options: LoadProjectOptions = {},
): Promise<TemplateProject> {
  const settingsPromise =
    options.settingsPath !== undefined
      ? readSettingsFile(fs, options.settingsPath).then(
          (file) =>
            file ?? {
              path: options.settingsPath!,
              settings: {},
              problems: [{ path: options.settingsPath!, file: 'settings' as const, message: 'not found' }],
            },
        )
      : findSettings(fs, dirnameOf(templatePath), options.stopAt, options.cache);
  const parametersPath =
    options.parametersPath === null ? undefined : (options.parametersPath ?? parametersPathOf(templatePath));
  const testPath = testTemplatePathOf(templatePath);
  const role = isTestTemplatePath(templatePath) ? 'Test' : 'Build';
  const [settings, parameters, testStat, test] = await Promise.all([
    settingsPromise,
    parametersPath === undefined
      ? { text: undefined, problem: undefined }
      : readTextFile(fs, parametersPath, SIZE_CAPS.parameters),
    fs.stat(testPath).catch(() => undefined),
    // Unreadable (a FIFO, too large): no text here; linting the file itself says why.
    role === 'Build' ? readTextFile(fs, testPath, SIZE_CAPS.template) : undefined,
  ]);
  const problems: ProjectProblem[] = [...(settings?.problems ?? [])];
  if (parametersPath !== undefined && parameters.problem !== undefined)
    problems.push({ path: parametersPath, file: 'parameters', message: parameters.problem });
  else if (parametersPath !== undefined && parameters.text === undefined && options.parametersPath) {
    problems.push({ path: parametersPath, file: 'parameters', message: 'not found' });
  }
  const root = await projectRootOf(fs, dirnameOf(templatePath), settings?.path);
  let components = options.componentCache?.get(root);
  if (!components) {
    components = loadComponents(fs, root, settings?.settings.components, root);
    options.componentCache?.set(root, components);
  }
  return {
    templatePath,
    settings,
    parameters: { path: parametersPath, text: parameters.text },
    testTemplate: {
      path: testPath,
      exists: testStat !== undefined,
      ...(test?.text !== undefined ? { text: test.text } : {}),
    },
    role,
    components: await components,
    problems,
  };
}

/**
 * The parameters lint's cross checks read (COPY URL vs InternetMaxBandwidthOut): given whenever the
 * parameters file is a JSON object, so a missing bandwidth is reported the same by every consumer.
 * A file that is not JSON gives none: `buildcontent request` and the emit action report it.
 */
export function lintParamsOf(parametersText: string | undefined): LintOptions['params'] {
  if (parametersText === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(parametersText);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const bandwidth = (value as { InternetMaxBandwidthOut?: unknown }).InternetMaxBandwidthOut;
  return {
    InternetMaxBandwidthOut: typeof bandwidth === 'number' ? bandwidth : undefined,
    sourceOsType: sourceOsTypeOf(value),
  };
}

/** The lint options of a template: its settings, then `overrides` (command line flags, editor settings). */
export function lintOptionsOf(project: TemplateProject, overrides: Omit<LintOptions, 'params'> = {}): LintOptions {
  const settings = project.settings?.settings ?? {};
  const options: LintOptions = {};
  const from = overrides.from ?? settings.from;
  if (from !== undefined) options.from = from;
  const keepComments = overrides.keepComments ?? settings.keepComments;
  if (keepComments !== undefined) options.keepComments = keepComments;
  if (settings.severity || overrides.severity) options.severity = { ...settings.severity, ...overrides.severity };
  const params = lintParamsOf(project.parameters.text);
  if (params) options.params = params;
  return options;
}

/**
 * The parameters a request is built from: the parameters file's object over the settings' request
 * defaults (`request.regionId` ...). Undefined when there are no defaults, or the file is not a JSON
 * object: buildRequest then reads (and reports on) the text itself.
 */
export function parametersWithDefaults(
  parametersText: string | undefined,
  defaults: RequestDefaults | undefined,
): unknown {
  const fallback: Record<string, string> = {};
  if (defaults?.regionId) fallback.RegionId = defaults.regionId;
  if (defaults?.baseImageType) fallback.BaseImageType = defaults.baseImageType;
  if (defaults?.baseImage) fallback.BaseImage = defaults.baseImage;
  if (Object.keys(fallback).length === 0) return undefined;
  if (parametersText === undefined) return fallback;
  const parsed = parseJsonDocument(parametersText).value;
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return { ...fallback, ...parsed };
  return undefined;
}
