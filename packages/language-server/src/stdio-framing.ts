// A guard in front of the JSON-RPC reader on a byte stream (stdio, socket, pipe). It passes well-framed
// messages on as they arrive (bodies are streamed, never re-buffered here), drops what is not a
// `Content-Length` header block up to the next one, and refuses a message above MAX_MESSAGE_BYTES
// without buffering it: its body is counted off and dropped as it streams by. Each run of garbage is
// reported once, with its size, when it ends; each refused message once.
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
const HEADER_NAME = 'content-length';
const EMPTY = Buffer.alloc(0);
/** Header lines are `Name: value`; one must be Content-Length. */
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:[ \t]*[^\r\n]*$/;
/** Longer header blocks than this are garbage, not headers still arriving. */
const MAX_HEADER_BYTES = 4096;
/**
 * The largest message read (docs/reliability.md): a 20 MB document still arrives (and is then answered
 * as too large to analyse); a larger one is dropped unread.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export interface FrameProblems {
  /** A run of bytes that were no message, reported once when the run ends. */
  garbage(droppedBytes: number, reason: string): void;
  /** A message whose Content-Length is above the cap, dropped unread. */
  oversized(length: number, maxBytes: number): void;
}

export class FrameResync extends Transform {
  /** Header bytes still arriving, or bytes being scanned for the next header. */
  private pending: Buffer = EMPTY;
  private mode: 'header' | 'body' | 'discard' = 'header';
  /** Body bytes still to pass on (`body`) or to drop (`discard`). */
  private remaining = 0;
  private garbageBytes = 0;
  private garbageReason = '';

  constructor(
    private readonly problems: FrameProblems,
    private readonly maxMessageBytes = MAX_MESSAGE_BYTES,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let data = chunk;
    while (data.length > 0) {
      if (this.mode !== 'header') {
        const take = Math.min(this.remaining, data.length);
        if (this.mode === 'body') this.push(data.subarray(0, take));
        this.remaining -= take;
        data = data.subarray(take);
        if (this.remaining === 0) this.mode = 'header';
        continue;
      }
      this.pending = this.pending.length === 0 ? data : Buffer.concat([this.pending, data]);
      data = this.readHeader();
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.pending.length > 0)
      this.skipGarbage(this.pending.length, 'an unfinished header block at the end of the input');
    this.reportGarbage();
    done();
  }

  /** Consumes a header block from `pending` and returns the bytes after it; empty when more must arrive. */
  private readHeader(): Buffer {
    for (;;) {
      const headerEnd = this.pending.indexOf(HEADER_END);
      if (headerEnd === -1) {
        if (this.pending.length > MAX_HEADER_BYTES) {
          // Keep only what could be the start of a header name split across chunks.
          const next = nextHeaderStart(this.pending);
          this.skipGarbage(
            next < this.pending.length ? next : this.pending.length - (HEADER_NAME.length - 1),
            'no header block',
          );
          if (next < this.pending.length) continue;
        }
        return EMPTY;
      }
      const length =
        headerEnd <= MAX_HEADER_BYTES
          ? contentLength(this.pending.subarray(0, headerEnd).toString('latin1'))
          : undefined;
      if (length === undefined) {
        this.skipGarbage(nextHeaderStart(this.pending), 'not a Content-Length header block');
        continue;
      }
      this.reportGarbage();
      const frameStart = headerEnd + HEADER_END.length;
      const header = this.pending.subarray(0, frameStart);
      const rest = this.pending.subarray(frameStart);
      this.pending = EMPTY;
      if (length > this.maxMessageBytes) {
        this.problems.oversized(length, this.maxMessageBytes);
        this.mode = 'discard';
      } else {
        this.push(header);
        this.mode = 'body';
      }
      this.remaining = length;
      if (length === 0) this.mode = 'header';
      return rest;
    }
  }

  private skipGarbage(bytes: number, reason: string): void {
    const dropped = Math.max(1, bytes);
    this.pending = this.pending.subarray(dropped);
    if (this.garbageBytes === 0) this.garbageReason = reason;
    this.garbageBytes += dropped;
  }

  private reportGarbage(): void {
    if (this.garbageBytes === 0) return;
    this.problems.garbage(this.garbageBytes, this.garbageReason);
    this.garbageBytes = 0;
  }
}

/** The Content-Length of a header block, or undefined when it is not one. */
export function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    if (!HEADER_LINE.test(line)) return undefined;
    const match = /^content-length:[ \t]*(\d+)[ \t]*$/i.exec(line);
    if (match) length = Number(match[1]);
  }
  return length;
}

/** Where the next header block could start: the next `Content-Length` after the first byte, else the end. */
function nextHeaderStart(buffer: Buffer): number {
  const text = buffer.toString('latin1').toLowerCase();
  const next = text.indexOf(HEADER_NAME, 1);
  return next === -1 ? buffer.length : next;
}
