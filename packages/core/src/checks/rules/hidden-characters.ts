import { defineRule } from '../rule.js';
import { isPlainAscii } from '../template-facts.js';

/** NUL and the Unicode bidirectional controls (Trojan Source, CVE-2021-42574), by code point. */
const NAMES: Record<number, string> = {
  0x0000: 'NUL',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};
const HIDDEN = /[\u0000\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const HIDDEN_ANY = new RegExp(HIDDEN.source);

export const hiddenCharacters = defineRule({
  id: 'hidden-characters',
  codes: ['nul-character', 'bidi-control-character'],
  severity: 'warning',
  description:
    'No NUL and no bidirectional control characters anywhere: they hide or reorder text (hidden-text attacks).',
  template: (template, context) => {
    // A plain ASCII text holds none (the scan that tells is shared with content-length).
    if (isPlainAscii(template) || !HIDDEN_ANY.test(template.text)) return;
    for (const match of template.text.matchAll(HIDDEN)) {
      const offset = match.index;
      const point = match[0].charCodeAt(0);
      const name = `U+${point.toString(16).toUpperCase().padStart(4, '0')} ${NAMES[point]}`;
      const nul = point === 0;
      context.report({
        code: nul ? 'nul-character' : 'bidi-control-character',
        message: nul
          ? `${name}: editors show it as nothing or a box, and a command line cannot carry it (the shell ends the argument there). Remove it.`
          : `${name}: invisible, it reorders how the text around it is displayed, so the line reads differently from what the build runs (Trojan Source, CVE-2021-42574). Remove it.`,
        range: context.range(offset, offset + 1),
        // A suggestion only: inside a quoted value the character is part of the value.
        suggestions: [
          { title: `Remove the ${name} character`, edits: [{ range: context.range(offset, offset + 1), newText: '' }] },
        ],
      });
    }
  },
});
