// Item: --fix writes safely (issue 9, "Files are written safely"), on real files in a temp folder.
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotWritten, replaceThroughTempFile, writeFileSafely } from '../src/files/write-file.js';
import { main } from '../src/main.js';
import { isRoot, runCli, tempDir } from './cli-kit.js';

// Only automatic fixes apply (adding -y is a suggestion: it changes what runs); the keyword's case is one.
const BEFORE = 'run yum install -y nginx\n';
const AFTER = 'RUN yum install -y nginx\n';
const fix = (dir: string, ...paths: string[]) => runCli(main, ['lint', '--fix', '-f', 'gnu', ...paths], { cwd: dir });
const tempFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('--fix writes safely', () => {
  it('a fixed file keeps its mode (0600 stays 0600) and leaves no temporary file', async () => {
    const dir = tempDir({ 'a.buildcontent': BEFORE });
    chmodSync(join(dir, 'a.buildcontent'), 0o600);
    expect((await fix(dir, 'a.buildcontent')).code).toBe(0);
    expect([
      readFileSync(join(dir, 'a.buildcontent'), 'utf8'),
      statSync(join(dir, 'a.buildcontent')).mode & 0o7777,
      tempFiles(dir),
    ]).toEqual([AFTER, 0o600, []]);
  });

  it.skipIf(!isRoot)('a fixed file keeps its owner (run as root only: only root can give a file away)', async () => {
    const dir = tempDir({ 'a.buildcontent': BEFORE });
    chownSync(join(dir, 'a.buildcontent'), 1234, 2345);
    await fix(dir, 'a.buildcontent');
    const stats = statSync(join(dir, 'a.buildcontent'));
    expect([readFileSync(join(dir, 'a.buildcontent'), 'utf8'), stats.uid, stats.gid]).toEqual([AFTER, 1234, 2345]);
  });

  it('a symbolic link stays a link and its target is updated', async () => {
    const dir = tempDir({ 'real/a.buildcontent': BEFORE });
    symlinkSync('real/a.buildcontent', join(dir, 'link.buildcontent'));
    await fix(dir, 'link.buildcontent');
    expect([
      lstatSync(join(dir, 'link.buildcontent')).isSymbolicLink(),
      readlinkSync(join(dir, 'link.buildcontent')),
      readFileSync(join(dir, 'real/a.buildcontent'), 'utf8'),
    ]).toEqual([true, 'real/a.buildcontent', AFTER]);
  });

  it('a hard link is not split: both names still share one inode holding the fix', async () => {
    const dir = tempDir({ 'a.buildcontent': BEFORE });
    linkSync(join(dir, 'a.buildcontent'), join(dir, 'b.buildcontent'));
    const inode = statSync(join(dir, 'a.buildcontent')).ino;
    await fix(dir, 'a.buildcontent');
    expect([
      statSync(join(dir, 'a.buildcontent')).ino,
      statSync(join(dir, 'b.buildcontent')).ino,
      readFileSync(join(dir, 'b.buildcontent'), 'utf8'),
    ]).toEqual([inode, inode, AFTER]);
  });

  it('a read-only file is not rewritten (even by root): "read-only, not fixed", findings still reported', async () => {
    const dir = tempDir({ 'a.buildcontent': BEFORE });
    chmodSync(join(dir, 'a.buildcontent'), 0o444);
    const { code, stdout, stderr } = await fix(dir, 'a.buildcontent');
    expect([code, stderr, readFileSync(join(dir, 'a.buildcontent'), 'utf8')]).toEqual([
      0,
      'buildcontent lint: a.buildcontent: read-only, not fixed\n',
      BEFORE,
    ]);
    expect(stdout).toBe('');
  });

  it('a file that is not valid UTF-8 is left byte for byte, and the run says so', async () => {
    const bytes = Buffer.concat([Buffer.from('run echo caf'), Buffer.from([0xe9]), Buffer.from('\nRESTART now\n')]);
    const dir = tempDir({ 'latin1.buildcontent': bytes });
    const { stderr } = await fix(dir, 'latin1.buildcontent');
    expect(readFileSync(join(dir, 'latin1.buildcontent')).equals(bytes)).toBe(true);
    expect(stderr).toBe(
      'buildcontent lint: latin1.buildcontent:1: byte 12 is not valid UTF-8, not fixed (the file is left as it is)\n',
    );
  });

  it('a BOM and CRLF line breaks are kept; the BOM stays first', async () => {
    const dir = tempDir({ 'a.buildcontent': '\ufeffrun yum install -y nginx\r\nRESTART now\r\n' });
    await fix(dir, 'a.buildcontent');
    expect(readFileSync(join(dir, 'a.buildcontent'), 'utf8')).toBe('\ufeffRUN yum install -y nginx\r\nRESTART\r\n');
  });

  it('a file changed on disk after it was read is not overwritten', () => {
    const dir = tempDir({ 'a.buildcontent': BEFORE });
    const path = join(dir, 'a.buildcontent');
    const read = readFileSync(path);
    writeFileSync(path, 'RUN edited meanwhile\n');
    expect(() => writeFileSafely(path, read, Buffer.from(AFTER))).toThrow(
      new NotWritten('changed on disk since it was read'),
    );
    expect([readFileSync(path, 'utf8'), tempFiles(dir)]).toEqual(['RUN edited meanwhile\n', []]);
  });

  it('a file changed between writing the temporary file and the rename is not overwritten', () => {
    const dir = tempDir({ 'a.buildcontent': BEFORE });
    const path = join(dir, 'a.buildcontent');
    const check = () => {
      if (readFileSync(path, 'utf8') !== BEFORE) throw new NotWritten('changed on disk since it was read');
    };
    expect(() =>
      replaceThroughTempFile(
        path,
        Buffer.from(AFTER),
        0o644,
        undefined,
        () => (writeFileSync(path, 'RUN edited\n'), check()),
      ),
    ).toThrow('changed on disk');
    expect([readFileSync(path, 'utf8'), tempFiles(dir)]).toEqual(['RUN edited\n', []]);
  });

  it('the temporary file is created exclusively and never through a symbolic link planted at its name', () => {
    const dir = tempDir({ 'a.buildcontent': BEFORE, 'victim.txt': 'keep me\n' });
    const planted = join(dir, '.a.buildcontent.planted.tmp');
    symlinkSync(join(dir, 'victim.txt'), planted);
    expect(() =>
      replaceThroughTempFile(join(dir, 'a.buildcontent'), Buffer.from(AFTER), 0o644, undefined, undefined, planted),
    ).toThrow(/EEXIST/);
    expect([
      readFileSync(join(dir, 'victim.txt'), 'utf8'),
      readFileSync(join(dir, 'a.buildcontent'), 'utf8'),
      lstatSync(planted).isSymbolicLink(),
    ]).toEqual(['keep me\n', BEFORE, true]);
  });

  it('an unchanged file is not written at all', async () => {
    const dir = tempDir({ 'ok.buildcontent': 'RUN echo ok\n' });
    const before = statSync(join(dir, 'ok.buildcontent'));
    await fix(dir, 'ok.buildcontent');
    const after = statSync(join(dir, 'ok.buildcontent'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });
});
