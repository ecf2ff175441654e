// Lint time against template size, ours and the Dockerfile peers, 1 KB to 10 MB, drawn as an SVG chart on
// log-log axes (docs/performance-growth.svg) and printed as a table. Run: npm run bench:chart
// [-- --out docs/performance-growth.svg --max-kb 10240 --cap-ms 10000]
//
// The text is the realistic mix of bench/templates.ts (continuations, comments, JSON, pairs, COPY URLs,
// COMPONENT parameters) repeated to the size; the peers read it as a Dockerfile. Each point is the best of a
// few runs in CPU time (process.cpuUsage) after a warm-up at 16 KB; a peer whose run exceeds --cap-ms is not
// run at larger sizes (the chart says where it stopped). Timings are measured here, never asserted in tests.
import { writeFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { lint } from '../packages/core/dist/index.js';
import { limitTemplate } from './templates.js';

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at !== -1 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}
const out = arg('out', 'docs/performance-growth.svg');
const maxKb = Number(arg('max-kb', '10240'));
const capMs = Number(arg('cap-ms', '10000'));

const unit = limitTemplate();
/** The limit template's commands repeated to about `bytes` (whole lines, so every command stays intact). */
function textOf(bytes: number): string {
  const lines = unit.split('\n').slice(1, -1); // no header comment, no trailing empty line
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = lines[i % lines.length];
    out.push(line);
    size += line.length + 1;
  }
  return `${out.join('\n')}\n`;
}

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** Best CPU ms of a run; small inputs repeat until 50 ms so the clock's resolution does not matter. */
function best(run: (text: string) => unknown, text: string): number {
  let bestMs = Infinity;
  const samples = text.length > 1024 * 1024 ? 2 : 5;
  for (let s = 0; s < samples; s++) {
    const start = cpuMs();
    let count = 0;
    let elapsed: number;
    do {
      run(text);
      count++;
      elapsed = cpuMs() - start;
    } while (elapsed < 50);
    bestMs = Math.min(bestMs, elapsed / count);
    if (bestMs > capMs) break;
  }
  return bestMs;
}

const series: Array<{
  name: string;
  color: string;
  run: (text: string) => unknown;
  points: Array<[number, number]>;
  cappedAt?: number;
}> = [
  { name: 'buildcontent lint (parse + all checks)', color: '#1f77b4', run: (text) => lint(text), points: [] },
  { name: 'dockerfile-utils validate (peer)', color: '#d62728', run: (text) => validate(text), points: [] },
  { name: 'dockerfile-ast parse (peer)', color: '#ff7f0e', run: (text) => DockerfileParser.parse(text), points: [] },
];

const sizes: number[] = [];
for (let kb = 1; kb < maxKb; kb *= 4) sizes.push(kb * 1024);
sizes.push(maxKb * 1024);

const warm = textOf(16 * 1024);
for (const s of series) best(s.run, warm);

console.log(`Node ${process.version}; CPU ms per run, best of several; peers capped at ${capMs} ms per run`);
console.log(`| size | ${series.map((s) => s.name).join(' | ')} |`);
console.log(`|---|${series.map(() => '---').join('|')}|`);
for (const bytes of sizes) {
  const text = textOf(bytes);
  const cells: string[] = [];
  for (const s of series) {
    if (s.cappedAt !== undefined) {
      cells.push('not run (capped)');
      continue;
    }
    const ms = best(s.run, text);
    s.points.push([bytes, ms]);
    if (ms > capMs) s.cappedAt = bytes;
    cells.push(ms.toFixed(ms < 10 ? 3 : 0));
  }
  console.log(
    `| ${bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${bytes / 1024} KB`} | ${cells.join(' | ')} |`,
  );
}

writeFileSync(out, chart());
console.log(`chart written to ${out}`);

/** A log-log line chart, hand-written SVG (no dependency). */
function chart(): string {
  const width = 760;
  const height = 460;
  const left = 70;
  const right = 20;
  const top = 40;
  const bottom = 110;
  const all = series.flatMap((s) => s.points);
  const xMin = Math.log10(sizes[0]);
  const xMax = Math.log10(sizes[sizes.length - 1]);
  const yMin = Math.floor(Math.log10(Math.min(...all.map(([, ms]) => ms))));
  const yMax = Math.ceil(Math.log10(Math.max(...all.map(([, ms]) => ms))));
  const x = (bytes: number) => left + ((Math.log10(bytes) - xMin) / (xMax - xMin)) * (width - left - right);
  const y = (ms: number) => top + (1 - (Math.log10(ms) - yMin) / (yMax - yMin)) * (height - top - bottom);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
  );
  parts.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  parts.push(
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="14">Lint time against template size (log-log, CPU ms per run; npm run bench:chart)</text>`,
  );
  for (let e = yMin; e <= yMax; e++) {
    const ms = 10 ** e;
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(ms)}" y2="${y(ms)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 6}" y="${y(ms) + 4}" text-anchor="end">${ms >= 1 ? ms : ms.toFixed(-e)} ms</text>`);
  }
  for (const bytes of sizes) {
    const label = bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`;
    parts.push(`<line x1="${x(bytes)}" x2="${x(bytes)}" y1="${top}" y2="${height - bottom}" stroke="#eee"/>`);
    parts.push(`<text x="${x(bytes)}" y="${height - bottom + 16}" text-anchor="middle">${label}</text>`);
  }
  parts.push(
    `<rect x="${left}" y="${top}" width="${width - left - right}" height="${height - top - bottom}" fill="none" stroke="#888"/>`,
  );
  series.forEach((s, i) => {
    const path = s.points
      .map(([bytes, ms], j) => `${j === 0 ? 'M' : 'L'}${x(bytes).toFixed(1)},${y(ms).toFixed(1)}`)
      .join(' ');
    parts.push(`<path d="${path}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
    for (const [bytes, ms] of s.points)
      parts.push(`<circle cx="${x(bytes).toFixed(1)}" cy="${y(ms).toFixed(1)}" r="3" fill="${s.color}"/>`);
    const capped =
      s.cappedAt !== undefined && s.cappedAt < sizes[sizes.length - 1]
        ? ` (stopped after ${s.cappedAt >= 1024 * 1024 ? `${s.cappedAt / 1024 / 1024} MB` : `${s.cappedAt / 1024} KB`}: over ${capMs / 1000} s per run)`
        : '';
    const ly = height - bottom + 40 + i * 18;
    parts.push(
      `<line x1="${left}" x2="${left + 24}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"/>`,
    );
    parts.push(`<text x="${left + 30}" y="${ly}">${s.name}${capped}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
