import { defineRule } from '../rule.js';
import { copyJsonElements } from './copy-json-form.js';

export const copyOperands = defineRule({
  id: 'copy-operands',
  codes: ['InvalidCommandContent.COPY', 'copy-operands'],
  severity: 'error',
  description: 'COPY takes exactly two operands: a source (URL or path) and a destination.',
  commands: {
    COPY: (command, context) => {
      if (!command.content || command.operands.length === 2) return;
      if (copyJsonElements(command.content.text)) return; // copy-json-form reports it, with the fix
      const count = command.operands.length;
      const range =
        count > 2
          ? { start: command.operands[2].range.start, end: command.operands[count - 1].range.end }
          : (command.operands[0] ?? command.content).range;
      // One operand: no reading exists (Docker refuses it too), the service's code. More than two: Docker copies
      // several sources into a directory; the service documents two operands only: ours, a warning.
      context.report({
        code: count < 2 ? 'InvalidCommandContent.COPY' : 'copy-operands',
        severity: count < 2 ? 'error' : 'warning',
        message:
          count < 2
            ? 'COPY needs a source and a destination: COPY <URL or path> <destination directory>.'
            : `COPY takes one source and one destination; this one has ${count} operands. Write one COPY per source.`,
        range,
      });
    },
  },
});
