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

describe('server lifecycle over stdio', () => {
  beforeAll(() => requireBuiltServer());
  let client: LspTestClient | undefined;
  afterEach(() => client?.kill());

  it('announces its capabilities and exits with 0 after shutdown and exit', async () => {
    client = await LspTestClient.start();
    const { capabilities, serverInfo } = client.initializeResult;
    expect(serverInfo).toEqual({ name: 'buildcontent-language-server', version: '0.1.0' });
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.buildcontent', 'source.emitRequest'] });
    expect(capabilities.completionProvider?.triggerCharacters).toEqual(['-', ':', '$', '{']);
    expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toContain('keyword');
    for (const provider of ['hoverProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider', 'foldingRangeProvider'] as const) {
      expect(capabilities[provider], provider).toBe(true);
    }
    expect(capabilities.diagnosticProvider).toBeUndefined();
    expect(await client.stop()).toBe(0);
  });

  it('registers watchers for parameters and rc files with clients that allow dynamic registration', async () => {
    client = await LspTestClient.start();
    await expect.poll(() => client!.registrations).toEqual(
      expect.arrayContaining(['workspace/didChangeWatchedFiles', 'workspace/didChangeConfiguration']),
    );
    await client.stop();
  });

  it('offers pull diagnostics to clients that support them', async () => {
    client = await LspTestClient.start({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    expect(client.initializeResult.capabilities.diagnosticProvider).toMatchObject({ identifier: 'buildcontent', interFileDependencies: false });
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
    const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    connection.dispose();
    return result.serverInfo?.name;
  }

  it('initializes over --node-ipc', async () => {
    const child = spawn(process.execPath, [SERVER_MAIN, '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
    expect(await initializeOver(new IPCMessageReader(child), new IPCMessageWriter(child))).toBe('buildcontent-language-server');
    expect(await exited).toBe(0);
  });

  it('initializes over --socket=<port>', async () => {
    // The client listens; the server connects to it.
    const transport = await createClientSocketTransport(0);
    const child = spawn(process.execPath, [SERVER_MAIN, `--socket=${transport.port()}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
    const [reader, writer] = await transport.onConnected();
    expect(await initializeOver(reader, writer)).toBe('buildcontent-language-server');
    expect(await exited).toBe(0);
  });
});
