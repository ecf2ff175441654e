#!/usr/bin/env node
// Entry point of `buildcontent-language-server`: picks the transport and starts the server.
import {
  createConnection,
  createServerPipeTransport,
  createServerSocketTransport,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  type MessageReader,
  type InitializeParams,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { clientSupport, type ClientState } from './client-support.js';
import { holdAfterInitialize } from './deferred-start.js';
import { initialize } from './initialize.js';
import { gateLifecycle } from './lifecycle-gate.js';
import { SERVER_NAME, SERVER_VERSION } from './server-info.js';
import { FrameResync, MAX_MESSAGE_BYTES } from './stdio-framing.js';
import { StdioMessageWriter } from './stdio-writer.js';

const USAGE = `Usage: ${SERVER_NAME} [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

Language server for Alibaba Cloud ECS Image Builder templates (*.buildcontent, *.imagebuilder).
Without a transport option it talks over stdio.

  --stdio            JSON-RPC over standard input and output (default)
  --node-ipc         Node IPC channel (the parent spawned this process with an IPC channel)
  --socket=<port>    connect to a TCP port on localhost where the client listens
  --pipe=<name>      connect to a named pipe / Unix socket
  --version          print the version
  --help             print this help

Messages above ${MAX_MESSAGE_BYTES / (1024 * 1024)} MB are refused unread (docs/reliability.md).
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
  process.exit(0);
}

/** `--name=value` or `--name value`. */
function option(name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name) return args[i + 1];
    if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
  }
  return undefined;
}

let shutdownRequested = false;

/**
 * Over a byte stream the server builds the reader itself: to answer what cannot be read with one JSON-RPC
 * error (id null) per run of garbage instead of silence, to resume reading after it (FrameResync), and to
 * refuse oversized messages without buffering them.
 */
function streamTransport(input: NodeJS.ReadableStream, writer: MessageWriter): MessageReader {
  const reply = (code: number, message: string) => {
    const response: ResponseMessage = { jsonrpc: '2.0', id: null, error: { code, message } };
    writer.write(response).catch(() => undefined);
  };
  const framed = input.pipe(
    new FrameResync({
      garbage: (bytes, reason) => reply(ErrorCodes.ParseError, `Parse error: ${bytes} bytes dropped: ${reason}`),
      oversized: (length, max) =>
        reply(
          ErrorCodes.InvalidRequest,
          `Invalid request: a message of ${length} bytes is above the ${max}-byte limit; dropped unread`,
        ),
    }),
  );
  const reader = new StreamMessageReader(framed);
  reader.onError((error) => {
    // Echoing a long body back would only flood the client.
    const short = error.message.length > 200 ? `${error.message.slice(0, 200)}…` : error.message;
    reply(ErrorCodes.ParseError, `Parse error: ${short}`);
  });
  return reader;
}

function transport(): [MessageReader, MessageWriter] {
  if (args.includes('--node-ipc')) return [new IPCMessageReader(process), new IPCMessageWriter(process)];
  const port = option('--socket');
  if (port !== undefined) return createServerSocketTransport(Number(port));
  const pipe = option('--pipe');
  if (pipe !== undefined) return createServerPipeTransport(pipe);
  // stdout carries the protocol: anything logged with console.log would corrupt it.
  console.log = (...values: unknown[]) => console.error(...values);
  const writer = new StdioMessageWriter(process.stdout);
  const reader = streamTransport(process.stdin, writer);
  // The client closed its end: exit with 0 after a shutdown request, else 1, as the protocol says.
  const exitOnClose = () => process.exit(shutdownRequested ? 0 : 1);
  process.stdin.on('end', exitOnClose);
  process.stdin.on('close', exitOnClose);
  return [reader, writer];
}

// `initialize` is answered from the capabilities alone; the server (./server.js, which loads core) is imported
// once the answer is written, while what the client sends next waits in order (deferred-start.ts).
const [reader, writer] = transport();
const held = holdAfterInitialize(gateLifecycle(reader, writer));
const client: ClientState = { support: clientSupport({}), workspaceRoots: [] };
let initializeParams: InitializeParams | undefined;
const loadServer = () => {
  const params = initializeParams;
  // Only an `initialize` whose handler threw is answered without params: there is no session to serve.
  if (!params) return;
  import('./server.js')
    .then(({ startServer }) => {
      startServer(connection, {
        initialized: { client, params },
        onMessageRead: (listener) => held.onRead(listener),
        onShutdown: () => {
          shutdownRequested = true;
        },
      });
      held.release();
    })
    .catch((error: unknown) => {
      process.stderr.write(`${SERVER_NAME}: the server failed to load: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    });
};
const connection = createConnection(ProposedFeatures.all, held.reader, held.announceAnswer(writer, loadServer));
connection.onInitialize((params) => {
  initializeParams = params;
  return initialize(client, params);
});
connection.listen();
