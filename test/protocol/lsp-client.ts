// A real LSP client for the protocol tests: spawns the BUILT server over stdio and talks JSON-RPC to it
// through vscode-languageserver-protocol, as an editor would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The server as its bin runs it: the esbuild bundle (its entry answers `initialize`, the rest are chunks). It starts
 * in a quarter of the CPU time of the unbundled dist/main.js, and it is what users run. test/packaging/pack.test.ts
 * rewrites it (prepack), so that file runs in a group of its own after every test that starts it (vitest.config.ts).
 */
export const SERVER_MAIN = join(REPO_ROOT, 'packages/language-server/dist/bundle/buildcontent-language-server.mjs');
const SERVER_SRC = join(REPO_ROOT, 'packages/language-server/src');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The protocol tests drive the built server: stop with a clear message when it is missing or stale. */
export function requireBuiltServer(): void {
  if (!existsSync(SERVER_MAIN)) {
    throw new Error(`The language server is not built (${SERVER_MAIN} is missing): run \`npm run build\` first.`);
  }
  // The bundle is written after tsc -b, in one piece: compare the newest source with it.
  if (newestMtime(SERVER_SRC) > statSync(SERVER_MAIN).mtimeMs + 1000) {
    throw new Error('packages/language-server/src is newer than its dist/: run `npm run build` first.');
  }
}

/** Full capabilities of a modern editor; tests switch parts off to play older clients. */
export function modernCapabilities(): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      applyEdit: true,
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
      didChangeWatchedFiles: { dynamicRegistration: true },
      didChangeConfiguration: { dynamicRegistration: true },
    },
    textDocument: {
      synchronization: { didSave: true },
      publishDiagnostics: {
        relatedInformation: true,
        tagSupport: { valueSet: [1, 2] },
        codeDescriptionSupport: true,
        dataSupport: true,
      },
      completion: { completionItem: { snippetSupport: true, tagSupport: { valueSet: [1] } } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        disabledSupport: true,
        isPreferredSupport: true,
      },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: { lineFoldingOnly: true },
      semanticTokens: {
        requests: { full: true },
        tokenTypes: [],
        tokenModifiers: [],
        formats: ['relative'],
      },
    },
  };
}

export interface StartOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** Answers `workspace/configuration` (per item); default: an empty section. */
  configuration?: (scopeUri: string | undefined, section: string | undefined) => unknown;
  /** Never answer `workspace/configuration` (a client that hangs). */
  neverAnswerConfiguration?: boolean;
  /** Answer `workspace/configuration` this late (a slow client). */
  configurationDelayMs?: number;
  rootUri?: string | null;
  /** Another build of the server to run (e.g. the esbuild bundle); default dist/main.js. */
  serverPath?: string;
}

export class LspTestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publication, in order (to count how often something was said). */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: string[] = [];
  readonly stderr: string[] = [];
  initializeResult!: InitializeResult;
  private listeners: Array<() => void> = [];
  private versions = new Map<string, number>();
  exitCode: Promise<number | null>;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    this.exitCode = new Promise((resolveExit) => process.on('exit', (code) => resolveExit(code)));
    process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
      for (const listener of this.listeners) listener();
    });
  }

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    requireBuiltServer();
    const child = spawn(process.execPath, [options.serverPath ?? SERVER_MAIN, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new LspTestClient(child, connection);
    connection.onRequest(ConfigurationRequest.type, (params) =>
      options.neverAnswerConfiguration
        ? new Promise<never>(() => undefined)
        : new Promise<unknown[]>((resolveAnswer) =>
            setTimeout(
              () =>
                resolveAnswer(params.items.map((item) => options.configuration?.(item.scopeUri, item.section) ?? {})),
              options.configurationDelayMs ?? 0,
            ),
          ),
    );
    connection.onRequest(RegistrationRequest.type, (params) => {
      client.registrations.push(...params.registrations.map((registration) => registration.method));
    });
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      capabilities: options.capabilities ?? modernCapabilities(),
      initializationOptions: options.initializationOptions,
      workspaceFolders: null,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string, languageId = 'buildcontent'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Resolves with the first published diagnostics for `uri` that satisfy `accept` (already received ones count). */
  waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 10000,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolveWait, rejectWait) => {
      const check = () => {
        const current = this.diagnostics.get(uri);
        if (current && accept(current)) {
          this.listeners = this.listeners.filter((listener) => listener !== check);
          clearTimeout(timer);
          resolveWait(current);
        }
      };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((listener) => listener !== check);
        rejectWait(
          new Error(
            `no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}`,
          ),
        );
      }, timeoutMs);
      this.listeners.push(check);
      check();
    });
  }

  /** shutdown + exit, and the server process's exit code. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    }
    const code = await this.exitCode;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }
}
