import type { DataCallback, Disposable, Message, MessageReader, MessageWriter } from 'vscode-languageserver/node';
import { describe, expect, it } from 'vitest';
import { holdAfterInitialize } from '../src/deferred-start.js';

function fakeReader() {
  let deliver: DataCallback = () => undefined;
  const reader = {
    onError: () => ({ dispose: () => undefined }),
    onClose: () => ({ dispose: () => undefined }),
    onPartialMessage: () => ({ dispose: () => undefined }),
    dispose: () => undefined,
    listen(callback: DataCallback): Disposable {
      deliver = callback;
      return { dispose: () => undefined };
    },
  } as unknown as MessageReader;
  return { reader, send: (message: Message) => deliver(message) };
}

/** A writer whose writes complete when `flush` is called, recording the order of events. */
function slowWriter(events: string[]) {
  const waiting: (() => void)[] = [];
  const writer = {
    onError: () => ({ dispose: () => undefined }),
    onClose: () => ({ dispose: () => undefined }),
    end: () => undefined,
    dispose: () => undefined,
    write(message: Message) {
      events.push(`write ${JSON.stringify(message)}`);
      return new Promise<void>((resolve) =>
        waiting.push(() => {
          events.push(`written ${JSON.stringify(message)}`);
          resolve();
        }),
      );
    },
  } as unknown as MessageWriter;
  return { writer, flush: () => waiting.splice(0).forEach((done) => done()) };
}

describe('holdAfterInitialize', () => {
  it('holds what follows initialize until released, and loads the server only once its answer is written', async () => {
    const events: string[] = [];
    const { reader, send } = fakeReader();
    const held = holdAfterInitialize(reader);
    held.reader.listen((message) => events.push(`delivered ${JSON.stringify(message)}`));
    const { writer, flush } = slowWriter(events);
    const announced = held.announceAnswer(writer, () => events.push('load the server'));
    const initialize = { jsonrpc: '2.0', id: 7, method: 'initialize', params: {} } as Message;
    const didOpen = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: {} } as Message;
    send(initialize);
    send(didOpen);
    // Another response (a refusal with the same id as a later request) does not count before initialize's.
    void announced.write({ jsonrpc: '2.0', id: 6, error: { code: -32002, message: 'not initialized' } } as Message);
    void announced.write({ jsonrpc: '2.0', id: 7, result: { capabilities: {} } } as Message);
    await Promise.resolve();
    expect(events.includes('load the server')).toBe(false);
    flush();
    await new Promise((resolve) => setImmediate(resolve));
    held.release();
    expect(events.filter((event) => !event.startsWith('write'))).toEqual([
      `delivered ${JSON.stringify(initialize)}`,
      `written {"jsonrpc":"2.0","id":6,"error":{"code":-32002,"message":"not initialized"}}`,
      `written {"jsonrpc":"2.0","id":7,"result":{"capabilities":{}}}`,
      'load the server',
      `delivered ${JSON.stringify(didOpen)}`,
    ]);
  });
});
