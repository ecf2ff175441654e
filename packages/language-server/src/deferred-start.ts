// The bin answers `initialize` before it loads the server (parser, checks, request builder: most of the start-up
// time). The messages that follow `initialize` are held here, in order, until the server's handlers are
// registered, so that none is dropped as unhandled.
import {
  Message,
  type DataCallback,
  type Disposable,
  type MessageReader,
  type MessageWriter,
  type RequestMessage,
} from 'vscode-languageserver/node';

export interface HeldReader {
  reader: MessageReader;
  /** Delivers what was held, in order, and passes every later message through. */
  release(): void;
  /**
   * Calls `listener` with every message as soon as it is read, before it waits (here, or in the connection's
   * queue behind the messages read with it): the server learns which document the user works in before it
   * has handled everything the client sent first.
   */
  onRead(listener: (message: Message) => void): void;
  /**
   * `writer`, which calls `answered` once the answer to `initialize` has been handed to the transport. The
   * server is loaded from there: loading it from the `initialize` handler would run before the answer is
   * written (the JSON-RPC writer writes on a later turn of the event loop) and delay it by the whole load.
   */
  announceAnswer(writer: MessageWriter, answered: () => void): MessageWriter;
}

export function holdAfterInitialize(inner: MessageReader): HeldReader {
  let initializeSeen = false;
  let initializeId: RequestMessage['id'] | undefined;
  let holding = true;
  const held: Message[] = [];
  let deliver: DataCallback | undefined;
  const readListeners: ((message: Message) => void)[] = [];
  const reader: MessageReader = {
    onError: inner.onError,
    onClose: inner.onClose,
    onPartialMessage: inner.onPartialMessage,
    dispose: () => inner.dispose(),
    listen(callback: DataCallback): Disposable {
      deliver = callback;
      return inner.listen((message) => {
        for (const listener of readListeners) listener(message);
        if (holding && initializeSeen) {
          held.push(message);
          return;
        }
        if (Message.isRequest(message) && message.method === 'initialize') {
          initializeSeen = true;
          initializeId = message.id;
        }
        callback(message);
      });
    },
  };
  return {
    reader,
    onRead(listener) {
      readListeners.push(listener);
    },
    release() {
      holding = false;
      for (const message of held.splice(0)) deliver?.(message);
    },
    announceAnswer(writer, answered) {
      let announced = false;
      return withWrite(writer, (message) => {
        const written = writer.write(message);
        if (!announced && initializeSeen && Message.isResponse(message) && message.id === initializeId) {
          announced = true;
          // Loaded whether or not the write succeeded: a failed write is the transport's to report.
          void written.then(answered, answered);
        }
        return written;
      });
    },
  };
}

/** `writer` with its `write` replaced: the rest (events, end, dispose) is the writer's own. */
export function withWrite(writer: MessageWriter, write: (message: Message) => Promise<void>): MessageWriter {
  return {
    onError: writer.onError,
    onClose: writer.onClose,
    end: () => writer.end(),
    dispose: () => writer.dispose(),
    write,
  };
}
