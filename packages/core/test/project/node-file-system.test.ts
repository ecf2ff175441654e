// The Node provider reads only regular files, up to a cap: a FIFO, /dev/zero or a huge file never hang
// or fill memory, they are refused in one line.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileAccessError, loadProject, readTextFile } from '../../src/index.js';
import { nodeFileSystem } from '../../src/node/index.js';

const dir = mkdtempSync(join(tmpdir(), 'bc-nodefs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

async function refusal(path: string, maxBytes = 1024): Promise<FileAccessError> {
  const error = await nodeFileSystem.readFile(path, { maxBytes }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileAccessError);
  return error as FileAccessError;
}

describe('NodeFileSystem', () => {
  it('reads a regular file and stats files, folders and absent paths', async () => {
    writeFileSync(join(dir, 'a.txt'), 'héllo');
    expect(new TextDecoder().decode(await nodeFileSystem.readFile(join(dir, 'a.txt')))).toBe('héllo');
    expect(await nodeFileSystem.stat(join(dir, 'a.txt'))).toEqual({ type: 'file', size: 6 });
    expect(await nodeFileSystem.stat(dir)).toEqual({ type: 'directory', size: 0 });
    expect(await nodeFileSystem.stat(join(dir, 'none'))).toBeUndefined();
    expect((await refusal(join(dir, 'none'))).reason).toBe('not-found');
  });

  it.skipIf(!hasMkfifo)('refuses a FIFO without waiting for a writer (needs mkfifo)', async () => {
    const fifo = join(dir, 'web.pipeline.json');
    execFileSync('mkfifo', [fifo]);
    const error = await refusal(fifo);
    expect([error.reason, error.message]).toEqual(['not-a-file', 'not a regular file (a FIFO); not read']);
    expect(await nodeFileSystem.stat(fifo)).toEqual({ type: 'other', size: 0, description: 'a FIFO' });
  });

  it('refuses a symbolic link to /dev/zero as a device', async () => {
    const link = join(dir, 'zero.json');
    symlinkSync('/dev/zero', link);
    expect((await refusal(link)).message).toBe('not a regular file (a device); not read');
  });

  it('refuses a file above the cap without reading it (a 2 GB sparse file)', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 2 * 1024 * 1024 * 1024);
    expect((await refusal(big, 1024 * 1024)).message).toBe('2147483648 bytes, above the 1 MB limit; not read');
  });

  it('refuses a folder and lists one, symbolic links as what they point to', async () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, 'f'), '');
    symlinkSync(join(sub, 'f'), join(sub, 'link'));
    symlinkSync(join(sub, 'missing'), join(sub, 'dangling'));
    expect((await refusal(sub)).message).toBe('not a regular file (a folder); not read');
    expect((await nodeFileSystem.readDirectory(sub)).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'dangling', type: 'other' },
      { name: 'f', type: 'file' },
      { name: 'link', type: 'file' },
    ]);
  });

  it.skipIf(!hasMkfifo)(
    'loads a project whose parameters file is a FIFO and whose settings link to /dev/zero',
    async () => {
      const project = join(dir, 'p');
      mkdirSync(project);
      writeFileSync(join(project, 'web.buildcontent'), 'RUN a\n');
      execFileSync('mkfifo', [join(project, 'web.pipeline.json')]);
      symlinkSync('/dev/zero', join(project, '.buildcontentrc.json'));
      const loaded = await loadProject(nodeFileSystem, join(project, 'web.buildcontent'));
      expect(loaded.problems.map((p) => [p.file, p.message])).toEqual([
        ['settings', 'not a regular file (a device); not read'],
        ['parameters', 'not a regular file (a FIFO); not read'],
      ]);
      expect(await readTextFile(nodeFileSystem, join(project, 'web.buildcontent'), 100)).toEqual({ text: 'RUN a\n' });
    },
  );
});
