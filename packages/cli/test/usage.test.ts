// Item: --version, -h/--help on every subcommand, unknown flags and extra arguments are usage errors (exit 2),
// no arguments prints the usage to stderr (exit 2). Each case is one line: argv, exit code, where the text goes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { root, runCli } from './cli-kit.js';

const run = (argv: string[]) => runCli(main, argv);
const version = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version;

describe('usage', () => {
  it('--version prints the package version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('no arguments: the usage on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await run([]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.startsWith('Usage: buildcontent <command> [options]\n')).toBe(true);
  });

  it.each([['--help'], ['-h']])('%s: the usage on stdout, exit 0', async (flag) => {
    const { code, stdout, stderr } = await run([flag]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.startsWith('Usage: buildcontent <command> [options]\n')).toBe(true);
  });

  it.each([
    ['lint', 'Usage: buildcontent lint [options] [paths...]'],
    ['parse', 'Usage: buildcontent parse <file|->'],
    ['request', 'Usage: buildcontent request [options] <template>'],
    ['rules', 'Usage: buildcontent rules [--json]'],
  ])('%s --help and -h print its usage, exit 0', async (command, first) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await run([command, flag]);
      expect([code, stderr, stdout.split('\n')[0]]).toEqual([0, '', first]);
    }
  });

  it.each([
    [['lint', '--bogus'], /^buildcontent lint: Unknown option '--bogus'/],
    [['parse', '--bogus', '-'], /^buildcontent parse: Unknown option '--bogus'/],
    [['rules', '--bogus'], /^buildcontent rules: Unknown option '--bogus'/],
    [['request', '--bogus', 'x'], /^buildcontent request: Unknown option '--bogus'/],
    [['rules', 'extra'], /^buildcontent rules: rules takes no arguments, not "extra"; see --help$/],
    [['parse', 'a', 'b'], /^buildcontent parse: parse takes exactly one file \(or - for stdin\), 2 given; see --help$/],
    [['request', 'a', 'b'], /^buildcontent request: give one template \(2 given\); see --help$/],
    [['lint', '-', '-'], /^buildcontent lint: - \(stdin\) can be given once$/],
    [['lint', '--format'], /^buildcontent lint: Option '-f, --format <value>' argument missing$/],
    [
      ['lint', '--max-warnings', 'many', 'examples'],
      /^buildcontent lint: --max-warnings takes a whole number \(or -1 for no limit\), not many$/,
    ],
    [
      ['lint', '--stdin-filename', 'a.buildcontent', 'examples'],
      /^buildcontent lint: --stdin-filename names the template read from -; give - as a path$/,
    ],
    [['lint', '--fix', '-'], /^buildcontent lint: --fix cannot write to stdin; give file paths$/],
    [['frobnicate'], /^buildcontent: unknown command 'frobnicate'; see 'buildcontent --help'$/],
    [['--bogus'], /^buildcontent: unknown option '--bogus'; see 'buildcontent --help'$/],
    [['constructor'], /^buildcontent: unknown command 'constructor'; see 'buildcontent --help'$/],
  ])('%j is a usage error: one line on stderr, exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(2);
  });
});
