import { parseArgs } from 'node:util';
import { parse } from '@buildcontent/core';
import { UsageError, type CliIo } from '../cli-io.js';
import { readText } from '../files.js';

export const PARSE_USAGE = `Usage: buildcontent parse <file|->

Prints the template's AST as JSON: { "commands": [ { "keyword": "RUN", "range": ..., ... } ], "comments", "directives", ... }.
Ranges are 0-based lines and UTF-16 characters (as LSP counts them), plus offsets into the text.
`;

export async function parseCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(PARSE_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('parse takes exactly one file (or - for stdin)');
  const path = positionals[0];
  const text = path === '-' ? await io.readStdin() : readText(path, io.cwd);
  const { text: _text, ...ast } = parse(text);
  io.stdout(`${JSON.stringify(ast, null, 2)}\n`);
  return 0;
}
