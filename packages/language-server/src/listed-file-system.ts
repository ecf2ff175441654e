// The file system the server reads projects through: core's Node provider, with absent files answered from
// a listing of their folder. Reading a template's project asks for files that mostly do not exist (its
// parameters file, its test template, `.git` in every folder up to the root); for a workspace of a thousand
// templates in one folder that was several thousand failed system calls, each a thrown error. One listing
// per folder answers them all. A listing is kept briefly (LISTING_TTL_MS) and dropped whenever the server
// reads projects again after a file change, so a file created beside a template is seen as soon as before.
import { readdir } from 'node:fs/promises';
import { dirname, basename } from 'node:path';
import {
  FileAccessError,
  type DirectoryEntry,
  type FileStat,
  type FileSystemProvider,
  type ReadFileOptions,
} from '@buildcontent/core';

/** How long a folder's listing answers for it: long enough for a burst of opens, short enough to never mislead. */
export const LISTING_TTL_MS = 1000;

interface Listing {
  at: number;
  /** The folder's names, as given and lower-cased (case-insensitive file systems find `Web.json` as `web.json`). */
  names: Promise<{ exact: Set<string>; lower: Set<string> } | undefined>;
}

export class ListedFileSystem implements FileSystemProvider {
  private readonly listings = new Map<string, Listing>();

  constructor(
    private readonly inner: FileSystemProvider,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Forgets every listing (a file beside the templates changed). */
  clear(): void {
    this.listings.clear();
  }

  async stat(path: string): Promise<FileStat | undefined> {
    if (await this.absent(path)) return undefined;
    return this.inner.stat(path);
  }

  async readFile(path: string, options?: ReadFileOptions): Promise<Uint8Array> {
    if (await this.absent(path)) throw new FileAccessError('not-found', 'not found');
    return this.inner.readFile(path, options);
  }

  readDirectory(path: string): Promise<DirectoryEntry[]> {
    return this.inner.readDirectory(path);
  }

  /** True only when the folder could be listed and holds nothing of that name in any case. */
  private async absent(path: string): Promise<boolean> {
    const name = basename(path);
    // A root, `.` or `..` is no entry of a listing.
    if (name === '' || name === '.' || name === '..') return false;
    const names = await this.namesIn(dirname(path));
    if (!names) return false;
    return !names.exact.has(name) && !names.lower.has(name.toLowerCase());
  }

  private namesIn(folder: string): Listing['names'] {
    const now = this.now();
    const cached = this.listings.get(folder);
    if (cached && now - cached.at < LISTING_TTL_MS) return cached.names;
    const names = readdir(folder).then(
      (entries) => ({ exact: new Set(entries), lower: new Set(entries.map((entry) => entry.toLowerCase())) }),
      // Not listable (no permission, not a folder): every question about it goes to the file system.
      () => undefined,
    );
    this.listings.set(folder, { at: now, names });
    return names;
  }
}
