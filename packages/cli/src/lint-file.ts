// What `lint` runs on one file: a template gets the template rules plus the checks of its COMPONENT
// lines against the project's components; a component file gets the rules of its format, with the
// SystemType of its `.component.json`.
import { resolve } from 'node:path';
import {
  componentFormatOf,
  componentParametersOf,
  lint,
  lintComponent,
  lintComponentCalls,
  lintOptionsOf,
  parse,
  readComponentFile,
  sortDiagnostics,
  type ComponentIndex,
  type Diagnostic,
  type LintOptions,
  type ProjectCache,
  type SeveritySetting,
  type TemplateProject,
} from '@buildcontent/core';
import { nodeFileSystem } from '@buildcontent/core/node';
import { projectOf } from './config.js';

export type ComponentCache = Map<string, Promise<ComponentIndex>>;

export interface FileLinter {
  project: TemplateProject;
  options: LintOptions;
  /** A component file (its parameters file is `.component.json`, not checked as a pipeline's). */
  component: boolean;
  lint: (text: string) => Diagnostic[];
}

export async function fileLinter(
  path: string,
  cwd: string,
  flags: { config?: string; from?: LintOptions['from']; severity?: Record<string, SeveritySetting> },
  projects: ProjectCache,
  components: ComponentCache,
  warn: (message: string) => void = () => undefined,
): Promise<FileLinter> {
  const project = await projectOf(path, cwd, { config: flags.config }, projects, components);
  // A `components` entry of the settings whose file is missing: said once, the lint goes on.
  for (const problem of project.components.problems)
    warn(`${project.settings?.path ?? 'settings'}: ${problem.message}`);
  const options = lintOptionsOf(project, { from: flags.from, severity: flags.severity });
  const format = path === '-' ? undefined : componentFormatOf(path);
  if (format) {
    const component = await readComponentFile(nodeFileSystem, resolve(cwd, path));
    const systemType = componentParametersOf(component?.parametersText)?.SystemType;
    delete options.params;
    const componentOptions = { ...options, systemType: typeof systemType === 'string' ? systemType : undefined };
    return { project, options, component: true, lint: (text) => lintComponent(text, format, componentOptions) };
  }
  const role = project.role;
  return {
    project,
    options,
    component: false,
    lint: (text) => {
      const template = parse(text);
      return sortDiagnostics([
        ...lint(template, options),
        ...lintComponentCalls(template, project.components, role, options),
      ]);
    },
  };
}
