import { fixOf, replaceOnOneLine } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const envName = defineRule({
  id: 'env-name',
  codes: ['invalid-env-name'],
  severity: 'warning',
  description: 'ENV names are shell variable names: letters, digits and _, not starting with a digit.',
  commands: {
    ENV: (command, context) => {
      for (const pair of command.pairs) {
        const name = pair.key.value;
        if (name === '' || SHELL_NAME.test(name)) continue;
        const renamed = name.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(?=[0-9])/, '_');
        // Only for a plain (unquoted, unescaped) name: the edit replaces the text as written.
        const edits = pair.key.text === name ? replaceOnOneLine(pair.key, renamed) : undefined;
        context.report({
          code: 'invalid-env-name',
          message: `${JSON.stringify(name)} is not a shell variable name (letters, digits and _, not starting with a digit): the commands that follow cannot read it as $${name}, and some shells refuse to export it.`,
          range: pair.key.range,
          // A suggestion only: every later use of the name must change with it.
          suggestions: [fixOf(`Rename to ${renamed}`, edits)].filter((f) => f !== undefined),
        });
      }
    },
  },
});
