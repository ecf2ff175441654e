// Writing a fixed template without losing anything (issue 9, "Files are written safely"):
// - a symbolic link stays a link: the file it points to is what gets replaced;
// - the mode (0600 stays 0600) and, where permitted, the owner are kept;
// - a hard link is not split: with more than one link the file is rewritten in place through the same inode;
// - a read-only file is not rewritten, even by root;
// - the temporary file is created exclusively (O_CREAT|O_EXCL, which never follows a symbolic link), with a
//   random name in the same folder (so the rename is atomic), and removed on any failure;
// - a file that changed on disk since it was read is not overwritten: its bytes are compared right before the
//   rename (or the in-place write).
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  ftruncateSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Why a file was left as it was: shown after its path as "<reason>, not fixed". */
export class NotWritten extends Error {}

function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

function unchangedOnDisk(target: string, original: Uint8Array): boolean {
  try {
    return Buffer.from(readFileSync(target)).equals(original);
  } catch {
    return false;
  }
}

/** Replaces the file at `path` (or the file its links lead to) by `bytes`, if it still holds `original`. */
export function writeFileSafely(path: string, original: Uint8Array, bytes: Uint8Array): void {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (error) {
    throw new NotWritten(`cannot resolve (${(error as NodeJS.ErrnoException).code})`);
  }
  const stats = statSync(target);
  if (!stats.isFile()) throw new NotWritten('no longer a regular file');
  // No write bit for anyone means read-only by intent; root could write it anyway, so the bits decide.
  if ((stats.mode & 0o222) === 0) throw new NotWritten('read-only');
  // A file we may not write must not be replaced by a rename that only the folder's permissions allow.
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new NotWritten('read-only for this user');
  }
  if (!unchangedOnDisk(target, original)) throw new NotWritten('changed on disk since it was read');

  if (stats.nlink > 1) {
    writeInPlace(target, original, bytes);
    return;
  }
  try {
    replaceThroughTempFile(target, bytes, stats.mode & 0o7777, stats, () => {
      if (!unchangedOnDisk(target, original)) throw new NotWritten('changed on disk since it was read');
    });
  } catch (error) {
    if (error instanceof NotWritten) throw error;
    throw new NotWritten(`cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/**
 * Writes `bytes` to a new temporary file beside `target` (exclusive, random name, never through a link), gives it
 * `mode` (a new file's: 0666 less the umask) and the owner, runs `beforeRename`, then renames it over `target`;
 * the temporary file never outlives a failure. `temp` is a parameter only so that tests can choose it.
 */
export function replaceThroughTempFile(
  target: string,
  bytes: Uint8Array,
  mode: number | undefined,
  owner?: { uid: number; gid: number },
  beforeRename?: () => void,
  temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`),
): void {
  let fd: number | undefined;
  let created = false;
  try {
    fd = openSync(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      mode === undefined ? 0o666 : 0o600,
    );
    created = true;
    writeAll(fd, bytes);
    if (mode !== undefined) fchmodSync(fd, mode);
    if (owner) {
      try {
        fchownSync(fd, owner.uid, owner.gid);
      } catch {
        // Only root may give a file away; a file of our own keeps its owner anyway.
      }
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    beforeRename?.();
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    // Only a file this call created is removed: whatever already stood at the name is not ours.
    if (created) {
      try {
        unlinkSync(temp);
      } catch {
        // already gone: the error that matters is the one being thrown
      }
    }
    throw error;
  }
}

/** A hard-linked file is rewritten through its inode, so every name keeps seeing the same file. */
function writeInPlace(target: string, original: Uint8Array, bytes: Uint8Array): void {
  let fd: number | undefined;
  try {
    fd = openSync(target, constants.O_RDWR | constants.O_NOFOLLOW);
    if (!fstatSync(fd).isFile()) throw new NotWritten('no longer a regular file');
    if (!unchangedOnDisk(target, original)) throw new NotWritten('changed on disk since it was read');
    ftruncateSync(fd, 0);
    writeAll(fd, bytes);
    fsyncSync(fd);
  } catch (error) {
    if (error instanceof NotWritten) throw error;
    throw new NotWritten(`cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A report file (`-o`): replaced atomically through a fresh temporary file, keeping an existing file's mode. */
export function writeReport(path: string, text: string): void {
  let target = path;
  let mode: number | undefined;
  try {
    target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
  } catch {
    // a new file
  }
  replaceThroughTempFile(target, Buffer.from(text, 'utf8'), mode);
}
