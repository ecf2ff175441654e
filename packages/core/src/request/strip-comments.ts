// The BuildContent as sent. The rule lives in the syntax layer (`sentText`), because the lint rule
// for the 16 KB limit measures the same text; the request builder only names it.
import type { Template } from '../syntax/ast.js';
import { sentText } from '../syntax/sent-text.js';

/** How the template text is put into the request's `BuildContent`. */
export interface BuildContentOptions {
  /** Send comment lines, parser directives and blank lines too (the text as written). */
  keepComments?: boolean;
}

/**
 * The text the request carries in BuildContent: comment lines (directives and comments inside
 * continued commands included) and blank lines dropped unless `keepComments`; commands and their
 * continuations exactly as written; line breaks as `\n`; no BOM; no final line break.
 */
export function buildContentAsSent(template: Template, options: BuildContentOptions = {}): string {
  return sentText(template, { keepComments: options.keepComments ?? false }).text;
}
