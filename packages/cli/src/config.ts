// The CLI's side of core's project model: for each template, its settings (the nearest
// `.buildcontentrc.json` from the TEMPLATE's folder upwards, or --config), its parameters file (beside it,
// or --params), read through the Node FileSystemProvider (regular files only, size caps). Any problem
// with those files is a usage error: one line with the file, line and column, exit 2.
import { relative, resolve } from 'node:path';
import {
  loadProject,
  unknownCodeProblem,
  type LoadProjectOptions,
  type ProjectCache,
  type ProjectProblem,
  type SeveritySetting,
  type TemplateProject,
} from '@buildcontent/core';
import { nodeFileSystem } from '@buildcontent/core/node';
import { UsageError } from './cli-io.js';

const SEVERITY_LEVELS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** `path:line:col: message`, the path relative to the working folder when it is inside it. */
export function formatProblem(problem: ProjectProblem, cwd: string): string {
  const shown = relative(cwd, problem.path);
  const path = shown && !shown.startsWith('..') ? shown : problem.path;
  const at = problem.range ? `:${problem.range.start.line + 1}:${problem.range.start.character + 1}` : '';
  return `${path}${at}: ${problem.message}`;
}

export interface ProjectFlags {
  /** --config: a settings file instead of the search (relative to the working folder, or absolute). */
  config?: string;
  /** --params: a parameters file instead of the one beside the template. */
  params?: string;
}

/**
 * The project of a template path as given on the command line (`-`: stdin, whose settings are searched
 * from the working folder and which has no parameters file unless --params names one).
 */
export async function projectOf(
  templatePath: string,
  cwd: string,
  flags: ProjectFlags = {},
  cache?: ProjectCache,
  componentCache?: LoadProjectOptions['componentCache'],
): Promise<TemplateProject> {
  const stdin = templatePath === '-';
  const project = await loadProject(nodeFileSystem, resolve(cwd, stdin ? '<stdin>' : templatePath), {
    settingsPath: flags.config === undefined ? undefined : resolve(cwd, flags.config),
    parametersPath: flags.params !== undefined ? resolve(cwd, flags.params) : stdin ? null : undefined,
    cache,
    componentCache,
  });
  if (project.problems.length > 0) {
    const more = project.problems.length - 1;
    throw new UsageError(
      `${formatProblem(project.problems[0], cwd)}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'} in the settings or parameters)` : ''}`,
    );
  }
  return project;
}

/** `--severity code=level` entries as an override map; an unknown code or level is a usage error. */
export function severityOverrides(entries: readonly string[]): Record<string, SeveritySetting> | undefined {
  if (entries.length === 0) return undefined;
  const overrides: Record<string, SeveritySetting> = {};
  for (const entry of entries) {
    const equals = entry.lastIndexOf('=');
    const code = equals > 0 ? entry.slice(0, equals) : '';
    const level = entry.slice(equals + 1) as SeveritySetting;
    if (!code || !SEVERITY_LEVELS.includes(level))
      throw new UsageError(`--severity takes code=off|info|warning|error, not ${JSON.stringify(entry)}`);
    const unknown = unknownCodeProblem(code);
    if (unknown) throw new UsageError(`--severity: ${unknown}`);
    Object.defineProperty(overrides, code, { value: level, enumerable: true, writable: true, configurable: true });
  }
  return overrides;
}
