import { deleteCommandTail, fixOf } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

export const restartNotEmpty = defineRule({
  id: 'restart-not-empty',
  codes: ['NotEmptyCommandContent.RESTART'],
  severity: 'error',
  description: 'RESTART takes no content.',
  commands: {
    RESTART: (command, context) => {
      if (!command.content) return;
      context.report({
        code: 'NotEmptyCommandContent.RESTART',
        // The service's documented text, verbatim (a copy of the EmptyCommandContent rows), then what it means.
        message:
          'RESTART takes no content. The service refuses it with NotEmptyCommandContent.RESTART, documented as "If the RESTART command exists in the template, you must specify RESTART." (copied from the EmptyCommandContent rows; it means: leave RESTART empty).',
        range: command.content.range,
        // Everything up to the command's end goes, continuations included: a `\` left behind would join the next command.
        fix: fixOf(
          'Remove what follows RESTART',
          [deleteCommandTail(command, command.keywordNode.endOffset, context)].filter((e) => e !== undefined),
        ),
      });
    },
  },
});
