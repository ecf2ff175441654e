// Facts about a template's text that several rules need, found with one scan per template instead of one per rule.
import type { Template } from '../syntax/ast.js';

const NOT_PLAIN = /[^\x01-\x7f]/;
const plainTexts = new WeakMap<Template, boolean>();

/**
 * The text is ASCII without NUL: its UTF-8 length is its length (content-length) and it holds no hidden
 * character (hidden-characters). Most templates are; for the others each rule scans as before.
 */
export function isPlainAscii(template: Template): boolean {
  let plain = plainTexts.get(template);
  if (plain === undefined) {
    plain = !NOT_PLAIN.test(template.text);
    plainTexts.set(template, plain);
  }
  return plain;
}
