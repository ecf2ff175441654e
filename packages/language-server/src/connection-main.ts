// The connection of `buildcontent-language-server` (main.ts reads the command line): the transport, the
// lifecycle gate, and the server loaded once `initialize` is answered. Over stdio, main.ts may have answered
// `initialize` already (early-initialize.ts): the bytes it read are read here again, and the connection's own
// answer to that request is not sent a second time.
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
  Message,
} from 'vscode-languageserver/node';
import type { ClientState } from './client-support.js';
import { option } from './command-line.js';
import type { EarlyStart } from './early-initialize.js';
import { holdAfterInitialize, withWrite } from './deferred-start.js';
import { initialize } from './initialize.js';
import { gateLifecycle } from './lifecycle-gate.js';
import { SERVER_NAME } from './server-info.js';
import { FrameResync } from './stdio-framing.js';
import { StdioMessageWriter } from './stdio-writer.js';

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

function transport(args: string[], input: NodeJS.ReadableStream): [MessageReader, MessageWriter] {
  if (args.includes('--node-ipc')) return [new IPCMessageReader(process), new IPCMessageWriter(process)];
  const port = option(args, '--socket');
  if (port !== undefined) return createServerSocketTransport(Number(port));
  const pipe = option(args, '--pipe');
  if (pipe !== undefined) return createServerPipeTransport(pipe);
  // stdout carries the protocol: anything logged with console.log would corrupt it.
  console.log = (...values: unknown[]) => console.error(...values);
  const writer = new StdioMessageWriter(process.stdout);
  const reader = streamTransport(input, writer);
  // The client closed its end: exit with 0 after a shutdown request, else 1, as the protocol says.
  const exitOnClose = () => process.exit(shutdownRequested ? 0 : 1);
  input.on('end', exitOnClose);
  input.on('close', exitOnClose);
  return [reader, writer];
}

/** `writer`, except for the connection's answer to the `initialize` request answered already (main.ts). */
function withoutSecondAnswer(writer: MessageWriter, answeredId: ResponseMessage['id']): MessageWriter {
  let dropped = false;
  return withWrite(writer, (message) => {
    // Only the result: a refusal with the same id (a client that sent initialize twice) is still sent.
    if (!dropped && Message.isResponse(message) && message.id === answeredId && 'result' in message) {
      dropped = true;
      return Promise.resolve();
    }
    return writer.write(message);
  });
}

// `initialize` is answered from the capabilities alone; the server (./server.js, which loads core) is imported
// once the answer is written, while what the client sends next waits in order (deferred-start.ts).
export function runConnection(args: string[], client: ClientState, early?: EarlyStart): void {
  const [reader, writer] = transport(args, early?.input ?? process.stdin);
  const held = holdAfterInitialize(gateLifecycle(reader, writer));
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
  const answers = early?.answeredId !== undefined ? withoutSecondAnswer(writer, early.answeredId) : writer;
  const connection = createConnection(ProposedFeatures.all, held.reader, held.announceAnswer(answers, loadServer));
  connection.onInitialize((params) => {
    initializeParams = params;
    return initialize(client, params);
  });
  connection.listen();
}
