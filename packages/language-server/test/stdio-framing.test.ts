import { describe, expect, it } from 'vitest';
import { contentLength, FrameResync } from '../src/stdio-framing.js';

interface Run {
  frames: string;
  garbage: Array<[number, string]>;
  oversized: number[];
  /** How many chunks the guard passed on: bodies are streamed, not collected. */
  pushes: number;
}

function run(chunks: Array<string | Buffer>, maxMessageBytes?: number): Promise<Run> {
  return new Promise((resolveRun) => {
    const result: Run = { frames: '', garbage: [], oversized: [], pushes: 0 };
    const guard = new FrameResync(
      {
        garbage: (bytes, reason) => result.garbage.push([bytes, reason]),
        oversized: (length) => result.oversized.push(length),
      },
      maxMessageBytes,
    );
    guard.on('data', (chunk: Buffer) => {
      result.frames += chunk.toString('latin1');
      result.pushes++;
    });
    guard.on('end', () => resolveRun(result));
    for (const chunk of chunks) guard.write(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk);
    guard.end();
  });
}

const message = 'Content-Length: 2\r\n\r\n{}';

describe('FrameResync', () => {
  it('passes well-framed messages through, also split across chunks', async () => {
    expect((await run([message, message])).frames).toBe(message + message);
    expect(await run(['Content-Len', 'gth: 2\r\n', '\r\n{', '}'])).toMatchObject({ frames: message, garbage: [] });
    const typed = 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}';
    expect(await run([typed])).toMatchObject({ frames: typed, garbage: [] });
  });

  it('streams a large body chunk by chunk instead of collecting it', async () => {
    const body = 'x'.repeat(1000);
    const chunks = [`Content-Length: ${body.length}\r\n\r\n`, ...Array.from({ length: 10 }, () => 'x'.repeat(100))];
    const result = await run(chunks);
    expect(result.frames).toBe(`Content-Length: 1000\r\n\r\n${body}`);
    expect(result.pushes).toBe(11);
  });

  it('drops garbage up to the next header and reports each run once, when it ends', async () => {
    expect(await run(['xx\u0000yy' + message])).toMatchObject({
      frames: message,
      garbage: [[5, 'not a Content-Length header block']],
    });
    expect(await run(['Content-Length: x\r\n\r\n' + message])).toMatchObject({
      frames: message,
      garbage: [[21, 'not a Content-Length header block']],
    });
    // One run of garbage over many chunks: one report, with the total.
    expect(await run(['ab\r\n\r\n', 'cd\r\n\r\n', 'ef\r\n\r\n', message, 'zz'])).toMatchObject({
      frames: message,
      garbage: [
        [18, 'not a Content-Length header block'],
        [2, 'an unfinished header block at the end of the input'],
      ],
    });
  });

  it('drops a long run without any header block once, whatever its size', async () => {
    const result = await run(Array.from({ length: 20 }, () => 'a'.repeat(5000)));
    expect(result.garbage).toEqual([[100000, 'no header block']]);
    expect(result.frames).toBe('');
  });

  it('refuses a message above the cap without passing or keeping its body, and reads the next one', async () => {
    const body = 'y'.repeat(5000);
    const result = await run(
      [`Content-Length: ${body.length}\r\n\r\n`, body.slice(0, 2500), body.slice(2500) + message],
      4096,
    );
    expect(result).toEqual({ frames: message, garbage: [], oversized: [5000], pushes: 2 });
  });
});

describe('contentLength', () => {
  it('reads the length from a header block and refuses anything else', () => {
    expect(contentLength('Content-Length: 12')).toBe(12);
    expect(contentLength('content-length:7')).toBe(7);
    expect(contentLength('Content-Type: x\r\nContent-Length: 3')).toBe(3);
    expect(contentLength('Content-Type: x')).toBeUndefined();
    expect(contentLength('garbage\r\nContent-Length: 3')).toBeUndefined();
    expect(contentLength('Content-Length: -3')).toBeUndefined();
  });
});
