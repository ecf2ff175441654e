import { deleteCommand } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

export const fromIgnored = defineRule({
  id: 'from-ignored',
  codes: ['from-ignored'],
  severity: 'warning',
  description: 'With from: "ignored" (API pages from 2025 on), FROM is deprecated and the service ignores it.',
  commands: {
    FROM: (command, context) => {
      if (context.options.from !== 'ignored') return;
      context.report({
        code: 'from-ignored',
        message:
          'FROM is deprecated: the service ignores it and builds from the BaseImageType and BaseImage parameters.',
        range: command.range,
        tags: ['deprecated'],
        fix: { title: 'Remove the ignored FROM', edits: [deleteCommand(command, context)] },
      });
    },
  },
});
