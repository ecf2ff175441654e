// Start-up as an editor sees it: over stdio `initialize` is answered before vscode-languageserver and the
// server are loaded (early-initialize.ts), with the answer the connection gives; the npm bin runs the esbuild
// bundle, split so that what answers `initialize` is loaded without the rest (docs/performance.md).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  ExitNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
  type ClientCapabilities,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, modernCapabilities, REPO_ROOT, requireBuiltServer, SERVER_MAIN } from './lsp-client.js';

const BIN = join(REPO_ROOT, 'packages/language-server/bin/buildcontent-language-server.js');
const BUNDLE = join(REPO_ROOT, 'packages/language-server/dist/bundle/buildcontent-language-server.mjs');
const built = existsSync(BUNDLE);

/** The bundle's files reachable from `entry`: through static imports only, or through `import()` too. */
function graph(entry: string, { dynamic }: { dynamic: boolean }): string[] {
  const files = [entry];
  const pattern = dynamic ? /(?:from\s*|import\s*\(?)"(\.[^"]+)"/g : /(?:from|import)\s*"(\.[^"]+)"/g;
  for (let index = 0; index < files.length; index++) {
    const text = readFileSync(files[index], 'utf8');
    for (const [, specifier] of text.matchAll(pattern)) {
      const file = join(dirname(files[index]), specifier);
      if (!files.includes(file)) files.push(file);
    }
  }
  return files;
}

describe.skipIf(!built)('the bundled bin (skipped: run `npm run build` to write the bundle)', () => {
  it('loads neither vscode-languageserver nor the server before it answers initialize: both are imported afterwards', () => {
    const before = graph(BUNDLE, { dynamic: false });
    const all = graph(BUNDLE, { dynamic: true });
    expect(all.length).toBeGreaterThan(before.length);
    // A message of the checks, a name of the request model, a method of the LSP library: each in a lazy chunk only.
    for (const marker of ['NotEmptyCommandContent.RESTART', 'CreateImagePipeline', 'textDocument/publishDiagnostics']) {
      expect(before.filter((file) => readFileSync(file, 'utf8').includes(marker))).toEqual([]);
      expect(all.some((file) => readFileSync(file, 'utf8').includes(marker))).toBe(true);
    }
  });

  it('answers initialize and publishes the diagnostics of a document opened right after it', async () => {
    const client = await LspTestClient.start({ serverPath: BIN });
    try {
      expect(client.initializeResult.serverInfo).toEqual({ name: 'buildcontent-language-server', version: '0.1.0' });
      const uri = pathToFileURL(join(REPO_ROOT, 'no-such-dir', 'a.buildcontent')).href;
      await client.open(uri, 'FROM m-1\nRUN\n');
      const published = await client.waitForDiagnostics(uri);
      expect(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range])).toContainEqual([
        'EmptyCommandContent.RUN',
        { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } },
      ]);
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });
});

/** The connection's own answer: over Node IPC nothing answers `initialize` before it. */
async function answerOverIpc(capabilities: ClientCapabilities): Promise<InitializeResult> {
  const child = spawn(process.execPath, [SERVER_MAIN, '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const exited = new Promise((resolveExit) => child.on('exit', resolveExit));
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.listen();
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities,
    workspaceFolders: null,
  });
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  await exited;
  connection.dispose();
  return result;
}

const frame = (message: object) => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
};

describe('initialize answered before the connection is loaded (stdio)', () => {
  beforeAll(() => requireBuiltServer());

  it.each([
    ['a modern client', modernCapabilities()],
    ['a client that says nothing', {}],
    ['a pull-diagnostics client', { textDocument: { diagnostic: { dynamicRegistration: false } } }],
  ])('gives %s the answer the connection gives', async (_name, capabilities: ClientCapabilities) => {
    const client = await LspTestClient.start({ capabilities });
    try {
      expect(client.initializeResult).toEqual(await answerOverIpc(capabilities));
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });

  it('answers once, and exits with 1 when the client closes its end at once', async () => {
    const child = spawn(process.execPath, [SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolveExit) => child.on('exit', resolveExit));
    // The request split inside its header; the input ends right after it (before the connection is loaded).
    const bytes = Buffer.from(
      frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }),
    );
    child.stdin.write(bytes.subarray(0, 10));
    child.stdin.end(bytes.subarray(10));
    expect(await exited).toBe(1);
    expect(output.match(/"id":1,/g)).toHaveLength(1);
    expect(output).toContain('{"jsonrpc":"2.0","id":1,"result":{"capabilities":{');
  });
});
