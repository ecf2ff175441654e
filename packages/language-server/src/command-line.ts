// The command line of `buildcontent-language-server` (free of vscode-languageserver: main.ts reads it first).

/** `--name=value` or `--name value`. */
export function option(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name) return args[i + 1];
    if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
  }
  return undefined;
}

/** Whether the server talks over stdio: the default, when no other transport is named. */
export function usesStdio(args: readonly string[]): boolean {
  return !args.includes('--node-ipc') && option(args, '--socket') === undefined && option(args, '--pipe') === undefined;
}
