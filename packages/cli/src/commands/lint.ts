import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  applyFixes,
  buildRequestWithFile,
  PARAMETERS_SUMMARY_CODE,
  summarizeParametersFile,
  type Diagnostic,
  type LintOptions,
  type ProjectCache,
  type TemplateProject,
} from '@buildcontent/core';
import { UsageError, type CliIo } from '../cli-io.js';
import { severityOverrides } from '../config.js';
import { findTemplates } from '../files/find-templates.js';
import { FileProblem, readRegularFile, TEMPLATE_LIMIT_BYTES } from '../files/read-file.js';
import { decodeUtf8, encodeUtf8, type DecodedText } from '../files/utf8.js';
import { NotWritten, writeFileSafely, writeReport } from '../files/write-file.js';
import type { FileResult, ReportContext } from '../formats/file-result.js';
import { FORMATS } from '../formats/index.js';
import { formatStylish } from '../formats/stylish.js';
import { safeText } from '../terminal/safe-text.js';
import { VERSION } from '../version.js';
import { fileLinter, type ComponentCache } from '../lint-file.js';

const LINT_USAGE = `Usage: buildcontent lint [options] [paths...]

Lints Image Builder templates and components. Paths are files (linted whatever their extension), folders
(walked for *.buildcontent, *.imagebuilder and components *.component.yaml|yml|buildcontent; .git and
node_modules are skipped), quoted glob patterns ('**/*.buildcontent'), or - for stdin (a template).
Without paths: the current folder.

Options:
  -f, --format <name>        stylish | json | sarif | github | gitlab | checkstyle | junit | gnu       [stylish]
  -o, --output-file <file>   write the report to a file (atomically); stylish still goes to the terminal
  --max-warnings <n>         exit 1 when there are more than n warnings
  --stdin-filename <path>    the name of the template read from - (for output and settings)
  --from <override|ignored>  FROM as the older API pages (override) or newer ones (ignored)
  --severity <code=level>    override a code's or rule's severity (off|info|warning|error); repeatable
  --config <file>            settings file (default: nearest .buildcontentrc.json)
  --fix                      apply the automatic fixes to the files (written safely, only when changed)
  -h, --help                 show this help

Exit code: 0 no errors; 1 errors found (or more warnings than --max-warnings); 2 a usage error, or a file that
could not be read (the other files are still linted and reported). Details: docs/cli.md.
`;

function parseLintArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'output-file': { type: 'string', short: 'o' },
      'max-warnings': { type: 'string' },
      'stdin-filename': { type: 'string' },
      from: { type: 'string' },
      severity: { type: 'string', multiple: true },
      config: { type: 'string' },
      fix: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const formatter = Object.hasOwn(FORMATS, values.format) ? FORMATS[values.format] : undefined;
  if (!formatter)
    throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')}, not ${values.format}`);
  if (values.from !== undefined && values.from !== 'override' && values.from !== 'ignored')
    throw new UsageError(`--from must be override or ignored, not ${values.from}`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    if (!/^(0|[1-9]\d*|-1)$/.test(values['max-warnings']))
      throw new UsageError(`--max-warnings takes a whole number (or -1 for no limit), not ${values['max-warnings']}`);
    maxWarnings = Number(values['max-warnings']);
    if (maxWarnings < 0) maxWarnings = undefined;
  }
  const paths = positionals.length > 0 ? positionals : values['stdin-filename'] !== undefined ? ['-'] : ['.'];
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('- (stdin) can be given once');
  if (values['stdin-filename'] !== undefined && !paths.includes('-'))
    throw new UsageError('--stdin-filename names the template read from -; give - as a path');
  if (values['stdin-filename'] === '') throw new UsageError('--stdin-filename needs a path');
  if (values.fix && paths.includes('-')) throw new UsageError('--fix cannot write to stdin; give file paths');
  return { values, paths, formatter, maxWarnings };
}

/** Lints a text, applying the automatic fixes first when asked; returns the final text and findings. */
function lintAndFix(
  text: string,
  lint: (text: string) => Diagnostic[],
  fix: boolean,
): { text: string; diagnostics: Diagnostic[] } {
  let diagnostics = lint(text);
  // Fixes that overlap wait for the next pass; a few passes settle every file in practice.
  for (let pass = 0; fix && pass < 10 && diagnostics.some((d) => d.fix); pass++) {
    const fixed = applyFixes(text, diagnostics);
    if (fixed.applied === 0 || fixed.text === text) break;
    text = fixed.text;
    diagnostics = lint(text);
  }
  return { text, diagnostics };
}

/**
 * The parameters file beside a template as the editor shows it: a summary on the template's first line, and
 * the file's own findings (those `buildcontent request` reports) as a result of their own.
 */
function parametersFileResult(
  project: TemplateProject,
  options: LintOptions,
  templateText: string,
  shownTemplate: string,
) {
  const { path, text } = project.parameters;
  // A test template's parameters file is its build template's: reported with that one.
  if (path === undefined || text === undefined || project.role === 'Test') return undefined;
  const built = buildRequestWithFile(templateText, text, {
    lint: options,
    keepComments: options.keepComments,
    requestDefaults: project.settings?.settings.request,
    testTemplate: project.testTemplate.text,
  });
  const findings = built.parameterDiagnostics;
  if (findings.length === 0) return undefined;
  const shown = isAbsolute(shownTemplate) ? path : join(dirname(shownTemplate), basename(path));
  return {
    summary: summarizeParametersFile(
      templateText,
      basename(path),
      findings,
      options.severity?.[PARAMETERS_SUMMARY_CODE],
    ),
    result: { path: shown, diagnostics: findings, text } satisfies FileResult,
  };
}

export async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, paths, formatter, maxWarnings } = parseLintArgs(argv);
  if (values.help) {
    io.stdout(LINT_USAGE);
    return 0;
  }
  const found = findTemplates(
    paths.filter((p) => p !== '-'),
    io.cwd,
  );
  const stdinName = values['stdin-filename'];

  // Settings and parameters per template, from its own folder (core's project model); read once per folder.
  const flags = {
    config: values.config,
    from: values.from as LintOptions['from'],
    severity: severityOverrides(values.severity ?? []),
  };
  const projects: ProjectCache = new Map();
  const components: ComponentCache = new Map();

  /** One line on stderr per file that could not be read or fixed; `unreadable` makes the exit code 2. */
  let unreadable = found.problems.length > 0;
  const warned = new Set<string>();
  const warn = (line: string) => {
    if (warned.has(line)) return; // a settings problem shared by many templates is said once
    warned.add(line);
    io.stderr(`buildcontent lint: ${safeText(line)}\n`);
  };
  found.problems.forEach(warn);

  const results: FileResult[] = [];
  /** Lints one text; `write` (with --fix, for valid UTF-8 files) receives the fixed text when it changed. */
  const lintOne = async (
    shown: string,
    stdin: boolean,
    decoded: DecodedText,
    write?: (text: string) => void,
    absolute?: string,
  ) => {
    // Templates, and their COMPONENT lines against the project's components; component files by their format.
    const linter = await fileLinter(
      stdin ? (stdinName ?? '-') : (absolute ?? shown),
      io.cwd,
      flags,
      projects,
      components,
      warn,
    );
    const { text, diagnostics } = lintAndFix(decoded.text, linter.lint, write !== undefined);
    if (write && text !== decoded.text) write(text);
    const parameters = linter.component ? undefined : parametersFileResult(linter.project, linter.options, text, shown);
    if (parameters?.summary) diagnostics.unshift(parameters.summary);
    results.push({ path: shown, diagnostics, text, stdin: (stdin && stdinName === undefined) || undefined });
    if (parameters?.result) results.push(parameters.result);
  };

  if (paths.includes('-')) await lintOne(stdinName ?? '<stdin>', true, decodeUtf8(await io.readStdin()));
  for (const target of found.targets) {
    let bytes: Buffer;
    try {
      bytes = readRegularFile(target.absolute, target.shown, TEMPLATE_LIMIT_BYTES).bytes;
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      warn(`${error.message}, skipped`);
      unreadable = true;
      continue;
    }
    const decoded = decodeUtf8(bytes);
    if (values.fix && decoded.invalid)
      warn(
        `${target.shown}:${decoded.invalid.line}: byte ${decoded.invalid.offset} is not valid UTF-8, not fixed (the file is left as it is)`,
      );
    const write = (text: string) => {
      try {
        writeFileSafely(target.absolute, bytes, encodeUtf8(text, decoded.bom));
      } catch (error) {
        if (!(error instanceof NotWritten)) throw error;
        warn(`${target.shown}: ${error.message}, not fixed`);
      }
    };
    await lintOne(target.shown, false, decoded, values.fix && !decoded.invalid ? write : undefined, target.absolute);
  }

  const context: ReportContext = { cwd: io.cwd, version: VERSION, color: io.color };
  const outputFile = values['output-file'];
  if (outputFile !== undefined) {
    try {
      writeReport(resolve(io.cwd, outputFile), formatter(results, { ...context, color: false }));
    } catch (error) {
      throw new UsageError(
        `${outputFile}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    io.stdout(formatStylish(results, io.color));
  } else {
    io.stdout(formatter(results, context));
  }

  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings) io.stderr(`buildcontent lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
  if (unreadable) return 2;
  return tooManyWarnings || results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
