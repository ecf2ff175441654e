// The BuildContent as sent. The service documents neither comments nor blank lines, so by default
// only the physical lines of commands are sent; the AST says which lines those are.
import type { Template } from '../syntax/ast.js';
import { LineIndex } from '../syntax/line-index.js';

export interface BuildContentOptions {
  /** Send comment lines, parser directives and blank lines too (the text as written). */
  keepComments?: boolean;
}

/**
 * The template text the request carries in BuildContent. Always: no BOM, and every line break
 * (`\r\n`, `\r`) becomes `\n`, since a `\r` left before a continuation's newline would break it on
 * the Linux build instance. By default, comment lines, directives and blank lines are dropped,
 * including those inside a continued command (the parser drops them from the command too, as Docker
 * does); command lines are kept exactly as written, continuations included, and no newline ends the text.
 */
export function buildContentAsSent(template: Template, options: BuildContentOptions = {}): string {
  const lines = new LineIndex(template.text);
  const lineText = (line: number): string =>
    template.text.slice(Math.max(lines.lineStarts[line], template.bomLength), lines.lineContentEnd(line));

  if (options.keepComments) {
    return Array.from({ length: lines.lineCount }, (_, line) => lineText(line)).join('\n');
  }

  const kept: string[] = [];
  for (const command of template.commands) {
    const skipped = new Set<number>(command.emptyContinuationLines);
    for (const comment of command.innerComments) skipped.add(comment.range.start.line);
    for (let line = command.range.start.line; line <= command.range.end.line; line++) {
      if (!skipped.has(line)) kept.push(lineText(line));
    }
  }
  return kept.join('\n');
}
