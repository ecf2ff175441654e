// The packages' bins are committed launchers that import dist/ (npm links bins before `prepare` builds):
// they run the built code, and say in one line what to do where dist/ is not built yet.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../protocol/lsp-client.js';
import { readJson } from './package-kit.js';

const LAUNCHERS = [
  { dir: 'packages/cli', bin: 'buildcontent' },
  { dir: 'packages/language-server', bin: 'buildcontent-language-server' },
];
const scratch = mkdtempSync(join(tmpdir(), 'bc-launcher-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(LAUNCHERS)('$bin', ({ dir, bin }) => {
  const launcher = readJson(join(REPO_ROOT, dir, 'package.json')).bin[bin] as string;

  it('is a committed, executable file outside dist/', () => {
    expect(launcher).toMatch(/^\.\/bin\/[\w-]+\.js$/);
    expect(statSync(join(REPO_ROOT, dir, launcher)).mode & 0o111).toBe(0o111);
  });

  it('runs the built code (--version)', () => {
    const result = spawnSync(process.execPath, [join(REPO_ROOT, dir, launcher), '--version'], { encoding: 'utf8' });
    expect(result.stdout).toBe(`${readJson(join(REPO_ROOT, dir, 'package.json')).version}\n`);
    expect(result.status).toBe(0);
  });

  it('without dist/, prints one line saying to build, and exits 2', () => {
    const copy = join(scratch, bin, launcher);
    mkdirSync(join(copy, '..'), { recursive: true });
    copyFileSync(join(REPO_ROOT, dir, launcher), copy);
    const result = spawnSync(process.execPath, [copy, '--version'], { encoding: 'utf8' });
    expect(result.stderr).toBe(`${bin}: not built: run npm run build\n`);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });
});
