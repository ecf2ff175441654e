import { parseArgs } from 'node:util';
import { parse } from '@buildcontent/core';
import { UsageError, type CliIo } from '../cli-io.js';
import { safeJson } from '../terminal/safe-text.js';
import { readText } from '../files/read-file.js';
import { decodeUtf8 } from '../files/utf8.js';

const PARSE_USAGE = `Usage: buildcontent parse <file|->

Prints the template's AST as JSON: { "commands": [ { "keyword": "RUN", "range": ..., ... } ], "comments", "directives", ... }.
Ranges are 0-based lines and UTF-16 characters (as LSP counts them), plus offsets into the text.
A UTF-8 BOM is not part of the text: line 1 counts from the character after it, as editors do.

Options:
  -h, --help    show this help
`;

export async function parseCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(PARSE_USAGE);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(`parse takes exactly one file (or - for stdin), ${positionals.length} given; see --help`);
  const path = positionals[0];
  const text = path === '-' ? decodeUtf8(await io.readStdin()).text : readText(path, io.cwd);
  const { text: _text, ...ast } = parse(text);
  io.stdout(`${safeJson(ast)}\n`);
  return 0;
}
