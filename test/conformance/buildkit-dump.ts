// Test-only serializer: our AST in the shape of buildkit's `Node.Dump()`, so the corpus's `result`
// files can be compared byte for byte.
import type { Command } from '../../packages/core/src/index.js';

/** Go's strconv.Quote for the characters the corpus holds. */
export function goQuote(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        break;
      case '\\':
        out += '\\\\';
        break;
      case '\x07':
        out += '\\a';
        break;
      case '\b':
        out += '\\b';
        break;
      case '\f':
        out += '\\f';
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      case '\v':
        out += '\\v';
        break;
      default:
        if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
        else out += ch;
    }
  }
  return `${out}"`;
}

function argsOf(command: Command): string[] {
  switch (command.kind) {
    case 'ENV':
    case 'LABEL':
      return command.pairs.flatMap((p) => [p.key.text, p.value?.text ?? '', p.form === 'equals' ? '=' : '']);
    case 'RUN':
    case 'CMD':
    case 'ENTRYPOINT':
      if (command.form === 'exec') return command.exec!.elements.map((e) => e.value);
      return command.shell ? [command.shell.text] : [];
    case 'WORKDIR':
    case 'USER':
      return command.content ? [command.content.text] : [];
    default:
      return command.args.map((a) => a.text);
  }
}

export function buildkitDump(command: Command): string {
  const parts = [command.keyword.toLowerCase()];
  if (command.flags.length > 0) parts.push(`[${command.flags.map((f) => goQuote(f.text)).join(' ')}]`);
  for (const arg of argsOf(command)) parts.push(goQuote(arg));
  return `(${parts.join(' ')})`;
}
