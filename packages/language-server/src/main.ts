#!/usr/bin/env node
// Entry point of `buildcontent-language-server`: the command line, then the connection (connection-main.ts).
// Over stdio, `initialize` is answered here from the capabilities alone, before vscode-languageserver and the
// server are loaded (early-initialize.ts); this file imports neither.
import { clientSupport, type ClientState } from './client-support.js';
import { usesStdio } from './command-line.js';
import { answerInitializeEarly, type EarlyStart } from './early-initialize.js';
import { SERVER_NAME, SERVER_VERSION } from './server-info.js';
import { MAX_MESSAGE_BYTES } from './stdio-framing.js';

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

const client: ClientState = { support: clientSupport({}), workspaceRoots: [] };
const early: Promise<EarlyStart | undefined> = usesStdio(args)
  ? answerInitializeEarly(process.stdin, process.stdout, client)
  : Promise.resolve(undefined);
early
  .then(async (start) => (await import('./connection-main.js')).runConnection(args, client, start))
  .catch((error: unknown) => {
    process.stderr.write(`${SERVER_NAME}: the server failed to start: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
