// The BuildContent as sent: the rule lives in the syntax layer (`sentText`), because the lint rule for the 16 KB
// limit measures the same text; the request builder names only its options.

/**
 * How the template text is put into the request's `BuildContent`: comment lines (directives and comments inside
 * continued commands included) and blank lines dropped unless `keepComments`; commands and their continuations
 * exactly as written; line breaks as `\n`; no BOM; no final line break.
 */
export interface BuildContentOptions {
  /** Send comment lines, parser directives and blank lines too (the text as written). */
  keepComments?: boolean;
}
