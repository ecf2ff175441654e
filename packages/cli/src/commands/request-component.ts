// `buildcontent request <name>.component.yaml|.component.buildcontent`: the CreateImageComponent request,
// with the pipeline request's options and output (findings on stderr, nothing on stdout while an error stands).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildComponentRequest,
  componentParametersOf,
  componentParametersPathOf,
  lintOptionsOf,
  loadProject,
  type ComponentFormat,
  type LintOptions,
  type RequestFormat,
} from '@buildcontent/core';
import { nodeFileSystem } from '@buildcontent/core/node';
import { UsageError, type CliIo } from '../cli-io.js';
import { formatProblem } from '../config.js';
import { readText } from '../files/read-file.js';
import { printRequest } from './request-output.js';

export interface ComponentRequestArgs {
  path: string;
  format: ComponentFormat;
  output: RequestFormat;
  params?: string;
  config?: string;
  set: Array<[string, string]>;
  force: boolean;
  keepComments: boolean;
}

export async function requestComponent(args: ComponentRequestArgs, io: CliIo): Promise<number> {
  // <name>.component.json beside the component unless --params names another; absent is fine when
  // --set or the settings' request.regionId give RegionId.
  // As the user wrote the component's path: `a.component.json`, not `./a.component.json`.
  const besides = componentParametersPathOf(args.path).replace(/^\.[\\/]/, '');
  const paramsPath = args.params ?? (existsSync(resolve(io.cwd, besides)) ? besides : undefined);
  const project = await loadProject(nodeFileSystem, resolve(io.cwd, args.path), {
    settingsPath: args.config === undefined ? undefined : resolve(io.cwd, args.config),
    parametersPath: paramsPath === undefined ? null : resolve(io.cwd, paramsPath),
  });
  if (project.problems.length > 0) throw new UsageError(formatProblem(project.problems[0], io.cwd));
  const paramsText = project.parameters.text;
  const regionId = project.settings?.settings.request?.regionId;
  if (paramsText === undefined && args.set.length === 0 && !regionId) {
    throw new UsageError(`no parameters: ${besides} does not exist; give --params <file> or --set RegionId=<region>`);
  }
  const lint: LintOptions = lintOptionsOf(project);
  const text = readText(args.path, io.cwd);
  // The settings' request.regionId fills a RegionId the file leaves out, as for pipelines.
  const fileParams = componentParametersOf(paramsText);
  const params =
    regionId && (paramsText === undefined || fileParams) ? { RegionId: regionId, ...fileParams } : undefined;
  const result = buildComponentRequest(text, args.format, params, {
    paramsText,
    set: args.set,
    force: args.force,
    keepComments: args.keepComments || project.settings?.settings.keepComments || undefined,
    lint,
  });

  return printRequest(io, {
    path: args.path,
    text,
    diagnostics: result.diagnostics,
    parameterDiagnostics: result.parameterDiagnostics,
    paramsPath,
    paramsText,
    request: result.request,
    format: args.output,
  });
}
