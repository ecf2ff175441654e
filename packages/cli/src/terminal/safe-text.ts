// Text from a template (a message quoting it, a file name) must never reach a terminal raw: an ESC could move
// the cursor, retitle the window or hide a finding; a bidi control could reorder what is shown (Trojan Source).
// Text formats show such characters escaped; JSON formats escape them with \u, which JSON reads back unchanged.

/** C0 controls (TAB and line breaks included: every text format is one line per finding), DEL, C1 controls,
 * bidi controls, and the line and paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw of UNSAFE (it escapes C0 itself; the layout's own line breaks stay). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const hex = (ch: string) => ch.charCodeAt(0).toString(16).padStart(4, '0');

/** `a\u001b[2Jb` -> `a\u001b[2Jb` shown literally: the ESC becomes the six characters `\u001b`. */
export function safeText(s: string): string {
  return s.replace(UNSAFE, (ch) => NAMED[ch] ?? `\\u${hex(ch)}`);
}

/** JSON.stringify, with the characters it leaves raw (DEL, C1, bidi, U+2028/9) also written as \u escapes. */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (ch) => `\\u${hex(ch)}`);
}
