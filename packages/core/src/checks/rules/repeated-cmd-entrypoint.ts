import { deleteCommand } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

export const repeatedCmdEntrypoint = defineRule({
  id: 'repeated-cmd-entrypoint',
  codes: ['repeated-cmd', 'repeated-entrypoint'],
  severity: 'warning',
  description: 'A template has at most one CMD and one ENTRYPOINT: only the last one takes effect.',
  template: (template, context) => {
    for (const kind of ['CMD', 'ENTRYPOINT'] as const) {
      const commands = template.commands.filter((c) => c.kind === kind);
      const last = commands[commands.length - 1];
      for (const command of commands.slice(0, -1)) {
        context.report({
          code: kind === 'CMD' ? 'repeated-cmd' : 'repeated-entrypoint',
          message: `Only the last ${kind} takes effect (line ${last.range.start.line + 1}); this one is overridden.`,
          range: command.range,
          tags: ['unnecessary'],
          // A suggestion only: the service documents CMD/ENTRYPOINT by reference to Docker, not this rule itself.
          suggestions: [
            {
              title: `Remove this ${kind} (overridden by line ${last.range.start.line + 1})`,
              edits: [deleteCommand(command, context)],
            },
          ],
        });
      }
    }
  },
});
