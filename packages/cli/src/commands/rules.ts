import { parseArgs } from 'node:util';
import { rules } from '@buildcontent/core';
import { UsageError, type CliIo } from '../cli-io.js';
import { safeJson } from '../terminal/safe-text.js';

const RULES_USAGE = `Usage: buildcontent rules [--json]

Lists every rule: its id, default severity, the codes it reports and what it checks.

Options:
  --json        the same as JSON: [{ "id", "codes", "severity", "description", "href" }]
  -h, --help    show this help
`;

export async function rulesCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(RULES_USAGE);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`rules takes no arguments, not ${JSON.stringify(positionals[0])}; see --help`);
  if (values.json) {
    io.stdout(`${safeJson(rules)}\n`);
    return 0;
  }
  // The id column fits the longest id (component rule ids are longer than the template ones).
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules)
    io.stdout(
      `${rule.id.padEnd(width)} ${rule.severity.padEnd(8)} ${rule.codes.join(', ')}\n${' '.repeat(width + 10)}${rule.description}\n`,
    );
  return 0;
}
