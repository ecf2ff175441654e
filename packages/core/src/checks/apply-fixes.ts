import { LineIndex } from '../syntax/line-index.js';
import type { Diagnostic } from './diagnostic.js';

interface Span {
  start: number;
  end: number;
  newText: string;
}

/** Two edits touch: they overlap, or both insert at the same place (their order would be a guess). */
const touches = (a: Span, b: Span) => (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === b.end);

/**
 * Applies the fixes of the given diagnostics to the text. A fix any of whose edits touches an edit already
 * taken is left out (run again to apply it), as ESLint's --fix does.
 *
 * Linear in the number of fixes and the text's length: the taken edits stay sorted by start (diagnostics come
 * in text order, so a new edit is appended in the common case) and the result is joined once.
 */
export function applyFixes(text: string, diagnostics: Diagnostic[]): { text: string; applied: number } {
  const lines = new LineIndex(text);
  const taken: Span[] = [];
  let applied = 0;
  // First index in `taken` whose end is at or after `start` (ends are sorted too: taken edits never overlap).
  const firstEndingFrom = (start: number) => {
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (taken[mid].end < start) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const clashes = (edit: Span) => {
    for (let i = firstEndingFrom(edit.start); i < taken.length && taken[i].start <= edit.end; i++)
      if (touches(edit, taken[i])) return true;
    return false;
  };
  for (const diagnostic of diagnostics) {
    if (!diagnostic.fix) continue;
    const edits = diagnostic.fix.edits.map((e) => ({
      start: lines.offsetAt(e.range.start),
      end: lines.offsetAt(e.range.end),
      newText: e.newText,
    }));
    if (edits.some((e, i) => clashes(e) || edits.some((other, j) => j < i && touches(e, other)))) continue;
    for (const edit of edits) {
      const at = firstEndingFrom(edit.start);
      // Insertions at the start of a deletion go before it; among equals, keep the order of arrival.
      let index = at;
      while (
        index < taken.length &&
        (taken[index].start < edit.start || (taken[index].start === edit.start && taken[index].end <= edit.end))
      )
        index++;
      taken.splice(index, 0, edit);
    }
    applied++;
  }
  const pieces: string[] = [];
  let at = 0;
  for (const edit of taken) {
    pieces.push(text.slice(at, edit.start), edit.newText);
    at = Math.max(at, edit.end);
  }
  pieces.push(text.slice(at));
  return { text: pieces.join(''), applied };
}
