// The bin answers `initialize` before it loads the server (parser, checks, request builder: most of the start-up
// time). The messages that follow `initialize` are held here, in order, until the server's handlers are
// registered, so that none is dropped as unhandled.
import { Message, type DataCallback, type Disposable, type MessageReader } from 'vscode-languageserver/node';

export interface HeldReader {
  reader: MessageReader;
  /** Delivers what was held, in order, and passes every later message through. */
  release(): void;
}

export function holdAfterInitialize(inner: MessageReader): HeldReader {
  let initializeSeen = false;
  let holding = true;
  const held: Message[] = [];
  let deliver: DataCallback | undefined;
  const reader: MessageReader = {
    onError: inner.onError,
    onClose: inner.onClose,
    onPartialMessage: inner.onPartialMessage,
    dispose: () => inner.dispose(),
    listen(callback: DataCallback): Disposable {
      deliver = callback;
      return inner.listen((message) => {
        if (holding && initializeSeen) {
          held.push(message);
          return;
        }
        if (Message.isRequest(message) && message.method === 'initialize') initializeSeen = true;
        callback(message);
      });
    },
  };
  return {
    reader,
    release() {
      holding = false;
      for (const message of held.splice(0)) deliver?.(message);
    },
  };
}
