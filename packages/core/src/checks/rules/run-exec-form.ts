import { fixOf, replaceOnOneLine } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

// Control characters (a newline above all) cannot be written into one shell line.
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;

export const runExecForm = defineRule({
  id: 'run-exec-form',
  codes: ['run-exec-form'],
  severity: 'warning',
  description: 'RUN is documented in shell form only.',
  commands: {
    RUN: (command, context) => {
      if (command.form !== 'exec' || !command.exec) return;
      const words = command.exec.elements.map((e) =>
        /^[A-Za-z0-9_./=:@%+-]+$/.test(e.value) ? e.value : `'${e.value.replace(/'/g, `'\\''`)}'`,
      );
      context.report({
        code: 'run-exec-form',
        message:
          'Image Builder documents RUN in shell form only (RUN echo hello); the JSON exec form may not be accepted.',
        range: command.exec.range,
        // A suggestion only: the shell form runs through /bin/sh -c, which the exec form does not.
        suggestions:
          words.length > 0 && !command.exec.elements.some((e) => CONTROL.test(e.value))
            ? [
                fixOf(
                  'Convert to the shell form (runs through /bin/sh -c)',
                  replaceOnOneLine(command.exec, words.join(' ')),
                ),
              ].filter((f) => f !== undefined)
            : undefined,
      });
    },
  },
});
