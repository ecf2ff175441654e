// Shared by the editor tests: where the tools are, and a scratch folder holding the example template.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EDITORS_DIR = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = join(EDITORS_DIR, 'fixtures');

/** The path of a program on PATH, or undefined. */
export function which(program: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** A fresh folder with the example template and its parameters file. */
export function scratchWithExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bc-editor-'));
  for (const file of ['web.buildcontent', 'web.pipeline.json']) copyFileSync(join(FIXTURES_DIR, file), join(dir, file));
  return dir;
}

/** Tests that need a tool skip with a message saying so, rather than passing silently. */
export function announceSkip(tool: string, install: string): void {
  console.warn(`[editors] ${tool} not found: skipping its tests (install with: ${install})`);
}
