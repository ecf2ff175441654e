// `--format cli`: an `aliyun ecs CreateImagePipeline` command line for bash and zsh. It is pasted into
// interactive shells, so every value is quoted such that the shell passes it through byte for byte and
// expands nothing: no `$`, backtick, glob, history `!`/`^`, zsh `=word` or brace expansion can reach the shell.
// Every printed line starts with `aliyun` or two blanks: a value that spans lines is written on one line in
// ANSI-C quotes (`$'a\nb'`), because an interactive bash runs history expansion on each pasted line, even
// inside single quotes, and reads a line that starts with `^` as a quick substitution (`^old^new`).
import { flattenRequest } from './flatten-request.js';
import { requestModelOf, type AnyRequest } from './component-request-model.js';

/** Words that need no quotes: nothing here is special to bash or zsh (zsh expands a leading `=word`). */
const BARE_WORD = /^[A-Za-z0-9_./:@%+,-][A-Za-z0-9_./:@%+,=-]*$/;

/**
 * Characters that must not appear raw in the printed command: control characters (a tab would
 * trigger completion when pasted, a carriage return or escape hides text on the terminal) and
 * invisible format characters such as bidirectional overrides, which would make the command read
 * differently from what runs. The newline is one of them: a value line would start a line of its own.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

function ansiCQuote(text: string): string {
  let body = '';
  for (const ch of text) {
    if (ch === '\\') body += '\\\\';
    // `\x27`, not `\'`: an older bash's history expansion misreads `\'` as the end of the quote.
    else if (ch === "'") body += '\\x27';
    else if (ch === '\n') body += '\\n';
    else if (ch === '\t') body += '\\t';
    else if (ch === '\r') body += '\\r';
    else if (UNPRINTABLE.test(ch)) {
      for (const byte of new TextEncoder().encode(ch)) body += `\\x${byte.toString(16).padStart(2, '0')}`;
    } else body += ch;
  }
  return `$'${body}'`;
}

/**
 * Quotes one argument for bash and zsh: bare when safe, else in single quotes (a `'` inside is written
 * `'"'"'`), or in ANSI-C `$'...'` quotes when it holds a line break or characters not to be printed raw.
 */
export function quoteForBash(text: string): string {
  if (BARE_WORD.test(text)) return text;
  if (UNPRINTABLE.test(text)) return ansiCQuote(text);
  return `'${text.replaceAll("'", `'"'"'`)}'`;
}

export function emitCli(request: AnyRequest): string {
  const model = requestModelOf(request);
  // The contents go last: they are long and span lines.
  const LAST = new Set(model.contentParameters);
  const pairs = flattenRequest(request).filter(([name]) => name !== 'Action' && name !== 'Version');
  const ordered = [...pairs.filter(([name]) => !LAST.has(name)), ...pairs.filter(([name]) => LAST.has(name))];
  // The aliyun CLI reads a value that starts with `-` as a flag unless it is joined with `=`.
  const options = ordered.map(([name, value]) =>
    value.startsWith('-') ? `--${name}=${quoteForBash(value)}` : `--${name} ${quoteForBash(value)}`,
  );
  return `${[`aliyun ecs ${model.action}`, ...options].join(' \\\n  ')}\n`;
}
