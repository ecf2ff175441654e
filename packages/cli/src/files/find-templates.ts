// What `buildcontent lint <paths...>` checks: files named explicitly (whatever their extension), folders walked
// for templates, and quoted glob patterns. Walking follows symbolic links (a loop is visited once), walks
// dot-folders except .git, and skips node_modules; what cannot be walked is reported and the walk goes on.
import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { COMPONENT_EXTENSIONS, TEMPLATE_EXTENSIONS } from '@buildcontent/core';
import { UsageError } from '../cli-io.js';
import { globBase, globMatcher, isGlob } from './glob.js';

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/** A file to lint: `shown` is its path as output prints it (relative when given relative), `absolute` to open it. */
export interface Target {
  shown: string;
  absolute: string;
}

export interface FoundTemplates {
  targets: Target[];
  /** One line each: a folder that could not be read, a dangling link named like a template. */
  problems: string[];
}

/** Templates and component files (`.component.yaml|yml|buildcontent`), by name, as the walk finds them. */
const isTemplateName = (name: string) =>
  [...TEMPLATE_EXTENSIONS, ...COMPONENT_EXTENSIONS].some((ext) => name.toLowerCase().endsWith(ext));
const isSymbolicLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};
const slashes = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

function reasonOf(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  if (error.code === 'ELOOP') return 'symbolic link loop';
  return `cannot read (${error.code ?? error.message})`;
}

/**
 * Walks a folder depth-first in name order, with an explicit stack (no recursion whose depth grows with the
 * tree) and a set of visited folders by device and inode (symbolic link loops end). A folder's files come
 * before its subfolders, each in code-point order.
 */
function walk(
  root: string,
  shownRoot: string,
  accept: (shown: string, name: string) => boolean,
  found: FoundTemplates,
): void {
  const visited = new Set<string>();
  const stack: Array<{ absolute: string; shown: string }> = [{ absolute: root, shown: shownRoot }];
  while (stack.length > 0) {
    const folder = stack.pop()!;
    let entries: Dirent[];
    try {
      const stats = statSync(folder.absolute);
      const id = `${stats.dev}:${stats.ino}`;
      if (visited.has(id)) continue;
      visited.add(id);
      entries = readdirSync(folder.absolute, { withFileTypes: true });
    } catch (error) {
      found.problems.push(`${folder.shown}: ${reasonOf(error as NodeJS.ErrnoException)}, skipped`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const folders: Array<{ absolute: string; shown: string }> = [];
    for (const entry of entries) {
      const absolute = join(folder.absolute, entry.name);
      const shown = folder.shown === '.' ? entry.name : join(folder.shown, entry.name);
      let isFolder = entry.isDirectory();
      // Links are followed; some file systems report no type at all (DT_UNKNOWN), so those are asked too.
      const typeUnknown =
        !entry.isFile() &&
        !isFolder &&
        !entry.isSymbolicLink() &&
        !entry.isFIFO() &&
        !entry.isSocket() &&
        !entry.isCharacterDevice() &&
        !entry.isBlockDevice();
      if (entry.isSymbolicLink() || typeUnknown) {
        try {
          isFolder = statSync(absolute).isDirectory();
        } catch (error) {
          // A dangling link named like a template is a template that cannot be read; others are not ours.
          if (isTemplateName(entry.name))
            found.problems.push(
              `${shown}: ${(error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symbolic link loop' : 'dangling symbolic link'}, skipped`,
            );
          continue;
        }
      }
      if (isFolder) {
        if (!SKIPPED_FOLDERS.has(entry.name)) folders.push({ absolute, shown });
      } else if (accept(shown, entry.name)) {
        // FIFOs, devices and sockets named like templates are kept: reading them reports them, without blocking.
        found.targets.push({ shown, absolute });
      }
    }
    for (let i = folders.length - 1; i >= 0; i--) stack.push(folders[i]);
  }
}

/** Expands the command line's paths; a folder or pattern without any template is a usage error. */
export function findTemplates(paths: string[], cwd: string): FoundTemplates {
  const found: FoundTemplates = { targets: [], problems: [] };
  for (const path of paths) {
    const before = found.targets.length + found.problems.length;
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isGlob(path)) {
        const pattern = slashes(path);
        const base = globBase(pattern);
        const matches = globMatcher(isAbsolute(path) ? pattern : slashes(join(pattern)));
        const baseAbsolute = resolve(cwd, base);
        const shownBase = isAbsolute(path) ? baseAbsolute : relative(cwd, baseAbsolute) || '.';
        try {
          if (statSync(baseAbsolute).isDirectory())
            walk(baseAbsolute, shownBase, (shown) => matches(slashes(shown)), found);
        } catch {
          // a base folder that does not exist matches nothing
        }
        if (found.targets.length + found.problems.length === before)
          throw new UsageError(`no templates found in ${path}`);
        continue;
      }
      if (code === 'ENOENT' && !isSymbolicLink(absolute)) throw new UsageError(`${path}: no such file or directory`);
      // A dangling link or an unreadable path named on the command line is reported when it is read.
      found.targets.push({ shown: path, absolute });
      continue;
    }
    if (!stats.isDirectory()) {
      found.targets.push({ shown: path, absolute });
      continue;
    }
    const shownRoot = isAbsolute(path) ? absolute : relative(cwd, absolute) || '.';
    walk(absolute, shownRoot, (_shown, name) => isTemplateName(name), found);
    if (found.targets.length + found.problems.length === before) throw new UsageError(`no templates found in ${path}`);
  }
  return found;
}
