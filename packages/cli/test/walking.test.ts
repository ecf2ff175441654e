// Items: nothing to lint is an error; globs, explicit files, --stdin-filename; walking folders with dot-folders,
// links, loops, FIFOs, devices and unreadable entries; the size cap; relative and absolute paths from any folder.
import { execFileSync } from 'node:child_process';
import { chmodSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { isRoot, runCli, tempDir } from './cli-kit.js';

const run = (argv: string[], options?: { cwd?: string; stdin?: string }) => runCli(main, argv, options);
/** The files a run reported, from its gnu output (one line per finding: every template below has one). */
const filesOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(':')[0]);
const BROKEN = 'RUN\n'; // one error: EmptyCommandContent.RUN

describe('nothing to lint', () => {
  it.each([
    [{ 'notes.txt': 'x' }, ['.'], 'buildcontent lint: no templates found in .\n'],
    [{ 'sub/notes.txt': 'x' }, ['sub'], 'buildcontent lint: no templates found in sub\n'],
    [{ 'a.buildcontent': BROKEN }, ['**/*.nothing'], 'buildcontent lint: no templates found in **/*.nothing\n'],
    [
      { 'a.buildcontent': BROKEN },
      ['missing/**/*.buildcontent'],
      'buildcontent lint: no templates found in missing/**/*.buildcontent\n',
    ],
    [
      { 'a.buildcontent': BROKEN },
      ['missing.buildcontent'],
      'buildcontent lint: missing.buildcontent: no such file or directory\n',
    ],
  ])('%j, lint %j: exit 2 with one line', async (files, argv, stderr) => {
    expect(await run(['lint', ...argv], { cwd: tempDir(files) })).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('what is linted', () => {
  const tree = {
    'a.buildcontent': BROKEN,
    'deep/er/b.imagebuilder': BROKEN,
    '.config/c.buildcontent': BROKEN,
    '.git/d.buildcontent': BROKEN,
    'node_modules/pkg/e.buildcontent': BROKEN,
    'notes.txt': BROKEN,
    'web.txt': BROKEN,
  };

  it('a folder: templates in it and its dot-folders, not in .git or node_modules; files before subfolders', async () => {
    const { stdout } = await run(['lint', '-f', 'gnu', '.'], { cwd: tempDir(tree) });
    expect(filesOf(stdout)).toEqual(['a.buildcontent', '.config/c.buildcontent', 'deep/er/b.imagebuilder']);
  });

  it.each([
    ['**/*.buildcontent', ['a.buildcontent', '.config/c.buildcontent']],
    ['deep/**/*', ['deep/er/b.imagebuilder']],
    ['*.txt', ['notes.txt', 'web.txt']],
    ['./{a,web}.*', ['a.buildcontent', 'web.txt']],
  ])('the quoted pattern %s', async (pattern, files) => {
    const { stdout } = await run(['lint', '-f', 'gnu', pattern], { cwd: tempDir(tree) });
    expect(filesOf(stdout)).toEqual(files);
  });

  it('a file named explicitly is linted whatever its extension', async () => {
    const { code, stdout } = await run(['lint', '-f', 'gnu', 'notes.txt'], { cwd: tempDir(tree) });
    expect([code, stdout]).toEqual([
      1,
      'notes.txt:1:1: error: If the RUN command exists in the template, you must specify RUN. [EmptyCommandContent.RUN]\n',
    ]);
  });

  it('--stdin-filename names stdin in the output and finds the parameters file beside that name', async () => {
    const dir = tempDir({
      'web.pipeline.json':
        '{"RegionId":"cn-hangzhou","BaseImageType":"IMAGE","BaseImage":"m-bp1abc","InternetMaxBandwidthOut":0}',
    });
    const { code, stdout } = await run(['lint', '-f', 'gnu', '--stdin-filename', 'web.buildcontent', '-'], {
      cwd: dir,
      stdin: 'COPY https://example.com/a /a\n',
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^web\.buildcontent:1:6: warning: COPY downloads https:\/\/example\.com\/a, but InternetMaxBandwidthOut is 0.* \[copy-url-without-internet\]\n$/,
    );
  });

  it('absolute and relative paths, from another working directory', async () => {
    const dir = tempDir({ 'p/a.buildcontent': BROKEN, 'elsewhere/.keep': '' });
    const absolute = join(dir, 'p/a.buildcontent');
    expect(filesOf((await run(['lint', '-f', 'gnu', absolute], { cwd: '/' })).stdout)).toEqual([absolute]);
    expect(filesOf((await run(['lint', '-f', 'gnu', join(dir, 'p')], { cwd: '/' })).stdout)).toEqual([absolute]);
    expect(filesOf((await run(['lint', '-f', 'gnu', `${dir}/**/*.buildcontent`], { cwd: '/' })).stdout)).toEqual([
      absolute,
    ]);
    expect(filesOf((await run(['lint', '-f', 'gnu', '../p'], { cwd: join(dir, 'elsewhere') })).stdout)).toEqual([
      '../p/a.buildcontent',
    ]);
  });
});

describe('what cannot be read: one warning line each, the others linted, exit 2', () => {
  it('a dangling link, a FIFO and a link to a device', async () => {
    const dir = tempDir({ 'a.buildcontent': BROKEN });
    symlinkSync(join(dir, 'gone'), join(dir, 'dangling.buildcontent'));
    execFileSync('mkfifo', [join(dir, 'pipe.buildcontent')]);
    symlinkSync('/dev/zero', join(dir, 'zero.buildcontent'));
    const { code, stdout, stderr } = await run(['lint', '-f', 'gnu', '.'], { cwd: dir });
    expect(code).toBe(2);
    expect(filesOf(stdout)).toEqual(['a.buildcontent']);
    expect(stderr.split('\n')).toEqual([
      'buildcontent lint: dangling.buildcontent: dangling symbolic link, skipped',
      'buildcontent lint: pipe.buildcontent: a FIFO, not a regular file, skipped',
      'buildcontent lint: zero.buildcontent: a device, not a regular file, skipped',
      '',
    ]);
  });

  it('a FIFO named explicitly does not block', async () => {
    const dir = tempDir({});
    execFileSync('mkfifo', [join(dir, 'pipe.buildcontent')]);
    expect(await run(['lint', 'pipe.buildcontent'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'buildcontent lint: pipe.buildcontent: a FIFO, not a regular file, skipped\n',
    });
  });

  it('a symbolic link loop is walked once and ends', async () => {
    const dir = tempDir({ 'sub/a.buildcontent': BROKEN });
    symlinkSync('..', join(dir, 'sub/up'));
    symlinkSync('self.buildcontent', join(dir, 'self.buildcontent'));
    const { code, stdout, stderr } = await run(['lint', '-f', 'gnu', '.'], { cwd: dir });
    expect([code, filesOf(stdout)]).toEqual([2, ['sub/a.buildcontent']]);
    expect(stderr).toBe('buildcontent lint: self.buildcontent: symbolic link loop, skipped\n');
  });

  it('a 50 MB template ends with a clear message (the cap is 10 MB)', async () => {
    const dir = tempDir({ 'small.buildcontent': BROKEN });
    writeFileSync(join(dir, 'huge.buildcontent'), '');
    truncateSync(join(dir, 'huge.buildcontent'), 50 * 1024 * 1024);
    const { code, stdout, stderr } = await run(['lint', '-f', 'gnu', '.'], { cwd: dir });
    expect([code, filesOf(stdout)]).toEqual([2, ['small.buildcontent']]);
    expect(stderr).toBe(
      'buildcontent lint: huge.buildcontent: 50.0 MB, above the 10.0 MB limit for templates, skipped\n',
    );
  });

  it.skipIf(isRoot)(
    'an unreadable file and an unreadable folder (skipped as root: root reads every file; built-binary.test.ts runs it as nobody)',
    async () => {
      const dir = tempDir({ 'a.buildcontent': BROKEN, 'secret.buildcontent': BROKEN, 'closed/b.buildcontent': BROKEN });
      chmodSync(join(dir, 'secret.buildcontent'), 0o000);
      chmodSync(join(dir, 'closed'), 0o000);
      const { code, stdout, stderr } = await run(['lint', '-f', 'gnu', '.'], { cwd: dir });
      chmodSync(join(dir, 'closed'), 0o755);
      expect([code, filesOf(stdout)]).toEqual([2, ['a.buildcontent']]);
      expect(stderr).toBe(
        'buildcontent lint: closed: permission denied, skipped\nbuildcontent lint: secret.buildcontent: permission denied, skipped\n',
      );
    },
  );
});
