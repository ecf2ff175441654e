import { defineRule } from '../rule.js';

export const runExecForm = defineRule({
  id: 'run-exec-form',
  codes: ['run-exec-form'],
  severity: 'warning',
  description: 'RUN is documented in shell form only.',
  commands: {
    RUN: (command, context) => {
      if (command.form !== 'exec' || !command.exec) return;
      const words = command.exec.elements.map((e) => (/^[A-Za-z0-9_./=:@%+-]+$/.test(e.value) ? e.value : `'${e.value.replace(/'/g, `'\\''`)}'`));
      context.report({
        code: 'run-exec-form',
        message: 'Image Builder documents RUN in shell form only (RUN echo hello); the JSON exec form may not be accepted.',
        range: command.exec.range,
        fix: words.length > 0 ? { title: 'Convert to the shell form', edits: [{ range: command.exec.range, newText: words.join(' ') }] } : undefined,
      });
    },
  },
});
