// Runs a CLI entry point with a fake io and collects what it prints.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIo } from '../src/cli-io.js';

export const root = resolve(__dirname, '../../..');

export type Entry = (argv: string[], io: CliIo) => Promise<number>;

export async function runCli(entry: Entry, argv: string[], options: { cwd?: string; stdin?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: options.cwd ?? root,
    readStdin: async () => options.stdin ?? '',
  };
  const code = await entry(argv, io);
  return { code, stdout, stderr };
}

/** A fresh folder holding the given files. */
export function tempDir(files: Record<string, string>, prefix = 'buildcontent-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
