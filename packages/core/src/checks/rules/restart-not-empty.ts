import { deleteWithLeadingBlanks } from '../fix-helpers.js';
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
        message: 'If the RESTART command exists in the template, you must leave RESTART empty.',
        range: command.content.range,
        fix: { title: 'Remove what follows RESTART', edits: [deleteWithLeadingBlanks(command.content, context)] },
      });
    },
  },
});
