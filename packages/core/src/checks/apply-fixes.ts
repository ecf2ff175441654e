import { LineIndex } from '../syntax/line-index.js';
import type { Diagnostic, TextEdit } from './diagnostic.js';

/**
 * Applies the fixes of the given diagnostics to the text. Edits that overlap an edit already taken are
 * left out (run again to apply them), as ESLint's --fix does.
 */
export function applyFixes(text: string, diagnostics: Diagnostic[]): { text: string; applied: number } {
  const lines = new LineIndex(text);
  const taken: Array<{ start: number; end: number; newText: string }> = [];
  let applied = 0;
  for (const diagnostic of diagnostics) {
    if (!diagnostic.fix) continue;
    const edits = diagnostic.fix.edits.map((e: TextEdit) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }));
    const overlaps = edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === t.start && e.end === t.end)));
    if (overlaps) continue;
    taken.push(...edits);
    applied++;
  }
  taken.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of taken) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return { text: out, applied };
}
