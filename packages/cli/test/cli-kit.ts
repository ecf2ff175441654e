// Runs the CLI with a fake io (main() in-process) or as the built binary, and collects what it prints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CliIo } from '../src/cli-io.js';

export const root = resolve(__dirname, '../../..');
export const bin = join(root, 'packages/cli/dist/main.js');

export type Entry = (argv: string[], io: CliIo) => Promise<number>;

export async function runCli(
  entry: Entry,
  argv: string[],
  options: { cwd?: string; stdin?: string | Uint8Array; color?: boolean } = {},
) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: options.cwd ?? root,
    readStdin: async () => options.stdin ?? '',
    color: options.color,
  };
  const code = await entry(argv, io);
  return { code, stdout, stderr };
}

/** The built binary, as users run it (`npm test` builds it first). */
export function runBin(argv: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...argv], {
    cwd: options.cwd ?? root,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    input: options.input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder holding the given files (names may contain folders). */
export function tempDir(files: Record<string, string | Uint8Array>, prefix = 'buildcontent-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export const isRoot = process.getuid?.() === 0;

/** The uid and gid of `nobody`, which CI's root can run the built binary as (util-linux setpriv). */
const NOBODY = 65534;

/**
 * Why the built binary cannot run as `nobody` here, or undefined when it can: root drops to `nobody` so that
 * permission errors happen as they do for users (root reads every file).
 */
export function asNobodyUnavailable(): string | undefined {
  if (!isRoot) return 'not root';
  const check = spawnSync(
    'setpriv',
    [
      `--reuid=${NOBODY}`,
      `--regid=${NOBODY}`,
      '--clear-groups',
      process.execPath,
      '-e',
      `require('fs').accessSync(${JSON.stringify(bin)})`,
    ],
    { encoding: 'utf8' },
  );
  if (check.error) return 'setpriv is not installed';
  return check.status === 0 ? undefined : `nobody cannot read ${bin}`;
}

/** The built binary run as `nobody` (root only; see asNobodyUnavailable). */
export function runBinAsNobody(argv: string[], cwd: string) {
  const result = spawnSync(
    'setpriv',
    [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, bin, ...argv],
    { cwd, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
