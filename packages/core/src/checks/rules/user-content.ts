import { defineRule } from '../rule.js';

export const userContent = defineRule({
  id: 'user-content',
  codes: ['user-content'],
  severity: 'warning',
  description: 'USER names one existing user.',
  commands: {
    USER: (command, context) => {
      if (command.args.length <= 1) return;
      context.report({
        code: 'user-content',
        message: `USER takes one user name (USER <username>); found ${command.args.length} words. Docker reads the rest of the line as the user; the service documents one word.`,
        range: { start: command.args[1].range.start, end: command.args[command.args.length - 1].range.end },
      });
    },
  },
});
