import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COMPONENT_EXTENSIONS } from '@buildcontent/core';
import { UsageError } from './cli-io.js';

export const TEMPLATE_EXTENSIONS = ['.buildcontent', '.imagebuilder'];

/** Expands the paths given on the command line: files as they are, folders walked for template and component files. */
export function expandPaths(paths: string[], cwd: string): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push('-');
      continue;
    }
    const full = join(cwd, path);
    let stats;
    try {
      stats = statSync(full);
    } catch {
      throw new UsageError(`${path}: no such file or directory`);
    }
    if (stats.isDirectory()) out.push(...walk(full).map((f) => relative(cwd, f) || f));
    else out.push(path);
  }
  return out;
}

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(full));
    else if ([...TEMPLATE_EXTENSIONS, ...COMPONENT_EXTENSIONS].some((ext) => entry.name.toLowerCase().endsWith(ext))) found.push(full);
  }
  return found;
}

export function readText(path: string, cwd: string): string {
  try {
    return readFileSync(join(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: cannot read (${code === 'EISDIR' ? 'is a directory' : code ?? (error as Error).message})`);
  }
}
