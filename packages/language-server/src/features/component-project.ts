// The components of each project, for the component features: found through core's project model
// (settings from the file's folder up, every component file under the project's root), cached per
// root and dropped when a component, its parameters or a settings file changes.
import {
  componentFormatOf,
  dirnameOf,
  findSettings,
  loadComponents,
  projectRootOf,
  TEST_TEMPLATE_SUFFIX,
  type ComponentFormat,
  type ComponentIndex,
  type FileSystemProvider,
  type LocalComponent,
} from '@buildcontent/core';
import { filePathOf } from '../workspace-files.js';

/** The format of a component document by its URI (`*.component.yaml|yml|buildcontent`), whatever its language id. */
export function componentFormatOfUri(uri: string): ComponentFormat | undefined {
  const path = filePathOf(uri) ?? decodeURIComponent(uri.split(/[?#]/)[0]);
  return componentFormatOf(path);
}

/** `Test` for a test template (`<name>.test.buildcontent`), else `Build`. */
export function templateRoleOf(uri: string): 'Build' | 'Test' {
  return uri.toLowerCase().endsWith(TEST_TEMPLATE_SUFFIX) ? 'Test' : 'Build';
}

export class ComponentProjects {
  private readonly byRoot = new Map<string, Promise<ComponentIndex>>();

  constructor(private readonly fs: FileSystemProvider) {}

  /** The components of the project the file belongs to; empty for a file not on disk. */
  async indexFor(uri: string): Promise<ComponentIndex> {
    const path = filePathOf(uri);
    if (!path) return { components: [], ids: {}, problems: [] };
    const dir = dirnameOf(path);
    const settings = await findSettings(this.fs, dir).catch(() => undefined);
    const root = await projectRootOf(this.fs, dir, settings?.path);
    let index = this.byRoot.get(root);
    if (!index) {
      index = loadComponents(this.fs, root, settings?.settings.components, root);
      this.byRoot.set(root, index);
    }
    return index;
  }

  /** The component a file holds, as the project knows it (its `.component.json` included). */
  async componentOf(uri: string): Promise<LocalComponent | undefined> {
    const path = filePathOf(uri);
    return path ? (await this.indexFor(uri)).components.find((component) => component.path === path) : undefined;
  }

  /** Whether a changed file can change what the components are. */
  static matters(path: string): boolean {
    return (
      componentFormatOf(path) !== undefined || path.endsWith('.component.json') || path.endsWith('.buildcontentrc.json')
    );
  }

  clear(): void {
    this.byRoot.clear();
  }
}
