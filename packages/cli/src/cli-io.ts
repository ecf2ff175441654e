/** What a command may touch besides the file system: tests pass a fake one. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  readStdin: () => Promise<string>;
  /** Colours in stylish output (a TTY without NO_COLOR). */
  color?: boolean;
}

/** A usage or input error: reported as one clear line, exit code 2, never a stack trace. */
export class UsageError extends Error {}

export function processIo(): CliIo {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}
