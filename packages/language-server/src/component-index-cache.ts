// The components of a document's project, remembered per folder: finding a project's settings and root costs
// file-system round trips that every validation (and every template of a large workspace) would otherwise
// repeat. Forgotten when a file that matters changes (file-changes.ts).
import type { ComponentIndex } from '@buildcontent/core';
import { ComponentProjects } from './features/component-project.js';

export class ComponentIndexCache extends ComponentProjects {
  /** By the URI of the file's folder: the index depends on the folder only. */
  private readonly byFolder = new Map<string, Promise<ComponentIndex>>();

  override indexFor(uri: string): Promise<ComponentIndex> {
    const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
    let index = this.byFolder.get(folder);
    if (!index) {
      index = super.indexFor(uri);
      this.byFolder.set(folder, index);
    }
    return index;
  }

  override clear(): void {
    this.byFolder.clear();
    super.clear();
  }
}
