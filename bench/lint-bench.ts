// Parse and lint speed on a 127-command, ~16 KB template, side by side with the Dockerfile peers
// (dockerfile-ast parse, dockerfile-utils validate) in the same process. Run: npm run bench
// Timings are measured here, never asserted in tests.
import { Bench } from 'tinybench';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { lint, parse } from '../packages/core/dist/index.js';
import { limitTemplate } from './templates.js';

const text = limitTemplate();
const bytes = Buffer.byteLength(text);
const commands = parse(text).commands.length;
console.log(`input: ${commands} commands, ${bytes} bytes, ${lint(text).length} findings`);

const bench = new Bench({ time: 2000, warmupTime: 500 });
bench
  .add('buildcontent parse', () => void parse(text))
  .add('buildcontent lint (parse + all checks)', () => void lint(text))
  .add('dockerfile-ast parse (peer)', () => void DockerfileParser.parse(text))
  .add('dockerfile-utils validate (peer)', () => void validate(text));
await bench.run();

const rows = bench.tasks.map((task) => {
  const result = task.result;
  if (!result || result.state !== 'completed') return { task: task.name, state: result?.state ?? 'not run' };
  const latency = result.latency;
  return { task: task.name, 'mean ms': latency.mean.toFixed(3), 'p99 ms': latency.p99?.toFixed(3), 'ops/s': Math.round(result.throughput.mean) };
});
console.table(rows);
