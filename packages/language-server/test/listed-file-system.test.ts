import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTextFile, type FileSystemProvider } from '@buildcontent/core';
import { nodeFileSystem } from '@buildcontent/core/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LISTING_TTL_MS, ListedFileSystem } from '../src/listed-file-system.js';

/** Core's Node provider, counting what reaches it. */
function countingFileSystem() {
  const calls: string[] = [];
  const provider: FileSystemProvider = {
    stat: (path) => {
      calls.push(`stat ${path}`);
      return nodeFileSystem.stat(path);
    },
    readFile: (path, options) => {
      calls.push(`readFile ${path}`);
      return nodeFileSystem.readFile(path, options);
    },
    readDirectory: (path) => {
      calls.push(`readDirectory ${path}`);
      return nodeFileSystem.readDirectory(path);
    },
  };
  return { provider, calls };
}

describe('ListedFileSystem', () => {
  let dir: string;
  let clock: number;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'listed-fs-'));
    writeFileSync(join(dir, 'web.buildcontent'), 'RUN echo\n');
    writeFileSync(join(dir, 'web.pipeline.json'), '{"RegionId":"cn-hangzhou"}');
    mkdirSync(join(dir, 'sub'));
    clock = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers files absent from their folder from one listing, and asks the file system about present ones', async () => {
    const { provider, calls } = countingFileSystem();
    const files = new ListedFileSystem(provider, () => clock);
    expect(await files.stat(join(dir, 'web.test.buildcontent'))).toBeUndefined();
    expect(await files.stat(join(dir, '.git'))).toBeUndefined();
    expect(await readTextFile(files, join(dir, 'other.pipeline.json'), 1024)).toEqual({});
    expect(calls).toEqual([]);
    expect(await files.stat(join(dir, 'web.pipeline.json'))).toEqual({ type: 'file', size: 26 });
    expect(await files.stat(join(dir, 'sub'))).toEqual({ type: 'directory', size: 0 });
    expect(await readTextFile(files, join(dir, 'web.pipeline.json'), 1024)).toEqual({
      text: '{"RegionId":"cn-hangzhou"}',
    });
    expect(calls).toEqual([
      `stat ${join(dir, 'web.pipeline.json')}`,
      `stat ${join(dir, 'sub')}`,
      `readFile ${join(dir, 'web.pipeline.json')}`,
    ]);
  });

  it('asks the file system about a name that differs only in case (case-insensitive file systems find it)', async () => {
    const { provider, calls } = countingFileSystem();
    const files = new ListedFileSystem(provider, () => clock);
    await files.stat(join(dir, 'WEB.pipeline.json'));
    expect(calls).toEqual([`stat ${join(dir, 'WEB.pipeline.json')}`]);
  });

  it('sees a file created after the listing once the listing is cleared or older than LISTING_TTL_MS', async () => {
    const { provider } = countingFileSystem();
    const files = new ListedFileSystem(provider, () => clock);
    const created = join(dir, 'web.test.buildcontent');
    expect(await files.stat(created)).toBeUndefined();
    writeFileSync(created, 'RUN test\n');
    // Within the listing's lifetime the folder is not listed again.
    clock = LISTING_TTL_MS - 1;
    expect(await files.stat(created)).toBeUndefined();
    clock = LISTING_TTL_MS;
    expect(await files.stat(created)).toEqual({ type: 'file', size: 9 });
    rmSync(created);
    files.clear();
    expect(await files.stat(created)).toBeUndefined();
  });

  it('asks the file system when the folder cannot be listed, and about roots', async () => {
    const { provider, calls } = countingFileSystem();
    const files = new ListedFileSystem(provider, () => clock);
    const missing = join(dir, 'no-such-folder', 'web.pipeline.json');
    expect(await files.stat(missing)).toBeUndefined();
    expect(await files.stat('/')).toEqual({ type: 'directory', size: 0 });
    expect(calls).toEqual([`stat ${missing}`, 'stat /']);
  });
});
