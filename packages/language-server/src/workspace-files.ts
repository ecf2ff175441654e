// The files beside a template that the server reads: `<name>.pipeline.json` (request parameters),
// `.buildcontentrc.json` (shared settings) and the sibling request files the emit action writes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const TEMPLATE_EXTENSIONS = ['.buildcontent', '.imagebuilder'];
export const PARAMETERS_SUFFIX = '.pipeline.json';
export const RC_FILE = '.buildcontentrc.json';

/** The local path of a `file:` URI; undefined for other schemes (untitled buffers, remote files). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

/** `build.buildcontent` -> `build`: the name that the parameters and request files share. */
export function templateBaseName(path: string): string {
  const parsed = parsePath(path);
  return TEMPLATE_EXTENSIONS.includes(parsed.ext.toLowerCase()) ? parsed.name : parsed.base;
}

/** `<dir>/<name>.pipeline.json` beside the template. */
export function parametersPathOf(templatePath: string): string {
  return join(dirname(templatePath), `${templateBaseName(templatePath)}${PARAMETERS_SUFFIX}`);
}

/** `<dir>/<name>.request.<extension>` beside the template. */
export function requestPathOf(templatePath: string, extension: string): string {
  return join(dirname(templatePath), `${templateBaseName(templatePath)}.request.${extension}`);
}

/** The text of a file, or undefined when it does not exist or cannot be read. */
export function readTextFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The nearest `.buildcontentrc.json` from the template's folder up to `stopAt` (or the file system root). */
export function findRcFile(templatePath: string, stopAt?: string): string | undefined {
  let dir = dirname(templatePath);
  for (;;) {
    const candidate = join(dir, RC_FILE);
    if (existsSync(candidate)) return candidate;
    if (stopAt !== undefined && dir === stopAt) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
