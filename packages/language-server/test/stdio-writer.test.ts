import { PassThrough, Writable } from 'node:stream';
import type { Message } from 'vscode-languageserver/node';
import { describe, expect, it } from 'vitest';
import { StdioMessageWriter } from '../src/stdio-writer.js';

describe('StdioMessageWriter', () => {
  it('writes each message as one chunk, its Content-Length counted in UTF-8 bytes', async () => {
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const writer = new StdioMessageWriter(output);
    const messages: Message[] = [
      { jsonrpc: '2.0', id: 1, result: { capabilities: {} } } as Message,
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'héllo ✓ 𝄞' } } as Message,
    ];
    await Promise.all(messages.map((message) => writer.write(message)));
    const bodies = messages.map((message) => JSON.stringify(message));
    expect(chunks).toEqual(bodies.map((body) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`));
    expect(Buffer.byteLength(bodies[1])).toBe(bodies[1].length + 1 + 2 + 2);
  });

  it('reports a failed write to onError with the message and rejects', async () => {
    const output = new Writable({ write: (_chunk, _encoding, done) => done(new Error('EPIPE')) });
    output.on('error', () => undefined);
    const writer = new StdioMessageWriter(output);
    const errors: [Error, Message | undefined, number | undefined][] = [];
    writer.onError((error) => errors.push(error));
    const message = { jsonrpc: '2.0', method: 'exit' } as Message;
    await expect(writer.write(message)).rejects.toThrow('EPIPE');
    expect(errors.map(([error, failed, count]) => [error.message, failed, count])).toContainEqual([
      'EPIPE',
      message,
      1,
    ]);
  });
});
