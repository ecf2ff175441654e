import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitRequest, flattenRequest, quoteForBash, type CreateImagePipelineRequest } from '../../src/request/index.js';
import { FULL_PARAMETERS, NASTY_CONTENTS, OSS_PARAMETERS, requestWith } from './fixtures.js';

let workDir: string;
let binDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'buildcontent-cli-'));
  binDir = mkdtempSync(join(tmpdir(), 'buildcontent-bin-'));
  // A stand-in for the aliyun CLI: prints its arguments as one JSON line.
  const standIn = join(binDir, 'aliyun');
  writeFileSync(standIn, `#!${process.execPath}\nprocess.stdout.write(JSON.stringify(process.argv.slice(2)) + '\\n');\n`);
  chmodSync(standIn, 0o755);
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  rmSync(binDir, { recursive: true, force: true });
});

/** Runs a script with bash in an empty folder, the stand-in first on PATH; returns each printed argv. */
function runBash(script: string, shell: string[] = ['-c', script], input?: string): string[][] {
  const result = spawnSync('bash', shell, {
    cwd: workDir,
    input,
    env: { PATH: `${binDir}${delimiter}${process.env.PATH}`, HOME: workDir, HISTFILE: '/dev/null', LANG: 'C.UTF-8' },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  // Nothing ran but the stand-in: no file appeared in the folder.
  expect(readdirSync(workDir)).toEqual([]);
  return result.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as string[]);
}

/** The arguments bash must pass: the wire pairs in the emitter's order, BuildContent and TestContent last. */
function expectedArgv(request: CreateImagePipelineRequest): string[] {
  const pairs = flattenRequest(request).slice(2);
  const last = (name: string) => name === 'BuildContent' || name === 'TestContent';
  const ordered = [...pairs.filter(([n]) => !last(n)), ...pairs.filter(([n]) => last(n))];
  return ['ecs', 'CreateImagePipeline', ...ordered.flatMap(([name, value]) => (value.startsWith('-') ? [`--${name}=${value}`] : [`--${name}`, value]))];
}

function expectSameBytes(actual: string[], expected: string[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((arg, i) => expect(Buffer.from(arg, 'utf8').equals(Buffer.from(expected[i], 'utf8')), `argument ${i}: ${JSON.stringify(arg)}`).toBe(true));
}

describe('emitCli through bash', () => {
  const requests: Array<[string, CreateImagePipelineRequest]> = [
    ['every kind of parameter', requestWith(FULL_PARAMETERS, NASTY_CONTENTS.join('\n'))],
    ['an OSS import', requestWith(OSS_PARAMETERS, 'RUN echo imported')],
    ...NASTY_CONTENTS.map((content, i): [string, CreateImagePipelineRequest] => [
      `template ${i}: ${JSON.stringify(content.slice(0, 40))}`,
      requestWith({ RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-1', Description: content || 'x' }, content),
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

  it('is just as safe pasted into an interactive bash with history expansion on', () => {
    const request = requestWith({ RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-1', Description: "it's !! and !$" }, NASTY_CONTENTS[3] + "\nRUN echo 'it''s' !!");
    const command = emitRequest(request, 'cli');
    // The unquoted `aliyun !!` shows that history expansion is really on in this shell.
    const [control, argv] = runBash('', ['--norc', '--noprofile', '-i'], `set -H\ntrue earlier command\naliyun !!\n${command}`);
    expect(control).toEqual(['true', 'earlier', 'command']);
    expectSameBytes(argv, expectedArgv(request));
  });

  it('quotes any text so that bash passes it through unchanged', () => {
    // No NUL: no command-line argument can hold one (the validator refuses it).
    const text = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0'));
    const samples = fc.sample(fc.oneof(text, fc.stringMatching(/^[-$`'"\\!\n\t *?~#;&|<>(){}[\]=%+,.:@]{0,20}$/)), 300);
    const argvs = runBash(samples.map((s) => `aliyun ${quoteForBash(s)}`).join('\n'));
    expect(argvs).toHaveLength(samples.length);
    argvs.forEach((argv, i) => expectSameBytes(argv, [samples[i]]));
  });

  it('leaves safe words bare and joins a value that starts with - to its flag', () => {
    expect(quoteForBash('cn-hangzhou')).toBe('cn-hangzhou');
    expect(quoteForBash('')).toBe("''");
    expect(quoteForBash("it's")).toBe(`'it'"'"'s'`);
    expect(quoteForBash('a\tb')).toBe("$'a\\tb'");
    expect(quoteForBash('\u202E')).toBe("$'\\xe2\\x80\\xae'");
    expect(emitRequest(requestWith({ RegionId: 'r', BaseImageType: 'IMAGE', BaseImage: 'm', Description: '-x y' }), 'cli')).toBe(
      "aliyun ecs CreateImagePipeline \\\n  --RegionId r \\\n  --BaseImageType IMAGE \\\n  --BaseImage m \\\n  --Description='-x y'\n",
    );
  });
});
