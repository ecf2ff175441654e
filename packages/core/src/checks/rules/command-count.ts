import { defineRule } from '../rule.js';

export const MAX_COMMANDS = 127;

export const commandCount = defineRule({
  id: 'command-count',
  codes: ['InvalidImageTemplateCommandSize.ExceededMaxNumber'],
  severity: 'error',
  description: 'A template holds at most 127 commands.',
  template: (template, context) => {
    const count = template.commands.length;
    if (count <= MAX_COMMANDS) return;
    const first = template.commands[MAX_COMMANDS];
    const last = template.commands[count - 1];
    context.report({
      code: 'InvalidImageTemplateCommandSize.ExceededMaxNumber',
      message: `The template has ${count} commands; at most ${MAX_COMMANDS} are allowed. Commands from here on are over the limit (join consecutive RUN commands with && to save some).`,
      range: { start: first.range.start, end: last.range.end },
    });
  },
});
