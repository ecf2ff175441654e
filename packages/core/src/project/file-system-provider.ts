// File access is passed in, as Langium's FileSystemProvider is: core reads no file itself, so it runs in
// Node (`@buildcontent/core/node`), in a browser (an in-memory provider) or in an editor's virtual files.
// Paths are the provider's own strings; core only splits them at `/` (and `\` for Windows paths).

/** `other`: a FIFO, a device or a socket, which are never read (a read could block or never end). */
export type FileType = 'file' | 'directory' | 'other';

/** What {@link FileSystemProvider.stat} tells about a path. */
export interface FileStat {
  type: FileType;
  /** Bytes; 0 for what is not a regular file. */
  size: number;
  /** What an `other` entry is, for messages ("a FIFO", "a device", "a socket"). */
  description?: string;
}

/** One entry of {@link FileSystemProvider.readDirectory}. */
export interface DirectoryEntry {
  name: string;
  type: FileType;
}

/** Options of {@link FileSystemProvider.readFile}. */
export interface ReadFileOptions {
  /** Refuse (FileAccessError `too-large`) a file of more bytes than this, without reading it all. */
  maxBytes?: number;
}

/** File access passed in to `loadProject` and the component loaders, so core runs in browsers too: `InMemoryFileSystem` in `@buildcontent/core`, `nodeFileSystem` in `@buildcontent/core/node`. */
export interface FileSystemProvider {
  /** What is at the path (symbolic links followed), or undefined when nothing is. */
  stat(path: string): Promise<FileStat | undefined>;
  /** The bytes of a regular file; anything else is refused with a FileAccessError, never read. */
  readFile(path: string, options?: ReadFileOptions): Promise<Uint8Array>;
  readDirectory(path: string): Promise<DirectoryEntry[]>;
}

/** Why a {@link FileAccessError} refused a file: missing, not a regular file, above the size cap, or unreadable. */
export type FileAccessReason = 'not-found' | 'not-a-file' | 'too-large' | 'unreadable';

/** Why a file was not read; `message` is one line without the path (callers put the path in front). */
export class FileAccessError extends Error {
  constructor(
    readonly reason: FileAccessReason,
    message: string,
  ) {
    super(message);
    this.name = 'FileAccessError';
  }
}

/** A size in words: `512 bytes`, `16 KB`, `1.5 MB` (binary units, as the caps are set). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

/** The error of a file above `maxBytes` (its size when known), read no further. */
export function tooLargeError(size: number | undefined, maxBytes: number): FileAccessError {
  const what = size === undefined ? 'more than' : `${size} bytes, above`;
  return new FileAccessError('too-large', `${what} the ${formatBytes(maxBytes)} limit; not read`);
}

/** The error of a path that is not a regular file (a directory, a FIFO, a device: `description` says which). */
export function notAFileError(description: string): FileAccessError {
  return new FileAccessError('not-a-file', `not a regular file (${description}); not read`);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a file, or why there is none: not found (undefined, no problem), or a one-line problem
 * (not a regular file, above the cap, unreadable, not UTF-8).
 */
export async function readTextFile(
  fs: FileSystemProvider,
  path: string,
  maxBytes: number,
): Promise<{ text: string; problem?: undefined } | { text?: undefined; problem?: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path, { maxBytes });
  } catch (error) {
    // By name, not instanceof: a provider may come from another copy of core (a bundle, a second install).
    if ((error as Error)?.name === 'FileAccessError')
      return (error as FileAccessError).reason === 'not-found' ? {} : { problem: (error as Error).message };
    return { problem: `cannot be read (${(error as Error).message.split('\n')[0]})` };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: 'not valid UTF-8; not read' };
  }
}
