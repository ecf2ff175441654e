// Edit to template, in one process: `parse` of the whole text against `reparse` from the previous template, for
// one character typed and deleted again on line 3 (as `bench:lsp` types) and in the middle of the template at the
// service's limits (127 commands, about 16 KB). Interleaved rounds, medians, this process's CPU time (as
// lint-bench.ts). Run after `npx tsc -b`: npx tsx bench/reparse-bench.ts [--rounds 15]
import { parse, reparse, type Template } from '../packages/core/dist/index.js';
import { limitTemplate } from './templates.js';

const at = process.argv.indexOf('--rounds');
const rounds = Number(at !== -1 ? process.argv[at + 1] : 15);
const sliceMs = 100;

const text = limitTemplate();
const lines = text.split('\n');
/** The text with `x` typed at the 6th character of a line, and the text again: the two versions an edit alternates. */
const typedOn = (line: number): [string, string] => {
  const offset = lines.slice(0, line).join('\n').length + 1 + 5;
  return [text.slice(0, offset) + 'x' + text.slice(offset), text];
};
const places: Array<[string, [string, string]]> = [
  ['line 3', typedOn(2)],
  [`line ${lines.length >> 1} of ${lines.length}`, typedOn(lines.length >> 1)],
];

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Microseconds per edit for `step`, over a slice of about `sliceMs` of CPU time. */
function timed(versions: [string, string], step: (previous: Template, next: string) => Template): number {
  let previous = parse(versions[1]);
  let edits = 0;
  const start = cpuMs();
  while (cpuMs() - start < sliceMs) {
    for (let i = 0; i < 20; i++) previous = step(previous, versions[edits++ % 2]);
  }
  return ((cpuMs() - start) * 1000) / edits;
}

const tasks: Array<[string, (previous: Template, next: string) => Template]> = [
  ['parse(next)', (_, next) => parse(next)],
  ['reparse(previous, next)', (previous, next) => reparse(previous, next)],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(
  `template: ${text.length} characters, ${lines.length - 1} lines; ${rounds} rounds of ${sliceMs} ms per task`,
);
for (const [place, versions] of places) {
  for (const [, step] of tasks) timed(versions, step); // warm-up
  const results = tasks.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < tasks.length; k++) {
      const index = (round + k) % tasks.length;
      results[index].push(timed(versions, tasks[index][1]));
    }
  }
  const [parsed, reparsed] = results.map(median);
  console.log(`edit on ${place}:`);
  for (const [index, [name]] of tasks.entries())
    console.log(`  ${name.padEnd(26)} ${median(results[index]).toFixed(1)} us`);
  console.log(`  reparse is ${(parsed / reparsed).toFixed(1)}x faster than parse`);
}
