import { deleteLines } from '../fix-helpers.js';
import { defineRule } from '../rule.js';
import { continuationsOf } from '../../syntax/sent-text.js';

export const continuationLines = defineRule({
  id: 'continuation-lines',
  codes: ['empty-continuation-line', 'continuation-at-eof', 'blank-after-continuation', 'comment-in-continuation'],
  severity: 'warning',
  description:
    'A continued command has no blank lines inside, nothing after a continuation character, no comment lines inside when comments are sent, and the last line does not end with a continuation.',
  template: (template, context) => {
    // The docs require `\` to end the line: blanks after it are removed from the text as sent.
    for (const { escapeOffset, blanksEnd } of continuationsOf(template, context.lines)) {
      if (blanksEnd === escapeOffset + 1) continue;
      const range = context.range(escapeOffset + 1, blanksEnd);
      context.report({
        code: 'blank-after-continuation',
        message: `Blanks after the continuation character: the docs require ${template.escapeChar} to end the line. Docker ignores them and the request does not send them; remove them.`,
        range,
        fix: { title: 'Remove the blanks after the continuation', edits: [{ range, newText: '' }] },
      });
    }
  },
  commands: {
    '*': (command, context) => {
      for (const line of command.emptyContinuationLines) {
        context.report({
          code: 'empty-continuation-line',
          message:
            'Empty continuation line: Docker skips it, but the service does not document it, and a later Docker will refuse it. Remove it.',
          range: context.range(context.lines.lineStarts[line], context.lines.lineContentEnd(line)),
          fix: { title: 'Remove the empty continuation line', edits: [deleteLines(line, line, context)] },
        });
      }
      // Comment lines are sent with keepComments; inside a continued command one ends the line the service reads
      // (its docs know no comments), so the rest of the command arrives as commands of their own.
      if (context.options.keepComments) {
        for (const comment of command.innerComments) {
          context.report({
            code: 'comment-in-continuation',
            severity: 'error',
            message: `With keepComments this comment line is sent inside the continued ${command.keyword}: the service's docs know no comments, so the command as sent breaks here. Move the comment above the command.`,
            range: comment.range,
          });
        }
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
