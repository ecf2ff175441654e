import type { Template } from './ast.js';
import { lineIndexOf } from './line-index.js';

export interface SentText {
  /** The BuildContent as sent: kept lines joined with `\n`. */
  text: string;
  /** Each kept physical line, with the source offset where it starts. */
  pieces: Array<{ offset: number; text: string }>;
}

/**
 * The BuildContent the service receives for a template. Comment lines (directives and comments inside
 * continued commands included) and blank lines are editor conveniences the service's docs do not allow for:
 * they are stripped unless `keepComments` is set. Commands and their continuations stay exactly as written;
 * line breaks become `\n` and a UTF-8 BOM is dropped.
 */
export function sentText(template: Template, options: { keepComments?: boolean } = {}, lines = lineIndexOf(template)): SentText {
  const dropped = new Set<number>();
  if (!options.keepComments) {
    for (const c of template.comments) dropped.add(c.range.start.line);
    for (const d of template.directives) dropped.add(d.range.start.line);
    for (const command of template.commands) {
      for (const c of command.innerComments) dropped.add(c.range.start.line);
      for (const l of command.emptyContinuationLines) dropped.add(l);
    }
  }
  const pieces: SentText['pieces'] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const start = line === 0 ? template.bomLength : lines.lineStarts[line];
    const text = template.text.slice(start, lines.lineContentEnd(line));
    if (dropped.has(line)) continue;
    if (!options.keepComments && text.trim() === '') continue;
    pieces.push({ offset: start, text });
  }
  // A trailing empty line (the text ended with a line break) is not a line of its own.
  if (options.keepComments && pieces.length > 0 && pieces[pieces.length - 1].text === '' && lines.lineCount > 1) pieces.pop();
  return { text: pieces.map((p) => p.text).join('\n'), pieces: pieces.map((p, i) => ({ offset: p.offset, text: i < pieces.length - 1 ? `${p.text}\n` : p.text })) };
}
