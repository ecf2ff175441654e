// Over stdio the bin answers `initialize` before it loads vscode-languageserver (a third of a megabyte to
// compile, the larger part of the start-up left after the bundle split): it reads the first message itself and,
// when it is an `initialize` request, writes the answer from the capabilities (initialize.ts, the same function
// the connection calls). Everything read here is put back to be read again by the connection, so the lifecycle
// gate, the held messages and the client state see the same stream as without this step; the connection's own
// answer to that request is then dropped (connection-main.ts). Anything else first (garbage, another request, a
// header block that does not end) is left entirely to the connection.
import { PassThrough } from 'node:stream';
import type { InitializeParams } from 'vscode-languageserver/node';
import type { ClientState } from './client-support.js';
import { initialize } from './initialize.js';
import { contentLength } from './stdio-framing.js';

/** More than this read without a whole first message: leave it to the connection. */
const MAX_EARLY_BYTES = 64 * 1024;
const HEADER_END = '\r\n\r\n';

export interface EarlyStart {
  /** What was read, followed by the rest of the input: the stream the connection reads (the input itself, with
   * the bytes read put back, unless it had already ended). */
  input: NodeJS.ReadableStream;
  /** The id of the `initialize` request answered here. */
  answeredId?: number | string;
}

/** The request id and params of a whole first message that is an `initialize` request, else undefined. */
function initializeRequestIn(bytes: Buffer): { id: number | string; params: object } | 'wait' | undefined {
  const headerEnd = bytes.indexOf(HEADER_END, 0, 'latin1');
  if (headerEnd === -1) return bytes.length > MAX_EARLY_BYTES ? undefined : 'wait';
  const length = contentLength(bytes.subarray(0, headerEnd).toString('latin1'));
  if (length === undefined || length > MAX_EARLY_BYTES) return undefined;
  const bodyStart = headerEnd + HEADER_END.length;
  if (bytes.length < bodyStart + length) return 'wait';
  let message: unknown;
  try {
    message = JSON.parse(bytes.subarray(bodyStart, bodyStart + length).toString('utf8'));
  } catch {
    return undefined;
  }
  const { jsonrpc, id, method, params } = (message ?? {}) as Record<string, unknown>;
  if (jsonrpc !== '2.0' || method !== 'initialize') return undefined;
  if (typeof id !== 'number' && typeof id !== 'string') return undefined;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return undefined;
  return { id, params };
}

/**
 * Reads the input until its first message is whole; answers it on `output` when it is `initialize`. Resolves
 * with the stream the connection must read from (all the bytes read so far, then the rest).
 */
export function answerInitializeEarly(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  client: ClientState,
): Promise<EarlyStart> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let ended = false;
    const handOver = (answeredId?: number | string) => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.pause();
      if (!ended) {
        // Put the bytes back in front of the input itself: the connection then reads stdin directly, not through
        // a stream between (a PassThrough here cost every later message a stream hop).
        // Chunk by chunk, last first, so the connection sees the chunks as they arrived.
        for (let index = chunks.length - 1; index >= 0; index--) input.unshift(chunks[index]);
        return resolve({ input, answeredId });
      }
      const replay = new PassThrough();
      for (const chunk of chunks) replay.write(chunk);
      replay.end();
      resolve({ input: replay, answeredId });
    };
    const onEnd = () => {
      ended = true;
      handOver();
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      const request = initializeRequestIn(chunks.length === 1 ? chunk : Buffer.concat(chunks));
      if (request === 'wait') return;
      if (request === undefined) return handOver();
      let answer: string;
      try {
        const result = initialize(client, request.params as InitializeParams);
        // The connection's own answer, key for key (vscode-jsonrpc: jsonrpc, id, result).
        answer = JSON.stringify({ jsonrpc: '2.0', id: request.id, result });
      } catch {
        return handOver();
      }
      output.write(`Content-Length: ${Buffer.byteLength(answer, 'utf8')}\r\n\r\n${answer}`, 'utf8');
      handOver(request.id);
    };
    input.on('data', onData);
    input.on('end', onEnd);
  });
}
