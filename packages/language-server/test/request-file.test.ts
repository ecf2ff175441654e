import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../src/features/request-file.js';

describe('writeFileAtomically', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bc-write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a file and leaves no temporary file behind', () => {
    expect(writeFileAtomically(join(dir, 'a.sh'), 'echo 1\n')).toBe('written');
    expect(readFileSync(join(dir, 'a.sh'), 'utf8')).toBe('echo 1\n');
    expect(readdirSync(dir)).toEqual(['a.sh']);
  });

  it('does not touch a file whose content is the same', () => {
    const path = join(dir, 'a.sh');
    writeFileSync(path, 'same');
    const before = statSync(path).ino;
    expect(writeFileAtomically(path, 'same')).toBe('unchanged');
    expect(statSync(path).ino).toBe(before);
  });

  it('keeps the mode of an existing file and writes through a symbolic link', () => {
    const target = join(dir, 'real.sh');
    writeFileSync(target, 'old');
    chmodSync(target, 0o750);
    const link = join(dir, 'link.sh');
    symlinkSync(target, link);
    expect(writeFileAtomically(link, 'new')).toBe('written');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o750);
  });

  it('fails with one line naming the file', () => {
    expect(() => writeFileAtomically(join(dir, 'missing', 'a.sh'), 'x')).toThrow(
      /^could not write .*missing\/a\.sh: ENOENT$/,
    );
  });
});
