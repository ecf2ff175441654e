import { defineRule } from '../rule.js';

export const fromOrder = defineRule({
  id: 'from-order',
  codes: ['InvalidCommandOrder.FROM'],
  severity: 'error',
  description: 'FROM comes before every other command.',
  template: (template, context) => {
    if ((context.options.from ?? 'override') !== 'override') return;
    const index = template.commands.findIndex((c) => c.kind === 'FROM');
    if (index <= 0) return;
    const from = template.commands[index];
    context.report({
      code: 'InvalidCommandOrder.FROM',
      message: `FROM must come before every other command; ${template.commands[0].keyword} on line ${template.commands[0].range.start.line + 1} comes first.`,
      range: from.keywordNode.range,
    });
  },
});
