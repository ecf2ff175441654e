// Clients that cannot watch files for us (no dynamic `workspace/didChangeWatchedFiles`) get a watch on each
// open template's folder, shared by the templates in it and closed with the last of them.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { filePathOf } from './workspace-files.js';

export class DirectoryWatchers {
  private readonly watchers = new Map<string, { watcher: FSWatcher; users: number }>();

  constructor(private readonly onFileChanged: (path: string) => void) {}

  opened(uri: string): void {
    const dir = this.dirOf(uri);
    if (dir === undefined) return;
    const entry = this.watchers.get(dir);
    if (entry) {
      entry.users++;
      return;
    }
    try {
      const watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (name) this.onFileChanged(`${dir}/${basename(name.toString())}`);
      });
      watcher.on('error', () => watcher.close());
      this.watchers.set(dir, { watcher, users: 1 });
    } catch {
      // A folder that cannot be watched only loses the automatic re-validation.
    }
  }

  closed(uri: string): void {
    const dir = this.dirOf(uri);
    const entry = dir === undefined ? undefined : this.watchers.get(dir);
    if (entry && --entry.users === 0) {
      entry.watcher.close();
      this.watchers.delete(dir!);
    }
  }

  dispose(): void {
    for (const { watcher } of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  private dirOf(uri: string): string | undefined {
    const path = filePathOf(uri);
    return path ? dirname(path) : undefined;
  }
}
