// The FileSystemProvider for Node (`@buildcontent/core/node`), the only place in core that touches node:*.
// A file is opened non-blocking and checked on its descriptor before a byte is read: opening a FIFO
// that way does not wait for a writer, and a FIFO, a device or a socket is refused without reading, even
// when it appeared after a stat. Regular files are read up to the cap (+1 byte, to notice growth).
import { constants, type Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  FileAccessError,
  notAFileError,
  tooLargeError,
  type DirectoryEntry,
  type FileStat,
  type FileSystemProvider,
  type ReadFileOptions,
} from '../project/file-system-provider.js';

function describe(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function toFileStat(stats: Stats): FileStat {
  if (stats.isFile()) return { type: 'file', size: stats.size };
  if (stats.isDirectory()) return { type: 'directory', size: 0 };
  return { type: 'other', size: 0, description: describe(stats) };
}

function accessError(error: unknown): FileAccessError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileAccessError('not-found', 'not found');
  if (code === 'EACCES' || code === 'EPERM') return new FileAccessError('unreadable', 'permission denied; not read');
  if (code === 'ELOOP') return new FileAccessError('unreadable', 'a symbolic link loop; not read');
  if (code === 'ENXIO') return notAFileError('a socket');
  return new FileAccessError('unreadable', `cannot be read (${code ?? 'error'}); not read`);
}

/** Reads as much as fits in the cap, plus one byte that says the file is larger than it. */
async function readCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((error: unknown) => {
    throw accessError(error);
  });
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notAFileError(describe(stats));
    if (stats.size > maxBytes) throw tooLargeError(stats.size, maxBytes);
    let buffer = new Uint8Array(Math.min(stats.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        // The file grew since fstat: keep reading, up to the cap.
        if (filled > maxBytes) throw tooLargeError(undefined, maxBytes);
        const larger = new Uint8Array(Math.min(maxBytes + 1, buffer.length * 2));
        larger.set(buffer);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) return buffer.subarray(0, filled);
      filled += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** Unlimited unless a cap is given; pass SIZE_CAPS to read project files. */
export class NodeFileSystem implements FileSystemProvider {
  async stat(path: string): Promise<FileStat | undefined> {
    try {
      return toFileStat(await stat(path));
    } catch (error) {
      const reason = accessError(error);
      if (reason.reason === 'not-found') return undefined;
      throw reason;
    }
  }

  readFile(path: string, options: ReadFileOptions = {}): Promise<Uint8Array> {
    return readCapped(path, options.maxBytes ?? Number.MAX_SAFE_INTEGER);
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    try {
      const entries = await readdir(path, { withFileTypes: true });
      return await Promise.all(
        entries.map(async (entry): Promise<DirectoryEntry> => {
          // A symbolic link is what it points to (a dangling one: `other`).
          if (entry.isSymbolicLink())
            return {
              name: entry.name,
              type: (await this.stat(join(path, entry.name)).catch(() => undefined))?.type ?? 'other',
            };
          return { name: entry.name, type: entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other' };
        }),
      );
    } catch (error) {
      throw accessError(error);
    }
  }
}

/** One provider is enough: it keeps no state. */
export const nodeFileSystem: FileSystemProvider = new NodeFileSystem();
