// Start, initialize, shutdown and exit over stdio, and the transports' command line.
import { spawn, spawnSync } from 'node:child_process';
import {
  createProtocolConnection,
  createClientSocketTransport,
  ExitNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver-protocol/node';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, requireBuiltServer, SERVER_MAIN } from './lsp-client.js';

function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

/** The server over raw stdio: what it writes, and its exit code. */
function rawServer() {
  const child = spawn(process.execPath, [SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
  return { send: (message: object) => child.stdin.write(frame(message)), output: () => output, exited, child };
}

const initialize = { method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };

describe("the protocol's lifecycle", () => {
  beforeAll(() => requireBuiltServer());

  it('answers requests before initialize with ServerNotInitialized, then serves', async () => {
    const server = rawServer();
    server.send({
      id: 1,
      method: 'textDocument/hover',
      params: { textDocument: { uri: 'file:///a' }, position: { line: 0, character: 0 } },
    });
    server.send({
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: 'file:///a.buildcontent', languageId: 'buildcontent', version: 1, text: 'RUN' } },
    });
    server.send({ id: 2, ...initialize });
    server.send({
      id: 3,
      method: 'textDocument/documentSymbol',
      params: { textDocument: { uri: 'file:///a.buildcontent' } },
    });
    await expect.poll(server.output, { timeout: 10000 }).toContain('"id":3,');
    expect(server.output()).toContain(
      '{"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"The server is not initialized: textDocument/hover before initialize"}}',
    );
    expect(server.output()).toContain('"id":2,"result":{"capabilities"');
    // The didOpen before initialize was dropped, as the specification says: the document is unknown.
    expect(server.output()).toContain('{"jsonrpc":"2.0","id":3,"result":[]}');
    server.child.kill();
  });

  it('answers a second initialize and requests after shutdown with InvalidRequest, and exits with 0 on exit', async () => {
    const server = rawServer();
    server.send({ id: 1, ...initialize });
    server.send({ method: 'initialized', params: {} });
    server.send({ id: 2, ...initialize });
    server.send({ id: 3, method: 'shutdown' });
    server.send({
      id: 4,
      method: 'textDocument/hover',
      params: { textDocument: { uri: 'file:///a' }, position: { line: 0, character: 0 } },
    });
    // The refusals are written at once, the answers when the server gets to them: wait for the last answer.
    await expect.poll(server.output, { timeout: 10000 }).toContain('{"jsonrpc":"2.0","id":3,"result":null}');
    expect(server.output()).toContain(
      '{"jsonrpc":"2.0","id":2,"error":{"code":-32600,"message":"initialize was already sent"}}',
    );
    // Answered once: before the connection was loaded (early-initialize.ts), not again by the connection.
    expect(server.output().match(/"id":1,/g)).toHaveLength(1);
    expect(server.output()).toContain(
      '{"jsonrpc":"2.0","id":4,"error":{"code":-32600,"message":"The server is shutting down: textDocument/hover after shutdown"}}',
    );
    server.send({ method: 'exit' });
    expect(await server.exited).toBe(0);
  });

  it('exits with 1 on exit without shutdown', async () => {
    const server = rawServer();
    server.send({ id: 1, ...initialize });
    await expect.poll(server.output, { timeout: 10000 }).toContain('"id":1,');
    server.send({ method: 'exit' });
    expect(await server.exited).toBe(1);
  });
});

describe('server lifecycle over stdio', () => {
  beforeAll(() => requireBuiltServer());
  let client: LspTestClient | undefined;
  afterEach(() => client?.kill());

  it('announces its capabilities and exits with 0 after shutdown and exit', async () => {
    client = await LspTestClient.start();
    const { capabilities, serverInfo } = client.initializeResult;
    expect(serverInfo).toEqual({ name: 'buildcontent-language-server', version: '0.1.0' });
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(capabilities.codeActionProvider).toMatchObject({
      codeActionKinds: ['quickfix', 'source.fixAll.buildcontent', 'source.emitRequest'],
    });
    expect(capabilities.completionProvider?.triggerCharacters).toEqual(['-', ':', '$', '{']);
    expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toContain('keyword');
    for (const provider of [
      'hoverProvider',
      'documentFormattingProvider',
      'documentRangeFormattingProvider',
      'foldingRangeProvider',
    ] as const) {
      expect(capabilities[provider], provider).toBe(true);
    }
    expect(capabilities.diagnosticProvider).toBeUndefined();
    expect(await client.stop()).toBe(0);
  });

  it('registers watchers for parameters and rc files with clients that allow dynamic registration', async () => {
    client = await LspTestClient.start();
    await expect
      .poll(() => client!.registrations, { timeout: 10000 })
      .toEqual(expect.arrayContaining(['workspace/didChangeWatchedFiles', 'workspace/didChangeConfiguration']));
    await client.stop();
  });

  it('offers pull diagnostics to clients that support them', async () => {
    client = await LspTestClient.start({
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    expect(client.initializeResult.capabilities.diagnosticProvider).toMatchObject({
      identifier: 'buildcontent',
      interFileDependencies: false,
    });
    await client.stop();
  });

  it('prints its help and version', () => {
    const help = spawnSync(process.execPath, [SERVER_MAIN, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--socket=<port>');
    const version = spawnSync(process.execPath, [SERVER_MAIN, '--version'], { encoding: 'utf8' });
    expect(version.stdout).toBe('0.1.0\n');
  });
});

describe('other transports', () => {
  beforeAll(() => requireBuiltServer());

  async function initializeOver(reader: MessageReader, writer: MessageWriter): Promise<string | undefined> {
    const connection = createProtocolConnection(reader, writer);
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      workspaceFolders: null,
    });
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    connection.dispose();
    return result.serverInfo?.name;
  }

  it('initializes over --node-ipc', async () => {
    const child = spawn(process.execPath, [SERVER_MAIN, '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
    expect(await initializeOver(new IPCMessageReader(child), new IPCMessageWriter(child))).toBe(
      'buildcontent-language-server',
    );
    expect(await exited).toBe(0);
  });

  it('initializes over --socket=<port>', async () => {
    // The client listens; the server connects to it.
    const transport = await createClientSocketTransport(0);
    const child = spawn(process.execPath, [SERVER_MAIN, `--socket=${transport.port()}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
    const [reader, writer] = await transport.onConnected();
    expect(await initializeOver(reader, writer)).toBe('buildcontent-language-server');
    expect(await exited).toBe(0);
  });
});
