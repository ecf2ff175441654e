#!/usr/bin/env node
// Entry point of `buildcontent-language-server`: picks the transport and starts the server.
import {
  createConnection,
  ErrorCodes,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { SERVER_NAME, SERVER_VERSION, startServer } from './server.js';
import { FrameResync } from './stdio-framing.js';

const USAGE = `Usage: ${SERVER_NAME} [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

Language server for Alibaba Cloud ECS Image Builder templates (*.buildcontent, *.imagebuilder).
Without a transport option it talks over stdio.

  --stdio            JSON-RPC over standard input and output (default)
  --node-ipc         Node IPC channel (the parent spawned this process with an IPC channel)
  --socket=<port>    connect to a TCP port on localhost where the client listens
  --pipe=<name>      connect to a named pipe / Unix socket
  --version          print the version
  --help             print this help
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
const OTHER_TRANSPORTS = ['--node-ipc', '--socket', '--pipe'];
const stdio = !args.some((arg) => OTHER_TRANSPORTS.some((transport) => arg === transport || arg.startsWith(`${transport}=`)));

/**
 * Over stdio the server builds the reader itself: to answer what cannot be read with a JSON-RPC parse
 * error (id null) instead of silence, to resume reading after garbage (FrameResync), and to exit when
 * the client closes its end: with 0 after a shutdown request, else 1, as the protocol says.
 */
let shutdownRequested = false;

function stdioConnection(): Connection {
  // stdout carries the protocol: anything logged with console.log would corrupt it.
  console.log = (...values: unknown[]) => console.error(...values);
  const writer = new StreamMessageWriter(process.stdout);
  const parseError = (message: string) => {
    // Echoing a long run of garbage back would only flood the client.
    const short = message.length > 200 ? `${message.slice(0, 200)}…` : message;
    const reply: ResponseMessage = { jsonrpc: '2.0', id: null, error: { code: ErrorCodes.ParseError, message: `Parse error: ${short}` } };
    writer.write(reply).catch(() => undefined);
  };
  const framed = process.stdin.pipe(new FrameResync((bytes, reason) => parseError(`${bytes} bytes dropped: ${reason}`)));
  const reader = new StreamMessageReader(framed);
  reader.onError((error) => parseError(error.message));
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  const exitOnClose = () => process.exit(shutdownRequested ? 0 : 1);
  process.stdin.on('end', exitOnClose);
  process.stdin.on('close', exitOnClose);
  return connection;
}

// createConnection reads the other transports from argv.
startServer(stdio ? stdioConnection() : createConnection(ProposedFeatures.all), {
  onShutdown: () => {
    shutdownRequested = true;
  },
});
