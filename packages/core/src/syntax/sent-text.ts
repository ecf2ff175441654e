import type { Template } from './ast.js';
import { lineIndexOf } from './line-index.js';

export interface SentText {
  /** The BuildContent as sent: kept lines joined with `\n`. */
  text: string;
  /**
   * Each kept physical line, with the source offset where it starts. A kept line's characters sit at the same
   * columns as in the source (the only edits are a continuation backtick turned into `\`, one for one, and blanks
   * cut after a continuation at the line's end), so a position in the sent text maps back by line and column.
   */
  pieces: Array<{ offset: number; text: string }>;
  /** The template's `# escape=\`` continuations were written as `\` continuations (the directive is not sent). */
  escapeRewritten: boolean;
}

/** A continuation at the end of a physical line: the escape character's offset and the end of the blanks after it. */
export interface Continuation {
  line: number;
  escapeOffset: number;
  /** The line's content end; `escapeOffset + 1 < blanksEnd` when blanks follow the escape character. */
  blanksEnd: number;
}

/** Every line of a command that ends with a continuation (comment and blank lines inside it skipped). */
export function continuationsOf(template: Template, lines = lineIndexOf(template)): Continuation[] {
  const out: Continuation[] = [];
  for (const command of template.commands) {
    const last = command.range.end.line;
    // A command on one line continues only when the text ends with its continuation.
    if (command.range.start.line === last && !command.continuesAtEof) continue;
    const skipped = new Set([
      ...command.emptyContinuationLines,
      ...command.innerComments.map((c) => c.range.start.line),
    ]);
    for (let line = command.range.start.line; line <= last; line++) {
      if (skipped.has(line) || (line === last && !command.continuesAtEof)) continue;
      const start = line === 0 ? template.bomLength : lines.lineStarts[line];
      const blanksEnd = lines.lineContentEnd(line);
      let end = blanksEnd;
      while (end > start && (template.text[end - 1] === ' ' || template.text[end - 1] === '\t')) end--;
      if (end > start && template.text[end - 1] === template.escapeChar)
        out.push({ line, escapeOffset: end - 1, blanksEnd });
    }
  }
  return out;
}

/**
 * The BuildContent the service receives for a template. The service's docs describe one command per line, every
 * line of a continued command but the last ending with `\`, and nothing else. So:
 * - comment lines (directives and comments inside continued commands included) and blank lines are editor
 *   conveniences, stripped unless `keepComments` is set;
 * - blank lines inside a continued command are always stripped (Docker skips them; the docs allow none), and so
 *   are blanks after a continuation character (the docs require `\` to end the line);
 * - under `# escape=\``, continuation backticks are written as `\` and the directive is not sent (the service
 *   documents no directive; `\` is the continuation it documents). The request builder checks that the result
 *   reads as the template does;
 * - commands and continuations otherwise stay exactly as written; line breaks become `\n`; a UTF-8 BOM is dropped.
 */
export function sentText(
  template: Template,
  options: { keepComments?: boolean } = {},
  lines = lineIndexOf(template),
): SentText {
  const dropped = new Set<number>();
  const escapeRewritten = template.escapeChar === '`';
  for (const command of template.commands) for (const l of command.emptyContinuationLines) dropped.add(l);
  if (!options.keepComments) {
    for (const c of template.comments) dropped.add(c.range.start.line);
    for (const d of template.directives) dropped.add(d.range.start.line);
    for (const command of template.commands) for (const c of command.innerComments) dropped.add(c.range.start.line);
  } else if (escapeRewritten) {
    for (const d of template.directives) if (d.name === 'escape') dropped.add(d.range.start.line);
  }
  const continuations = new Map(continuationsOf(template, lines).map((c) => [c.line, c]));
  const pieces: SentText['pieces'] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const start = line === 0 ? template.bomLength : lines.lineStarts[line];
    if (dropped.has(line)) continue;
    const continuation = continuations.get(line);
    const text = continuation
      ? `${template.text.slice(start, continuation.escapeOffset)}\\`
      : template.text.slice(start, lines.lineContentEnd(line));
    if (!options.keepComments && text.trim() === '') continue;
    pieces.push({ offset: start, text });
  }
  // A trailing empty line (the text ended with a line break) is not a line of its own.
  if (options.keepComments && pieces.length > 0 && pieces[pieces.length - 1].text === '' && lines.lineCount > 1)
    pieces.pop();
  return {
    text: pieces.map((p) => p.text).join('\n'),
    pieces: pieces.map((p, i) => ({ offset: p.offset, text: i < pieces.length - 1 ? `${p.text}\n` : p.text })),
    escapeRewritten,
  };
}
