// Finds the components of a project: every component file under the project's root (the folder holding
// .buildcontentrc.json, else the repository root, else the template's folder), with the parameters
// file beside each. Read through the FileSystemProvider, with the same size caps as templates.
import { readTextFile, type FileSystemProvider } from '../project/file-system-provider.js';
import { dirnameOf, joinPath } from '../project/paths.js';
import { componentFormatOf, componentParametersPathOf } from './component-files.js';
import { readLocalComponent, type LocalComponent } from './local-component.js';
import type { ComponentIndex } from './resolve-component.js';

/** Bounds on the walk: a project is small; a home folder by mistake must not cost minutes. */
export const COMPONENT_WALK_LIMITS = Object.freeze({ depth: 8, files: 1000, bytes: 1024 * 1024 });

const SKIPPED = new Set(['node_modules', 'dist', 'out']);

/** The folder holding `.git` from `dir` upwards, else undefined. */
export async function repositoryRootOf(fs: FileSystemProvider, dir: string): Promise<string | undefined> {
  for (let current = dir; ;) {
    if (await fs.stat(joinPath(current, '.git')).catch(() => undefined)) return current;
    const parent = dirnameOf(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** The folder searched for components: the settings file's folder, else the repository root, else the file's folder. */
export async function projectRootOf(fs: FileSystemProvider, fileDir: string, settingsPath?: string): Promise<string> {
  if (settingsPath) return dirnameOf(settingsPath);
  return (await repositoryRootOf(fs, fileDir)) ?? fileDir;
}

/** The component files under `root` (not in dot folders, node_modules, dist or out). */
export async function findComponentFiles(fs: FileSystemProvider, root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > COMPONENT_WALK_LIMITS.depth || found.length >= COMPONENT_WALK_LIMITS.files) return;
    const entries = await fs.readDirectory(dir).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = joinPath(dir, entry.name);
      if (entry.type === 'directory' && !entry.name.startsWith('.') && !SKIPPED.has(entry.name))
        await walk(path, depth + 1);
      else if (entry.type === 'file' && componentFormatOf(entry.name)) found.push(path);
    }
  };
  await walk(root, 0);
  return found;
}

/** Reads a component file (and its parameters file) through `fs`; undefined when it cannot be read. */
export async function readComponentFile(fs: FileSystemProvider, path: string): Promise<LocalComponent | undefined> {
  const parametersPath = componentParametersPathOf(path);
  const [content, parameters] = await Promise.all([
    readTextFile(fs, path, COMPONENT_WALK_LIMITS.bytes),
    readTextFile(fs, parametersPath, COMPONENT_WALK_LIMITS.bytes),
  ]);
  if (content.text === undefined) return undefined;
  return readLocalComponent(path, content.text, parametersPath, parameters.text);
}

/**
 * The components of the project at `root`; `ids` is the settings' `components` map, its paths relative
 * to `settingsDir`. A mapped file outside the root is read too.
 */
export async function loadComponents(
  fs: FileSystemProvider,
  root: string,
  ids: Record<string, string> = {},
  settingsDir = root,
): Promise<ComponentIndex> {
  const paths = await findComponentFiles(fs, root);
  const resolvedIds: Record<string, string> = {};
  for (const [id, relative] of Object.entries(ids))
    resolvedIds[id] = normalizePath(isAbsolute(relative) ? relative : joinPath(settingsDir, relative));
  for (const path of Object.values(resolvedIds)) if (!paths.includes(path)) paths.push(path);
  const components = (await Promise.all(paths.map((path) => readComponentFile(fs, path)))).filter(
    (c): c is LocalComponent => c !== undefined,
  );
  const problems = Object.entries(resolvedIds)
    .filter(([, path]) => !components.some((component) => component.path === path))
    .map(([id, path]) => ({ id, message: `components: ${id} names ${path}, which is not a readable component file` }));
  return { root, components, ids: resolvedIds, problems };
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path);
}

/** Drops `.` and resolves `..` segments, keeping the separator the path uses. */
export function normalizePath(path: string): string {
  const separator = path.includes('\\') && !path.includes('/') ? '\\' : '/';
  const parts = path.split(/[\\/]/);
  const out: string[] = [];
  for (const part of parts) {
    if (part === '.' || (part === '' && out.length > 0)) continue;
    if (part === '..' && out.length > 1) out.pop();
    else out.push(part);
  }
  return out.join(separator) || separator;
}
