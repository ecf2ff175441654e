import type { Position, Range, Template } from './ast.js';

/**
 * Start offsets of the physical lines of a text. Line breaks are `\r\n`, `\n` and a lone `\r`,
 * the three that LSP clients count, so positions agree with every editor.
 */
export class LineIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    // indexOf finds the breaks (V8 scans for one character far faster than a charCodeAt loop).
    const starts = [0];
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf !== -1 || cr !== -1) {
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      } else {
        // `\r\n` is one break; a lone `\r` is one too.
        if (lf === cr + 1) {
          starts.push(lf + 1);
          lf = text.indexOf('\n', lf + 1);
        } else starts.push(cr + 1);
        cr = text.indexOf('\r', cr + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset just past the line's last character, before its line break. */
  lineContentEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The line of the last lookup: the parser asks in text order, so the next answer is usually on it. */
  private lastLine = 0;

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    const last = this.lastLine;
    if (starts[last] <= clamped && (last + 1 >= starts.length || clamped < starts[last + 1])) {
      return { line: last, character: clamped - starts[last] };
    }
    const low = lastAtOrBefore(starts, clamped);
    this.lastLine = low;
    return { line: low, character: clamped - starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineContentEnd(position.line));
  }

  range(offset: number, endOffset: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(endOffset) };
  }
}

/** The index of the last element of an ascending array that is at most `value` (0 when none is). */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The line index `parse` built for a template, shared by the checks (one scan of the text per parse, not per user). */
const templateLines = new WeakMap<Template, LineIndex>();

export function rememberLineIndex(template: Template, lines: LineIndex): void {
  templateLines.set(template, lines);
}

/** The template's line index: the one its parse built, or a new one for a template built by hand. */
export function lineIndexOf(template: Template): LineIndex {
  let lines = templateLines.get(template);
  if (!lines || lines.text !== template.text) {
    lines = new LineIndex(template.text);
    templateLines.set(template, lines);
  }
  return lines;
}

/** The position of an offset in a text (0-based line and UTF-16 character, as LSP counts). */
export function positionAt(text: string, offset: number): Position {
  return new LineIndex(text).positionAt(offset);
}

/** The offset of a position in a text, clamped to the line's end and the text's bounds. */
export function offsetAt(text: string, position: Position): number {
  return new LineIndex(text).offsetAt(position);
}

/** The line break the text already uses (`\r\n` or `\n`), for lines an edit inserts. */
export function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
