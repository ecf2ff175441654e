// Item: control characters and escape sequences from a template are shown escaped in every text format, never
// raw; JSON formats escape them as \u; a closed pipe ends quietly; colours follow TTY, NO_COLOR and FORCE_COLOR.
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { colorEnabled } from '../src/terminal/color.js';
import { runCli, tempDir } from './cli-kit.js';

const run = (argv: string[], options?: { cwd?: string; stdin?: string; color?: boolean }) =>
  runCli(main, argv, options);

// An OSC title change with BEL, a CSI clear screen (ESC and the 8-bit CSI, U+009B), a bidi override.
const HOSTILE = 'FO\u001b]0;pwned\u0007\u001b[2J\u009b2J\u202eO x\n';
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/;

describe('escaped output', () => {
  it.each(['stylish', 'gnu', 'github', 'checkstyle', 'junit'])(
    '%s shows control characters escaped',
    async (format) => {
      const { stdout } = await run(['lint', '-f', format, '-'], { stdin: HOSTILE });
      expect(stdout).not.toMatch(RAW);
      expect(stdout).toContain('FO\\u001b]0;pwned\\u0007\\u001b[2J\\u009b2J\\u202eO is not a command');
    },
  );

  it.each(['json', 'sarif', 'gitlab'])('%s escapes them as \\u and reads back the exact message', async (format) => {
    const { stdout } = await run(['lint', '-f', format, '-'], { stdin: HOSTILE });
    expect(stdout).not.toMatch(RAW);
    expect(stdout).toContain('FO\\u001b]0;pwned\\u0007\\u001b[2J\\u009b2J\\u202eO is not a command');
    expect(JSON.stringify(JSON.parse(stdout))).toContain(
      JSON.stringify('FO\u001b]0;pwned\u0007\u001b[2J\u009b2J\u202eO').slice(1, -1),
    );
  });

  it('a file name with an escape sequence is shown escaped, in findings and in warnings', async () => {
    const dir = tempDir({ 'x\u001b[31m.buildcontent': 'RUN\n' });
    const { stdout } = await run(['lint', '-f', 'gnu', '.'], { cwd: dir });
    expect(stdout).toBe(
      'x\\u001b[31m.buildcontent:1:1: error: If the RUN command exists in the template, you must specify RUN. [EmptyCommandContent.RUN]\n',
    );
    const missing = await run(['lint', 'y\u001bZ.buildcontent'], { cwd: dir });
    expect(missing.stderr).toBe('buildcontent lint: y\\u001bZ.buildcontent: no such file or directory\n');
  });
});

describe('colours', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
  ])('env %j, TTY %s: colours %s', (env, tty, expected) => {
    expect(colorEnabled(env, tty)).toBe(expected);
  });
});
