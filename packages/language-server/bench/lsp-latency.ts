// Edit to diagnostics as an LSP client over stdio sees it, for our server (the bundle the bin runs) and
// dockerfile-language-server on the same client and the same ~16 KB template, alternating:
//  - typing cadence: an incremental edit every 60 ms, time until the next publishDiagnostics for the file;
//  - burst: the next edit as soon as the diagnostics of the previous one arrive.
// Both servers first take WARMUP unmeasured edits (default 60): until the JIT has compiled the lint, an edit
// costs several times the CPU time of a warm one (25 ms against 6 ms for ours), and without a warm-up that cost
// fell on the typing figures, which ran first, and made typing look slower than bursts.
// Each server's CPU time per edit (user + system, from /proc/<pid>/stat) is printed beside its latency: wall
// time on a shared machine includes waiting for a processor, CPU time does not.
// Run: npm run bench:lsp   (SERVER=<path> measures another build of ours, e.g. dist/main.js)
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspTestClient, REPO_ROOT } from '../../../test/protocol/lsp-client.js';
import { cpuMsOf, median, percentile } from './stats.js';

const EDITS = Number(process.env.EDITS ?? 60);
const WARMUP = Number(process.env.WARMUP ?? 60);
const TYPING_PAUSE_MS = 60;
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

const SERVERS = [
  {
    name: 'buildcontent-language-server',
    path: process.env.SERVER
      ? resolve(process.env.SERVER)
      : resolve(REPO_ROOT, 'packages/language-server/dist/bundle/buildcontent-language-server.mjs'),
    languageId: 'buildcontent',
    extension: 'buildcontent',
  },
  {
    name: 'dockerfile-language-server',
    path: resolve(REPO_ROOT, 'node_modules/dockerfile-language-server-nodejs/bin/docker-langserver'),
    languageId: 'dockerfile',
    extension: 'Dockerfile',
  },
];

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/** Time from one incremental edit (type or delete a character on line 3) to the next publication for the file. */
async function timeEdit(client: LspTestClient, uri: string, edit: number): Promise<number> {
  const before = client.published.filter((params) => params.uri === uri).length;
  const at = { line: 2, character: 20 };
  const started = performance.now();
  await client.change(uri, [
    edit % 2 === 0
      ? { range: { start: at, end: at }, text: 'x' }
      : { range: { start: at, end: { line: 2, character: 21 } }, text: '' },
  ]);
  await client.waitForDiagnostics(uri, () => client.published.filter((params) => params.uri === uri).length > before);
  return performance.now() - started;
}

async function main(): Promise<void> {
  const text = template16k();
  console.log(
    `template: ${Buffer.byteLength(text)} bytes, ${text.split('\n').length - 1} lines; ${EDITS} edits per mode after ${WARMUP} unmeasured`,
  );
  const clients = await Promise.all(SERVERS.map((server) => LspTestClient.start({ serverPath: server.path })));
  const uris = SERVERS.map((server, index) => `file:///bench/edit-${index}.${server.extension}`);
  for (const [index, client] of clients.entries()) {
    await client.open(uris[index], text, SERVERS[index].languageId);
    await client.waitForDiagnostics(uris[index]);
  }
  for (const [index, client] of clients.entries()) {
    for (let edit = 0; edit < WARMUP; edit++) await timeEdit(client, uris[index], edit);
  }
  const typing = SERVERS.map(() => [] as number[]);
  const burst = SERVERS.map(() => [] as number[]);
  const cpu = { typing: SERVERS.map(() => 0), burst: SERVERS.map(() => 0) };
  const cpuBefore = clients.map((client) => cpuMsOf(client.process.pid));
  for (let edit = 0; edit < EDITS; edit++) {
    for (const [index, client] of clients.entries()) {
      await sleep(TYPING_PAUSE_MS);
      typing[index].push(await timeEdit(client, uris[index], edit));
    }
  }
  for (const [index, client] of clients.entries()) {
    // Whatever a server does after its last publication (timers, refreshes) counts for the mode it follows.
    await sleep(TYPING_PAUSE_MS);
    const afterTyping = cpuMsOf(client.process.pid);
    cpu.typing[index] = (afterTyping - cpuBefore[index]) / EDITS;
    for (let edit = 0; edit < EDITS; edit++) burst[index].push(await timeEdit(client, uris[index], edit));
    await sleep(TYPING_PAUSE_MS);
    cpu.burst[index] = (cpuMsOf(client.process.pid) - afterTyping) / EDITS;
  }
  for (const [mode, samples, cpuPerEdit] of [
    [`typing (${TYPING_PAUSE_MS} ms apart)`, typing, cpu.typing],
    ['burst (next edit on diagnostics)', burst, cpu.burst],
  ] as const) {
    console.log(`edit -> diagnostics, ${mode}:`);
    for (const [index, server] of SERVERS.entries()) {
      console.log(
        `  ${server.name.padEnd(30)} p50 ${median(samples[index]).toFixed(1)} ms, p95 ${percentile(samples[index], 95).toFixed(1)} ms, server CPU ${cpuPerEdit[index].toFixed(2)} ms per edit`,
      );
    }
    console.log(`  ratio peer/ours (p50): ${(median(samples[1]) / median(samples[0])).toFixed(2)}x`);
  }
  await Promise.all(clients.map((client) => client.stop()));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
