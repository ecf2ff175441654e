// Start-up as an editor sees it: spawn the installed bin (`node_modules/.bin/...`, through its shebang, with
// `--stdio`), send `initialize`, time until the answer arrives; then `shutdown` and `exit`. Our bin and
// dockerfile-language-server's are started alternately, so both see the same machine load.
// Run: npm run bench:startup   (RUNS=40 for more samples)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, percentile } from './stats.js';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const RUNS = Number(process.env.RUNS ?? 20);

const SERVERS = [
  { name: 'buildcontent-language-server', bin: join(REPO_ROOT, 'node_modules/.bin/buildcontent-language-server') },
  { name: 'dockerfile-language-server', bin: join(REPO_ROOT, 'node_modules/.bin/docker-langserver') },
];
// EXTRA=<file> adds another build of ours (e.g. packages/language-server/dist/main.js, unbundled), run with node.
if (process.env.EXTRA)
  SERVERS.push({ name: process.env.EXTRA.split('/').slice(-2).join('/'), bin: resolve(process.env.EXTRA) });

function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** Milliseconds from spawn to the `initialize` answer. */
function timeInitialize(bin: string): Promise<number> {
  return new Promise((resolveTime, reject) => {
    const started = performance.now();
    const [command, args] =
      bin.endsWith('.js') || bin.endsWith('.mjs') ? [process.execPath, [bin, '--stdio']] : [bin, ['--stdio']];
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    let received = '';
    child.on('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.toString();
      if (!received.includes('"id":1')) return;
      const elapsed = performance.now() - started;
      child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
      child.stdin.end(frame({ jsonrpc: '2.0', method: 'exit' }));
      child.on('exit', () => resolveTime(elapsed));
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

for (const server of SERVERS) {
  if (!existsSync(server.bin)) {
    console.error(`${server.bin} is missing: run npm install (and npm run build)`);
    process.exit(2);
  }
}
const samples = new Map(SERVERS.map((server) => [server.name, [] as number[]]));
// One unmeasured start each: the first spawn pays for cold file caches.
for (const server of SERVERS) await timeInitialize(server.bin);
for (let run = 0; run < RUNS; run++) {
  for (const server of SERVERS) samples.get(server.name)!.push(await timeInitialize(server.bin));
}
console.log(`spawn -> initialize answered, ${RUNS} runs each, alternating:`);
for (const [name, times] of samples) {
  console.log(
    `  ${name.padEnd(30)} median ${median(times).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms`,
  );
}
const [ours, peer] = [...samples.values()].map(median);
// The ratio compares the bin with the peer's bin; an EXTRA build is listed above only.
console.log(`  ratio peer/ours: ${(peer / ours).toFixed(2)}x`);
