// Parse and lint speed side by side with the Dockerfile peers (dockerfile-ast parse, dockerfile-utils validate)
// in one process, on two inputs: the generated 127-command template at the service's limits (about 16 KB) and
// the bundled examples (all of examples/*.buildcontent per operation). Run: npm run bench [-- --rounds 15]
//
// Interleaved: after a warm-up, each round runs every task for a short slice, in a rotating order, and the
// ratios are taken within a round (other processes on the machine slow every task of a round alike); the
// figures are the medians over the rounds. Time is this process's CPU time (process.cpuUsage), not wall time. Timings are measured here, never asserted in tests.
import { readdirSync, readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { lint, parse } from '../packages/core/dist/index.js';
import { limitTemplate } from './templates.js';

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at !== -1 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}
const rounds = Number(arg('rounds', '15'));
const sliceMs = Number(arg('slice-ms', '100'));

const examplesDir = new URL('../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.buildcontent'))
  .sort()
  .map((name) => readFileSync(new URL(name, examplesDir), 'utf8'));

interface Input {
  name: string;
  texts: string[];
}
const inputs: Input[] = [
  { name: 'limit template (127 commands)', texts: [limitTemplate()] },
  { name: `examples/ (${examples.length} files)`, texts: examples },
];

const tasks: Array<[string, (text: string) => unknown]> = [
  ['buildcontent parse', (text) => parse(text)],
  ['buildcontent lint (parse + all checks)', (text) => lint(text)],
  ['dockerfile-ast parse (peer)', (text) => DockerfileParser.parse(text)],
  ['dockerfile-utils validate (peer)', (text) => validate(text)],
];

/**
 * CPU ms per operation (one operation = every text of the input) over a slice of `ms` of CPU time. CPU time of
 * this process, not wall time: on a shared machine, time spent descheduled would count against whichever
 * task was running.
 */
function slice(run: (text: string) => unknown, texts: string[], ms: number): number {
  const start = process.cpuUsage();
  let count = 0;
  let elapsed: number;
  do {
    for (const text of texts) run(text);
    count++;
    const used = process.cpuUsage(start);
    elapsed = (used.user + used.system) / 1000;
  } while (elapsed < ms);
  return elapsed / count;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(
  `Node ${process.version}; ${rounds} interleaved rounds of ${sliceMs} ms (CPU time) per task, after a warm-up; figures are CPU ms per operation`,
);
for (const input of inputs) {
  const bytes = input.texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const commands = input.texts.reduce((sum, t) => sum + parse(t).commands.length, 0);
  console.log(`\n${input.name}: ${bytes} bytes, ${commands} commands`);
  for (const [, run] of tasks) slice(run, input.texts, 500);
  const times = tasks.map(() => [] as number[]);
  const parseRatios: number[] = [];
  const lintRatios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const round: number[] = [];
    for (let k = 0; k < tasks.length; k++) {
      const i = (k + r) % tasks.length;
      round[i] = slice(tasks[i][1], input.texts, sliceMs);
      times[i].push(round[i]);
    }
    parseRatios.push(round[2] / round[0]);
    lintRatios.push(round[3] / round[1]);
  }
  console.table(
    tasks.map(([name], i) => ({
      task: name,
      'median CPU ms': median(times[i]).toFixed(3),
      'min CPU ms': Math.min(...times[i]).toFixed(3),
    })),
  );
  const parseRatio = median(parseRatios);
  const lintRatio = median(lintRatios);
  console.log(
    `parse: ${parseRatio.toFixed(1)}x faster than dockerfile-ast (goal 5x: ${parseRatio >= 5 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `lint:  ${lintRatio.toFixed(1)}x faster than dockerfile-utils validate (goal 10x: ${lintRatio >= 10 ? 'met' : 'NOT met'})`,
  );
}
