// The components of a document's project, remembered per document: finding a project's settings and root
// costs file-system round trips that every validation would otherwise repeat. Forgotten when a file that
// matters changes (file-changes.ts) and when the document is closed.
import type { ComponentIndex } from '@buildcontent/core';
import { ComponentProjects } from './features/component-project.js';

export class ComponentIndexCache extends ComponentProjects {
  private readonly byUri = new Map<string, Promise<ComponentIndex>>();

  override indexFor(uri: string): Promise<ComponentIndex> {
    let index = this.byUri.get(uri);
    if (!index) {
      index = super.indexFor(uri);
      this.byUri.set(uri, index);
    }
    return index;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  override clear(): void {
    this.byUri.clear();
    super.clear();
  }
}
