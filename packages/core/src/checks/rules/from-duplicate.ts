import { deleteLines } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

export const fromDuplicate = defineRule({
  id: 'from-duplicate',
  codes: ['DuplicatedCommand.FROM'],
  severity: 'error',
  description: 'A template holds at most one FROM.',
  template: (template, context) => {
    if ((context.options.from ?? 'override') !== 'override') return;
    const froms = template.commands.filter((c) => c.kind === 'FROM');
    for (const extra of froms.slice(1)) {
      context.report({
        code: 'DuplicatedCommand.FROM',
        message: `A template may hold one FROM; this one repeats the FROM on line ${froms[0].range.start.line + 1}.`,
        range: extra.keywordNode.range,
        fix: { title: 'Remove this FROM', edits: [deleteLines(extra.range.start.line, extra.range.end.line, context)] },
      });
    }
  },
});
