import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { applyFixes, type LintOptions, type ProjectCache } from '@buildcontent/core';
import { UsageError, type CliIo } from '../cli-io.js';
import { severityOverrides } from '../config.js';
import { fileLinter, type ComponentCache } from '../lint-file.js';
import { expandPaths, readText } from '../files.js';
import { formatEslintJson } from '../formats/eslint-json.js';
import { formatSarif } from '../formats/sarif.js';
import { formatStylish, type FileResult } from '../formats/stylish.js';

export const LINT_USAGE = `Usage: buildcontent lint [options] [paths...]

Lints Image Builder templates (*.buildcontent, *.imagebuilder) and components (*.component.yaml|yml,
*.component.buildcontent); folders are walked; - reads stdin (a template).

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

  // Settings and parameters per template, from its own folder (core's project model); read once per folder.
  const flags = { config: values.config, from: values.from as LintOptions['from'], severity: severityOverrides(values.severity ?? []) };
  const projects: ProjectCache = new Map();
  const components: ComponentCache = new Map();
  const warned = new Set<string>();
  const warn = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    io.stderr(`buildcontent lint: ${message}\n`);
  };

  const results: FileResult[] = [];
  for (const path of paths) {
    let text = path === '-' ? await io.readStdin() : readText(path, io.cwd);
    // Templates, and their COMPONENT lines against the project's components; component files by their format.
    const lintFile = await fileLinter(path, io.cwd, flags, projects, components, warn);
    let diagnostics = lintFile(text);
    if (values.fix) {
      const original = text;
      // Fixes that overlap wait for the next pass; a few passes settle every file in practice.
      for (let pass = 0; pass < 10 && diagnostics.some((d) => d.fix); pass++) {
        const fixed = applyFixes(text, diagnostics);
        if (fixed.applied === 0 || fixed.text === text) break;
        text = fixed.text;
        diagnostics = lintFile(text);
      }
      if (text !== original) writeAtomically(join(io.cwd, path), text);
    }
    results.push({ path: path === '-' ? '<stdin>' : path, diagnostics, text });
  }

  const format = { json: formatEslintJson, sarif: formatSarif, stylish: (r: FileResult[]) => formatStylish(r, io.color) }[values.format as 'json'];
  io.stdout(format(results));
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
