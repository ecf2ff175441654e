// A FileSystemProvider over a map of paths to contents: for browsers, tests and editors' virtual files.
import {
  FileAccessError,
  notAFileError,
  tooLargeError,
  type DirectoryEntry,
  type FileStat,
  type FileSystemProvider,
  type ReadFileOptions,
} from './file-system-provider.js';

/** A {@link FileSystemProvider} over files held in memory: for browsers and tests. */
export class InMemoryFileSystem implements FileSystemProvider {
  private readonly files = new Map<string, Uint8Array>();
  /** Entries that are neither files nor folders (a FIFO stand-in), by path, with their description. */
  private readonly others = new Map<string, string>();

  /** `files`: path -> text (stored as UTF-8) or bytes. */
  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array): void {
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  /** Puts something at `path` that is not a regular file (e.g. `a FIFO`). */
  special(path: string, description: string): void {
    this.others.set(path, description);
  }

  private isDirectory(path: string): boolean {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const key of [...this.files.keys(), ...this.others.keys()]) if (key.startsWith(prefix)) return true;
    return false;
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const file = this.files.get(path);
    if (file) return { type: 'file', size: file.byteLength };
    const other = this.others.get(path);
    if (other) return { type: 'other', size: 0, description: other };
    return this.isDirectory(path) ? { type: 'directory', size: 0 } : undefined;
  }

  async readFile(path: string, options: ReadFileOptions = {}): Promise<Uint8Array> {
    const file = this.files.get(path);
    if (!file) {
      const other = this.others.get(path);
      if (other) throw notAFileError(other);
      if (this.isDirectory(path)) throw notAFileError('a folder');
      throw new FileAccessError('not-found', 'not found');
    }
    if (options.maxBytes !== undefined && file.byteLength > options.maxBytes)
      throw tooLargeError(file.byteLength, options.maxBytes);
    return file;
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    const entries = new Map<string, DirectoryEntry>();
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const key of [...this.files.keys(), ...this.others.keys()]) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      const type = slash >= 0 ? 'directory' : this.files.has(key) ? 'file' : 'other';
      entries.set(name, { name, type });
    }
    if (entries.size === 0) throw new FileAccessError('not-found', 'not found');
    return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
