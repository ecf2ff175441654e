const NEEDS_UNQUOTE_BACKSLASH = /["'\\]/;
const NEEDS_UNQUOTE_BACKTICK = /["'`]/;

/**
 * The value of a shell-style word: double quotes group and let the escape character escape `"`, itself,
 * `$` and the backtick; single quotes are literal; outside quotes the escape character escapes any character.
 */
export function unquote(word: string, escape: '\\' | '`' = '\\'): string {
  // Most words hold no quote and no escape character: nothing to resolve (one scan, not three).
  if (!(escape === '\\' ? NEEDS_UNQUOTE_BACKSLASH : NEEDS_UNQUOTE_BACKTICK).test(word)) return word;
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else out += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === escape && i + 1 < word.length && '"$`\\'.includes(word[i + 1])) out += word[++i];
      else out += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === escape && i + 1 < word.length) {
      out += word[++i];
    } else {
      out += ch;
    }
  }
  return out;
}

/** True when a quote opened in the word is never closed. */
export function hasUnterminatedQuote(word: string, escape: '\\' | '`' = '\\'): boolean {
  let quote: string | undefined;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (quote === '"' && ch === escape) i++;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === escape) i++;
  }
  return quote !== undefined;
}
