// Colours follow the conventions of Node and chalk: FORCE_COLOR decides when set ('0' or 'false' turns colours
// off, anything else on), else a non-empty NO_COLOR (no-color.org) turns them off, else only a TTY gets them.
export function colorEnabled(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}

/** Wraps text in an SGR colour when on; `code` is the foreground colour (31 red, 33 yellow, 36 cyan, 90 grey). */
export function paint(on: boolean | undefined, code: number, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[39m` : s;
}
