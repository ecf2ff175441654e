import { doubleQuoteEdits, fixOf } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

export const workdirContent = defineRule({
  id: 'workdir-content',
  codes: ['workdir-content'],
  severity: 'warning',
  description: 'WORKDIR names one directory; a path with blanks is quoted.',
  commands: {
    WORKDIR: (command, context) => {
      if (command.args.length <= 1) return;
      const extra = command.args.slice(1);
      context.report({
        code: 'workdir-content',
        message: `WORKDIR takes one directory (WORKDIR /<path>); found ${command.args.length} words. Docker reads the rest of the line as one path; the service documents one word. Quote a path that contains blanks.`,
        range: { start: extra[0].range.start, end: extra[extra.length - 1].range.end },
        // A suggestion only: whether the blanks belong to one path is a person's call. Only the quotes are written.
        suggestions: [
          fixOf(
            'Quote the path (if the blanks belong to it)',
            doubleQuoteEdits(command.content!, context.template.escapeChar, context),
          ),
        ].filter((f) => f !== undefined),
      });
    },
  },
});
