#!/usr/bin/env node
// Prints the commands of README.md's "Quick start" block, one per line, without their trailing comments,
// so that CI runs them exactly as a new user reads them (.ci/run) instead of a copy that can drift.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The commands of the first ```sh block under the "## Quick start" heading of a README. */
export function quickStartCommands(readme) {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Quick start'));
  const block = section?.match(/^```sh\r?\n([\s\S]*?)^```/m);
  if (!block) throw new Error('README.md has no ```sh block under "## Quick start"');
  return block[1]
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  process.stdout.write(`${quickStartCommands(readme).join('\n')}\n`);
}
