// Measures, as an LSP client over stdio sees it:
//  - start-up: spawn -> initialize answered, and spawn -> first diagnostics of an opened ~16 KB template;
//  - diagnostics latency: one incremental edit -> publishDiagnostics for that version, over 50 edits
//    (a pause between edits, as when typing; the median and p95 are printed).
// Run after `npm run build`:  node --import tsx packages/language-server/bench/lsp-latency.ts
// SERVER=packages/language-server/dist/bundle/buildcontent-language-server.mjs measures the esbuild bundle instead.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspTestClient } from '../../../test/protocol/lsp-client.js';

const STARTS = 10;
const EDITS = 50;
const PAUSE_BETWEEN_EDITS_MS = 150;
const TARGET_BYTES = 16 * 1024 - 200;

/** A realistic template of about 16 KB: components, package installs, continued RUNs, ENV/LABEL, COPY. */
function template16k(): string {
  const block = [
    '# install and configure the web tier',
    'COMPONENT ic-bp18hy47cqavewsb0001 --port 80 --workers 4',
    'RUN yum install -y nginx php-fpm \\',
    '    && systemctl enable nginx \\',
    '    && yum clean all',
    'ENV APP_HOME="/srv/www" APP_ENV="production"',
    'LABEL owner="platform" tier="web"',
    'COPY https://example.com/releases/site-1.2.3.tar.gz /srv/www/',
    'WORKDIR /srv/www',
    'RUN tar -xzf site-1.2.3.tar.gz && rm -f site-1.2.3.tar.gz',
    'USER root',
  ].join('\n');
  let text = '';
  while (Buffer.byteLength(text) + block.length + 1 < TARGET_BYTES) text += `${block}\n`;
  return `${text}RESTART\n`;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  return `${label}: median ${fmt(percentile(sorted, 50))}, p95 ${fmt(percentile(sorted, 95))}, min ${fmt(sorted[0])}, max ${fmt(sorted[sorted.length - 1])} (n=${sorted.length})`;
}

const serverPath = process.env.SERVER ? resolve(process.env.SERVER) : undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const text = template16k();
  const lines = text.split('\n').length - 1;
  console.log(`server: ${serverPath ?? 'dist/main.js'}; template: ${Buffer.byteLength(text)} bytes, ${lines} lines`);

  const toInitialize: number[] = [];
  const toFirstDiagnostics: number[] = [];
  for (let run = 0; run < STARTS; run++) {
    const started = performance.now();
    const client = await LspTestClient.start({ serverPath });
    toInitialize.push(performance.now() - started);
    const uri = `file:///bench/start-${run}.buildcontent`;
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
    toFirstDiagnostics.push(performance.now() - started);
    await client.stop();
  }
  console.log(summary('start-up, spawn -> initialize result', toInitialize));
  console.log(summary('start-up, spawn -> first diagnostics of the template', toFirstDiagnostics));

  const client = await LspTestClient.start({ serverPath });
  const uri = 'file:///bench/edit.buildcontent';
  await client.open(uri, text);
  await client.waitForDiagnostics(uri);
  const latencies: number[] = [];
  // Type a character into the RUN on line 3 and delete it again, alternately.
  for (let edit = 0; edit < EDITS; edit++) {
    await sleep(PAUSE_BETWEEN_EDITS_MS);
    const insert = edit % 2 === 0;
    const at = { line: 2, character: 20 };
    const started = performance.now();
    await client.change(uri, [
      insert ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: { line: 2, character: 21 } }, text: '' },
    ]);
    const version = client.version(uri);
    await client.waitForDiagnostics(uri, (params) => params.version === version);
    latencies.push(performance.now() - started);
  }
  console.log(summary(`diagnostics after an edit (${EDITS} edits, ${PAUSE_BETWEEN_EDITS_MS} ms apart)`, latencies));
  await client.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
