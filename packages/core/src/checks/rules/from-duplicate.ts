import { deleteCommand } from '../fix-helpers.js';
import { defineRule } from '../rule.js';
import { fromWording } from '../from-wording.js';
import type { Command } from '../../syntax/ast.js';

const sameSource = (a: Command, b: Command) => a.content?.text === b.content?.text;

export const fromDuplicate = defineRule({
  id: 'from-duplicate',
  codes: ['DuplicatedCommand.FROM'],
  severity: 'error',
  description: 'A template holds at most one FROM.',
  template: (template, context) => {
    const froms = template.commands.filter((c) => c.kind === 'FROM');
    for (const extra of froms.slice(1)) {
      context.report({
        code: 'DuplicatedCommand.FROM',
        ...fromWording(
          context,
          `A template may hold one FROM; this one repeats the FROM on line ${froms[0].range.start.line + 1}.`,
        ),
        range: extra.keywordNode.range,
        ...(sameSource(extra, froms[0])
          ? // Safe: it names the same source as the FROM that stays.
            { fix: { title: 'Remove this FROM', edits: [deleteCommand(extra, context)] } }
          : // Which source was meant is a person's choice.
            {
              suggestions: [
                { title: 'Remove this FROM (keeps the first source image)', edits: [deleteCommand(extra, context)] },
              ],
            }),
      });
    }
  },
});
