// Shared by the editor tests: where the tools are, and a scratch folder holding the example template.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EDITORS_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(EDITORS_DIR, '..', '..');
export const EDITORS_DOC = join(REPO_ROOT, 'docs', 'editors.md');
/** How long one editor run may take: the probes wait up to 45 s for the server on a loaded machine. */
export const EDITOR_RUN_MS = 100000;
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

/** Every `<!-- tested: id -->` block of docs/editors.md, by id: the text the editor tests run as written. */
export function testedBlocks(doc = readFileSync(EDITORS_DOC, 'utf8')): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of doc.matchAll(/^<!-- tested: ([\w.-]+) -->\r?\n```\w*\r?\n([\s\S]*?)^```/gm))
    blocks.set(match[1], match[2]);
  return blocks;
}

/** The tested block `id` of docs/editors.md; throws when the docs no longer have it. */
export function testedBlock(id: string): string {
  const block = testedBlocks().get(id);
  if (block === undefined) throw new Error(`docs/editors.md has no block marked <!-- tested: ${id} -->`);
  return block;
}

/**
 * A scratch home folder for a user who follows docs/editors.md, and the environment to run their editor in:
 * HOME points there (no XDG overrides, so ~/.config and ~/.local/share are used), and
 * `buildcontent-language-server` is on PATH as the package's own bin (what `npm install -g` links).
 */
export function userHome(): { home: string; env: NodeJS.ProcessEnv } {
  const home = mkdtempSync(join(tmpdir(), 'bc-home-'));
  const bin = join(home, 'bin');
  mkdirSync(bin);
  symlinkSync(
    join(REPO_ROOT, 'packages/language-server/bin/buildcontent-language-server.js'),
    join(bin, 'buildcontent-language-server'),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, PATH: `${bin}:${process.env.PATH}` };
  for (const name of Object.keys(env))
    if (name.startsWith('XDG_') || name === 'VIMINIT' || name === 'EMACSLOADPATH') delete env[name];
  return { home, env };
}

/** Runs a tested shell block of docs/editors.md as the user would, from the checkout, in their home. */
export function runShellBlock(id: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync('sh', ['-e', '-c', testedBlock(id)], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`docs/editors.md block ${id} failed (exit ${result.status}): ${result.stderr}`);
}
