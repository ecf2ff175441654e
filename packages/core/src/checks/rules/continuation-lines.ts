import { deleteLines } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

export const continuationLines = defineRule({
  id: 'continuation-lines',
  codes: ['empty-continuation-line', 'continuation-at-eof'],
  severity: 'warning',
  description: 'A continued command has no blank lines inside, and the last line does not end with a continuation.',
  commands: {
    '*': (command, context) => {
      for (const line of command.emptyContinuationLines) {
        context.report({
          code: 'empty-continuation-line',
          message: 'Empty continuation line: Docker skips it, but the service does not document it, and a later Docker will refuse it. Remove it.',
          range: context.range(context.lines.lineStarts[line], context.lines.lineContentEnd(line)),
          fix: { title: 'Remove the empty continuation line', edits: [deleteLines(line, line, context)] },
        });
      }
      if (command.continuesAtEof) {
        const end = command.endOffset;
        const escapeAt = context.lines.text.lastIndexOf(context.template.escapeChar, end);
        let from = escapeAt;
        while (from > 0 && /[ \t]/.test(context.lines.text[from - 1])) from--;
        context.report({
          code: 'continuation-at-eof',
          message: 'The last line ends with a continuation, but no line follows.',
          range: context.range(escapeAt, escapeAt + 1),
          fix: { title: 'Remove the trailing continuation', edits: [{ range: context.range(from, end), newText: '' }] },
        });
      }
    },
  },
});
