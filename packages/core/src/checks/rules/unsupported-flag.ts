import { deleteFromCommand, fixOf } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

export const unsupportedFlag = defineRule({
  id: 'unsupported-flag',
  codes: ['unsupported-flag'],
  severity: 'warning',
  description: 'Image Builder commands take no Docker flags (--chown, --from, --mount, ...).',
  commands: {
    '*': (command, context) => {
      for (const flag of command.flags) {
        context.report({
          code: 'unsupported-flag',
          message: `${command.keyword} takes no flags in Image Builder; ${flag.text} would be passed on as ${command.kind === 'COPY' ? 'the source' : 'content'}.`,
          range: flag.range,
          // A suggestion only: --from, --mount, --chown change what the command does; dropping one needs a person's look.
          suggestions: [
            fixOf(
              `Remove ${flag.text} (changes what ${command.keyword} does)`,
              [deleteFromCommand(command, flag, context)].filter((e) => e !== undefined),
            ),
          ].filter((f) => f !== undefined),
        });
      }
    },
  },
});
