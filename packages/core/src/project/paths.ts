// The few path operations the project model needs, on the provider's path strings: core imports no
// `node:path`, and a browser's paths are POSIX-like. Windows paths (`C:\dir\file`) split at `\` too.

function lastSeparator(path: string): number {
  return Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
}

/** The folder of a path (`/a/b/c` -> `/a/b`; `/a` -> `/`; the root stays the root). */
export function dirnameOf(path: string): string {
  const index = lastSeparator(path);
  if (index < 0) return '.';
  if (index === 0) return path.slice(0, 1);
  // `C:\` is a root: keep its separator.
  if (index === 2 && path[1] === ':') return path.slice(0, 3);
  return path.slice(0, index);
}

/** The last part of a path (after its last `/` or `\\`): `web.buildcontent` for `/srv/web.buildcontent`. */
export function basenameOf(path: string): string {
  return path.slice(lastSeparator(path) + 1);
}

/** `dir` + `name`, with the separator `dir` already uses. */
export function joinPath(dir: string, name: string): string {
  const separator = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith('/') || dir.endsWith('\\') ? `${dir}${name}` : `${dir}${separator}${name}`;
}
