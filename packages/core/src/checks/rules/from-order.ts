import { deleteCommand, lineBreakOf, lineStart } from '../fix-helpers.js';
import { defineRule } from '../rule.js';
import { fromWording } from '../from-wording.js';

export const fromOrder = defineRule({
  id: 'from-order',
  codes: ['InvalidCommandOrder.FROM'],
  severity: 'error',
  description: 'FROM comes before every other command.',
  template: (template, context) => {
    const index = template.commands.findIndex((c) => c.kind === 'FROM');
    if (index <= 0) return;
    const from = template.commands[index];
    const first = template.commands[0];
    context.report({
      code: 'InvalidCommandOrder.FROM',
      ...fromWording(
        context,
        `FROM must come before every other command; ${template.commands[0].keyword} on line ${template.commands[0].range.start.line + 1} comes first.`,
      ),
      range: from.keywordNode.range,
      // A suggestion only: the commands before FROM may be meant to run as they are written.
      suggestions: [
        {
          title: 'Move FROM to the top',
          edits: [
            // Both edits refer to the original text: insert above the first command (after a BOM), delete the FROM's lines.
            {
              range: context.range(
                lineStart(first.range.start.line, context),
                lineStart(first.range.start.line, context),
              ),
              newText: template.text.slice(from.offset, from.endOffset) + lineBreakOf(template.text),
            },
            deleteCommand(from, context),
          ],
        },
      ],
    });
  },
});
