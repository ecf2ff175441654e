import { colorEnabled } from './terminal/color.js';

/** Stdin is read up to the template size cap: a larger stream is refused, not buffered without end. */
export const STDIN_LIMIT_BYTES = 10 * 1024 * 1024;

/** What a command may touch besides the file system: tests pass a fake one. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Stdin's bytes; rejects with a UsageError above STDIN_LIMIT_BYTES. */
  readStdin: () => Promise<Uint8Array | string>;
  /** Colours in terminal output (stdout is a TTY, or FORCE_COLOR; never with NO_COLOR). */
  color?: boolean;
}

/** A usage or input error: reported as one clear line, exit code 2, never a stack trace. */
export class UsageError extends Error {}

/**
 * Writes to a stream whose reader may go away (`buildcontent lint | head -1`): after EPIPE the rest of the
 * output is dropped quietly and the command still finishes with its own exit code.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return (s) => {
    if (!closed) stream.write(s);
  };
}

async function readStdinCapped(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > STDIN_LIMIT_BYTES)
      throw new UsageError(`stdin: more than ${STDIN_LIMIT_BYTES / 1024 / 1024} MB, above the limit for templates`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function processIo(): CliIo {
  return {
    stdout: quietOnClosedPipe(process.stdout),
    stderr: quietOnClosedPipe(process.stderr),
    cwd: process.cwd(),
    readStdin: readStdinCapped,
    color: colorEnabled(process.env, Boolean(process.stdout.isTTY)),
  };
}
