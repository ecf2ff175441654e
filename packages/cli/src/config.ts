// `.buildcontentrc.json`: the one settings object (architecture.md), found in the linted file's folder or
// the nearest parent, like ESLint's and hadolint's config files. Shape: { "from": "override" | "ignored",
// "severity": { "<code or rule id>": "off" | "info" | "warning" | "error" }, "keepComments": boolean }.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LintOptions } from '@buildcontent/core';
import { UsageError } from './cli-io.js';

export const CONFIG_FILE = '.buildcontentrc.json';
const SEVERITIES = new Set(['off', 'info', 'warning', 'error', 'hint']);

export function findConfig(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function readConfig(path: string): LintOptions {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`${path}: expected a JSON object`);
  const config = data as Record<string, unknown>;
  const options: LintOptions = {};
  if (config.from !== undefined) {
    if (config.from !== 'override' && config.from !== 'ignored') throw new UsageError(`${path}: "from" must be "override" or "ignored"`);
    options.from = config.from;
  }
  if (config.severity !== undefined) {
    if (typeof config.severity !== 'object' || config.severity === null) throw new UsageError(`${path}: "severity" must be an object of code -> off|info|warning|error`);
    for (const [code, value] of Object.entries(config.severity)) {
      if (typeof value !== 'string' || !SEVERITIES.has(value)) throw new UsageError(`${path}: severity of ${code} must be off, info, warning or error`);
    }
    options.severity = config.severity as LintOptions['severity'];
  }
  if (config.keepComments !== undefined) options.keepComments = Boolean(config.keepComments);
  return options;
}
