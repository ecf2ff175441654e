// Markers for editor tests: `<|>` is the cursor, `<|...|>` a range. Neither can occur in a template a test
// needs (`|` alone is the shell pipe, `<` and `>` redirections, but `<|`, `|>` and `<|>` mean nothing to a
// shell), so any template text stays testable.

export const CURSOR_MARKER = '<|>';
export const RANGE_START_MARKER = '<|';
export const RANGE_END_MARKER = '|>';

export type Eol = '\n' | '\r\n';

/** Every case that depends on line breaks runs once per style. */
export const LINE_ENDINGS = [
  { name: 'LF', eol: '\n' },
  { name: 'CRLF', eol: '\r\n' },
] as const satisfies ReadonlyArray<{ name: string; eol: Eol }>;

export interface MarkedText {
  /** The text without its markers. */
  text: string;
  /** Offset of the `<|>` marker, if there is one. */
  cursor?: number;
  /** The `<|...|>` ranges as offsets into `text`, in the order they open. */
  ranges: Array<{ start: number; end: number }>;
}

export function withEol(text: string, eol: Eol): string {
  return text.replace(/\r?\n/g, eol);
}

/**
 * Strips the markers and returns where they were. Ranges may nest and may hold the cursor
 * (`<|RE<|>START|>`). A marker left open or closed twice, or a second cursor, is a mistake in the test.
 */
export function parseMarkers(marked: string): MarkedText {
  let text = '';
  let cursor: number | undefined;
  const ranges: MarkedText['ranges'] = [];
  const open: number[] = [];
  let index = 0;
  while (index < marked.length) {
    if (marked.startsWith(CURSOR_MARKER, index)) {
      if (cursor !== undefined) throw new Error(`a second ${CURSOR_MARKER} cursor marker in ${JSON.stringify(marked)}`);
      cursor = text.length;
      index += CURSOR_MARKER.length;
    } else if (marked.startsWith(RANGE_START_MARKER, index)) {
      open.push(ranges.length);
      ranges.push({ start: text.length, end: -1 });
      index += RANGE_START_MARKER.length;
    } else if (marked.startsWith(RANGE_END_MARKER, index)) {
      const closing = open.pop();
      if (closing === undefined)
        throw new Error(`${RANGE_END_MARKER} without ${RANGE_START_MARKER} in ${JSON.stringify(marked)}`);
      ranges[closing].end = text.length;
      index += RANGE_END_MARKER.length;
    } else {
      text += marked[index];
      index += 1;
    }
  }
  if (open.length > 0)
    throw new Error(`${RANGE_START_MARKER} without ${RANGE_END_MARKER} in ${JSON.stringify(marked)}`);
  return { text, cursor, ranges };
}
