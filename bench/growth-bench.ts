// Linear growth: parse + lint + applyFixes on many input shapes, 1 KB to 1 MB by doubling. For each size the
// best of N samples is kept (after a warm-up; a sample repeats the work for at least 50 ms). A shape fails when
// time grows super-linearly at the top sizes: the geometric mean of the last three doubling ratios above 3
// (a linear phase doubles, a quadratic one quadruples).
// Run: npm run bench:growth [-- --max-kb 1024 --runs 3 --only name,name]. Exit code 1 on a failing shape.
// It starts with the memory one open document holds: the heap delta of holding N parsed 16 KB templates, / N.
// Timings are measured here, never asserted in tests.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { applyFixes, lint, parse } from '../packages/core/dist/index.js';
import { limitTemplate } from './templates.js';

/** Each shape makes a text of about `bytes` bytes. */
const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
const lines = (make: (i: number) => string, bytes: number) => {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = make(i);
    out.push(line);
    size += line.length + 1;
  }
  return `${out.join('\n')}\n`;
};

export const shapes: Record<string, (bytes: number) => string> = {
  'RUN [ [ [ ...': (n) => `RUN ${repeat('[ ', n)}`,
  'CMD [[[[ (deep JSON)': (n) => `CMD ${repeat('[', n)}`,
  '# escape= and blanks': (n) => `# escape=x${repeat(' ', n)}y\nRUN a`,
  '# buildcontent-ignore and blanks': (n) => `# buildcontent-ignore a${repeat(' ', n)}b\nRUN a`,
  'ignore comments and findings': (n) => lines((i) => (i % 2 ? 'run x' : '# buildcontent-ignore keyword-case'), n),
  '100,000-style continuation lines': (n) => `RUN a \\\n${repeat('  b \\\n', n)}  c\n`,
  'continuation with blank lines': (n) => `RUN a \\\n${repeat('\n', n)}  c\n`,
  'continuation with comment lines': (n) => `RUN a \\\n${repeat('# c\n', n)}  c\n`,
  'one line of tokens': (n) => `RUN ${repeat('a ', n)}`,
  'one long word': (n) => `RUN ${repeat('a', n)}`,
  'ENV pairs on one line': (n) => `ENV ${repeat('a=b ', n)}`,
  'LABEL glued pairs': (n) => `LABEL ${repeat('a="b"', n)}`,
  'unterminated quotes': (n) => `LABEL k=${repeat('"\\"', n)}`,
  'exec-form single quotes': (n) => `RUN ['${repeat("\\'", n)}`,
  'JSON array of strings': (n) => `CMD [${repeat('"a", ', n)}"z"]`,
  'COMPONENT parameters': (n) => `COMPONENT ic-1 ${repeat('--p v ', n)}`,
  'reboot and blanks': (n) => `RUN a ; reboot${repeat(' ', n)}x`,
  'package installs': (n) => `RUN ${repeat('yum install x && ', n)}true`,
  'heredoc openers': (n) => `RUN ${repeat('<< ', n)}`,
  'many commands (realistic)': (n) =>
    lines(
      (i) =>
        [
          `RUN yum install -y pkg-${i} && echo done`,
          `ENV A${i}="v"`,
          `LABEL l${i}="x"`,
          `COPY ./a${i} /b/`,
          `WORKDIR /opt/${i}`,
        ][i % 5],
      n,
    ),
  'many fixable findings': (n) =>
    lines((i) => [`run echo ${i}`, `ENV a${i}=b`, 'RESTART now', 'RUN', 'FROM image:m-1'][i % 5], n),
  'unknown commands': (n) => lines((i) => `RUNN${i % 7} x`, n),
  'CRLF and lone CR': (n) => repeat('RUN a\r\nRUN b\r', n),
  'control characters': (n) => `RUN ${repeat('\u0000\u001b\t"\'', n)}`,
  'blank lines': (n) => repeat('\n', n),
};

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at !== -1 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const maxKb = Number(arg('max-kb', '1024'));
const runs = Number(arg('runs', '3'));
const only = arg('only', '').split(',').filter(Boolean);
const LIMIT = 3;

function work(text: string): void {
  const diagnostics = lint(parse(text));
  applyFixes(text, diagnostics);
}

/** Best of `runs` samples; a sample repeats the work until 50 ms have passed, so small sizes are not noise. */
function bestOf(text: string): number {
  work(text); // warm-up at this size
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    let count = 0;
    let elapsed: number;
    do {
      work(text);
      count++;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    } while (elapsed < 50);
    best = Math.min(best, elapsed / count);
  }
  return best;
}

// Measured first, on a fresh heap (the growth runs leave large garbage behind).
// Memory per open document: what an editor holds per parsed 16 KB template (AST and line index, text included).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const documents = 200;
// Flat strings made before the measure, so the delta is what parsing adds.
const texts = Array.from({ length: documents }, (_, i) =>
  Buffer.from(`${limitTemplate()}# document ${i}\n`).toString(),
);
gc();
gc();
const before = process.memoryUsage().heapUsed;
const held = texts.map((text) => parse(text));
gc();
gc();
const perDocument = (process.memoryUsage().heapUsed - before) / held.length;
console.log(
  `memory per open 16 KB document: ${(perDocument / 1024).toFixed(0)} KB of heap (${documents} parsed ${Buffer.byteLength(texts[0])}-byte templates held; the texts themselves not counted)`,
);

const sizes: number[] = [];
for (let kb = 1; kb <= maxKb; kb *= 2) sizes.push(kb * 1024);
console.log(
  `sizes ${sizes.map((s) => `${s / 1024}K`).join(' ')}; best of ${runs}; fail when the mean ratio of the last 3 doublings > ${LIMIT}`,
);
let failed = 0;
for (const [name, make] of Object.entries(shapes)) {
  if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
  const times = sizes.map((bytes) => bestOf(make(bytes)));
  const ratios = times.slice(1).map((t, i) => t / times[i]);
  const top = ratios.slice(-3);
  const mean = Math.pow(
    top.reduce((a, b) => a * b, 1),
    1 / top.length,
  );
  const verdict = mean > LIMIT ? 'SUPER-LINEAR' : 'linear';
  if (mean > LIMIT) failed++;
  console.log(
    `${verdict.padEnd(12)} ${name.padEnd(34)} ${times[times.length - 1].toFixed(1).padStart(8)} ms at ${sizes[sizes.length - 1] / 1024} KB; top ratios ${top.map((r) => r.toFixed(2)).join(' ')} (mean ${mean.toFixed(2)})`,
  );
}
if (failed > 0) {
  console.error(`${failed} shape(s) grow super-linearly`);
  process.exit(1);
}
