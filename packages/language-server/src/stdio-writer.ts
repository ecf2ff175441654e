// The writer of the JSON-RPC messages the server sends over a byte stream (stdio): one write per message,
// header and body together. vscode-languageserver's StreamMessageWriter takes a lock (a setImmediate), encodes
// through promises and writes the header and the body separately, the body only after the header's write
// has completed: two system calls and several turns of the event loop per message. A workspace of a thousand
// templates sends a thousand publications at once; each costs a fraction of that here.
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    const body = JSON.stringify(message);
    // A stream writes in call order: no lock is needed to keep frames whole.
    const frame = `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
    return new Promise((resolve, reject) => {
      this.output.write(frame, 'utf8', (error) => {
        if (!error) return resolve();
        this.errorCount++;
        this.fireError(error, message, this.errorCount);
        reject(error);
      });
    });
  }

  end(): void {
    this.output.end();
  }
}
