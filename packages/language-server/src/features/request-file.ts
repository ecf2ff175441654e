// Writing the request file for the `buildcontent.writeRequest` command: atomically (a temporary file in the
// same folder, then a rename), only when the content changed, keeping the mode of an existing file and
// writing through a symbolic link to its target rather than replacing the link.
import { chmodSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomically(path: string, content: string): 'written' | 'unchanged' {
  let target = path;
  try {
    target = realpathSync(path);
  } catch {
    // A new file (or a dangling link, written as a new file at the path).
  }
  let mode: number | undefined;
  try {
    mode = statSync(target).mode & 0o7777;
    if (readFileSync(target, 'utf8') === content) return 'unchanged';
  } catch {
    mode = undefined;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, content, { mode: mode ?? 0o666 });
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
    throw new Error(`could not write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      cause: error,
    });
  }
  return 'written';
}
