import { describe, expect, it } from 'vitest';
import { contentLength, FrameResync } from '../src/stdio-framing.js';

function run(chunks: string[]): Promise<{ frames: string; garbage: Array<[number, string]> }> {
  return new Promise((resolveRun) => {
    const garbage: Array<[number, string]> = [];
    const guard = new FrameResync((bytes, reason) => garbage.push([bytes, reason]));
    let frames = '';
    guard.on('data', (chunk: Buffer) => (frames += chunk.toString('latin1')));
    guard.on('end', () => resolveRun({ frames, garbage }));
    for (const chunk of chunks) guard.write(Buffer.from(chunk, 'latin1'));
    guard.end();
  });
}

const message = 'Content-Length: 2\r\n\r\n{}';

describe('FrameResync', () => {
  it('passes well-framed messages through, also split across chunks', async () => {
    expect(await run([message, message])).toEqual({ frames: message + message, garbage: [] });
    expect(await run(['Content-Len', 'gth: 2\r\n', '\r\n{', '}'])).toEqual({ frames: message, garbage: [] });
    const typed = 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}';
    expect(await run([typed])).toEqual({ frames: typed, garbage: [] });
  });

  it('drops garbage up to the next header and reports it', async () => {
    expect(await run(['xx\u0000yy' + message])).toEqual({ frames: message, garbage: [[5, 'not a Content-Length header block']] });
    expect(await run(['Content-Length: x\r\n\r\n' + message])).toEqual({ frames: message, garbage: [[21, 'not a Content-Length header block']] });
  });

  it('drops a long run without any header block, keeping a possible start of one', async () => {
    const result = await run(['a'.repeat(5000)]);
    expect(result.garbage).toEqual([[4996, 'no header block']]);
    expect(result.frames).toBe('');
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
