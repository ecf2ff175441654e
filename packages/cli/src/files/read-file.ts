// Reading a template: only regular files, never more than a size cap. A FIFO would block a read forever and
// /dev/zero would fill memory, so the file is checked before it is opened, opened non-blocking, and checked again
// on the open descriptor (the path may have been swapped in between).
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../cli-io.js';
import { decodeUtf8 } from './utf8.js';

/** Far above the service's 16 KB, far below what would strain memory; documented in docs/cli.md. */
export const TEMPLATE_LIMIT_BYTES = 10 * 1024 * 1024;

/** A file that cannot be read: `reason` is the one-line explanation shown after its path. */
export class FileProblem extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function reasonOf(error: NodeJS.ErrnoException, absolute: string): string {
  switch (error.code) {
    case 'ENOENT': {
      try {
        if (lstatSync(absolute).isSymbolicLink()) return 'dangling symbolic link';
      } catch {
        // the path itself is missing
      }
      return 'no such file or directory';
    }
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENXIO':
      return 'cannot be opened (a socket or a device without a reader)';
    default:
      return `cannot read (${error.code ?? error.message})`;
  }
}

function refuseUnlessRegular(stats: Stats, limit: number): string | undefined {
  if (!stats.isFile()) return `${kindOf(stats)}, not a regular file`;
  if (stats.size > limit) return `${megabytes(stats.size)}, above the ${megabytes(limit)} limit for templates`;
  return undefined;
}

export interface FileBytes {
  bytes: Buffer;
  /** The stats of the descriptor that was read. */
  stats: Stats;
}

/** Reads a regular file of at most `limit` bytes; anything else is a FileProblem (the path as given in `shown`). */
export function readRegularFile(absolute: string, shown: string, limit = TEMPLATE_LIMIT_BYTES): FileBytes {
  let fd: number | undefined;
  try {
    const refused = refuseUnlessRegular(statSync(absolute), limit);
    if (refused) throw new FileProblem(shown, refused);
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    const stats = fstatSync(fd);
    const refusedNow = refuseUnlessRegular(stats, limit);
    if (refusedNow) throw new FileProblem(shown, refusedNow);
    // Read one byte past the limit: a file that grew after fstat is still refused, never read without end.
    let buffer = Buffer.alloc(Math.min(stats.size, limit) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > limit)
        throw new FileProblem(shown, `grew above the ${megabytes(limit)} limit for templates while being read`);
      if (length === buffer.length)
        buffer = Buffer.concat([buffer, Buffer.alloc(Math.min(buffer.length, limit + 1 - buffer.length))]);
    }
    return { bytes: buffer.subarray(0, length), stats };
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(shown, reasonOf(error as NodeJS.ErrnoException, absolute));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A template's text for `parse` and `request`: a path relative to `cwd` or absolute; problems are usage errors. */
export function readText(path: string, cwd: string): string {
  try {
    return decodeUtf8(readRegularFile(resolve(cwd, path), path).bytes).text;
  } catch (error) {
    if (error instanceof FileProblem) throw new UsageError(error.message);
    throw error;
  }
}
