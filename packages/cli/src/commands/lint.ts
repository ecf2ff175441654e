import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { applyFixes, lint, type LintOptions } from '@buildcontent/core';
import { UsageError, type CliIo } from '../cli-io.js';
import { findConfig, readConfig } from '../config.js';
import { expandPaths, readText, TEMPLATE_EXTENSIONS } from '../files.js';
import { formatEslintJson } from '../formats/eslint-json.js';
import { formatSarif } from '../formats/sarif.js';
import { formatStylish, type FileResult } from '../formats/stylish.js';

export const LINT_USAGE = `Usage: buildcontent lint [options] [paths...]

Lints Image Builder templates (*.buildcontent, *.imagebuilder; folders are walked; - reads stdin).

Options:
  --format <stylish|json|sarif>  output format (json: ESLint's JSON formatter shape;
                            sarif: SARIF 2.1.0 for code scanning)                    [stylish]
  --from <override|ignored> FROM as the older API pages (override) or newer ones (ignored)
  --severity <code=level>   override a code's or rule's severity (off|info|warning|error); repeatable
  --config <file>           settings file (default: nearest .buildcontentrc.json)
  --fix                     apply the quick fixes to the files (written only when changed)
  -h, --help                show this help

Exit code: 1 when an error is found, 0 otherwise, 2 on a usage error or unreadable file.
`;

/** Parameters beside the template (`web.buildcontent` -> `web.pipeline.json`) enable the request cross checks. */
function siblingParams(path: string, cwd: string): LintOptions['params'] {
  if (path === '-') return undefined;
  const ext = TEMPLATE_EXTENSIONS.find((e) => path.endsWith(e));
  const file = join(cwd, dirname(path), `${basename(path, ext)}.pipeline.json`);
  if (!existsSync(file)) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return { InternetMaxBandwidthOut: typeof data.InternetMaxBandwidthOut === 'number' ? data.InternetMaxBandwidthOut : undefined };
  } catch {
    return undefined; // `buildcontent request` reports a broken parameters file; lint stays about the template
  }
}

/** Writes through a temporary file and a rename, so a crash never leaves a truncated template. */
function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text, 'utf8');
  renameSync(temp, file);
}

export async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      from: { type: 'string' },
      severity: { type: 'string', multiple: true },
      config: { type: 'string' },
      fix: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(LINT_USAGE);
    return 0;
  }
  if (!['stylish', 'json', 'sarif'].includes(values.format!)) throw new UsageError(`--format must be stylish, json or sarif, not ${values.format}`);
  if (values.from !== undefined && values.from !== 'override' && values.from !== 'ignored') throw new UsageError(`--from must be override or ignored, not ${values.from}`);
  const paths = expandPaths(positionals.length > 0 ? positionals : ['.'], io.cwd);
  if (values.fix && paths.includes('-')) throw new UsageError('--fix cannot write to stdin; give file paths');

  const configPath = values.config ? join(io.cwd, values.config) : findConfig(io.cwd);
  const base: LintOptions = configPath ? readConfig(configPath) : {};
  if (values.from) base.from = values.from;
  for (const entry of values.severity ?? []) {
    const [code, level] = entry.split('=');
    if (!code || !['off', 'info', 'warning', 'error'].includes(level)) throw new UsageError(`--severity takes code=off|info|warning|error, not ${entry}`);
    base.severity = { ...base.severity, [code]: level as 'off' };
  }

  const results: FileResult[] = [];
  for (const path of paths) {
    let text = path === '-' ? await io.readStdin() : readText(path, io.cwd);
    const options: LintOptions = { ...base, params: siblingParams(path, io.cwd) };
    let diagnostics = lint(text, options);
    if (values.fix) {
      const original = text;
      // Fixes that overlap wait for the next pass; a few passes settle every file in practice.
      for (let pass = 0; pass < 10 && diagnostics.some((d) => d.fix); pass++) {
        const fixed = applyFixes(text, diagnostics);
        if (fixed.applied === 0 || fixed.text === text) break;
        text = fixed.text;
        diagnostics = lint(text, options);
      }
      if (text !== original) writeAtomically(join(io.cwd, path), text);
    }
    results.push({ path: path === '-' ? '<stdin>' : path, diagnostics, text });
  }

  const format = { json: formatEslintJson, sarif: formatSarif, stylish: (r: FileResult[]) => formatStylish(r, io.color) }[values.format as 'json'];
  io.stdout(format(results));
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
