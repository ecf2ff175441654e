import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitRequest, flattenRequest, quoteForBash, type CreateImagePipelineRequest } from '../../src/request/index.js';
import { FULL_PARAMETERS, NASTY_CONTENTS, OSS_PARAMETERS, requestWith } from './fixtures.js';

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'buildcontent-cli-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

const hasZsh = spawnSync('zsh', ['-c', 'true']).status === 0;

// A stand-in for the aliyun CLI, as a shell function (no process per call): prints its argument count and
// its arguments, each ended by NUL (no argument can hold a NUL, so the framing is exact).
const STAND_IN = `aliyun() { printf '%s\\0' "$#" "$@"; }\n`;

/** Splits the stand-in's output into the argv of each call, as bytes. */
function argvsOf(stdout: Buffer): Buffer[][] {
  const fields: Buffer[] = [];
  for (let start = 0, nul = stdout.indexOf(0); nul !== -1; start = nul + 1, nul = stdout.indexOf(0, start))
    fields.push(stdout.subarray(start, nul));
  const calls: Buffer[][] = [];
  for (let i = 0; i < fields.length;) {
    const count = Number(fields[i].toString('utf8'));
    calls.push(fields.slice(i + 1, i + 1 + count));
    i += 1 + count;
  }
  return calls;
}

/**
 * Runs a script in bash or zsh in an empty folder with the stand-in defined; returns each printed argv.
 * `interactive`: the script is fed on stdin to `-i`, as a paste is, with history expansion on.
 */
function runShell(shell: 'bash' | 'zsh', script: string, interactive = false): Buffer[][] {
  const args =
    shell === 'bash'
      ? ['--norc', '--noprofile', ...(interactive ? ['-i'] : ['-c', STAND_IN + script])]
      : ['-f', ...(interactive ? ['-i'] : ['-c', STAND_IN + script])];
  const result = spawnSync(shell, args, {
    cwd: workDir,
    input: interactive ? `${STAND_IN}${shell === 'bash' ? 'set -H\n' : ''}${script}` : undefined,
    env: { PATH: process.env.PATH, HOME: workDir, HISTFILE: '/dev/null', LANG: 'C.UTF-8' },
  });
  expect(result.status, result.stderr.toString()).toBe(0);
  // Nothing ran but the stand-in: no file appeared in the folder.
  expect(readdirSync(workDir)).toEqual([]);
  return argvsOf(result.stdout);
}

const runBash = (script: string) => runShell('bash', script);

/** The arguments bash must pass: the wire pairs in the emitter's order, BuildContent and TestContent last. */
function expectedArgv(request: CreateImagePipelineRequest): string[] {
  const pairs = flattenRequest(request).slice(2);
  const last = (name: string) => name === 'BuildContent' || name === 'TestContent';
  const ordered = [...pairs.filter(([n]) => !last(n)), ...pairs.filter(([n]) => last(n))];
  return [
    'ecs',
    'CreateImagePipeline',
    ...ordered.flatMap(([name, value]) => (value.startsWith('-') ? [`--${name}=${value}`] : [`--${name}`, value])),
  ];
}

function expectSameBytes(actual: Buffer[], expected: string[]): void {
  expect(actual.map((arg) => arg.toString('utf8'))).toHaveLength(expected.length);
  actual.forEach((arg, i) =>
    expect(arg.equals(Buffer.from(expected[i], 'utf8')), `argument ${i}: ${JSON.stringify(arg.toString('utf8'))}`).toBe(
      true,
    ),
  );
}

const words = (argv: Buffer[]) => argv.map((arg) => arg.toString('utf8'));

describe('emitCli through bash', () => {
  const requests: Array<[string, CreateImagePipelineRequest]> = [
    ['every kind of parameter', requestWith(FULL_PARAMETERS, NASTY_CONTENTS.join('\n'))],
    ['an OSS import', requestWith(OSS_PARAMETERS, 'RUN echo imported')],
    ...NASTY_CONTENTS.map((content, i): [string, CreateImagePipelineRequest] => [
      `template ${i}: ${JSON.stringify(content.slice(0, 40))}`,
      requestWith(
        { RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-1', Description: content || 'x' },
        content,
      ),
    ]),
  ];

  it.each(requests)('%s: bash passes every value byte for byte and runs nothing else', (_name, request) => {
    const command = emitRequest(request, 'cli');
    expect(command.startsWith('aliyun ecs CreateImagePipeline \\\n  --RegionId cn-hangzhou')).toBe(true);
    expect(command.endsWith('\n')).toBe(true);
    const [argv, ...more] = runBash(command);
    expect(more).toEqual([]);
    expectSameBytes(argv, expectedArgv(request));
  });

  it('prints no control or invisible character but the newline', () => {
    for (const [, request] of requests) {
      expect(emitRequest(request, 'cli').replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
    }
  });

  // Value lines that an interactive shell would expand if a line of the paste started with them.
  const PASTE_TRAPS = ['^earlier^later', '=ls', '!!', '!$ and !-1', '^', "it's !! and !$", '  ^a^b', '=(echo x)', '!#'];
  const pasteRequest = requestWith(
    {
      RegionId: 'cn-hangzhou',
      BaseImageType: 'IMAGE',
      BaseImage: 'm-1',
      Description: PASTE_TRAPS.join('\n'),
      Name: '=ls',
    },
    [NASTY_CONTENTS[3], ...PASTE_TRAPS.map((trap) => `RUN echo x\n${trap}`), "RUN echo 'it''s' !!"].join('\n'),
  );

  for (const shell of ['bash', 'zsh'] as const) {
    const missing = shell === 'zsh' && !hasZsh;
    it.skipIf(missing)(
      `is just as safe pasted into an interactive ${shell} with history expansion on${missing ? ' (skipped: zsh is not installed; apt-get install zsh)' : ''}`,
      () => {
        const command = emitRequest(pasteRequest, 'cli');
        // Every printed line starts with `aliyun` or blanks, so no line can be read as `^old^new` or `=word`.
        expect(
          command
            .split('\n')
            .filter(Boolean)
            .every((line) => line.startsWith('aliyun ') || line.startsWith('  --')),
        ).toBe(true);
        // The control lines show that history expansion, quick substitution and (zsh) `=word` expansion are really on.
        const [control, substituted, ...rest] = runShell(
          shell,
          `true earlier command\naliyun !!\n^earlier^later\n${shell === 'zsh' ? 'aliyun =true\n' : ''}${command}`,
          true,
        );
        expect(words(control)).toEqual(['true', 'earlier', 'command']);
        expect(words(substituted)).toEqual(['true', 'later', 'command']);
        if (shell === 'zsh')
          expect(words(rest.shift()!)).toEqual([
            spawnSync('zsh', ['-fc', 'print -r -- =true']).stdout.toString().trim(),
          ]);
        expect(rest).toHaveLength(1);
        expectSameBytes(rest[0], expectedArgv(pasteRequest));
      },
    );
  }

  it('quotes any text so that bash and zsh pass it through unchanged', () => {
    // No NUL: no command-line argument can hold one (the validator refuses it).
    const text = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0'));
    const samples = fc.sample(fc.oneof(text, fc.stringMatching(/^[-$`'"\\!\n\t *?~#;&|<>(){}[\]=%+,.:@]{0,20}$/)), 300);
    for (const shell of hasZsh ? (['bash', 'zsh'] as const) : (['bash'] as const)) {
      const argvs = runShell(shell, samples.map((s) => `aliyun ${quoteForBash(s)}`).join('\n'));
      expect(argvs).toHaveLength(samples.length);
      argvs.forEach((argv, i) => expectSameBytes(argv, [samples[i]]));
    }
  });

  it('leaves safe words bare and joins a value that starts with - to its flag', () => {
    expect(quoteForBash('cn-hangzhou')).toBe('cn-hangzhou');
    expect(quoteForBash('')).toBe("''");
    expect(quoteForBash('=ls')).toBe("'=ls'");
    expect(quoteForBash('a\nb')).toBe("$'a\\nb'");
    expect(quoteForBash("it's")).toBe(`'it'"'"'s'`);
    expect(quoteForBash('a\tb')).toBe("$'a\\tb'");
    expect(quoteForBash('\u202E')).toBe("$'\\xe2\\x80\\xae'");
    expect(
      emitRequest(requestWith({ RegionId: 'r', BaseImageType: 'IMAGE', BaseImage: 'm', Description: '-x y' }), 'cli'),
    ).toBe(
      "aliyun ecs CreateImagePipeline \\\n  --RegionId r \\\n  --BaseImageType IMAGE \\\n  --BaseImage m \\\n  --Description='-x y'\n",
    );
  });
});
