// A guard in front of the JSON-RPC reader on stdin. The reader stops making progress once bytes arrive that
// are not a `Content-Length` header block; this stream drops such bytes up to the next header, reports
// them, and passes whole, well-framed messages on, so the server resumes serving after garbage.
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** Header lines are `Name: value`; one must be Content-Length. */
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:[ \t]*[^\r\n]*$/;
/** Longer header blocks than this are garbage, not headers still arriving. */
const MAX_HEADER_BYTES = 4096;

export class FrameResync extends Transform {
  private buffer: Buffer = Buffer.alloc(0);

  /** `onGarbage` is told how many bytes were dropped and why. */
  constructor(private readonly onGarbage: (droppedBytes: number, reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd === -1) {
        if (this.buffer.length > MAX_HEADER_BYTES) this.skip(this.buffer.length - HEADER_END.length, 'no header block');
        break;
      }
      const length = headerEnd <= MAX_HEADER_BYTES ? contentLength(this.buffer.subarray(0, headerEnd).toString('latin1')) : undefined;
      if (length === undefined) {
        this.skip(nextHeaderStart(this.buffer), 'not a Content-Length header block');
        continue;
      }
      const frameEnd = headerEnd + HEADER_END.length + length;
      if (this.buffer.length < frameEnd) break;
      this.push(this.buffer.subarray(0, frameEnd));
      this.buffer = this.buffer.subarray(frameEnd);
    }
    done();
  }

  private skip(bytes: number, reason: string): void {
    const dropped = Math.max(1, bytes);
    this.buffer = this.buffer.subarray(dropped);
    this.onGarbage(dropped, reason);
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
  const next = text.indexOf('content-length', 1);
  return next === -1 ? buffer.length : next;
}
