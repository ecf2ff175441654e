import type { Located } from '../syntax/ast.js';
export { lineBreakOf } from '../syntax/line-index.js';
import type { TextEdit } from './diagnostic.js';
import type { RuleContext } from './rule.js';

/** An edit that deletes whole physical lines from `first` to `last`, line breaks included. */
export function deleteLines(first: number, last: number, context: RuleContext): TextEdit {
  const { lines } = context;
  const start = lines.lineStarts[first];
  const breakFollows = last + 1 < lines.lineCount;
  const end = breakFollows ? lines.lineStarts[last + 1] : lines.text.length;
  // On a last line with no break after it, take the preceding break instead.
  const from = !breakFollows && first > 0 ? lines.lineContentEnd(first - 1) : start;
  return { range: context.range(from, end), newText: '' };
}

/** An edit that deletes a node together with the blanks before it. */
export function deleteWithLeadingBlanks(node: Located, context: RuleContext): TextEdit {
  let start = node.offset;
  const text = context.lines.text;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { range: context.range(start, node.endOffset), newText: '' };
}

export function replace(node: Located, newText: string): TextEdit {
  return { range: node.range, newText };
}

