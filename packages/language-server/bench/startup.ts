// Start-up as an editor sees it: spawn the installed bin (`node_modules/.bin/...`, through its shebang, with
// `--stdio`), send `initialize`, time until the answer arrives; then `shutdown` and `exit`. Our bin and
// dockerfile-language-server's are started alternately, so both see the same machine load. Node's own floor is
// measured in the same rounds: `node -e 0` and node running an empty .mjs (spawn to exit), and a one-line .mjs
// that answers the first message on stdin with a fixed `initialize` result (spawn to answer: what no server
// written for Node can beat on this machine).
// Answering `initialize` early is only half of what an editor waits for: each start also opens one template
// right after `initialized` and times the spawn to its first `publishDiagnostics` (the peer gets the same text as
// a Dockerfile), so a server that answers early but loads late shows it here.
// Run: npm run bench:startup   (RUNS=40 for more samples)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, percentile } from './stats.js';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const RUNS = Number(process.env.RUNS ?? 20);

const SERVERS = [
  {
    name: 'buildcontent-language-server',
    bin: join(REPO_ROOT, 'node_modules/.bin/buildcontent-language-server'),
    languageId: 'buildcontent',
  },
  {
    name: 'dockerfile-language-server',
    bin: join(REPO_ROOT, 'node_modules/.bin/docker-langserver'),
    languageId: 'dockerfile',
  },
];
// EXTRA=<file> adds another build of ours (e.g. packages/language-server/dist/main.js, unbundled), run with node.
if (process.env.EXTRA)
  SERVERS.push({
    name: process.env.EXTRA.split('/').slice(-2).join('/'),
    bin: resolve(process.env.EXTRA),
    languageId: 'buildcontent',
  });

function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const OPENED_TEXT = 'FROM ubuntu:22.04\nRUN apt-get update\nENV A=1\nCMD ["bash"]\n';

/** Milliseconds from spawn to the `initialize` answer, and (servers only) to the first diagnostics of a document opened after it. */
function timeStart(bin: string, languageId?: string): Promise<{ initialize: number; diagnostics?: number }> {
  return new Promise((resolveTime, reject) => {
    const started = performance.now();
    const [command, args] =
      bin.endsWith('.js') || bin.endsWith('.mjs') ? [process.execPath, [bin, '--stdio']] : [bin, ['--stdio']];
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    const uri = pathToFileURL(join(REPO_ROOT, 'bench-start.buildcontent')).href;
    let received = '';
    let initialize: number | undefined;
    let done = false;
    child.on('error', reject);
    const finish = (diagnostics?: number) => {
      done = true;
      child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
      child.stdin.end(frame({ jsonrpc: '2.0', method: 'exit' }));
      child.on('exit', () => resolveTime({ initialize: initialize!, diagnostics }));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (done) return;
      received += chunk.toString();
      if (initialize === undefined) {
        if (!received.includes('"id":1')) return;
        initialize = performance.now() - started;
        if (!languageId) return finish();
        child.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
        child.stdin.write(
          frame({
            jsonrpc: '2.0',
            method: 'textDocument/didOpen',
            params: { textDocument: { uri, languageId, version: 1, text: OPENED_TEXT } },
          }),
        );
      }
      if (received.includes('textDocument/publishDiagnostics') && received.includes(uri)) {
        finish(performance.now() - started);
      }
    });
    child.stdin.write(
      frame({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          processId: process.pid,
          rootUri: pathToFileURL(REPO_ROOT).href,
          capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } } },
        },
      }),
    );
  });
}

/** Milliseconds from spawn to the `initialize` answer. */
const timeInitialize = async (bin: string) => (await timeStart(bin)).initialize;

/** Milliseconds from spawn to exit of `node <args>`. */
function timeExit(args: string[]): Promise<number> {
  return new Promise((resolveTime, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolveTime(performance.now() - started));
  });
}

const floorDir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
const emptyModule = join(floorDir, 'empty.mjs');
writeFileSync(emptyModule, '');
const answerModule = join(floorDir, 'answer.mjs');
writeFileSync(
  answerModule,
  `const body = '{"jsonrpc":"2.0","id":1,"result":{"capabilities":{}}}';
process.stdin.once('data', () => process.stdout.write('Content-Length: ' + body.length + '\\r\\n\\r\\n' + body));
process.stdin.on('end', () => process.exit(0));
`,
);
const FLOORS: { name: string; time: () => Promise<number> }[] = [
  { name: 'node -e 0 (to exit)', time: () => timeExit(['-e', '0']) },
  { name: 'node empty.mjs (to exit)', time: () => timeExit([emptyModule]) },
  { name: 'node answer.mjs (to answer)', time: () => timeInitialize(answerModule) },
];

for (const server of SERVERS) {
  if (!existsSync(server.bin)) {
    console.error(`${server.bin} is missing: run npm install (and npm run build)`);
    process.exit(2);
  }
}
const samples = new Map(SERVERS.map((server) => [server.name, [] as number[]]));
const diagnosticsSamples = new Map(SERVERS.map((server) => [server.name, [] as number[]]));
const floorSamples = new Map(FLOORS.map((floor) => [floor.name, [] as number[]]));
// One unmeasured start each: the first spawn pays for cold file caches.
for (const server of SERVERS) await timeStart(server.bin, server.languageId);
for (let run = 0; run < RUNS; run++) {
  for (const server of SERVERS) {
    const times = await timeStart(server.bin, server.languageId);
    samples.get(server.name)!.push(times.initialize);
    diagnosticsSamples.get(server.name)!.push(times.diagnostics!);
  }
  for (const floor of FLOORS) floorSamples.get(floor.name)!.push(await floor.time());
}
rmSync(floorDir, { recursive: true, force: true });
console.log(`spawn -> initialize answered, ${RUNS} runs each, alternating:`);
for (const [name, times] of [...samples, ...floorSamples]) {
  console.log(
    `  ${name.padEnd(30)} median ${median(times).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms`,
  );
}
const [ours, peer] = [...samples.values()].map(median);
// The ratio compares the bin with the peer's bin; an EXTRA build is listed above only.
console.log(`  ratio peer/ours: ${(peer / ours).toFixed(2)}x`);
console.log(`spawn -> first diagnostics of a document opened after initialize, same runs:`);
for (const [name, times] of diagnosticsSamples) {
  console.log(
    `  ${name.padEnd(30)} median ${median(times).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms`,
  );
}
const [oursOpen, peerOpen] = [...diagnosticsSamples.values()].map(median);
console.log(`  ratio peer/ours: ${(peerOpen / oursOpen).toFixed(2)}x`);
