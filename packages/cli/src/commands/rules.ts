import { rules } from '@buildcontent/core';
import type { CliIo } from '../cli-io.js';

/** Lists every rule with its codes and default severity. */
export async function rulesCommand(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--json')) {
    io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  // The id column fits the longest id (component rule ids are longer than the template ones).
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules) io.stdout(`${rule.id.padEnd(width)} ${rule.severity.padEnd(8)} ${rule.codes.join(', ')}\n${' '.repeat(width + 10)}${rule.description}\n`);
  return 0;
}
