#!/usr/bin/env node
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import { processIo, UsageError, type CliIo } from './cli-io.js';
import { lintCommand } from './commands/lint.js';
import { parseCommand } from './commands/parse.js';
import { rulesCommand } from './commands/rules.js';
import { safeText } from './terminal/safe-text.js';
import { VERSION } from './version.js';

const USAGE = `Usage: buildcontent <command> [options]

Commands:
  lint [paths...]       check templates (*.buildcontent, *.imagebuilder) for what the service would refuse
  parse <file>          print the template's AST as JSON
  request <template>    print the CreateImagePipeline request (json, query, cli, sdk)
  rules                 list the rules and their codes

Options:
  -h, --help            show this help
  --version             print the version

Run 'buildcontent <command> --help' for a command's options. Documentation: docs/cli.md.
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  lint: async () => lintCommand,
  parse: async () => parseCommand,
  rules: async () => rulesCommand,
  request: async () => (await import('./commands/request.js')).requestCommand,
};

/** Runs the CLI: 0 clean, 1 findings that fail the run, 2 usage errors and files that could not be read. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  if (name === '-h' || name === '--help') {
    io.stdout(USAGE);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(
      `buildcontent: unknown ${name.startsWith('-') ? 'option' : 'command'} '${safeText(name)}'; see 'buildcontent --help'\n`,
    );
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    // Usage errors and node:util parseArgs errors are the user's to fix: one line, no stack.
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`buildcontent ${name}: ${safeText((error as Error).message.split('\n')[0])}\n`);
      return 2;
    }
    io.stderr(`buildcontent ${name}: internal error: ${safeText((error as Error).message.split('\n')[0])}\n`);
    return 2;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invokedDirectly) {
  void main(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
