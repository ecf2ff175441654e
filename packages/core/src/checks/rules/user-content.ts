import { defineRule } from '../rule.js';

export const userContent = defineRule({
  id: 'user-content',
  codes: ['InvalidCommandContent.USER'],
  severity: 'error',
  description: 'USER names one existing user.',
  commands: {
    USER: (command, context) => {
      if (command.args.length <= 1) return;
      context.report({
        code: 'InvalidCommandContent.USER',
        message: `USER takes one user name (USER <username>); found ${command.args.length} words.`,
        range: { start: command.args[1].range.start, end: command.args[command.args.length - 1].range.end },
      });
    },
  },
});
