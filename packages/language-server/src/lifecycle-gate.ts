// The protocol's lifecycle, enforced in front of the connection for every transport: a request before
// `initialize` is answered with ServerNotInitialized, a request after `shutdown` (or a second
// `initialize`) with InvalidRequest; notifications other than `exit` are dropped in those states, as
// the specification says. vscode-languageserver leaves this to the server.
import {
  ErrorCodes,
  Message,
  type DataCallback,
  type Disposable,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';

export function gateLifecycle(reader: MessageReader, writer: MessageWriter): MessageReader {
  let state: 'new' | 'initialized' | 'shut down' = 'new';
  const refuse = (id: ResponseMessage['id'], code: number, message: string) => {
    const reply: ResponseMessage = { jsonrpc: '2.0', id, error: { code, message } };
    writer.write(reply).catch(() => undefined);
  };
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    dispose: () => reader.dispose(),
    listen(callback: DataCallback): Disposable {
      return reader.listen((message) => {
        if (Message.isRequest(message)) {
          if (state === 'new' && message.method !== 'initialize') {
            return refuse(
              message.id,
              ErrorCodes.ServerNotInitialized,
              `The server is not initialized: ${message.method} before initialize`,
            );
          }
          if (state === 'shut down')
            return refuse(
              message.id,
              ErrorCodes.InvalidRequest,
              `The server is shutting down: ${message.method} after shutdown`,
            );
          if (state === 'initialized' && message.method === 'initialize')
            return refuse(message.id, ErrorCodes.InvalidRequest, 'initialize was already sent');
          if (message.method === 'initialize') state = 'initialized';
          else if (message.method === 'shutdown') state = 'shut down';
        } else if (Message.isNotification(message) && state !== 'initialized' && message.method !== 'exit') {
          return;
        }
        callback(message);
      });
    },
  };
}
