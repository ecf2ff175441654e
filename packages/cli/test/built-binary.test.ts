// The built binary (packages/cli/dist/main.js), spawned as users run it: one test per behaviour that depends on
// the process itself (exit codes, stdin, pipes, TTY colours, file permissions). Integration project
// (`npm run test:integration` builds dist first); every other CLI test calls main() in-process from the sources.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asNobodyUnavailable, bin, root, runBin, runBinAsNobody, tempDir } from './cli-kit.js';

const version = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version;

describe('the built binary', () => {
  it('runs from dist as the README says (npm ci builds it)', () => {
    expect(existsSync(bin), `${bin} is missing: run npm run build`).toBe(true);
    const result = spawnSync(process.execPath, [bin, 'lint', 'examples/web-server.buildcontent'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('1 file checked, no problems\n');
    expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toContain(
      'Usage: buildcontent <command>',
    );
  });

  it('--version, and usage errors exit 2 without a stack trace', () => {
    expect(runBin(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const none = runBin([]);
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toContain('Usage: buildcontent <command>');
    const bogus = runBin(['lint', '--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).not.toMatch(/\n\s+at /);
  });

  it('`buildcontent lint examples | head -1` prints one line, no EPIPE trace, and keeps the exit code', () => {
    const result = spawnSync(
      'bash',
      ['-c', `set -o pipefail; node ${JSON.stringify(bin)} lint examples | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(result.stderr).toBe('exit=1\n');
  });

  it('no colours into a pipe, colours with FORCE_COLOR', () => {
    const plain = runBin(['lint', 'examples/empty-commands.buildcontent']);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = runBin(['lint', 'examples/empty-commands.buildcontent'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('  \u001b[31merror  \u001b[39m  ');
    expect(forced.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
  });

  it('stdin above 10 MB ends with a clear message', () => {
    const result = runBin(['lint', '-'], { input: `RUN echo ${'x'.repeat(11 * 1024 * 1024)}\n` });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'buildcontent lint: stdin: more than 10 MB, above the limit for templates\n',
    });
  });

  // As root (CI), walking.test.ts skips its unreadable-entries case (root reads every file): this runs it as
  // `nobody` through the built binary.
  const nobody = asNobodyUnavailable();
  it.skipIf(nobody !== undefined)(
    `an unreadable file and an unreadable folder, run as nobody${nobody ? ` (skipped: ${nobody})` : ''}`,
    () => {
      const broken = 'RUN\n'; // one error: EmptyCommandContent.RUN
      const dir = tempDir({ 'a.buildcontent': broken, 'secret.buildcontent': broken, 'closed/b.buildcontent': broken });
      chmodSync(dir, 0o755);
      chmodSync(join(dir, 'secret.buildcontent'), 0o000);
      chmodSync(join(dir, 'closed'), 0o000);
      const { code, stdout, stderr } = runBinAsNobody(['lint', '-f', 'gnu', '.'], dir);
      chmodSync(join(dir, 'closed'), 0o755);
      expect([
        code,
        stdout
          .trim()
          .split('\n')
          .map((line) => line.split(':')[0]),
      ]).toEqual([2, ['a.buildcontent']]);
      expect(stderr).toBe(
        'buildcontent lint: closed: permission denied, skipped\nbuildcontent lint: secret.buildcontent: permission denied, skipped\n',
      );
    },
  );
});
