import { rules } from '@buildcontent/core';
import type { CliIo } from '../cli-io.js';

/** Lists every rule with its codes and default severity. */
export async function rulesCommand(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--json')) {
    io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  for (const rule of rules) io.stdout(`${rule.id.padEnd(22)} ${rule.severity.padEnd(8)} ${rule.codes.join(', ')}\n${' '.repeat(32)}${rule.description}\n`);
  return 0;
}
