// `buildcontent request <template>`: prints the CreateImagePipeline request for a template and its
// parameters file, in one of four formats. Findings go to stderr in the lint format; while an error
// stands nothing is printed to stdout (exit 1), unless --force.
import { normalize, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildRequest,
  componentFormatOf,
  lintOptionsOf,
  parametersPathOf,
  parametersWithDefaults,
  REQUEST_FORMATS,
  type LintOptions,
  type RequestFormat,
} from '@buildcontent/core';
import { UsageError, type CliIo } from '../cli-io.js';
import { projectOf } from '../config.js';
import { readText } from '../files/read-file.js';
import { decodeUtf8 } from '../files/utf8.js';
import { requestComponent } from './request-component.js';
import { printRequest } from './request-output.js';

export const REQUEST_USAGE = `Usage: buildcontent request [options] <template>

Prints the CreateImagePipeline request for a template (- reads stdin) and its parameters, or the
CreateImageComponent request for a component (<name>.component.yaml|yml|buildcontent, parameters
in <name>.component.json).

Options:
  --params <file>            parameters file (JSON, API parameter names)
                             [default: <template name>.pipeline.json beside the template]
  --test <file>              test template, sent as TestContent (linted; its errors block the request)
                             [default: <template name>.test.buildcontent beside the template, if it exists]
  --set <Name=value>         set a parameter by its wire name, after the file; repeatable
                             (Name=web, Tag.1.Key=team, 'ToRegionId=["cn-beijing"]')
  --format <json|query|cli|sdk>
                             json: the request as JSON; query: the RPC query string;
                             cli: an aliyun CLI command; sdk: TypeScript for @alicloud/ecs20140526   [json]
  --keep-comments            send comment and blank lines in BuildContent (stripped by default)
  --force                    print the request even though errors stand (exit 0)
  --from <override|ignored>  FROM as the older API pages (override) or newer ones (ignored)
  --config <file>            settings file (default: nearest .buildcontentrc.json)
  -h, --help                 show this help

Exit code: 0 when printed, 1 when errors block the request, 2 on a usage error or unreadable file.
`;

function parseSet(entries: string[]): Array<[string, string]> {
  return entries.map((entry) => {
    const equals = entry.indexOf('=');
    if (equals <= 0)
      throw new UsageError(`--set takes Name=value (a wire name such as Tag.1.Key), not ${JSON.stringify(entry)}`);
    return [entry.slice(0, equals), entry.slice(equals + 1)];
  });
}

export async function requestCommand(
  argv: string[],
  io: CliIo,
  settings: { lint?: LintOptions } = {},
): Promise<number> {
  try {
    return await run(argv, io, settings);
  } catch (error) {
    // Usage and input errors: one clear line, never a stack trace.
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`buildcontent request: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

async function run(argv: string[], io: CliIo, settings: { lint?: LintOptions }): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      params: { type: 'string' },
      test: { type: 'string' },
      set: { type: 'string', multiple: true },
      format: { type: 'string', default: 'json' },
      'keep-comments': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      from: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(REQUEST_USAGE);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(
      `give one template (${positionals.length === 0 ? 'none given' : `${positionals.length} given`}); see --help`,
    );
  const format = values.format as RequestFormat;
  if (!REQUEST_FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${REQUEST_FORMATS.join(', ')}, not ${values.format}`);
  if (values.from !== undefined && values.from !== 'override' && values.from !== 'ignored')
    throw new UsageError(`--from must be override or ignored, not ${values.from}`);
  const set = parseSet(values.set ?? []);

  const templatePath = positionals[0];
  const componentFormat = templatePath === '-' ? undefined : componentFormatOf(templatePath);
  if (componentFormat) {
    return requestComponent(
      {
        path: templatePath,
        format: componentFormat,
        output: format,
        params: values.params,
        config: values.config,
        set,
        force: values.force,
        keepComments: values['keep-comments'],
      },
      io,
    );
  }
  // Settings from the template's folder upwards (or --config), parameters beside it (or --params): core's
  // project model, as the editor reads them; the settings' request.* defaults fill what the file leaves out.
  const project = await projectOf(templatePath, io.cwd, { config: values.config, params: values.params });
  if (project.role === 'Test')
    throw new UsageError(
      `${templatePath} is a test template: request its build template, which sends it as TestContent (or name it with --test ${templatePath})`,
    );
  // The test template: --test, else <name>.test.buildcontent beside the template when it exists.
  const testPath =
    values.test ??
    (project.testTemplate.exists
      ? relative(io.cwd, project.testTemplate.path) || project.testTemplate.path
      : undefined);
  const testTemplate = testPath === undefined ? undefined : readText(testPath, io.cwd);
  const requestDefaults = project.settings?.settings.request;
  const lintOptions: LintOptions = settings.lint ? { ...settings.lint } : lintOptionsOf(project);
  delete lintOptions.params; // buildRequest checks template and parameters together itself
  if (values.from) lintOptions.from = values.from;
  const template = templatePath === '-' ? decodeUtf8(await io.readStdin()).text : readText(templatePath, io.cwd);

  // Without a parameters file, --set or the settings' request defaults must say everything.
  const paramsText = project.parameters.text;
  const hasDefaults = Object.keys(requestDefaults ?? {}).length > 0;
  if (paramsText === undefined && set.length === 0 && !hasDefaults) {
    if (templatePath === '-') throw new UsageError('a template from stdin needs --params <file> or --set Name=value');
    throw new UsageError(
      `no parameters: ${normalize(parametersPathOf(templatePath))} does not exist; give --params <file> or --set Name=value`,
    );
  }
  const paramsPath =
    values.params ?? (paramsText === undefined ? undefined : normalize(parametersPathOf(templatePath)));

  const keepComments = values['keep-comments'] || project.settings?.settings.keepComments;
  const result = buildRequest(template, parametersWithDefaults(paramsText, requestDefaults), {
    paramsText,
    set,
    force: values.force,
    keepComments: keepComments || undefined,
    lint: lintOptions,
    testTemplate,
  });

  return printRequest(io, {
    path: templatePath === '-' ? '<stdin>' : templatePath,
    text: template,
    diagnostics: result.diagnostics,
    parameterDiagnostics: result.parameterDiagnostics,
    paramsPath,
    paramsText,
    ...(testPath === undefined
      ? {}
      : { test: { path: testPath, text: testTemplate!, diagnostics: result.testDiagnostics } }),
    request: result.request,
    format,
  });
}
